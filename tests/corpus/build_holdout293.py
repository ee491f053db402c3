"""Writes holdout293: tests/corpus/holdout293_events.jsonl and holdout293_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the corpus helpers (build.py,
fake.py), build_holdout3.py (for the format) and the reference's matcher table were read.

Covers: "Sonara", an audiology and hearing-aid clinic chain with a companion app in Denmark,
Canada and South Korea. Online hearing checks, audiograms (thresholds per ear and frequency),
tinnitus questionnaires (THI), hearing-aid fittings with device serials and Bluetooth pairing,
remote fine-tuning sessions (WebRTC stats), battery / streaming / sound-environment telemetry,
"find my hearing aid", cochlear-implant referrals, public subsidies and insurance claims (Danish
CPR with mod-11 check, Canadian OHIP / BC PHN / RAMQ health numbers, SIN with Luhn, Korean RRN
with its check digit, NIHB and Veterans Affairs coverage), appointments, SMS reminders
(Twilio-shaped), Stripe-shaped payments, Typeform-shaped forms, Meta CAPI, HubSpot-shaped CRM
sync, Reverse-ETL traits, staff and hiring, Segment e-commerce spec events for accessories, app
lifecycle events; identify / track / page / screen / group / alias. Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET (Analytics.CSharp) server libraries. Keys: mostly camelCase
and snake_case; PascalCase (.NET), kebab-case (HTML form names), SCREAMING_SNAKE (warehouse and
Korean ERP abbreviations such as CUST_NM, HP_NO, JUMIN_NO), Danish keys (navn, fødselsdato,
cpr_nummer, fagforening ...) and Korean keys in hangul (이름, 주민등록번호 ...) and romanised
(hwanja_ireum ...). A persona per message (DK, CA or KR) keeps names, phones, addresses, locale
and ids of one country together; other people (recipients, family, GPs, staff) are separate.

Conventions: one label per leaf path (`a.b[].c`), as flattened by portal.events.flatten over
properties, traits and context. classification red / yellow / green; type = the reference's
default matcher name where one fits, else `national id`, `health id`, `bank account`,
`geolocation`, `advertising id`, `secret`, `token`, `trade union` ...; `a|b` when either is fair.
value_only = the key does not say what the value is.

Labelling rules (the product's default colours, as briefed):
- PII = personal data about a natural person (the user, a recipient, a family member, a GP, an
  audiologist or other staff member). Colour = the reference's colour for the matcher; outside the
  reference, red for credentials / secrets / tokens, card numbers, bank accounts, government ids
  and health ids, yellow otherwise (geolocation, advertising id, trade union ...).
- Green: ids we or vendors issue (user, order, session, device, appointment, claim, case, member
  numbers we issue, Twilio SIDs, Stripe pi_/cus_ ids), SKUs, versions, timestamps, hashes of
  non-PII, amounts, enums, counters and booleans even under PII-sounding keys (emailVerified,
  cpr_on_file, serial_scanned), product / clinic / hospital / insurer / employer / pet names, the
  clinic's own phone, role mailbox and address, places that are not the person's (a searched town),
  country / province / locale / timezone / currency, user agents, OS-issued device ids, ages and
  age bands, job titles, bank transit / registration / institution numbers, card brand / last4 /
  expiry.
- Contested cases as published: insurance policy, insurer member and certificate numbers yellow
  `identification`; hourly rates and income bands yellow `salary`; plates `license`; ad click ids
  and Meta cookies (gclid, fbclid, _fbp, _fbc) yellow `advertising id`; billing / shipping
  addresses yellow `address`; trade union membership (Danish `fagforening`) yellow `trade union`;
  Stripe pm_ ids, one-time / verification codes, magic-link and reset tokens, APNs device tokens
  red `token`; a clinic's patient / journal number and provincial health numbers red `health id`;
  CPR, RRN, SIN, status-card and VAC client numbers red `national id`; right-to-work and
  sponsorship answers red `visa`.
- Health in this domain, decided here (the brief leaves it open): values that describe the
  person's hearing are health data, yellow: audiogram thresholds, pure-tone averages, speech
  scores, loss degree / type, tinnitus scores and answers (`condition|diagnosis`, or `condition`
  for self-reported states, `diagnosis` for clinical findings); a booked clinical service or
  procedure (hearing-aid fitting, wax removal, CI assessment) is yellow `procedure`; earmould
  allergies `allergy`; ototoxic medication `medication`. A boolean that reveals hearing loss or
  an implant (`hearing_aid_owner`, `has_cochlear_implant`) is yellow `condition`; a registered
  hearing disability (Korean 장애등급, DISABILITY_REG_YN) is red `disability`;
  NIHB eligibility (First Nations / Inuit status) is yellow `ethnicity`; a Veterans Affairs client
  flag is red `veteran`. Device configuration and telemetry are green even though the app itself
  implies hearing loss: hearing-aid model, fitting side, program, gain steps, battery, streaming,
  wear time, fitting formula; except a setting that exists only to treat a condition (the
  tinnitus sound generator on / off), yellow `condition`. Hearing-aid and accessory serial
  numbers are yellow `serial`, Bluetooth addresses yellow `mac`.
- A Typeform response `token` is the response's id (green); a WebRTC local candidate's `address`
  of type srflx / prflx is the patient's public IP (yellow `ip`, value_only).
- Hashes of personal data sent for ad matching (Meta CAPI `em`, `ph`) stay personal data, yellow
  with the type of what was hashed; hashes of files and configurations are green.
- Free text is labelled by what every one of its values carries: the generators make each free
  text field either always carry the PII (labelled with it) or never (green). A value_only PII
  path holds that PII in every value.
- A town or postcode the user types into a clinic finder is a searched place (green); the
  browser's or phone's coordinates are the person's (yellow `geolocation`).
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

DK_FIRST_F = ["Freja", "Ida", "Astrid", "Karen", "Birgitte", "Signe", "Lærke", "Inge", "Mette", "Hanne"]
DK_FIRST_M = ["Mads", "Søren", "Mikkel", "Jens", "Anders", "Rasmus", "Niels", "Henrik", "Bent", "Poul"]
DK_LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Christensen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Østergaard",
    "Kjær",
    "Møller",
    "Bach",
    "Skov",
    "Holm",
    "Thygesen",
]
CA_FIRST_F = [
    "Geneviève",
    "Chloé",
    "Harpreet",
    "Mei Lin",
    "Emma",
    "Fatima",
    "Aiyana",
    "Siobhan",
    "Linh",
    "Nadia",
]
CA_FIRST_M = [
    "Mathieu",
    "Olivier",
    "Gurpreet",
    "Wei",
    "Liam",
    "Olumide",
    "Tuan",
    "Jean-François",
    "Raj",
    "Dmitri",
]
CA_LAST = [
    "Tremblay",
    "Gagnon",
    "Côté",
    "Sandhu",
    "Dhillon",
    "Wong",
    "MacDonald",
    "Campbell",
    "Cardinal",
    "Nguyen",
    "Hassan",
    "Adeyemi",
    "Bouchard",
    "O'Neill",
    "Kowalczyk",
]
KR_LAST = [
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("윤", "Yoon"),
]
KR_FIRST_F = [
    ("서연", "Seo-yeon"),
    ("하은", "Ha-eun"),
    ("영숙", "Young-sook"),
    ("정희", "Jung-hee"),
    ("순자", "Soon-ja"),
]
KR_FIRST_M = [
    ("민준", "Min-jun"),
    ("도윤", "Do-yun"),
    ("영수", "Young-soo"),
    ("상철", "Sang-chul"),
    ("현우", "Hyun-woo"),
]

DK_STREETS = [
    "Nørrebrogade",
    "Vesterbrogade",
    "Åboulevarden",
    "Jernbanegade",
    "Strandvejen",
    "Søndergade",
    "Birkevej",
]
DK_TOWNS = [
    ("2200", "København N", "Hovedstaden"),
    ("8000", "Aarhus C", "Midtjylland"),
    ("5000", "Odense C", "Syddanmark"),
    ("9000", "Aalborg", "Nordjylland"),
    ("7100", "Vejle", "Syddanmark"),
    ("2800", "Kongens Lyngby", "Hovedstaden"),
    ("4000", "Roskilde", "Sjælland"),
]
KOMMUNER = {
    "2200": "Københavns Kommune",
    "8000": "Aarhus Kommune",
    "5000": "Odense Kommune",
    "9000": "Aalborg Kommune",
    "7100": "Vejle Kommune",
    "2800": "Lyngby-Taarbæk Kommune",
    "4000": "Roskilde Kommune",
}
CA_STREETS = [
    "Yonge Street",
    "Rue Saint-Denis",
    "Robson Street",
    "Jasper Avenue",
    "Portage Avenue",
    "Bank Street",
]
CA_TOWNS = [
    ("Toronto", "ON", "M4W", "416"),
    ("Montréal", "QC", "H2X", "514"),
    ("Vancouver", "BC", "V6B", "604"),
    ("Edmonton", "AB", "T5J", "780"),
    ("Winnipeg", "MB", "R3C", "204"),
    ("Halifax", "NS", "B3H", "902"),
    ("Ottawa", "ON", "K1P", "613"),
]
KR_TOWNS = [
    ("서울특별시", "Seoul", "강남구", "Gangnam-gu", "테헤란로", "Teheran-ro"),
    ("서울특별시", "Seoul", "마포구", "Mapo-gu", "월드컵로", "World Cup-ro"),
    ("부산광역시", "Busan", "해운대구", "Haeundae-gu", "해운대로", "Haeundae-ro"),
    ("대구광역시", "Daegu", "중구", "Jung-gu", "동성로", "Dongseong-ro"),
    ("경기도 성남시", "Seongnam", "분당구", "Bundang-gu", "판교역로", "Pangyoyeok-ro"),
    ("인천광역시", "Incheon", "연수구", "Yeonsu-gu", "센트럴로", "Central-ro"),
]
DOMAINS = {
    "DK": ["example.dk", "mail.example.dk", "example.com"],
    "CA": ["example.ca", "mail.example.ca", "example.com"],
    "KR": ["example.co.kr", "mail.example.kr", "example.com"],
}


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("å", "aa")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class Person:
    country: str
    first: str
    last: str
    full: str
    email: str
    phone: str
    street: str
    city: str
    postcode: str
    region: str
    address: str
    dob: str
    gender: str
    nid: str
    health_id: str
    hangul: bool


class HFake(Fake):
    p: Person
    c: tuple

    # -- checksummed identifiers ----------------------------------------------------------------

    def cpr(self, dob: str, gender: str) -> str:
        y, m, d = dob.split("-")
        weights = [4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            century = self.pick("0123") if int(y) < 2000 else self.pick("4568")
            body = f"{d}{m}{y[2:]}{century}{self.r.randint(0, 99):02d}"
            total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
            check = (11 - total % 11) % 11
            if check == 10 or (check % 2 == 1) != (gender == "male"):
                continue
            number = body + str(check)
            return self.pick([f"{number[:6]}-{number[6:]}", number])

    def rrn(self, dob: str, gender: str) -> str:
        y, m, d = dob.split("-")
        g = (1 if gender == "male" else 2) + (2 if int(y) >= 2000 else 0)
        body = f"{y[2:]}{m}{d}{g}{self.r.randint(0, 99999):05d}"
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
        number = body + str((11 - total % 11) % 10)
        return f"{number[:6]}-{number[6:]}"

    def sin(self) -> str:
        number = self.luhn_complete(
            self.pick("1234567") + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        )
        return self.pick(
            [f"{number[:3]} {number[3:6]} {number[6:]}", number, f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def ohip(self) -> str:
        number = self.luhn_complete(
            str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        )
        version = self.pick(["", " AB", " KT", "-RL"])
        return (
            self.pick(
                [
                    f"{number[:4]}-{number[4:7]}-{number[7:]}",
                    f"{number[:4]} {number[4:7]} {number[7:]}",
                    number,
                ]
            )
            + version
        )

    def bc_phn(self) -> str:
        while True:
            digits = [9] + [self.r.randint(0, 9) for _ in range(8)]
            weights = [2, 4, 8, 5, 10, 9, 7, 3]
            total = sum((d * w) % 11 for d, w in zip(digits[1:9], weights, strict=True))
            check = 11 - total % 11
            if check < 10:
                number = "".join(map(str, digits)) + str(check)
                return f"{number[:4]} {number[4:7]} {number[7:]}"

    def ramq(self, first: str, last: str, dob: str, gender: str) -> str:
        letters = (
            ascii_fold(last).upper().replace("'", "").replace(" ", "")[:3] + ascii_fold(first).upper()[0]
        )
        y, m, d = dob.split("-")
        month = int(m) + (50 if gender == "female" else 0)
        return f"{letters} {y[2:]}{month:02d} {d}{self.r.randint(10, 99)}"

    def provincial_health(self, province: str, p_first: str, p_last: str, dob: str, gender: str) -> str:
        if province == "ON":
            return self.ohip()
        if province == "BC":
            return self.bc_phn()
        if province == "QC":
            return self.ramq(p_first, p_last, dob, gender)
        if province == "AB":
            return f"{self.digits(5)}-{self.digits(4)}"
        return self.digits(9)

    def iban_dk(self) -> str:
        bban = "".join(str(self.r.randint(0, 9)) for _ in range(14))
        numeric = "".join(str(int(c, 36)) for c in bban + "DK00")
        raw = f"DK{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def kr_account(self) -> str:
        return self.pick(
            [
                f"110-{self.digits(3)}-{self.digits(6)}",
                f"1002-{self.digits(3)}-{self.digits(6)}",
                f"{self.digits(6)}-01-{self.digits(6)}",
                f"3333-{self.digits(2)}-{self.digits(7)}",
            ]
        )

    def dankort(self) -> str:
        number = self.luhn_complete("5019" + "".join(str(self.r.randint(0, 9)) for _ in range(11)))
        return self.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])

    def any_card(self) -> str:
        return self.dankort() if self.r.random() < 0.25 else self.card()

    # -- people ---------------------------------------------------------------------------------

    def phone_for(self, country: str) -> str:
        r = self.r
        if country == "DK":
            n = f"{self.pick('2345679')}{r.randint(0, 9)}{r.randint(100000, 999999)}"
            return self.pick([f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+45{n}", f"{n[:4]} {n[4:]}"])
        if country == "KR":
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+821{0}{a}{b}"])
        area = self.pick([t[3] for t in CA_TOWNS])
        ex, line = r.randint(200, 999), r.randint(0, 9999)
        return self.pick(
            [
                f"({area}) {ex}-{line:04d}",
                f"+1 {area} {ex} {line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1{area}{ex}{line:04d}",
            ]
        )

    def person(self, country: str | None = None, dob_range=(1936, 1979), hangul_p=0.5) -> Person:
        country = country or self.pick(["DK", "DK", "CA", "CA", "KR", "KR", "XX"])
        if country == "XX":  # expats and visitors: names from fake.py, living in one of our markets
            country = self.pick(["DK", "CA", "KR"])
            first, last = Fake.first(self), Fake.last(self)
            gender = self.pick(["female", "male"])
            hangul = False
        else:
            gender = self.pick(["female", "male"])
            hangul = country == "KR" and self.r.random() < hangul_p
            if country == "DK":
                first = self.pick(DK_FIRST_F if gender == "female" else DK_FIRST_M)
                last = self.pick(DK_LAST)
            elif country == "CA":
                first = self.pick(CA_FIRST_F if gender == "female" else CA_FIRST_M)
                last = self.pick(CA_LAST)
            else:
                kl = self.pick(KR_LAST)
                kf = self.pick(KR_FIRST_F if gender == "female" else KR_FIRST_M)
                first, last = (kf[0], kl[0]) if hangul else (kf[1], kl[1])
        if country == "KR" and hangul:
            full = last + first
            kl_rom = next(r for h, r in KR_LAST if h == last)
            kf_rom = next(r for h, r in KR_FIRST_F + KR_FIRST_M if h == first)
            local = kf_rom.lower().replace("-", "") + self.pick([".", "", "_"]) + kl_rom.lower()
        else:
            full = self.pick(
                [
                    f"{first} {last}",
                    f"{first} {last}",
                    f"{last} {first}" if country == "KR" else f"{first} {last}",
                ]
            )
            local = ascii_fold(first).lower().replace(" ", "").replace("-", "") + self.pick([".", "", "_"])
            local += ascii_fold(last).lower().replace("'", "").replace(" ", "")
        local += self.pick(["", "", str(self.r.randint(1, 99)), str(self.r.randint(1940, 1980))])
        email = f"{local}@{self.pick(DOMAINS[country])}"
        dob = self.date(*dob_range)
        if country == "DK":
            post, town, region = self.pick(DK_TOWNS)
            floor = self.pick(["", "", ", 2. tv", ", st. th", "B"])
            street = f"{self.pick(DK_STREETS)} {self.r.randint(1, 180)}{floor}"
            address = f"{street}, {post} {town}"
            nid = self.cpr(dob, gender)
            health = nid
        elif country == "CA":
            town, region, fsa, _ = self.pick(CA_TOWNS)
            post = f"{fsa} {self.r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{self.r.randint(0, 9)}"
            apt = self.pick(["", "", f", Apt {self.r.randint(101, 2409)}"])
            street = f"{self.r.randint(10, 9800)} {self.pick(CA_STREETS)}{apt}"
            address = f"{street}, {town}, {region} {post}"
            nid = self.sin()
            health = self.provincial_health(region, first, last, dob, gender)
        else:
            prov_h, prov_r, gu_h, gu_r, road_h, road_r = self.pick(KR_TOWNS)
            n = self.r.randint(1, 400)
            post = f"{self.r.randint(1, 63):02d}{self.r.randint(0, 999):03d}"
            if hangul or self.r.random() < 0.4:
                street = f"{road_h} {n}"
                town = prov_h
                address = f"{prov_h} {gu_h} {road_h} {n}" + self.pick(
                    ["", f", {self.r.randint(101, 1502)}호"]
                )
            else:
                street = f"{n} {road_r}"
                town = prov_r
                address = f"{n} {road_r}, {gu_r}, {prov_r}"
            region = prov_r
            nid = self.rrn(dob, gender)
            health = nid
        return Person(
            country,
            first,
            last,
            full,
            email,
            self.phone_for(country),
            street,
            town,
            post,
            region,
            address,
            dob,
            gender,
            nid,
            health,
            hangul,
        )

    def other(self) -> Person:
        return self.person(self.p.country, (1940, 2000))


# -- the clinic chain ---------------------------------------------------------------------------

CLINICS = {
    "DK": [
        (
            "DK-CPH-03",
            "Sonara Hørecenter Østerbro",
            "+45 33 12 40 00",
            "oesterbro@sonara.dk",
            "Østerbrogade 88, 2100 København Ø",
        ),
        (
            "DK-AAR-01",
            "Sonara Hørecenter Aarhus",
            "+45 86 20 11 50",
            "aarhus@sonara.dk",
            "Søndergade 31, 8000 Aarhus C",
        ),
        (
            "DK-ODE-02",
            "Sonara Hørecenter Odense",
            "+45 66 14 90 20",
            "odense@sonara.dk",
            "Vestergade 12, 5000 Odense C",
        ),
    ],
    "CA": [
        (
            "CA-TOR-07",
            "Sonara Hearing Toronto Midtown",
            "(416) 555-0142",
            "midtown@sonarahearing.ca",
            "2300 Yonge Street, Toronto, ON M4P 1E4",
        ),
        (
            "CA-MTL-02",
            "Sonara Audition Montréal",
            "(514) 555-0177",
            "montreal@sonarahearing.ca",
            "1500 Rue Sainte-Catherine O, Montréal, QC H3G 1P1",
        ),
        (
            "CA-VAN-04",
            "Sonara Hearing Vancouver",
            "(604) 555-0119",
            "vancouver@sonarahearing.ca",
            "1055 W Georgia St, Vancouver, BC V6E 3P3",
        ),
    ],
    "KR": [
        (
            "KR-SEL-01",
            "소나라 보청기 강남센터",
            "02-555-0123",
            "gangnam@sonara.co.kr",
            "서울특별시 강남구 테헤란로 427",
        ),
        (
            "KR-PUS-01",
            "Sonara Hearing Busan Centum",
            "051-555-0188",
            "busan@sonara.co.kr",
            "부산광역시 해운대구 센텀중앙로 79",
        ),
        (
            "KR-SEL-02",
            "소나라 보청기 마포센터",
            "02-555-0167",
            "mapo@sonara.co.kr",
            "서울특별시 마포구 월드컵로 212",
        ),
    ],
}
HEARING_AIDS = [
    "Oticon Intent 1",
    "Oticon Real 2",
    "Widex Moment Sheer 440",
    "Phonak Audéo Lumity L90",
    "Phonak Audéo Sphere Infinio",
    "ReSound Nexia 9",
    "Signia Pure Charge&Go IX",
    "Starkey Genesis AI 24",
]
ACCESSORIES = [
    ("ACC-BAT-312-60", "Batteries size 312 (60 pack)", "Power One", "Batteries", 39.0),
    ("ACC-BAT-13-60", "Batteries size 13 (60 pack)", "Rayovac", "Batteries", 42.0),
    ("ACC-DOME-OPEN-8", "Open domes 8 mm (10 pack)", "Oticon", "Domes", 55.0),
    ("ACC-WAX-PROWAX", "ProWax miniFit filters", "Oticon", "Wax guards", 49.0),
    ("ACC-TVA-3", "TV Adapter 3.0", "Oticon", "Streaming", 1695.0),
    ("ACC-RMIC-ROGER", "Roger On iN remote microphone", "Phonak", "Streaming", 6995.0),
    ("ACC-CHG-PORT", "Portable charger case", "Widex", "Chargers", 895.0),
    ("ACC-DRY-ZEPHYR", "Zephyr electronic dryer", "Dry & Store", "Care", 799.0),
]
PROGRAMS = ["General", "Speech in Noise", "Music", "Restaurant", "TV Streaming", "Outdoor", "Comfort"]
FREQS = ["250", "500", "1000", "2000", "4000", "8000"]


def clinic(f: HFake):
    """The clinic of the current message (one per message, in the persona's country)."""
    return f.c


def threshold(f: HFake) -> int:
    return f.pick([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90])


def uuid_upper(f: HFake) -> str:
    return f.uuid().upper()


def ha_serial(f: HFake) -> str:
    return f.pick(
        [f.digits(10), f"{f.r.randint(20, 24)}{f.pick('ABCDEFGH')}{f.digits(6)}", "SN" + f.digits(8)]
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


LOCALES = {"DK": ["da-DK", "en-DK"], "CA": ["en-CA", "fr-CA"], "KR": ["ko-KR"]}
TIMEZONES = {
    "DK": ["Europe/Copenhagen"],
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton"],
    "KR": ["Asia/Seoul"],
}
CARRIERS = {
    "DK": ["TDC", "Telia DK", "3 DK", "Telenor DK"],
    "CA": ["Rogers", "Bell", "TELUS", "Vidéotron"],
    "KR": ["SK Telecom", "KT", "LG U+"],
}


# -- templates: extra shapes beyond build.py's L / Many / dict ------------------------------------


@dataclass
class Opt:
    """A key present in a share of messages only."""

    item: Any
    p: float = 0.6


@dataclass
class Seq:
    """A fixed list of differently shaped items, all at `path[]`."""

    items: list


MISSING = object()


def render(template: Any, f: HFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
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


# -- contexts -------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Sonara | Hearing care"),
    ("/book", "Book a free hearing test"),
    ("/hearing-test", "Online hearing check"),
    ("/shop/batteries", "Batteries | Sonara Shop"),
    ("/clinics", "Find a clinic"),
    ("/checkout", "Checkout | Sonara Shop"),
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
]
SITE = {"DK": "https://www.sonara.dk", "CA": "https://www.sonarahearing.ca", "KR": "https://www.sonara.co.kr"}


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.68.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://search.naver.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?step=2"])),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: SITE[f.p.country] + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": Opt(
            {
                "brands": Seq(
                    [
                        {
                            "brand": G(lambda f: f.pick(["Chromium", "Microsoft Edge"])),
                            "version": G(lambda f: f.pick(["124", "123"])),
                        },
                        {
                            "brand": G(lambda f: f.pick(["Google Chrome", "Not-A.Brand"])),
                            "version": G(lambda f: f.pick(["124", "99", "8"])),
                        },
                    ]
                ),
                "mobile": G(lambda f: f.pick([False, True])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
            },
            0.5,
        ),
        "locale": G(lambda f: f.pick(LOCALES[f.p.country])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.p.country])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        [
                            "hoereproeve_forår",
                            "free_hearing_test_q2",
                            "보청기_봄_프로모션",
                            "tinnitus_awareness",
                        ]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "naver", "newsletter"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            ["høreapparat", "hearing aids near me", "보청기 가격", "tinnitus relief"]
                        )
                    ),
                    0.7,
                ),
                "content": Opt(G(lambda f: f.pick(["banner_a", "video_15s", "carousel"])), 0.7),
            },
            0.35,
        ),
    }


def mobile_common(lib_name: str, lib_versions: list[str]):
    return {
        "app": {
            "name": G(lambda f: "Sonara Connect"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0", "4.1.7"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4302", "4117"])),
            "namespace": G(lambda f: "com.sonara.connect"),
        },
        "library": {"name": G(lambda f: lib_name), "version": G(lambda f: f.pick(lib_versions))},
        "locale": G(lambda f: f.pick(LOCALES[f.p.country])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.p.country])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, True, False])),
            "carrier": Opt(G(lambda f: f.pick(CARRIERS[f.p.country])), 0.7),
        },
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }


def swift_context():
    ctx = mobile_common("analytics-swift", ["1.5.11", "1.6.0", "1.5.9"])
    ctx["device"] = {
        "id": G(uuid_upper),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone12,8"])),
        "name": G(lambda f: f.pick(["iPhone", "iPhone", "iPad"])),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: f.pick([False, False, True])),
        "advertisingId": Opt(Y(uuid_upper, "advertising id"), 0.3),
        "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
    }
    ctx["os"] = {
        "name": G(lambda f: "iOS"),
        "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8", "18.0"])),
    }
    ctx["screen"] = {
        "width": G(lambda f: f.pick([390, 393, 375])),
        "height": G(lambda f: f.pick([844, 852, 667])),
    }
    ctx["userAgent"] = G(
        lambda f: f.pick(
            [
                "Sonara%20Connect/4200 CFNetwork/1494.0.7 Darwin/23.4.0",
                "Sonara%20Connect/4302 CFNetwork/1496.0.7 Darwin/23.5.0",
            ]
        )
    )
    return ctx


def kotlin_context():
    ctx = mobile_common("analytics-kotlin", ["1.16.3", "1.17.0", "1.15.2"])
    ctx["device"] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
        "model": G(lambda f: f.pick(["SM-S918N", "SM-A546B", "Pixel 8", "CPH2581"])),
        "name": G(lambda f: f.pick(["dm3q", "a54x", "shiba", "OP5929L1"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
    }
    ctx["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))}
    ctx["screen"] = {
        "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
        "width": G(lambda f: 1080),
        "height": G(lambda f: f.pick([2340, 2400, 2316])),
    }
    ctx["userAgent"] = G(
        lambda f: f.pick(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            ]
        )
    )
    ctx["location"] = Opt(
        {
            "latitude": Y(lambda f: round(f.r.uniform(35.0, 56.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123.0, 129.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        0.4,
    )
    return ctx


def rn_context():
    ctx = mobile_common("analytics-react-native", ["2.19.1", "2.20.0", "2.18.4"])
    ctx["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
        "model": G(lambda f: f.pick(["iPhone14,7", "SM-S911N", "iPhone15,4"])),
        "name": G(lambda f: f.pick(["iPhone", "dm1q"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    ctx["os"] = {
        "name": G(lambda f: f.pick(["iOS", "Android"])),
        "version": G(lambda f: f.pick(["17.4", "14", "17.2"])),
    }
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))}
    ctx["traits"] = {
        "email": Y(lambda f: f.p.email, "email"),
        "firstName": Opt(Y(lambda f: f.p.first, "name"), 0.6),
        "clinicId": Opt(G(lambda f: clinic(f)[0]), 0.6),
    }
    return ctx


def flutter_context():
    ctx = mobile_common("analytics_flutter", ["1.1.3", "1.1.5", "1.0.9"])
    ctx["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
        "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991N", "Pixel 7"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    ctx["os"] = {
        "name": G(lambda f: f.pick(["ios", "android"])),
        "version": G(lambda f: f.pick(["17.4.1", "13", "14"])),
    }
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 892]))}
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.4.0", "2.3.4"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "python", "php"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.6)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(WEB_UAS)), 0.4)
    if client == "node":
        ctx["externalIds"] = Opt(
            Seq(
                [
                    {
                        "id": Y(lambda f: f.p.email, "email", True),
                        "type": G(lambda f: "email"),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    }
                ]
            ),
            0.5,
        )
    if client in ("java", "dotnet", "go"):
        ctx["locale"] = Opt(G(lambda f: f.pick(LOCALES[f.p.country])), 0.5)
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
APP = ["swift", "kotlin", "rn", "flutter"]
NATIVE = ["swift", "kotlin"]
SERVER = list(SERVER_LIBS)


def context_for(client: str):
    return CONTEXTS[client]() if client in CONTEXTS else server_context(client)


# -- events -----------------------------------------------------------------------------------------


def product():
    def pick(f):
        f._acc = f.pick(ACCESSORIES)
        return f._acc

    return {
        "product_id": G(lambda f: pick(f)[0]),
        "sku": G(lambda f: f._acc[0] + "-" + f.pick(["B", "S", "G"])),
        "name": G(lambda f: f._acc[1]),
        "brand": G(lambda f: f._acc[2]),
        "category": G(lambda f: f._acc[3]),
        "price": G(lambda f: f._acc[4]),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "url": Opt(G(lambda f: SITE[f.p.country] + "/shop/p/" + f._acc[0].lower()), 0.5),
    }


def currency(f: HFake) -> str:
    return {"DK": "DKK", "CA": "CAD", "KR": "KRW"}[f.p.country]


def ship_address():
    return {
        "name": Y(lambda f: f.p.full, "name"),
        "line1": Y(lambda f: f.p.street, "address|street"),
        "city": Y(lambda f: f.p.city, "city"),
        "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
        "country": G(lambda f: f.p.country),
        "state": Opt(G(lambda f: f.p.region), 0.7),
    }


def reminder_body(f: HFake) -> str:
    c = clinic(f)
    when = (
        f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)} {f.r.randint(8, 16)}:{f.pick(['00', '15', '30', '45'])}"
    )
    return f.pick(
        {
            "DK": [
                f"Hej {f.p.first}, husk din tid hos {c[1]} {when}. Svar JA for at bekræfte.",
                f"Hej {f.p.first}, dine høreapparater er klar til afhentning hos {c[1]}.",
            ],
            "CA": [
                f"Hi {f.p.first}, reminder: your appointment at {c[1]} on {when}. Reply C to confirm.",
                f"Bonjour {f.p.first}, rappel : votre rendez-vous chez {c[1]} le {when}.",
                f"Dear {f.p.first}, your new hearing aids are ready for pickup at {c[1]}.",
            ],
            "KR": [
                f"{f.p.full}님, {c[1]} 예약 안내: {when}. 변경 문의 {c[2]}",
                f"[소나라] {f.p.full}님, 보청기 정기 점검일입니다. {c[1]}",
            ],
        }[f.p.country]
    )


SMS_SENDERS = {
    "DK": ["+4570701234", "Sonara"],
    "CA": ["+16475550199", "+15145550123"],
    "KR": ["+8215885555", "15885555"],
}


def chat_text(f: HFake) -> str:
    return f.pick(
        [
            f"Can someone call me back on {f.p.phone}? The left one keeps beeping",
            f"Ring venligst på {f.p.phone}, appen kan ikke finde mine høreapparater",
            f"My email changed, please use {f.p.email} from now on",
            f"연락처 {f.p.phone} 로 전화 부탁드립니다",
            f"send the invoice to {f.p.email} thanks",
        ]
    )


def ticket_description(f: HFake) -> str:
    return f.pick(
        [
            f"Customer called about a whistling right aid. Call back on {f.p.phone} after 14:00.",
            f"Charger not working. Patient prefers phone: {f.p.phone}",
            f"Wants a new appointment, reachable at {f.p.phone}",
        ]
    )


EVENTS: list[tuple[str, str | None, list[str], Any, int]] = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "rn", "swift", "kotlin", "python", "node"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.6),
            "gender": Opt(
                Y(lambda f: f.pick([f.p.gender, f.p.gender, "non-binary", "prefer_not_to_say"]), "gender"),
                0.5,
            ),
            "address": Opt(
                {
                    "street": Y(lambda f: f.p.street, "street|address"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                    "country": G(lambda f: f.p.country),
                },
                0.5,
            ),
            "createdAt": G(lambda f: f.iso()),
            "preferredClinicId": G(lambda f: clinic(f)[0]),
            "preferredLanguage": G(lambda f: f.pick(LOCALES[f.p.country])[:2]),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "age": Opt(G(lambda f: f.r.randint(44, 88)), 0.5),
            "hearingAidModel": Opt(G(lambda f: f.pick(HEARING_AIDS)), 0.7),
            "hearingAidOwner": Y(lambda f: f.pick([True, True, False]), "condition"),
            "hasTinnitus": Opt(Y(lambda f: f.pick([True, False]), "condition"), 0.5),
            "hearingDogName": Opt(
                G(lambda f: f.pick(["Bella", "Kaj", "Maple", "두부", "Otto", "Luna"])), 0.2
            ),
            "avatarUrl": Opt(Y(lambda f: f"https://cdn.sonara.app/avatars/{f.hexid(20)}.jpg", "photo"), 0.4),
            "loginId": Opt(Y(lambda f: f.p.phone, "phone", True), 0.3),
            "lifetimeValue": G(lambda f: f.money(0, 40000)),
            "warrantyEndsAt": Opt(G(lambda f: f.date(2025, 2029)), 0.6),
        },
        4,
    ),
    (
        "identify",
        None,
        ["python"],
        {  # Reverse ETL from the warehouse
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "POSTAL_CODE": Y(lambda f: f.p.postcode, "zipcode"),
            "LTV_LOCAL": G(lambda f: f.money(0, 60000)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "CLINIC_REGION": G(lambda f: f.p.region),
            "CUSTOMER_TIER": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "PREDICTED_CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "DEVICE_SERIAL_LEFT": Y(ha_serial, "serial"),
            "DEVICE_SERIAL_RIGHT": Y(ha_serial, "serial"),
            "HA_WARRANTY_END": G(lambda f: f.date(2025, 2029)),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
            "ROW_HASH": G(lambda f: f.hexid(32)),
        },
        1,
    ),
    (
        "identify",
        None,
        ["java"],
        {  # Danish practice-management backend
            "navn": Y(lambda f: f.p.full, "name"),
            "fornavn": Y(lambda f: f.p.first, "name"),
            "efternavn": Y(lambda f: f.p.last, "name"),
            "mobilnummer": Y(lambda f: f.phone_for("DK"), "phone"),
            "fødselsdato": Y(lambda f: f.p.dob, "birthdate"),
            "cpr_nummer": RED(lambda f: f.cpr(f.p.dob, f.p.gender), "national id"),
            "adresse": {
                "vejnavn": Y(lambda f: f.pick(DK_STREETS), "street|address"),
                "husnummer": Y(
                    lambda f: f"{f.r.randint(1, 180)}{f.pick(['', 'A', ', 1. th'])}", "address|street"
                ),
                "postnummer": Y(lambda f: f.p.postcode, "zipcode"),
                "by": Y(lambda f: f.p.city, "city"),
                "land": G(lambda f: "Danmark"),
            },
            "kommune": Y(
                lambda f: KOMMUNER.get(f.p.postcode, "Københavns Kommune"),
                "city",
            ),
            "journalnummer": RED(lambda f: "J-" + f.digits(7), "health id"),
            "foretrukken_klinik": G(lambda f: f.pick(CLINICS["DK"])[1]),
            "samtykke_markedsfoering": G(lambda f: f.pick([True, False])),
            "cpr_valideret": G(lambda f: f.pick([True, False])),
            "oprettet": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "identify",
        None,
        ["go"],
        {  # Korean ERP sync: abbreviated SCREAMING_SNAKE columns
            "CUST_NO": G(lambda f: "C" + f.digits(9)),
            "CUST_NM": Y(lambda f: f.p.full, "name"),
            "HP_NO": Y(lambda f: f.phone_for("KR"), "phone"),
            "JUMIN_NO": RED(lambda f: f.rrn(f.p.dob, f.p.gender), "national id"),
            "BIRTH_YMD": Y(lambda f: f.p.dob.replace("-", ""), "birthdate"),
            "SEX_CD": Y(lambda f: "M" if f.p.gender == "male" else "F", "gender"),
            "ZIP_CD": Y(lambda f: f.p.postcode, "zipcode"),
            "ADDR1": Y(lambda f: f.p.address, "address"),
            "ADDR2": Y(lambda f: f.pick(["101동 1203호", "3층", "B동 502호", "201호"]), "address"),
            "BRANCH_CD": G(lambda f: f.pick(["SEL01", "SEL02", "PUS01"])),
            "REG_DT": G(lambda f: f.date(2019, 2024).replace("-", "")),
            "MKT_AGREE_YN": G(lambda f: f.pick(["Y", "N"])),
            "DISABILITY_REG_YN": RED(lambda f: f.pick(["Y", "N"]), "disability"),
        },
        1,
    ),
    (
        "identify",
        None,
        ["flutter"],
        {  # Korean app, hangul trait keys
            "이름": Y(lambda f: f.p.full, "name"),
            "전화번호": Y(lambda f: f.phone_for("KR"), "phone"),
            "이메일": Y(lambda f: f.p.email, "email"),
            "생년월일": Y(lambda f: f.p.dob, "birthdate"),
            "성별": Y(lambda f: "남" if f.p.gender == "male" else "여", "gender"),
            "주소": Y(lambda f: f.p.address, "address"),
            "보청기_모델": G(lambda f: f.pick(HEARING_AIDS)),
            "청력_손실_정도": Y(
                lambda f: f.pick(["경도", "중등도", "중등고도", "고도"]), "condition|diagnosis"
            ),
            "가입일": G(lambda f: f.date(2020, 2024)),
            "마케팅_수신동의": G(lambda f: f.pick([True, False])),
            "회원등급": G(lambda f: f.pick(["일반", "VIP"])),
        },
        1,
    ),
    # -- group / alias ----------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(lambda f: clinic(f)[1]),
            "clinic_code": G(lambda f: clinic(f)[0]),
            "main_phone": G(lambda f: clinic(f)[2]),
            "contact_email": G(lambda f: clinic(f)[3]),
            "street_address": G(lambda f: clinic(f)[4]),
            "region": G(lambda f: f.p.region),
            "audiologists": G(lambda f: f.r.randint(2, 14)),
            "plan": G(lambda f: f.pick(["flagship", "standard", "satellite"])),
            "opened_at": G(lambda f: f.date(2008, 2023)),
            "clinic_manager_name": Y(lambda f: f.other().full, "name"),
            "clinic_manager_email": Y(lambda f: f.other().email, "email"),
        },
        1,
    ),
    ("alias", None, ["web", "swift", "kotlin", "node"], None, 1),
    # -- web: pages, hearing check, booking -------------------------------------------------------
    (
        "page",
        "Book a Hearing Test",
        ["web"],
        {
            "path": G(lambda f: "/book"),
            "url": G(
                lambda f: (
                    SITE[f.p.country] + "/book" + f.pick(["", "?clinic=" + clinic(f)[0], "?type=free_test"])
                )
            ),
            "title": G(lambda f: "Book a free hearing test"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", SITE[f.p.country] + "/hearing-test"])
            ),
            "search": G(lambda f: f.pick(["", "?type=free_test", "?clinic=" + clinic(f)[0]])),
            "category": G(lambda f: "booking"),
        },
        2,
    ),
    (
        "track",
        "Online Hearing Check Completed",
        ["web", "flutter"],
        {
            "check_id": G(lambda f: f.uuid()),
            "duration_sec": G(lambda f: f.r.randint(180, 720)),
            "headphones_type": G(lambda f: f.pick(["wired", "airpods", "bluetooth_other", "speakers"])),
            "result_band": Y(
                lambda f: f.pick(["normal", "mild", "moderate", "significant"]), "condition|diagnosis"
            ),
            "left_ear_score": Y(lambda f: f.r.randint(20, 100), "condition|diagnosis"),
            "right_ear_score": Y(lambda f: f.r.randint(20, 100), "condition|diagnosis"),
            "age_band": G(lambda f: f.pick(["45-54", "55-64", "65-74", "75+"])),
            "email_for_results": Opt(Y(lambda f: f.p.email, "email"), 0.5),
            "recommended_action": G(lambda f: f.pick(["book_test", "retest_quiet_room", "none"])),
            "quiet_room_confirmed": G(lambda f: f.pick([True, False])),
            "gclid": Opt(Y(lambda f: "Cj0KCQ" + f.hexid(40), "advertising id"), 0.4),
        },
        2,
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "rn", "swift"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "clinic_name": G(lambda f: clinic(f)[1]),
            "clinic_phone": G(lambda f: clinic(f)[2]),
            "clinic_address": G(lambda f: clinic(f)[4]),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60, 90])),
            "appointment_type": Y(
                lambda f: f.pick(
                    [
                        "free_hearing_test",
                        "hearing_aid_fitting",
                        "follow_up",
                        "wax_removal",
                        "tinnitus_consultation",
                    ]
                ),
                "procedure",
            ),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "date_of_birth": Opt(Y(lambda f: f.p.dob, "birthdate"), 0.6),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "both"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "",
                        "Prefers morning slots",
                        "Parking at the back?",
                        "Is there step-free access?",
                        "Running 10 min late",
                    ]
                )
            ),
            "referred_by_gp": Opt(Y(lambda f: "Dr. " + f.other().full, "name"), 0.4),
            "is_first_visit": G(lambda f: f.pick([True, False])),
            "slots_available": G(lambda f: f.r.randint(0, 30)),
        },
        3,
    ),
    (
        "track",
        "Tid Bestilt",
        ["php"],
        {  # Danish booking widget on a partner site
            "klinik": G(lambda f: f.pick(CLINICS["DK"])[1]),
            "tidspunkt": G(lambda f: f.iso()),
            "ydelse": Y(
                lambda f: f.pick(
                    ["gratis høretest", "tilpasning af høreapparat", "kontrol", "ørevoksfjernelse"]
                ),
                "procedure",
            ),
            "fornavn": Y(lambda f: f.p.first, "name"),
            "efternavn": Y(lambda f: f.p.last, "name"),
            "mobil": Y(lambda f: f.phone_for("DK"), "phone"),
            "email": Y(lambda f: f.p.email, "email"),
            "henvisning_fra_laege": G(lambda f: f.pick([True, False])),
            "kommentar": G(
                lambda f: f.pick(["", "Kommer med min datter", "Ring gerne inden", "Helst om formiddagen"])
            ),
            "booking_ref": G(lambda f: "BK" + f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Clinic Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    ["Aarhus", "2200", "Toronto", "M4P", "강남", "Busan", "Odense", "Montréal", "해운대"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 8)),
            "user_lat": Opt(Y(lambda f: round(f.r.uniform(43.0, 56.5), 5), "geolocation"), 0.5),
            "user_lng": Opt(Y(lambda f: round(f.r.uniform(-123.0, 12.7), 5), "geolocation"), 0.5),
            "nearest_clinic_id": G(lambda f: clinic(f)[0]),
            "nearest_distance_km": G(lambda f: f.money(0, 60)),
            "used_geolocation": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "form_location": G(lambda f: f.pick(["footer", "blog_sidebar", "exit_intent"])),
            "input": Y(lambda f: f.p.email, "email", True),
            "list_id": G(lambda f: f.pick(["nl_da", "nl_en_ca", "nl_fr_ca", "nl_ko"])),
            "double_opt_in": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Callback Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "callback_v3"),
            "field": {
                "name": G(lambda f: f.pick(["phone", "mobile"])),
                "value": Y(lambda f: f.p.phone, "phone", True),
                "valid": G(lambda f: f.pick([True, True, False])),
            },
            "time_to_fill_ms": G(lambda f: f.r.randint(900, 21000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Form Submitted",
        ["node"],
        {  # Typeform webhook relayed as a track call
            "form_id": G(lambda f: f.pick(["xK29fLq", "Hb83mZ0"])),
            "form_title": G(lambda f: f.pick(["Hearing questionnaire", "Book a consultation"])),
            "submitted_at": G(lambda f: f.iso()),
            "token": G(lambda f: f.hexid(32)),
            "answers": Seq(
                [
                    {
                        "type": G(lambda f: "text"),
                        "field": {"id": G(lambda f: f.hexid(12)), "ref": G(lambda f: "full_name")},
                        "text": Y(lambda f: f.p.full, "name", True),
                    },
                    {
                        "type": G(lambda f: "email"),
                        "field": {"id": G(lambda f: f.hexid(12)), "ref": G(lambda f: "email")},
                        "email": Y(lambda f: f.p.email, "email"),
                    },
                    {
                        "type": G(lambda f: "phone_number"),
                        "field": {"id": G(lambda f: f.hexid(12)), "ref": G(lambda f: "phone")},
                        "phone_number": Y(lambda f: f.p.phone, "phone"),
                    },
                    {
                        "type": G(lambda f: "choice"),
                        "field": {"id": G(lambda f: f.hexid(12)), "ref": G(lambda f: "heard_about_us")},
                        "choice": {
                            "label": G(
                                lambda f: f.pick(["Google", "Facebook", "Friend or family", "My doctor"])
                            )
                        },
                    },
                ]
            ),
        },
        1,
    ),
    (
        "track",
        "Webinar Registered",
        ["node"],
        {  # HTML form names forwarded verbatim
            "first-name": Y(lambda f: f.p.first, "name"),
            "last-name": Y(lambda f: f.p.last, "name"),
            "work-email": Y(lambda f: f.p.email, "email"),
            "company-name": G(
                lambda f: f.pick(
                    ["Rigshospitalet", "Sunnybrook Health Sciences", "GN Hearing", "Demant", "Maersk"]
                )
            ),
            "job-title": G(lambda f: f.pick(["Audiologist", "ENT nurse", "HR manager", "GP"])),
            "webinar-id": G(lambda f: "wb-" + f.digits(5)),
            "how-did-you-hear": G(lambda f: f.pick(["linkedin", "newsletter", "colleague"])),
            "consent-given": G(lambda f: True),
            "utm-source": G(lambda f: f.pick(["linkedin", "email", "direct"])),
        },
        1,
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "lead_source": G(lambda f: f.pick(["facebook_lead_ad", "landing_page", "google_ads"])),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(40), "advertising id"), 0.6),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "_fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"), 0.5),
            "full_name": Y(lambda f: f.p.full, "name"),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "interest": G(lambda f: f.pick(["hearing_test", "tinnitus", "accessories", "rechargeable"])),
            "lead_score": G(lambda f: f.r.randint(0, 100)),
        },
        1,
    ),
    (
        "track",
        "Purchase",
        ["python"],
        {  # Meta Conversions API shape
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "physical_store", "app"])),
            "user_data": {
                "em": Y(lambda f: sha256(f.p.email), "email"),
                "ph": Y(lambda f: sha256(f.p.phone), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "external_id": G(lambda f: sha256("u" + f.digits(8))),
            },
            "custom_data": {
                "value": G(lambda f: f.money(40, 9000)),
                "currency": G(currency),
                "content_type": G(lambda f: "product"),
            },
        },
        1,
    ),
    # -- clinic: audiograms, tinnitus, fittings, referrals ------------------------------------------
    (
        "track",
        "Audiogram Recorded",
        ["python"],
        {
            "audiogram_id": G(lambda f: f.uuid()),
            "test_date": G(lambda f: f.date(2023, 2024)),
            "clinic_id": G(lambda f: clinic(f)[0]),
            "audiologist_id": G(lambda f: "aud_" + f.digits(4)),
            "audiologist_name": Y(lambda f: f.other().full, "name"),
            "equipment": G(
                lambda f: f.pick(
                    ["Interacoustics AC40", "Otometrics Madsen Astera2", "Interacoustics Affinity Compact"]
                )
            ),
            "transducer": G(lambda f: f.pick(["insert_earphones", "TDH39", "DD45"])),
            "thresholds": {
                "left": {freq: Y(threshold, "condition|diagnosis") for freq in FREQS},
                "right": {freq: Y(threshold, "condition|diagnosis") for freq in FREQS},
            },
            "pta_left_db": Y(lambda f: f.money(5, 90), "condition|diagnosis"),
            "pta_right_db": Y(lambda f: f.money(5, 90), "condition|diagnosis"),
            "srt_db": Y(lambda f: f.r.randint(10, 80), "condition|diagnosis"),
            "word_recognition_pct": Y(lambda f: f.r.randint(30, 100), "condition|diagnosis"),
            "hearing_loss_type": Y(
                lambda f: f.pick(["sensorineural", "conductive", "mixed", "none"]), "diagnosis"
            ),
            "degree_left": Y(
                lambda f: f.pick(["normal", "mild", "moderate", "moderately severe", "severe"]),
                "diagnosis|condition",
            ),
            "degree_right": Y(
                lambda f: f.pick(["normal", "mild", "moderate", "moderately severe", "severe"]),
                "diagnosis|condition",
            ),
            "masking_used": G(lambda f: f.pick([True, False])),
            "reliability": G(lambda f: f.pick(["good", "fair", "poor"])),
            "calibration_due": G(lambda f: f.date(2024, 2025)),
            "report_sha1": G(lambda f: f.hexid(40)),
        },
        3,
    ),
    (
        "track",
        "Tinnitus Questionnaire Submitted",
        ["rn", "flutter"],
        {
            "questionnaire": G(lambda f: f.pick(["THI", "TFI"])),
            "questionnaire_version": G(lambda f: f.pick(["1.0", "2.1"])),
            "total_score": Y(lambda f: f.r.randint(0, 100), "condition"),
            "severity_grade": Y(
                lambda f: f.pick(["slight", "mild", "moderate", "severe", "catastrophic"]), "condition"
            ),
            "tinnitus_ear": Y(lambda f: f.pick(["left", "right", "both", "in_head"]), "condition"),
            "tinnitus_duration_months": Y(lambda f: f.r.randint(1, 240), "condition"),
            "tinnitus_description": Y(
                lambda f: f.pick(
                    [
                        "high-pitched ringing",
                        "buzzing like a fridge",
                        "pulsing in time with my heartbeat",
                        "hissing",
                        "susen i begge ører",
                        "삐- 하는 소리",
                    ]
                ),
                "condition",
            ),
            "answers": Many(
                {
                    "item": G(lambda f: f"Q{f.r.randint(1, 25)}"),
                    "score": Y(lambda f: f.pick([0, 2, 4]), "condition"),
                },
                5,
            ),
            "completed_in_sec": G(lambda f: f.r.randint(90, 900)),
            "shared_with_audiologist": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "HearingAidFitted",
        ["dotnet"],
        {  # .NET clinic system, PascalCase
            "FittingId": G(lambda f: f.uuid()),
            "PatientNumber": RED(lambda f: f.pick(["P", "MRN"]) + f.digits(7), "health id"),
            "ClinicCode": G(lambda f: clinic(f)[0]),
            "AudiologistName": Y(lambda f: f.other().full, "name"),
            "DeviceModel": G(lambda f: f.pick(HEARING_AIDS)),
            "SerialNumberLeft": Y(ha_serial, "serial"),
            "SerialNumberRight": Y(ha_serial, "serial"),
            "FirmwareVersion": G(lambda f: f.pick(["2.4.1", "2.5.0", "1.9.12"])),
            "Side": G(lambda f: f.pick(["Binaural", "Left", "Right"])),
            "DomeType": G(lambda f: f.pick(["Open 8mm", "Bass double 10mm", "Power 12mm", "Custom mould"])),
            "ReceiverLength": G(lambda f: f.pick([1, 2, 3, 4])),
            "FittingFormula": G(lambda f: f.pick(["NAL-NL2", "DSL v5.0", "VAC+"])),
            "RealEarMeasured": G(lambda f: f.pick([True, False])),
            "EarmoldAllergy": Y(lambda f: f.pick(["none", "silicone", "acrylic"]), "allergy"),
            "PriceLocal": G(lambda f: f.money(8000, 40000)),
            "SubsidyApplied": G(lambda f: f.pick([True, False])),
            "FittedAtUtc": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Case History Recorded",
        ["dotnet"],
        {
            "CaseHistoryId": G(lambda f: f.uuid()),
            "PatientNumber": RED(lambda f: f.pick(["P", "MRN"]) + f.digits(7), "health id"),
            "NoiseExposure": Y(
                lambda f: f.pick(["occupational", "military", "recreational", "none"]), "condition"
            ),
            "OtotoxicMedications": Many(
                Y(
                    lambda f: f.pick(["gentamicin", "cisplatin", "furosemide", "high-dose aspirin"]),
                    "medication",
                ),
                2,
            ),
            "Vertigo": Y(lambda f: f.pick([True, False]), "condition"),
            "PreviousEarSurgery": Y(
                lambda f: f.pick(["none", "tympanoplasty", "stapedectomy", "grommets"]), "procedure"
            ),
            "Occupation": G(lambda f: f.pick(["retired", "teacher", "carpenter", "nurse", "musician"])),
            "MaritalStatus": G(lambda f: f.pick(["married", "widowed", "single"])),
            "RecordedBy": Y(lambda f: f.other().full, "name"),
            "DurationMinutes": G(lambda f: f.r.randint(5, 40)),
        },
        1,
    ),
    (
        "track",
        "Cochlear Implant Referral Created",
        ["java"],
        {
            "referralId": G(lambda f: "REF-" + f.digits(8)),
            "referringAudiologist": Y(lambda f: f.other().full, "name"),
            "receivingHospital": G(
                lambda f: f.pick(
                    [
                        "Rigshospitalet",
                        "Aarhus Universitetshospital",
                        "Sunnybrook Health Sciences Centre",
                        "St. Paul's Hospital",
                        "서울대학교병원",
                        "Samsung Medical Center",
                    ]
                )
            ),
            "referralReason": Y(
                lambda f: f.pick(
                    [
                        "bilateral severe-to-profound SNHL",
                        "poor aided word recognition",
                        "sudden SNHL right, no recovery",
                        "progressive loss, otosclerosis",
                    ]
                ),
                "diagnosis",
            ),
            "aidedWordScorePct": Y(lambda f: f.r.randint(5, 50), "condition|diagnosis"),
            "urgency": G(lambda f: f.pick(["routine", "urgent"])),
            "patient": {
                "fullName": Y(lambda f: f.p.full, "name"),
                "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
                "nationalIdType": G(lambda f: {"DK": "CPR", "CA": "PHN", "KR": "RRN"}[f.p.country]),
                "nationalId": RED(lambda f: f.p.health_id, "national id|health id"),
                "phone": Y(lambda f: f.p.phone, "phone"),
            },
            "letterUrl": G(lambda f: f"https://files.sonara.internal/referrals/{f.uuid()}.pdf"),
            "createdAt": G(lambda f: f.epoch_ms()),
        },
        1,
    ),
    (
        "track",
        "Child Profile Added",
        ["rn", "flutter"],
        {
            "child_profile_id": G(lambda f: f.uuid()),
            "child_first_name": Y(lambda f: f.other().first, "name"),
            "child_birthdate": Y(lambda f: f.date(2012, 2021), "birthdate"),
            "guardian_relationship": G(
                lambda f: f.pick(["mother", "father", "grandparent", "legal_guardian"])
            ),
            "school_name": G(
                lambda f: f.pick(["Øster Farimagsgade Skole", "Riverdale Public School", "서울 송파초등학교"])
            ),
            "has_cochlear_implant": Y(lambda f: f.pick([True, False]), "condition"),
            "fm_system_at_school": G(lambda f: f.pick([True, False])),
            "profiles_count": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    # -- app: pairing, telemetry, remote care ---------------------------------------------------------
    (
        "track",
        "Hearing Aid Paired",
        APP,
        {
            "side": G(lambda f: f.pick(["left", "right"])),
            "device_serial": Y(ha_serial, "serial"),
            "model": G(lambda f: f.pick(HEARING_AIDS)),
            "peripheral_name": G(
                lambda f: f.pick(["Oticon Intent", "ReSound Nexia", "Phonak L90 R", "Widex Moment"])
            ),
            "bt_address": Opt(Y(lambda f: f.mac(), "mac"), 0.5),
            "pairing_method": G(lambda f: f.pick(["MFi", "ASHA", "LE Audio", "Classic"])),
            "bond_state": G(lambda f: f.pick(["bonded", "bonding", "none"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "duration_ms": G(lambda f: f.r.randint(800, 25000)),
            "success": G(lambda f: f.pick([True, True, False])),
            "ha_firmware": G(lambda f: f.pick(["2.4.1", "2.5.0", "1.9.12"])),
            "serial_scanned": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Battery Status Reported",
        APP,
        {
            "side": G(lambda f: f.pick(["left", "right"])),
            "battery_pct": G(lambda f: f.r.randint(3, 100)),
            "charging": G(lambda f: f.pick([True, False])),
            "battery_type": G(lambda f: f.pick(["li-ion", "zinc-air 312", "zinc-air 13"])),
            "estimated_hours_left": G(lambda f: f.money(0, 30)),
            "charger_serial": Opt(Y(ha_serial, "serial"), 0.4),
            "low_battery_warning": G(lambda f: f.pick([True, False])),
        },
        4,
    ),
    (
        "track",
        "Streaming Session Ended",
        APP,
        {
            "stream_source": G(
                lambda f: f.pick(["phone_call", "media", "tv_adapter", "remote_mic", "auracast"])
            ),
            "duration_sec": G(lambda f: f.r.randint(5, 7200)),
            "codec": G(lambda f: f.pick(["G.722", "LC3", "ASHA", "MFi"])),
            "dropouts": G(lambda f: f.r.randint(0, 12)),
            "avg_rssi": G(lambda f: f.r.randint(-90, -40)),
            "volume_steps": G(lambda f: f.r.randint(-6, 6)),
            "tv_adapter_serial": Opt(Y(ha_serial, "serial"), 0.3),
        },
        3,
    ),
    (
        "track",
        "Sound Environment Logged",
        ["flutter", "kotlin"],
        {
            "classifier": G(
                lambda f: f.pick(["quiet", "speech", "speech_in_noise", "noise", "music", "car"])
            ),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "sound_level_db": G(lambda f: f.r.randint(30, 95)),
            "wear_time_min": G(lambda f: f.r.randint(0, 960)),
            "time_in_speech_pct": G(lambda f: f.r.randint(0, 100)),
            "bucket_start": G(lambda f: f.epoch_ms()),
            "firmware": G(lambda f: f.pick(["2.4.1", "2.5.0", "1.9.12"])),
        },
        3,
    ),
    (
        "screen",
        "Program Settings",
        APP,
        {
            "name": G(lambda f: "Program Settings"),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "bass": G(lambda f: f.r.randint(-4, 4)),
            "treble": G(lambda f: f.r.randint(-4, 4)),
            "noise_reduction": G(lambda f: f.pick(["off", "low", "medium", "high"])),
            "tinnitus_sound_generator": Y(lambda f: f.pick(["off", "on"]), "condition"),
        },
        2,
    ),
    (
        "screen",
        "Find My Hearing Aid",
        NATIVE,
        {
            "name": G(lambda f: "Find My Hearing Aid"),
            "side": G(lambda f: f.pick(["left", "right", "both"])),
            "last_seen_at": G(lambda f: f.iso()),
            "location": Y(
                lambda f: f"{round(f.r.uniform(35.0, 56.5), 6)},{round(f.r.uniform(-123.0, 129.5), 6)}",
                "geolocation",
            ),
            "accuracy_m": G(lambda f: f.r.randint(3, 120)),
            "signal_strength": G(lambda f: f.pick(["far", "near", "very_near"])),
        },
        1,
    ),
    (
        "track",
        "Remote Fine-Tuning Session Completed",
        ["rn", "swift"],
        {
            "session_id": G(lambda f: f.uuid()),
            "room_sid": G(lambda f: "RM" + f.hexid(32)),
            "audiologist_id": G(lambda f: "aud_" + f.digits(4)),
            "audiologist_display_name": Y(lambda f: f.other().full, "name"),
            "duration_sec": G(lambda f: f.r.randint(120, 2400)),
            "adjustments": Many(
                {
                    "band_hz": G(lambda f: f.pick([500, 1000, 2000, 4000])),
                    "gain_change_db": G(lambda f: f.r.randint(-6, 6)),
                    "program": G(lambda f: f.pick(PROGRAMS)),
                },
                4,
            ),
            "patient_feedback": G(
                lambda f: f.pick(
                    [
                        "Voices sound tinny",
                        "Too loud in restaurants",
                        "Much better now",
                        "Own voice sounds boomy",
                        "Lyden er bedre nu",
                    ]
                )
            ),
            "otoscope_image_url": Opt(
                Y(lambda f: f"https://media.sonara.app/otoscopy/{f.uuid()}.jpg", "photo"), 0.3
            ),
            "webrtc": {
                "local_candidate": {
                    "address": Y(lambda f: f.ipv4(), "ip", True),
                    "port": G(lambda f: f.r.randint(10000, 65000)),
                    "protocol": G(lambda f: f.pick(["udp", "tcp"])),
                    "candidateType": G(lambda f: f.pick(["srflx", "prflx"])),
                },
                "rtt_ms": G(lambda f: f.r.randint(20, 400)),
                "packets_lost": G(lambda f: f.r.randint(0, 300)),
            },
            "rating": G(lambda f: f.r.randint(1, 5)),
            "followup_requested": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Trusted Contact Added",
        NATIVE,
        {
            "contact_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.other().full, "name", True),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "neighbour", "friend"])),
            "contact_phone": Y(lambda f: f.phone_for(f.p.country), "phone"),
            "can_adjust_volume": G(lambda f: f.pick([True, False])),
            "notify_low_battery": G(lambda f: f.pick([True, False])),
            "contacts_total": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "text": Y(chat_text, "phone|email", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "agent_online": G(lambda f: f.pick([True, False])),
            "message_length": G(lambda f: f.r.randint(10, 300)),
        },
        1,
    ),
    # -- app lifecycle --------------------------------------------------------------------------------
    (
        "track",
        "Application Opened",
        APP,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4302"])),
            "url": Opt(
                G(
                    lambda f: f.pick(
                        ["sonara://program/music", "sonara://battery", "https://app.sonara.dk/open"]
                    )
                ),
                0.3,
            ),
            "referring_application": Opt(
                G(lambda f: f.pick(["com.apple.mobilesafari", "com.android.chrome"])), 0.3
            ),
        },
        3,
    ),
    (
        "track",
        "Application Updated",
        NATIVE,
        {
            "previous_version": G(lambda f: f.pick(["4.1.7", "4.2.0", "4.1.5"])),
            "previous_build": G(lambda f: f.pick(["4117", "4200", "4115"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4302"])),
        },
        1,
    ),
    (
        "track",
        "Application Crashed",
        NATIVE,
        {
            "exception": G(
                lambda f: f.pick(
                    [
                        "NSInvalidArgumentException",
                        "java.lang.IllegalStateException",
                        "EXC_BAD_ACCESS",
                        "DeadObjectException",
                    ]
                )
            ),
            "thread": G(lambda f: f.pick(["main", "BluetoothGattThread", "com.apple.CoreBluetooth"])),
            "stack_hash": G(lambda f: f.hexid(16)),
            "free_memory_mb": G(lambda f: f.r.randint(40, 900)),
            "bt_state": G(lambda f: f.pick(["on", "off", "turning_on"])),
            "session_length_sec": G(lambda f: f.r.randint(1, 5000)),
        },
        1,
    ),
    (
        "track",
        "Push Notification Opened",
        APP,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Time to clean your domes",
                        "Din batteri er lavt",
                        "보청기 점검 시기입니다",
                        "New program available",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["care_tip", "battery", "reminder", "promo"])),
            "opened_after_sec": G(lambda f: f.r.randint(1, 86000)),
        },
        1,
    ),
    # -- account / auth -------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "rn", "swift"],
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "kakao", "mitid"])),
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "accepted_terms_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "referral_code": Opt(G(lambda f: f.hexid(8).upper()), 0.5),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "login_token": RED(lambda f: f.hexid(48), "token"),
            "link_expires_at": G(lambda f: f.iso()),
            "requests_last_hour": G(lambda f: f.r.randint(1, 5)),
            "ip_country": G(lambda f: f.p.country),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        ["ruby"],
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "kakao_alimtalk"])),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "nhn_cloud", "sinch"])),
            "phone_country_code": G(lambda f: {"DK": "+45", "CA": "+1", "KR": "+82"}[f.p.country]),
        },
        1,
    ),
    (
        "track",
        "Signup Form Error",
        ["web"],
        {  # autocapture plugin forwarding the whole form
            "error_field": G(lambda f: f.pick(["password", "email", "phone"])),
            "error_code": G(lambda f: f.pick(["too_short", "invalid_format", "already_registered"])),
            "form_values": {
                "username": Y(lambda f: f.p.email, "email", True),
                "password": RED(
                    lambda f: f.pick(["Sommer2024!", "hunter22", "Kode1234", "qwerty!9Z", "Hoer€apparat7"]),
                    "password",
                ),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
        },
        1,
    ),
    # -- reminders, support, CRM ------------------------------------------------------------------
    (
        "track",
        "SMS Reminder Delivered",
        ["node"],
        {  # Twilio status callback fields
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.p.phone, "phone", True),
            "From": G(lambda f: f.pick(SMS_SENDERS[f.p.country])),
            "Body": Y(reminder_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.r.randint(1, 3)),
            "ErrorCode": Opt(G(lambda f: f.pick([30003, 30005, 30007])), 0.2),
        },
        2,
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Whistling hearing aid", "App won't connect", "Charger broken", "Battery order"]
                )
            ),
            "description": Y(ticket_description, "phone", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "requester": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
            },
            "assignee_email": G(
                lambda f: f.pick(["support@sonara.dk", "help@sonarahearing.ca", "cs@sonara.co.kr"])
            ),
            "channel": G(lambda f: f.pick(["phone", "email", "chat"])),
        },
        1,
    ),
    (
        "track",
        "Patient Lookup",
        ["web"],
        {  # staff portal search box
            "q": Y(lambda f: f.other().full, "name", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "search_scope": G(lambda f: f.pick(["my_clinic", "all_clinics"])),
            "took_ms": G(lambda f: f.r.randint(20, 900)),
        },
        1,
    ),
    (
        "track",
        "Contact Updated",
        ["python"],
        {  # HubSpot-shaped CRM sync
            "hs_object_id": G(lambda f: f.digits(11)),
            "firstname": Y(lambda f: f.p.first, "name"),
            "lastname": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "mobilephone": Y(lambda f: f.p.phone, "phone"),
            "lifecyclestage": G(lambda f: f.pick(["lead", "customer", "evangelist"])),
            "hearing_aid_owner": Y(lambda f: f.pick(["true", "false"]), "condition"),
            "hs_email_bounce": G(lambda f: f.r.randint(0, 2)),
            "num_associated_deals": G(lambda f: f.r.randint(0, 4)),
            "hubspot_owner_id": G(lambda f: f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        {  # SendGrid event webhook fields
            "email": Y(lambda f: f.p.email, "email"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}.sendgrid.net>"),
            "from": G(
                lambda f: f.pick(
                    [
                        "no-reply@sonara.dk",
                        "kundeservice@sonara.dk",
                        "hello@sonarahearing.ca",
                        "no-reply@sonara.co.kr",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["appointment_reminder", "newsletter", "receipt"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
            "opens_count": G(lambda f: f.r.randint(1, 6)),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "web"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "friend_name": Y(lambda f: f.other().full, "name"),
            "friend_phone": Y(lambda f: f.phone_for(f.p.country), "phone"),
            "channel": G(lambda f: f.pick(["sms", "kakaotalk", "whatsapp", "email"])),
            "reward": G(lambda f: f.pick(["500 DKK gift card", "$50 credit", "₩30,000 포인트"])),
            "referrals_sent_total": G(lambda f: f.r.randint(1, 9)),
        },
        1,
    ),
    # -- subsidies, insurance, payments -------------------------------------------------------------------
    (
        "track",
        "Tilskud Ansøgt",
        ["java"],
        {  # Danish public subsidy (høreapparattilskud)
            "sagsnummer": G(lambda f: "S-2024-" + f.digits(6)),
            "navn": Y(lambda f: f.p.full, "name"),
            "cpr_nummer": RED(lambda f: f.cpr(f.p.dob, f.p.gender), "national id"),
            "kommune": Y(
                lambda f: KOMMUNER.get(f.p.postcode, "Københavns Kommune"),
                "city",
            ),
            "region": G(lambda f: f.pick(["Hovedstaden", "Midtjylland", "Syddanmark"])),
            "tilskudsbeloeb": G(lambda f: f.pick([4450, 6070, 8470])),
            "hoereapparat_model": G(lambda f: f.pick(HEARING_AIDS)),
            "henvisning_fra_laege": G(lambda f: f.pick([True, False])),
            "bevilget": G(lambda f: f.pick([True, False])),
            "udbetaling_kontonummer": RED(lambda f: f.iban_dk(), "bank account"),
            "reg_nr": G(lambda f: f.pick(["1551", "3001", "9570", "5301"])),
            "fagforening": Opt(
                Y(lambda f: f.pick(["HK Danmark", "FOA", "3F", "Dansk Metal"]), "trade union"), 0.6
            ),
            "ansoegt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Insurance Claim Submitted",
        ["node", "php"],
        {  # Canada: private insurers, ADP, NIHB, VAC
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "insurer": G(
                lambda f: f.pick(["Sun Life", "Manulife", "Green Shield Canada", "Canada Life", "Blue Cross"])
            ),
            "policy_number": Y(lambda f: f.pick(["G", "P"]) + f.digits(7), "identification"),
            "member_id": Y(lambda f: f.digits(9), "identification"),
            "certificate_number": Opt(Y(lambda f: f.digits(8), "identification|certificate"), 0.5),
            "province": G(lambda f: f.p.region),
            "provincial_health_number": RED(
                lambda f: f.p.health_id,
                "health id",
            ),
            "adp_funding_amount": G(lambda f: f.pick([0, 500, 1000])),
            "nihb_eligible": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "status_card_number": Opt(RED(lambda f: f.digits(10), "national id"), 0.3),
            "vac_client": RED(lambda f: f.pick([True, False]), "veteran"),
            "claim_amount": G(lambda f: f.money(300, 7000)),
            "currency": G(lambda f: "CAD"),
            "payee": {
                "name": Y(lambda f: f.p.full, "name"),
                "address": Y(lambda f: f.p.address, "address"),
                "sin": RED(lambda f: f.sin(), "national id"),
            },
            "direct_deposit": {
                "transit": G(lambda f: f.digits(5)),
                "institution": G(lambda f: f.pick(["001", "002", "003", "004", "815"])),
                "account": RED(lambda f: f.digits(7), "bank account"),
            },
            "household_income_band": Opt(
                Y(lambda f: f.pick(["<30k", "30-60k", "60-90k", ">90k"]), "salary"), 0.5
            ),
        },
        2,
    ),
    (
        "track",
        "보조금 신청",
        ["go"],
        {  # Korean NHIS hearing-aid subsidy
            "신청번호": G(lambda f: "A" + f.digits(10)),
            "이름": Y(lambda f: f.p.full, "name"),
            "주민등록번호": RED(lambda f: f.rrn(f.p.dob, f.p.gender), "national id"),
            "휴대전화": Y(lambda f: f.phone_for("KR"), "phone"),
            "주소": Y(lambda f: f.p.address, "address"),
            "장애등급": RED(lambda f: f.pick(["심한 장애", "심하지 않은 장애"]), "disability"),
            "신청금액": G(lambda f: f.pick([1310000, 1110000, 900000])),
            "보청기_모델": G(lambda f: f.pick(HEARING_AIDS)),
            "처리상태": G(lambda f: f.pick(["접수", "심사중", "승인", "반려"])),
            "환불계좌": RED(lambda f: f.kr_account(), "bank account"),
            "은행": G(lambda f: f.pick(["신한은행", "국민은행", "우리은행", "카카오뱅크"])),
        },
        1,
    ),
    (
        "track",
        "Bocheonggi Jeopsu Wallyo",
        ["java"],
        {  # romanised Korean backend keys
            "jeopsu_beonho": G(lambda f: f.digits(12)),
            "hwanja_ireum": Y(lambda f: f.p.full, "name"),
            "hwanja_beonho": RED(lambda f: f.digits(8), "health id"),
            "yeollakcheo": Y(lambda f: f.phone_for("KR"), "phone"),
            "saengnyeonwolil": Y(lambda f: f.p.dob, "birthdate"),
            "jijeom": G(lambda f: f.pick(["gangnam", "mapo", "busan_centum"])),
            "gigi_model": G(lambda f: f.pick(HEARING_AIDS)),
            "geumaek": G(lambda f: f.pick([1500000, 2800000, 3900000])),
        },
        1,
    ),
    (
        "track",
        "Payment Succeeded",
        ["node", "ruby"],
        {  # Stripe webhook relayed as a track call
            "stripe_event_id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: f.pick(["payment_intent.succeeded", "charge.succeeded"])),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "amount": G(lambda f: f.r.randint(3900, 900000)),
                    "currency": G(lambda f: currency(f).lower()),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "funding": G(lambda f: f.pick(["credit", "debit"])),
                        "country": G(lambda f: f.p.country),
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.p.full, "name"),
                        "email": Y(lambda f: f.p.email, "email"),
                        "phone": Opt(Y(lambda f: f.p.phone, "phone"), 0.6),
                        "address": {
                            "line1": Y(lambda f: f.p.street, "address|street"),
                            "city": Y(lambda f: f.p.city, "city"),
                            "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                            "country": G(lambda f: f.p.country),
                        },
                    },
                    "receipt_email": Y(lambda f: f.p.email, "email"),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Legacy Checkout Submitted",
        ["php"],
        {  # old PHP shop posting the raw form
            "order_ref": G(lambda f: f.digits(8)),
            "cc_number": RED(lambda f: f.any_card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "cc_holder": Y(lambda f: f.p.full, "name"),
            "total": G(lambda f: f.money(39, 7000)),
        },
        1,
    ),
    (
        "track",
        "Refund Issued",
        ["python"],
        {
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "amount": G(lambda f: f.money(39, 9000)),
            "reason": G(lambda f: f.pick(["return_within_trial", "damaged", "duplicate"])),
            "iban": RED(lambda f: f.pick([f.iban_dk(), f.iban("DE"), f.iban("NL")]), "bank account"),
            "account_holder": Y(lambda f: f.p.full, "name"),
            "trial_days_used": G(lambda f: f.r.randint(1, 45)),
        },
        1,
    ),
    # -- e-commerce spec (accessories shop) ------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "312 batteries",
                        "domes",
                        "tv adapter",
                        "høreapparat batterier",
                        "보청기 배터리",
                        "wax filters",
                    ]
                )
            )
        },
        2,
    ),
    ("track", "Product Viewed", ["web", "rn", "swift"], {**product(), "currency": G(currency)}, 3),
    ("track", "Product Added", ["web", "rn"], {"cart_id": G(lambda f: f.uuid()), **product()}, 2),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(39, 9000)),
            "currency": G(currency),
            "coupon": G(lambda f: f.pick(["", "BATTERI10", "WELCOME", "봄맞이"])),
            "products": Many(product(), 3),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(39, 9000)),
            "revenue": G(lambda f: f.money(39, 9000)),
            "shipping": G(lambda f: f.pick([0, 39, 49, 3000])),
            "tax": G(lambda f: f.money(5, 1500)),
            "currency": G(currency),
            "payment_type": G(lambda f: f.pick(["card", "mobilepay", "kakaopay", "naverpay", "paypal"])),
            "products": Many(product(), 3),
            "shipping_address": ship_address(),
            "billing_address": Opt(Y(lambda f: f.p.address, "address"), 0.5),
            "ship_to_other": G(lambda f: f.pick([True, False])),
            "gift_recipient_name": Opt(Y(lambda f: f.other().full, "name"), 0.3),
            "loyalty_number": Opt(G(lambda f: "SL" + f.digits(8)), 0.4),
            "tracking_number": G(lambda f: f.pick(["PostNord ", "CP ", "CJ "]) + f.digits(12)),
        },
        2,
    ),
    (
        "track",
        "주문 완료",
        ["flutter"],
        {  # Korean shop checkout, hangul keys
            "주문번호": G(lambda f: f.date(2024, 2024).replace("-", "") + f.digits(6)),
            "받는분": Y(lambda f: f.p.full, "name"),
            "연락처": Y(lambda f: f.phone_for("KR"), "phone"),
            "배송지": Y(lambda f: f.p.address, "address"),
            "우편번호": Y(lambda f: f"{f.r.randint(1, 63):02d}{f.r.randint(0, 999):03d}", "zipcode"),
            "결제수단": G(lambda f: f.pick(["카카오페이", "네이버페이", "신용카드", "무통장입금"])),
            "결제금액": G(lambda f: f.pick([18000, 42000, 55000, 129000])),
            "배송메모": G(
                lambda f: f.pick(["문 앞에 놓아주세요", "경비실에 맡겨주세요", "", "배송 전 연락 바랍니다"])
            ),
            "상품수": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Product Reviewed",
        ["web"],
        {
            "product_id": G(lambda f: f.pick(ACCESSORIES)[0]),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_body": G(
                lambda f: f.pick(
                    [
                        "Batteries last about a week",
                        "Domes fit well",
                        "TV adapter was easy to set up",
                        "Virker fint",
                        "배송 빨라요",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.p.first} {f.p.last[0]}.", "name"),
            "verified_purchase": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Gift Card Sent",
        ["web"],
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([250, 500, 50, 30000])),
            "recipient": Y(lambda f: f.other().email, "email", True),
            "message": G(
                lambda f: f.pick(
                    ["Happy birthday!", "Tillykke med de 70!", "생신 축하드려요", "Enjoy the concert"]
                )
            ),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
        },
        1,
    ),
    # -- staff and hiring ------------------------------------------------------------------------------
    (
        "track",
        "Staff Shift Completed",
        ["dotnet"],
        {
            "EmployeeNumber": G(lambda f: "E" + f.digits(5)),
            "EmployeeName": Y(lambda f: f.other().full, "name"),
            "EmployeeEmail": Y(lambda f: f.other().email, "email"),
            "JobTitle": G(
                lambda f: f.pick(["Audiologist", "Hearing Care Professional", "Receptionist", "Audiometrist"])
            ),
            "HourlyRate": Y(lambda f: f.money(24, 62), "salary"),
            "HoursWorked": G(lambda f: f.money(3, 10)),
            "ClinicCode": G(lambda f: clinic(f)[0]),
            "Overtime": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(4)),
            "job_title": G(lambda f: f.pick(["Audiologist", "Hearing Aid Technician", "Clinic Coordinator"])),
            "applicant_name": Y(lambda f: f.p.full, "name"),
            "applicant_email": Y(lambda f: f.p.email, "email"),
            "applicant_phone": Y(lambda f: f.phone_for(f.p.country), "phone"),
            "right_to_work": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "work_permit", "none"]), "visa"
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "current_employer": G(
                lambda f: f.pick(["Amplifon", "Costco Hearing Aid Centre", "Audika", "Self-employed"])
            ),
            "cv_pages": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Integration Sync Failed",
        ["go"],
        {
            "integration": G(lambda f: f.pick(["noah", "auditdata", "sundhed_dk_gateway"])),
            "status_code": G(lambda f: f.pick([401, 429, 500, 503])),
            "retry_in_sec": G(lambda f: f.pick([30, 60, 300])),
            "request": {
                "method": G(lambda f: f.pick(["POST", "PUT"])),
                "url": G(
                    lambda f: f.pick(
                        ["https://api.noah.example/v4/patients", "https://gw.example.dk/fhir/Observation"]
                    )
                ),
                "headers": {
                    "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "X-Forwarded-For": Y(lambda f: f.ipv4(), "ip"),
                    "Content-Type": G(lambda f: "application/json"),
                },
            },
            "api_key": RED(lambda f: f.secret(), "secret"),
            "payload_bytes": G(lambda f: f.r.randint(200, 40000)),
        },
        1,
    ),
    (
        "track",
        "Consent Updated",
        ["web", "rn"],
        {  # OneTrust-shaped
            "consent_id": G(lambda f: f.uuid()),
            "categories": {
                "C0001": G(lambda f: True),
                "C0002": G(lambda f: f.pick([True, False])),
                "C0004": G(lambda f: f.pick([True, False])),
            },
            "health_data_processing": G(lambda f: f.pick([True, False])),
            "banner_version": G(lambda f: f.pick(["6.34.0", "6.35.1"])),
            "gpc": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
]


COUNTRY_OF = {
    "Tid Bestilt": "DK",
    "Tilskud Ansøgt": "DK",
    "Insurance Claim Submitted": "CA",
    "보조금 신청": "KR",
    "Bocheonggi Jeopsu Wallyo": "KR",
    "주문 완료": "KR",
}


def country_of(event: str | None, body: Any) -> str | None:
    if event in COUNTRY_OF:
        return COUNTRY_OF[event]
    if isinstance(body, dict) and "cpr_nummer" in body:
        return "DK"
    if isinstance(body, dict) and ("CUST_NM" in body or "이름" in body):
        return "KR"
    return None


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, weight in EVENTS:
            for _ in range(weight):
                country = country_of(event, body)
                f.p = f.person(country, hangul_p=0.85) if country else f.person()
                f.c = f.pick(CLINICS[f.p.country])
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "clinic_" + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=293, repeats=22)
    write(Path(__file__).parent, "holdout293_", events, labels)
