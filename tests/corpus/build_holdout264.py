"""Writes holdout264: tests/corpus/holdout264_events.jsonl and holdout264_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Only tests/corpus/build.py and fake.py (the
helpers), build_holdout3.py (for the format) and the reference's matcher table were read.

Domain: a marathon and mass-participation running-race platform (registration, bib and chip
timing, live tracking, results) operating in the Netherlands, Japan and South Africa. Covered:
runner registration (date of birth, gender, nationality, club, emergency contacts, medical
declarations and certificates), entry checkout and refunds (e-commerce spec, iDEAL / card /
konbini / PayFast, Stripe payment-method ids), bib, chip and corral / wave allocation, charity
fundraising pages, donations and South African section 18A tax certificates, live GPS tracking
with split times and timing-mat reads, results, finisher photos and medal engraving, volunteers,
medical-tent incidents, elite-athlete contracts and prize payouts, travel packages, kids' runs,
canicross dogs, adaptive divisions, group / corporate relay entries, logins and one-time codes,
wearable sync, support tickets and surveys. Messages are identify / track / page / screen /
group / alias with the `context` blocks of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, the Flutter plugin and the python / node / go / java / ruby / php / C#
server libraries (context.ip, traits, device, app, library, locale, userAgent, campaign).

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase
(a C# race-office CRM and a medical-tent app), kebab-case (a timing-vendor webhook relay),
SCREAMING_SNAKE (warehouse reverse-ETL identifies), Dutch keys (a Dutch registration backend),
Japanese keys in kanji/kana and in romaji (a Japanese entry backend) and Afrikaans keys (a South
African club race form). Values are generated for many cultures: Dutch, Japanese (kanji, kana
and romaji), South African (Zulu, Xhosa, Afrikaans, Indian) and international names; NL / JP /
ZA / other national phone formats; Dutch, Japanese and South African addresses and postcodes;
BSNs passing the 11-proof, South African ID numbers with their Luhn digit, Japanese My Numbers
with their check digit, Luhn-valid cards, mod-97 IBANs.

Labelling rules (the product's default colours):
- PII = personal data about a natural person: the runner, an emergency contact, a child, a
  donor, a guide runner, an agent, a volunteer, medic, photographer or other staff member.
  Colour and type follow the reference's default matcher table (name, email, phone, address,
  street, city, zipcode, birthdate, gender, citizenship, photo, certificate, license, serial,
  identification, salary, ip, condition, diagnosis, procedure, medication, allergy = yellow;
  passport, visa, disability, credit card, password, token = red). Outside the table:
  `geolocation` and `advertising id` yellow; `national id`, `health id`, `bank account`,
  `secret` red.
- Green: ids we issue (registration, order, bib, chip, page, donation ids, UUIDs), versions,
  timestamps, hashes, amounts, enums, counters and booleans even under PII-sounding keys
  (`email_verified`, `genderPlace`, `first_aid_certified`), race, charity, club, hotel, product
  and dog names, race / course / hospital / medical-post places, countries, provinces and
  prefectures, locale, timezone, currency, user agents, OS-issued device ids, card brand, last
  four and expiry, BICs, bank and branch codes.
- Product policy (applied as written): athletics-federation licence numbers (Atletiekunie, ASA),
  Comrades permanent numbers, own-chip codes, frequent-flyer and member numbers are green;
  ages and age bands ("40-44") are green but a birth year is a birthdate; a club's own
  mailbox, phone and address, a hotel's address and a company's VAT number are green; a pet's
  microchip number is green; insurer / medical-aid member and policy numbers are yellow
  `identification`; pay (appearance fees, hourly rates) is yellow `salary`; fbp / fbc / gclid
  are yellow `advertising id`; billing addresses are yellow `address`; Stripe `pm_` ids,
  payment-intent client secrets, OAuth tokens, sign-in link tokens and one-time codes are red
  `token|secret`; Japan's national health insurance card number is a red `health id`; identity
  document numbers are red `national id` / `passport`; right-to-work and visa answers are red
  `visa`.
- Decisions for cases the brief leaves open (what a careful privacy owner would want flagged):
  a result category that encodes gender ("M40", "F35", "X") is yellow `gender`, value_only
  (the key says "category", not gender); heart rate from a wearable is health data: yellow
  `condition`; triage level, body temperature, ambulance-required and outcome fields of a
  medical incident are yellow `condition` (or `condition|procedure`); a wheelchair / guide-runner
  division, Paralympic class codes (T11, T54) and a uses-wheelchair flag are red `disability`;
  a URL to a person's uploaded medical certificate scan is yellow `certificate`, a link to the
  generated finisher certificate is green; a photo of the person (finisher photo, selfie,
  profile photo) is yellow `photo`; a doctor's professional registration number (BIG) is a
  yellow `license`; a wearable's serial number is a yellow `serial`; the iOS APNs push token in
  context.device.token is a red `token` (as in the main corpus); a fundraising page URL whose
  slug is the runner's name is yellow `name`, value_only; a SHA-256 of the runner's e-mail sent
  for ad matching (`email_sha256`) is pseudonymous personal data, not a hash of non-PII: yellow
  `email` (the key says so, not value_only).
- value_only is true when the key does not say what the value is (`value`, `q`, `text`,
  `destination`, `body`, `description`, `notes`, `engraving_text`, `page_url`, ...) and only the
  value reveals it; such a path holds that PII in every one of its values. Free text is
  labelled by what every one of its values carries and green when none carries PII: each free
  text generator below either puts the PII in every value or never.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers ----------------------------------------------------------------

PEOPLE = [
    ("Sanne", "de Vries"),
    ("Daan", "van den Berg"),
    ("Femke", "Jansen"),
    ("Bram", "Bakker"),
    ("Lieke", "Visser"),
    ("Thijs", "Smit"),
    ("Noor", "Meijer"),
    ("Jeroen", "de Boer"),
    ("Anouk", "Mulder"),
    ("Sem", "de Groot"),
    ("Mohammed", "El Amrani"),
    ("Priya", "Ramdin"),
    ("Kenta", "Sato"),
    ("Yui", "Takahashi"),
    ("Haruto", "Suzuki"),
    ("Aoi", "Watanabe"),
    ("Ren", "Ito"),
    ("Sakura", "Yamamoto"),
    ("Riku", "Nakamura"),
    ("Misaki", "Kobayashi"),
    ("Thabo", "Nkosi"),
    ("Lerato", "Dlamini"),
    ("Sipho", "Ndlovu"),
    ("Nomvula", "Khumalo"),
    ("Pieter", "van Wyk"),
    ("Annelie", "Botha"),
    ("Johan", "du Plessis"),
    ("Ayanda", "Mokoena"),
    ("Kavitha", "Naidoo"),
    ("Zanele", "Mthembu"),
    ("Eliud", "Kiprotich"),
    ("Tigist", "Bekele"),
    ("María", "González"),
    ("Liam", "O'Connor"),
    ("Wei", "Chen"),
    ("Ahmed", "Hassan"),
    ("Olga", "Petrova"),
    ("Kofi", "Mensah"),
    ("Ana", "Silva"),
    ("Jonas", "Müller"),
    ("Chloé", "Lefèvre"),
    ("Ngozi", "Okonkwo"),
    ("Søren", "Nielsen"),
]
JP_PEOPLE = [
    ("佐藤", "健太", "サトウ", "ケンタ"),
    ("高橋", "結衣", "タカハシ", "ユイ"),
    ("鈴木", "陽翔", "スズキ", "ハルト"),
    ("渡辺", "葵", "ワタナベ", "アオイ"),
    ("伊藤", "蓮", "イトウ", "レン"),
    ("山本", "さくら", "ヤマモト", "サクラ"),
    ("中村", "陸", "ナカムラ", "リク"),
    ("小林", "美咲", "コバヤシ", "ミサキ"),
    ("加藤", "大輝", "カトウ", "ダイキ"),
    ("吉田", "花子", "ヨシダ", "ハナコ"),
    ("松本", "翔太", "マツモト", "ショウタ"),
    ("井上", "真央", "イノウエ", "マオ"),
]
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "icloud.com",
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.nl",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "mweb.co.za",
    "webmail.co.za",
    "telkomsa.net",
    "proton.me",
]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Haarlem", "Zwolle", "Nijmegen"]
JP_CITIES = ["Yokohama", "Osaka", "Sapporo", "Fukuoka", "Nagoya", "Kobe", "Sendai", "Kawasaki"]
ZA_CITIES = [
    "Johannesburg",
    "Cape Town",
    "Durban",
    "Pretoria",
    "Pietermaritzburg",
    "Gqeberha",
    "Bloemfontein",
]
NL_STREETS = [
    "Kerkstraat",
    "Prinsengracht",
    "Dorpsstraat",
    "Stationsweg",
    "Molenlaan",
    "Oudegracht",
    "Schoolstraat",
]
ZA_STREETS = [
    "Jan Smuts Avenue",
    "Long Street",
    "Kloof Street",
    "Beach Road",
    "Florida Road",
    "Church Street",
]
JP_WARDS = [
    ("神奈川県横浜市中区", "Naka-ku, Yokohama"),
    ("大阪府大阪市北区", "Kita-ku, Osaka"),
    ("東京都世田谷区", "Setagaya-ku, Tokyo"),
    ("北海道札幌市中央区", "Chuo-ku, Sapporo"),
    ("福岡県福岡市博多区", "Hakata-ku, Fukuoka"),
]
RACES = [
    ("rtm-2025", "NN Marathon Rotterdam", "Rotterdam", "NL", 51.92, 4.48),
    ("ams-2025", "TCS Amsterdam Marathon", "Amsterdam", "NL", 52.34, 4.87),
    ("dtd-2025", "Dam tot Damloop", "Zaandam", "NL", 52.44, 4.82),
    ("tky-2025", "Tokyo Marathon", "Tokyo", "JP", 35.68, 139.76),
    ("osk-2025", "Osaka Marathon", "Osaka", "JP", 34.69, 135.50),
    ("kyo-2025", "Kyoto Marathon", "Kyoto", "JP", 35.01, 135.77),
    ("cmr-2025", "Comrades Marathon", "Pietermaritzburg", "ZA", -29.60, 30.38),
    ("two-2025", "Two Oceans Marathon", "Cape Town", "ZA", -34.00, 18.46),
    ("sow-2025", "Soweto Marathon", "Johannesburg", "ZA", -26.25, 27.90),
]
CLUBS = [
    "AV Rotterdam Atletiek",
    "Phanos",
    "AV Haarlem",
    "Loopgroep Utrecht",
    "Tokyo Runners Club",
    "Namban Rengo",
    "Nedbank Running Club",
    "Harmony AC",
    "Boxer Athletic Club",
    "Durban Athletic Club",
    "unattached",
]
CHARITIES = [
    ("KWF Kankerbestrijding", "ANBI 002253100"),
    ("Hartstichting", "ANBI 002453718"),
    ("Prinses Máxima Centrum", "ANBI 855948357"),
    ("Japan Red Cross Society", "JRC-1952"),
    ("Room to Read Japan", "NPO-13-0042"),
    ("CHOC Childhood Cancer Foundation", "NPO 002-339"),
    ("Cape Town Society for the Blind", "NPO 003-122"),
    ("Hospice Palliative Care Association", "NPO 001-774"),
]
HOSPITALS = [
    "Erasmus MC",
    "OLVG Oost",
    "St. Luke's International Hospital",
    "Groote Schuur Hospital",
    "Grey's Hospital",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]
ALNUM = string.ascii_letters + string.digits


def ascii_slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def person(f: Fake) -> tuple[str, str]:
    return f.pick(PEOPLE)


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full_name(f: Fake) -> str:
    given, family = person(f)
    if f.r.random() < 0.1:
        return f"{family.upper()} {given}"
    return f"{given} {family}"


def jp_kanji_name(f: Fake) -> str:
    sei, mei, _, _ = f.pick(JP_PEOPLE)
    return f"{sei} {mei}" if f.r.random() < 0.5 else f"{sei}{mei}"


def jp_kana_name(f: Fake) -> str:
    _, _, sei, mei = f.pick(JP_PEOPLE)
    return f"{sei} {mei}"


def email(f: Fake) -> str:
    given, family = person(f)
    g, fam = ascii_slug(given), ascii_slug(family)
    local = f.pick(
        [f"{g}.{fam}", f"{g}{fam}{f.r.randint(1, 99)}", f"{g[0]}{fam}", f"{fam}.{g}", f"{g}_{fam[:5]}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def phone_nl(f: Fake) -> str:
    n = f.digits(8)
    return f.pick(
        [f"06 {n}", f"06-{n}", f"+31 6 {n}", f"+316{n}", f"0{f.pick(['20', '10', '30'])} {n[:3]} {n[3:7]}"]
    )


def phone_jp(f: Fake) -> str:
    a, b = f.digits(4), f.digits(4)
    pre = f.pick(["090", "080", "070"])
    return f.pick([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"+81{pre[1:]}{a}{b}", f"03-{a}-{b}"])


def phone_za(f: Fake) -> str:
    pre = f.pick(["82", "83", "71", "72", "84", "61"])
    a, b = f.digits(3), f.digits(4)
    return f.pick([f"0{pre} {a} {b}", f"+27 {pre} {a} {b}", f"+27{pre}{a}{b}", f"021 {a} {b}"])


def phone_other(f: Fake) -> str:
    return f.pick(
        [
            f"+254 7{f.digits(2)} {f.digits(6)}",
            f"+44 7700 {f.digits(6)}",
            f"+1 415 555 {f.r.randint(100, 199):04d}",
            f"+49 151 {f.digits(8)}",
            f"+34 6{f.digits(2)} {f.digits(3)} {f.digits(3)}",
        ]
    )


def phone(f: Fake) -> str:
    return f.pick([phone_nl, phone_nl, phone_jp, phone_jp, phone_za, phone_za, phone_other])(f)


def nl_postcode(f: Fake) -> str:
    letters = "".join(f.pick("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    return f"{f.r.randint(1011, 9999)} {letters}"


def postcode(f: Fake) -> str:
    return f.pick(
        [
            nl_postcode(f),
            nl_postcode(f),
            f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}",
            f"{f.r.randint(1, 9999):04d}",
        ]
    )


def home_city(f: Fake) -> str:
    return f.pick([*NL_CITIES, *JP_CITIES, *ZA_CITIES, "Nairobi", "London", "Berlin", "Madrid"])


def nl_street(f: Fake) -> str:
    return f"{f.pick(NL_STREETS)} {f.r.randint(1, 240)}{f.pick(['', '', 'A', '-II', ' bis'])}"


def jp_address_romaji(f: Fake) -> str:
    return f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} {f.pick(JP_WARDS)[1]}"


def jp_address_kanji(f: Fake) -> str:
    block = f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}"
    return f"{f.pick(JP_WARDS)[0]}{f.pick(['本町', '山下町', '桜丘', '中央'])}{block}"


def za_street(f: Fake) -> str:
    suburb = f.pick(["Parktown", "Gardens", "Umhlanga", "Hatfield", "Sea Point"])
    return f"{f.r.randint(1, 180)} {f.pick(ZA_STREETS)}, {suburb}"


def street(f: Fake) -> str:
    return f.pick([nl_street, nl_street, jp_address_romaji, za_street])(f)


def bsn(f: Fake) -> str:
    while True:
        ds = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "".join(map(str, ds)) + str(check)


def za_id(f: Fake) -> str:
    yy, mm, dd = (
        f.r.randint(50, 99) if f.r.random() < 0.8 else f.r.randint(0, 6),
        f.r.randint(1, 12),
        f.r.randint(1, 28),
    )
    partial = f"{yy:02d}{mm:02d}{dd:02d}{f.r.randint(0, 9999):04d}{f.pick('0001')}8"
    return f.luhn_complete(partial)


def my_number(f: Fake) -> str:
    ds = [f.r.randint(0, 9) for _ in range(11)]
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(ds), start=1))
    rem = total % 11
    return "".join(map(str, ds)) + str(0 if rem <= 1 else 11 - rem)


def passport_no(f: Fake) -> str:
    nl = "".join(f.pick("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
    nl += "".join(f.pick("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + str(f.r.randint(0, 9))
    return f.pick(
        [
            nl,
            f"T{f.pick('KRZ')}{f.digits(7)}",
            f"M{f.pick('ZK')}{f.digits(7)}",
            f"A{f.digits(8)}",
            f"AK{f.digits(7)}",
        ]
    )


def nl_iban(f: Fake) -> str:
    bban = f.pick(["RABO", "INGB", "ABNA", "ASNB", "BUNQ", "KNAB", "TRIO"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(10)
    )
    numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
    raw = f"NL{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def iban(f: Fake) -> str:
    return nl_iban(f) if f.r.random() < 0.6 else f.iban(f.pick(["DE", "GB", "FR", "ES"]))


def pm_id(f: Fake) -> str:
    return "pm_1" + "".join(f.pick(ALNUM) for _ in range(23))


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(ALNUM) for _ in range(n))


def race(f: Fake):
    return f.pick(RACES)


def near_race(f: Fake, axis: int) -> float:
    """A point near one race's course: the latitude picks the race, the longitude reuses it."""
    if axis == 0:
        f.track_race = race(f)
    r = getattr(f, "track_race", None) or race(f)
    return round(r[4 + axis] + f.r.uniform(-0.08, 0.08), 6)


def hms(f: Fake, lo=1500, hi=22000) -> str:
    s = f.r.randint(lo, hi)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def epc(f: Fake) -> str:
    return "E28011606000" + f.hexid(12).upper()


def bib(f: Fake) -> str:
    return str(f.r.randint(1, 42000))


def dob(f: Fake) -> str:
    return f.date(1948, 2006)


def dob_nl(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2006)}"


def ts(f: Fake) -> str:
    return f.iso()


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def boolean(f: Fake) -> bool:
    return f.pick([True, False])


def count(lo=0, hi=50):
    return lambda f: f.r.randint(lo, hi)


def money(lo=1, hi=500):
    return lambda f: f.money(lo, hi)


# -- contexts sent by the client libraries ----------------------------------------------------------

PAGES = [
    ("/", "PaceLine - Race entries & live tracking"),
    ("/races/rotterdam-marathon-2025", "NN Marathon Rotterdam 2025 | PaceLine"),
    ("/races/tokyo-marathon-2025/entry", "Entry | Tokyo Marathon 2025"),
    ("/races/two-oceans-2025", "Two Oceans Marathon 2025 | PaceLine"),
    ("/checkout", "Checkout | PaceLine"),
    ("/results", "Results | PaceLine"),
]


def web_context(f: Fake):
    page = f.pick(PAGES)
    return {
        "library": {"name": const("analytics.js"), "version": pick("npm:next-1.72.1", "next-1.70.0")},
        "page": {
            "path": const(page[0]),
            "referrer": pick("https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/"),
            "search": pick("", "?utm_source=newsletter&utm_medium=email", "?lang=ja", "?ref=club"),
            "title": const(page[1]),
            "url": const("https://www.paceline.run" + page[0]),
        },
        "userAgent": pick(*UAS),
        "userAgentData": {
            "mobile": boolean,
            "platform": pick("macOS", "Windows", "Android", ""),
        },
        "locale": pick("nl-NL", "ja-JP", "en-ZA", "en-US", "af-ZA", "en-GB"),
        "timezone": pick("Europe/Amsterdam", "Asia/Tokyo", "Africa/Johannesburg"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": pick("rtm25_early_bird", "tokyo_ballot", "two_oceans_ultra", "autumn_10k"),
            "source": pick("google", "newsletter", "instagram", "strava"),
            "medium": pick("cpc", "email", "social"),
            "term": pick("marathon inschrijven", "東京マラソン エントリー", "two oceans entries", "10k race"),
            "content": pick("banner_a", "hero_cta", "textlink"),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": const("PaceLine"),
            "version": pick("6.4.0", "6.4.2", "6.5.0"),
            "build": pick("6400", "6402", "6500"),
            "namespace": const("run.paceline.ios"),
        },
        "device": {
            "id": lambda f: f.uuid().upper(),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,7"),
            "name": const("iPhone"),
            "type": const("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": boolean,
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": const(393), "height": const(852), "density": const(3)},
        "network": {"wifi": boolean, "cellular": boolean, "bluetooth": const(False)},
        "locale": pick("nl-NL", "ja-JP", "en-ZA"),
        "timezone": pick("Europe/Amsterdam", "Asia/Tokyo", "Africa/Johannesburg"),
        "instanceId": lambda f: f.uuid(),
        "traits": {"email": Y(email, "email"), "userId": lambda f: "rn_" + f.digits(8)},
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": const("PaceLine"),
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("640012", "650003"),
            "namespace": const("run.paceline.android"),
        },
        "device": {
            "id": lambda f: f.hexid(64),
            "manufacturer": pick("samsung", "Google", "Sony", "OPPO"),
            "model": pick("SM-S921B", "Pixel 8", "XQ-DQ72", "CPH2449"),
            "name": pick("e1s", "shiba", "pdx234"),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": boolean,
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.3", "1.17.0")},
        "os": {"name": const("Android"), "version": pick("14", "13", "15")},
        "screen": {"density": const(2.625), "width": const(1080), "height": const(2340)},
        "network": {
            "wifi": boolean,
            "cellular": boolean,
            "carrier": pick("KPN", "Vodafone", "NTT DOCOMO", "Vodacom", "MTN"),
        },
        "locale": pick("nl-NL", "ja-JP", "en-ZA"),
        "timezone": pick("Europe/Amsterdam", "Asia/Tokyo", "Africa/Johannesburg"),
        "userAgent": const("Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"),
        "instanceId": lambda f: f.uuid(),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": const("PaceLine Live"),
            "version": pick("3.2.0", "3.3.1"),
            "build": pick("320", "331"),
            "namespace": const("run.paceline.live"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone15,3", "SM-A546B", "Pixel 7a"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "screen": {"width": const(430), "height": const(932)},
        "network": {"wifi": boolean, "cellular": boolean},
        "locale": pick("nl-NL", "ja-JP", "en-ZA", "en-US"),
        "timezone": pick("Europe/Amsterdam", "Asia/Tokyo", "Africa/Johannesburg"),
        "instanceId": lambda f: f.uuid(),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": const("PaceLine Crew"),
            "version": pick("2.1.0", "2.1.4"),
            "build": pick("21", "24"),
            "namespace": const("run.paceline.crew"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick("Apple", "samsung"),
            "model": pick("iPhone13,2", "SM-G991B"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "screen": {"width": const(390), "height": const(844)},
        "locale": pick("nl-NL", "ja-JP", "en-ZA"),
        "timezone": pick("Europe/Amsterdam", "Asia/Tokyo", "Africa/Johannesburg"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "analytics-csharp": "2.4.0",
}


def server_context(library: str):
    def make(f: Fake):
        ctx = {"library": {"name": const(library), "version": const(SERVER_VERSIONS[library])}}
        if library in ("analytics-node", "analytics-php"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = pick(*UAS)
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
}

# -- shared pieces -----------------------------------------------------------------------------------

MEDICAL_NOTES = [
    "Type 1 diabetic, carries glucose gel",
    "Asthma - inhaler in the back pocket",
    "Pacemaker fitted in 2019, cleared by cardiologist",
    "Epilepsy, well controlled, last seizure 2021",
    "Had knee surgery in March, physio cleared me",
    "High blood pressure, on medication",
    "Coeliac disease",
]
SUPPORT_TEXTS = [
    "My bib has the wrong name, please call me on {p}",
    "Can't change my start wave. Phone: {p}",
    "Paid twice for the 10K entry - reach me at {p}",
    "Lost my chip at the expo, my number is {p}",
    "Please ring {p} about the transfer, email bounces",
]


def support_text(f: Fake) -> str:
    return f.pick(SUPPORT_TEXTS).format(p=phone(f))


def incident_note(f: Fake) -> str:
    return f.pick(
        [
            "Partner informed by phone on {p}",
            "Emergency contact reached at {p}, coming to tent",
            "Called mother ({p}), no answer - left voicemail",
            "Runner asked us to text {p} when discharged",
        ]
    ).format(p=phone(f))


def product():
    return {
        "product_id": lambda f: "prd_" + f.hexid(12),
        "sku": lambda f: (
            f.pick(["ENT", "MED", "TSH", "INS"])
            + "-"
            + race(f)[0].upper()
            + "-"
            + f.pick(["42K", "21K", "10K", "S", "M", "L"])
        ),
        "name": pick(
            "Rotterdam Marathon 2025 - 42.195 km",
            "Tokyo Marathon 2025 Charity Entry",
            "Two Oceans Half Marathon",
            "Finisher T-shirt",
            "Cancellation insurance",
            "Medal engraving",
        ),
        "category": pick("entry", "merchandise", "add-on"),
        "variant": pick("42K", "21K", "10K", "M", "L", ""),
        "price": money(5, 180),
        "quantity": count(1, 3),
    }


def address_block():
    return {
        "line1": Y(street, "address|street"),
        "postal_code": Y(postcode, "zipcode"),
        "city": Y(home_city, "city"),
        "country": pick("NL", "JP", "ZA", "KE", "DE"),
    }


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, client, body). The body is properties, or traits for
# identify and group.

EVENTS = [
    # -- discovery ------------------------------------------------------------------------------
    (
        "page",
        "Race Detail",
        "web",
        {
            "path": pick(
                "/races/rotterdam-marathon-2025", "/races/osaka-marathon-2025", "/races/comrades-2025"
            ),
            "url": pick(
                "https://www.paceline.run/races/rotterdam-marathon-2025",
                "https://www.paceline.run/races/comrades-2025",
            ),
            "title": pick("NN Marathon Rotterdam 2025 | PaceLine", "Comrades Marathon 2025 | PaceLine"),
            "referrer": pick("https://www.google.com/", ""),
            "race_slug": pick("rotterdam-marathon-2025", "osaka-marathon-2025", "comrades-2025"),
            "distance_options": Many(pick("42K", "21K", "10K", "5K", "90K"), 3),
        },
    ),
    (
        "track",
        "Race Viewed",
        "rn",
        {
            "race_id": lambda f: race(f)[0],
            "race_name": lambda f: race(f)[1],
            "race_city": lambda f: race(f)[2],
            "race_country": lambda f: race(f)[3],
            "edition": count(12, 98),
            "start_date": pick("2025-04-13", "2025-03-02", "2025-06-08", "2025-10-19"),
            "price_from": money(15, 160),
            "currency": pick("EUR", "JPY", "ZAR"),
            "spots_left": count(0, 3000),
            "sold_out": boolean,
            "is_favorite": boolean,
        },
    ),
    # -- registration ---------------------------------------------------------------------------
    (
        "track",
        "Registration Started",
        "web",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "race_id": lambda f: race(f)[0],
            "distance": pick("42K", "21K", "10K", "5K", "56K", "90K"),
            "ticket_type": pick("standard", "charity", "club", "ballot_winner"),
            "registering_for": pick("self", "someone_else", "group"),
            "entrants_count": count(1, 6),
            "step": count(1, 5),
        },
    ),
    (
        "track",
        "Runner Details Submitted",
        "web",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "runner": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "gender": Y(pick("female", "male", "non-binary"), "gender"),
                "nationality": Y(
                    pick("Dutch", "Japanese", "South African", "Kenyan", "British", "German"), "citizenship"
                ),
                "country_of_residence": pick("NL", "JP", "ZA", "GB", "DE"),
                "address_line1": Y(street, "address|street"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(home_city, "city"),
                "club": pick(*CLUBS),
                "tshirt_size": pick("XS", "S", "M", "L", "XL"),
                "age_on_race_day": count(16, 79),
            },
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": pick("partner", "parent", "sibling", "friend", "spouse"),
            },
            "predicted_finish_time": lambda f: hms(f, 9000, 21000),
            "previous_best": lambda f: hms(f, 8000, 20000),
            "marketing_opt_in": boolean,
        },
    ),
    (
        "track",
        "Medical Declaration Completed",
        "swift",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "has_heart_condition": Y(boolean, "condition"),
            "has_asthma": Y(boolean, "condition"),
            "is_pregnant": Y(boolean, "condition"),
            "takes_medication": Y(boolean, "medication"),
            "medications": Many(
                Y(
                    pick(
                        "salbutamol inhaler",
                        "metformin",
                        "insulin",
                        "levothyroxine",
                        "bisoprolol",
                        "apixaban",
                    ),
                    "medication",
                ),
                2,
            ),
            "allergies": Many(
                Y(pick("penicillin", "bee stings", "peanuts", "latex", "NSAIDs"), "allergy"), 2
            ),
            "blood_type": Y(pick("A+", "A-", "B+", "O+", "O-", "AB+"), "condition"),
            "medical_notes": Y(pick(*MEDICAL_NOTES), "condition|diagnosis"),
            "medical_certificate": {
                "doctor_name": Y(lambda f: "dr. " + full_name(f), "name"),
                "doctor_registration_number": Y(lambda f: f.digits(11), "license"),
                "issued_on": lambda f: f.date(2024, 2025),
                "valid_until": lambda f: f.date(2025, 2026),
                "document_url": Y(
                    lambda f: f"https://uploads.paceline.run/medcert/{f.uuid()}.pdf", "certificate"
                ),
                "status": pick("pending_review", "approved", "rejected"),
            },
            "consent_health_data": const(True),
            "declared_at": ts,
        },
    ),
    (
        "track",
        "Deferral Requested",
        "web",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "medical_reason": Y(boolean, "condition"),
            "supporting_document_uploaded": boolean,
            "defer_to_edition": pick("2026", "2027"),
            "deferral_fee": money(0, 25),
        },
    ),
    (
        "track",
        "Entry Transferred",
        "node",
        {
            "from_registration_id": lambda f: "reg_" + f.hexid(16),
            "to_registration_id": lambda f: "reg_" + f.hexid(16),
            "new_runner": {
                "full_name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "date_of_birth": Y(dob, "birthdate"),
            },
            "transfer_fee": money(10, 30),
            "transfer_reason": pick("schedule conflict", "work travel", "family event", "other"),
            "transferred_at": ts,
        },
    ),
    # -- checkout -------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "affiliation": pick("PaceLine Web", "Club portal"),
            "value": money(20, 260),
            "revenue": money(20, 260),
            "currency": pick("EUR", "JPY", "ZAR"),
            "coupon": pick("", "EARLYBIRD", "CLUB10", "RTM-VOL"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": lambda f: f.uuid(),
            "order_id": lambda f: "ord_" + f.hexid(20),
            "payment_method": pick("card", "ideal", "konbini", "payfast", "apple_pay"),
            "ideal_bank": pick("RABONL2U", "INGBNL2A", "ABNANL2A", "ASNBNL21", "BUNQNL2A"),
            "card_brand": pick("visa", "mastercard", "jcb", "amex"),
            "card_last4": lambda f: f.digits(4),
            "card_exp_month": count(1, 12),
            "card_exp_year": count(2025, 2031),
            "payment_method_id": RED(pm_id, "token"),
            "cardholder_name": Y(lambda f: full_name(f).upper(), "name"),
            "billing_address": address_block(),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "order_number": lambda f: f.lucky_order_number(),
            "total": money(20, 300),
            "subtotal": money(20, 280),
            "tax": money(0, 40),
            "discount": money(0, 20),
            "currency": pick("EUR", "JPY", "ZAR"),
            "coupon": pick("", "EARLYBIRD", "CLUB10", "RTM-VOL"),
            "products": Many(product(), 3),
            "email": Y(email, "email"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 42)}", "advertising id"),
            "charity_donation_amount": money(0, 50),
            "cancellation_insurance": boolean,
        },
    ),
    (
        "track",
        "Order Refunded",
        "python",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "refund_amount": money(10, 200),
            "reason": pick("race_cancelled", "duplicate_payment", "insurance_claim", "goodwill"),
            "refund_iban": RED(iban, "bank account"),
            "account_holder": Y(full_name, "name"),
            "refund_bic": pick("RABONL2U", "INGBNL2A", "DEUTDEFF", "BNPAFRPP"),
        },
    ),
    (
        "track",
        "Konbini Payment Code Issued",
        "node",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "store_chain": pick("7-Eleven", "FamilyMart", "Lawson", "Ministop"),
            "payment_number": lambda f: f.digits(11),
            "expires_at": ts,
            "amount_jpy": pick(16500, 11000, 5500, 22000),
        },
    ),
    # -- bib, chip, corral ----------------------------------------------------------------------
    (
        "track",
        "Bib Assigned",
        "node",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "bib_number": bib,
            "chip_id": epc,
            "chip_type": pick("disposable", "own_chip", "reusable"),
            "own_chip_code": lambda f: "".join(
                f.pick(string.ascii_uppercase + string.digits) for _ in range(7)
            ),
            "corral": pick("A", "B", "C", "D", "E", "F", "G", "H"),
            "wave": count(1, 6),
            "wave_start_time": pick("08:30", "08:45", "09:00", "09:20", "10:00"),
            "bib_name": Y(lambda f: first(f).upper(), "name"),
            "runner_name": Y(full_name, "name"),
            "seeding_time": lambda f: hms(f, 8000, 20000),
        },
    ),
    (
        "track",
        "Wave Allocated",
        "python",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "wave_id": lambda f: "wv_" + f.digits(4),
            "corral": pick("A", "B", "C", "D", "E", "F", "G", "H"),
            "start_time": pick(
                "2025-04-13T08:30:00+02:00", "2025-03-02T09:10:00+09:00", "2025-06-08T05:30:00+02:00"
            ),
            "predicted_pace_sec_per_km": count(170, 480),
            "reallocated": boolean,
            "reallocation_reason": pick("faster_qualifier", "runner_request", "capacity", "none"),
        },
    ),
    (
        "track",
        "Expo Check-In Completed",
        "kotlin",
        {
            "pickup_id": lambda f: f.uuid(),
            "bib_number": bib,
            "id_document_type": pick("passport", "id_card", "drivers_license", "residence_card"),
            "id_document_number": RED(passport_no, "national id|passport"),
            "collected_by_proxy": boolean,
            "proxy_name": Y(full_name, "name"),
            "pickup_station": pick("Desk 4", "Desk 12", "Kiosk B", "International desk"),
            "goody_bag_size": pick("S", "M", "L"),
        },
    ),
    # -- charity -------------------------------------------------------------------------------
    (
        "track",
        "Fundraising Page Created",
        "web",
        {
            "page_id": lambda f: "fp_" + f.digits(7),
            "page_url": Y(
                lambda f: (
                    "https://give.paceline.run/p/"
                    + "-".join(ascii_slug(p) for p in " ".join(person(f)).split())
                    + "-"
                    + race(f)[0]
                ),
                "name",
                True,
            ),
            "charity_name": lambda f: f.pick(CHARITIES)[0],
            "charity_registration_number": lambda f: f.pick(CHARITIES)[1],
            "target_amount": pick(250, 500, 1000, 2500, 5000),
            "currency": pick("EUR", "JPY", "ZAR"),
            "story": pick(
                "Running my first marathon to raise money for kids' cancer research.",
                "Every kilometre counts - please support this great cause!",
                "42 km for clean water. Thank you for your support!",
                "Our club is running together for the hospice this year.",
            ),
            "team_name": pick("", "Team Orange", "Running for Hope", "KWF Lopers"),
            "profile_photo_url": Y(lambda f: f"https://img.paceline.run/fp/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Donation Completed",
        "python",
        {
            "donation_id": lambda f: "don_" + f.hexid(14),
            "page_id": lambda f: "fp_" + f.digits(7),
            "amount": money(5, 250),
            "currency": pick("EUR", "JPY", "ZAR"),
            "donor_name": Y(full_name, "name"),
            "donor_email": Y(email, "email"),
            "donor_message": pick(
                "Go go go!", "Good luck, you've got this", "Proud of you!", "Run fast :)", ""
            ),
            "is_anonymous": boolean,
            "payment_processor": pick("Stripe", "PayFast", "Mollie"),
            "section_18a_requested": boolean,
        },
    ),
    (
        "track",
        "Tax Certificate Requested",
        "php",
        {
            "donation_id": lambda f: "don_" + f.hexid(14),
            "donor_full_name": Y(full_name, "name"),
            "donor_sa_id_number": RED(za_id, "national id"),
            "donor_income_tax_number": RED(lambda f: f.pick("0123") + f.digits(9), "national id"),
            "donor_postal_address": Y(za_street, "address"),
            "certificate_number": lambda f: "S18A-2025-" + f.digits(5),
            "tax_year": pick(2024, 2025),
        },
    ),
    (
        "track",
        "Fundraising Milestone Reached",
        "go",
        {
            "page_id": lambda f: "fp_" + f.digits(7),
            "milestone_pct": pick(25, 50, 75, 100),
            "total_raised": money(100, 6000),
            "donors_count": count(1, 140),
            "days_to_race": count(0, 120),
        },
    ),
    # -- live tracking -------------------------------------------------------------------------
    (
        "screen",
        "Live Tracking",
        "swift",
        {
            "race_id": lambda f: race(f)[0],
            "followed_runners_count": count(0, 12),
            "map_layer": pick("standard", "satellite"),
        },
    ),
    (
        "track",
        "Runner Followed",
        "rn",
        {
            "race_id": lambda f: race(f)[0],
            "bib_number": bib,
            "runner_name": Y(full_name, "name"),
            "notify_sms": boolean,
            "notify_phone": Y(phone, "phone"),
            "follow_source": pick("search", "share_link", "favourites"),
        },
    ),
    (
        "track",
        "Location Updated",
        "kotlin",
        {
            "race_id": lambda f: race(f)[0],
            "lat": Y(lambda f: near_race(f, 0), "geolocation"),
            "lng": Y(lambda f: near_race(f, 1), "geolocation"),
            "accuracy_m": lambda f: round(f.r.uniform(2, 25), 1),
            "altitude_m": lambda f: round(f.r.uniform(-4, 600), 1),
            "speed_mps": lambda f: round(f.r.uniform(2.0, 5.5), 2),
            "heading": count(0, 359),
            "battery_level": lambda f: round(f.r.uniform(0.05, 1), 2),
            "elapsed_sec": count(0, 22000),
            "distance_km": lambda f: round(f.r.uniform(0, 42.2), 2),
            "heart_rate_bpm": Y(count(110, 190), "condition"),
            "cadence_spm": count(150, 195),
            "recorded_at": lambda f: f.epoch_ms(),
        },
    ),
    (
        "track",
        "Split Recorded",
        "go",
        {
            "race_id": lambda f: race(f)[0],
            "bib_number": bib,
            "chip_id": epc,
            "split_name": pick("5K", "10K", "HALF", "30K", "35K", "40K", "Drummond"),
            "split_time": lambda f: hms(f, 900, 18000),
            "gun_time": lambda f: hms(f, 900, 18000),
            "chip_time": lambda f: hms(f, 900, 18000),
            "pace": lambda f: f"{f.r.randint(3, 7)}:{f.r.randint(0, 59):02d}/km",
            "mat_location": pick(
                "Erasmusbrug", "Kaminarimon", "Chapman's Peak", "Polly Shortts", "Coolsingel"
            ),
            "reader_id": lambda f: "RDR-" + f.digits(3),
            "read_timestamp": lambda f: f.epoch_ms(),
            "rank_overall": count(1, 40000),
            "rank_gender": count(1, 20000),
            "rank_category": count(1, 3000),
        },
    ),
    (
        "track",
        "Timing Read Received",
        "ruby",
        {
            "chip-code": epc,
            "reader-id": lambda f: "MYL-" + f.digits(4),
            "antenna": count(1, 8),
            "read-time": lambda f: f"{f.date(2025, 2025)} {hms(f, 25000, 60000)}.{f.r.randint(0, 999):03d}",
            "rssi": lambda f: -f.r.randint(40, 80),
            "location-name": pick("Start", "10K", "Half", "30K", "Finish"),
            "event-code": lambda f: race(f)[0].upper(),
            "is-rewind": boolean,
            "athlete-name": Y(full_name, "name"),
            "athlete-bib": bib,
        },
    ),
    (
        "track",
        "Push Notification Received",
        "swift",
        {
            "campaign_id": lambda f: "pn_" + f.digits(6),
            "title": pick("Runner update", "Finish!", "Split alert"),
            "body": Y(
                lambda f: f.pick(
                    [
                        "{n} just passed 30K in {t}",
                        "{n} crossed the finish line! Chip time {t}",
                        "{n} is through halfway ({t}) - on pace",
                    ]
                ).format(n=full_name(f), t=hms(f, 3000, 18000)),
                "name",
                True,
            ),
            "opened": boolean,
        },
    ),
    # -- results and photos --------------------------------------------------------------------
    (
        "track",
        "Finisher Result Published",
        "java",
        {
            "race_id": lambda f: race(f)[0],
            "bib_number": bib,
            "full_name": Y(full_name, "name"),
            "category": Y(pick("M40", "F35", "MSEN", "FSEN", "M50", "F45", "X"), "gender", True),
            "gender": Y(pick("M", "F", "X"), "gender"),
            "age_group": pick("18-34", "35-39", "40-44", "45-49", "50-54", "55+"),
            "nationality": Y(pick("NED", "JPN", "RSA", "KEN", "ETH", "GBR"), "citizenship"),
            "club": pick(*CLUBS),
            "finish_time": lambda f: hms(f, 7500, 43000),
            "net_time": lambda f: hms(f, 7500, 43000),
            "place_overall": count(1, 40000),
            "place_gender": count(1, 20000),
            "place_category": count(1, 3000),
            "dnf": boolean,
            "medal": pick("", "Wally Hayward", "Silver", "Bill Rowan", "Bronze", "Vic Clapham"),
            "certificate_url": lambda f: (
                f"https://results.paceline.run/cert/{race(f)[0]}/{f.r.randint(1, 42000)}.pdf"
            ),
        },
    ),
    (
        "track",
        "Results Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([full_name(f), last(f), jp_kanji_name(f)]), "name", True),
            "race_id": lambda f: race(f)[0],
            "results_count": count(0, 40),
            "filter_distance": pick("all", "42K", "21K"),
        },
    ),
    (
        "track",
        "Photo Search Performed",
        "web",
        {
            "race_id": lambda f: race(f)[0],
            "search_by": pick("bib", "selfie", "time"),
            "bib_number": bib,
            "selfie_url": Y(lambda f: f"https://uploads.paceline.run/selfie/{f.uuid()}.jpg", "photo"),
            "results_count": count(0, 40),
        },
    ),
    (
        "track",
        "Finisher Photo Purchased",
        "web",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "photo_ids": Many(lambda f: "ph_" + f.hexid(10), 4),
            "package": pick("single", "all_photos", "video_pack"),
            "price": money(9, 49),
            "photo_url": Y(lambda f: f"https://photos.paceline.run/{race(f)[0]}/{f.hexid(20)}.jpg", "photo"),
            "photographer_name": Y(full_name, "name"),
            "face_match_used": boolean,
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "product_id": lambda f: "prd_" + f.hexid(12),
            "sku": pick("ENG-MEDAL-STD", "ENG-MEDAL-GOLD", "TSH-FIN-M"),
            "name": pick("Medal engraving", "Medal engraving (gold)", "Finisher T-shirt"),
            "price": money(9, 35),
            "quantity": count(1, 2),
            "engraving_text": Y(lambda f: f"{full_name(f)} {hms(f, 7500, 30000)}", "name", True),
            "font": pick("serif", "sans", "script"),
        },
    ),
    # -- volunteers and staff --------------------------------------------------------------------
    (
        "identify",
        None,
        "php",
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": pick("Netherlands", "Japan", "South Africa"),
            },
            "role": pick("volunteer", "runner", "marshal"),
            "shirt_size": pick("S", "M", "L", "XL"),
            "languages": Many(pick("nl", "en", "ja", "af", "zu"), 3),
            "first_aid_certified": boolean,
            "volunteer_since": count(2008, 2025),
            "drivers_license_category": pick("B", "BE", "none"),
            "createdAt": ts,
        },
    ),
    (
        "track",
        "Volunteer Shift Checked In",
        "flutter",
        {
            "shift_id": lambda f: "sh_" + f.digits(6),
            "post_name": pick(
                "Drinkpost km 25", "Finish medals", "Bag drop 3", "Water table 35K", "給水所 20km"
            ),
            "role": pick("water", "marshal", "medals", "bag_drop"),
            "checked_in_at": ts,
            "check_in_lat": Y(lambda f: near_race(f, 0), "geolocation"),
            "check_in_lng": Y(lambda f: near_race(f, 1), "geolocation"),
            "supervisor_name": Y(full_name, "name"),
            "supervisor_phone": Y(phone, "phone"),
            "meal_voucher_issued": boolean,
        },
    ),
    (
        "track",
        "Staff Application Submitted",
        "go",
        {
            "application_id": lambda f: f.uuid(),
            "applicant_name": Y(full_name, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(phone, "phone"),
            "position": pick("timing technician", "course setup crew", "paramedic", "event driver"),
            "hourly_rate": Y(pick(16.5, 18.0, 22.75, 1500, 1800, 95.0), "salary"),
            "has_right_to_work": RED(boolean, "visa"),
            "needs_visa_sponsorship": RED(boolean, "visa"),
            "availability": Many(pick("fri", "sat", "sun"), 3),
        },
    ),
    # -- medical tent ---------------------------------------------------------------------------
    (
        "track",
        "Medical Incident Logged",
        "dotnet",
        {
            "IncidentId": lambda f: "INC-" + f.digits(6),
            "BibNumber": bib,
            "PatientName": Y(full_name, "name"),
            "PatientDateOfBirth": Y(dob, "birthdate"),
            "TriageLevel": Y(pick("P1", "P2", "P3", "minor"), "condition"),
            "PresentingComplaint": Y(
                pick(
                    "exercise-associated collapse",
                    "hyponatraemia",
                    "heat exhaustion",
                    "muscle cramps",
                    "chest pain",
                    "hypothermia",
                ),
                "condition|diagnosis",
            ),
            "Treatment": Y(
                pick(
                    "oral rehydration",
                    "IV saline 1L",
                    "ice-water immersion",
                    "ECG and observation",
                    "CPR + AED",
                ),
                "procedure",
            ),
            "BodyTemperatureC": Y(lambda f: round(f.r.uniform(35.0, 41.5), 1), "condition"),
            "AmbulanceRequired": Y(boolean, "condition"),
            "Outcome": Y(
                pick("returned_to_course", "discharged", "transferred_to_hospital"), "condition|procedure"
            ),
            "Hospital": pick(*HOSPITALS),
            "MedicName": Y(full_name, "name"),
            "MedicalPost": pick("Finish tent", "Post 3 - km 21", "Post 5 - km 32", "救護所 B"),
            "IncidentLat": Y(lambda f: near_race(f, 0), "geolocation"),
            "IncidentLng": Y(lambda f: near_race(f, 1), "geolocation"),
            "Notes": Y(incident_note, "phone", True),
            "ReportedAtUtc": ts,
        },
    ),
    (
        "track",
        "救護記録作成",
        "python",
        {
            "傷病者氏名": Y(jp_kanji_name, "name"),
            "フリガナ": Y(jp_kana_name, "name"),
            "生年月日": Y(
                lambda f: f"{f.r.randint(1950, 2005)}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日",
                "birthdate",
            ),
            "ゼッケン番号": bib,
            "症状": Y(
                pick("熱中症", "低ナトリウム血症", "筋痙攣", "脱水症", "擦過傷"), "condition|diagnosis"
            ),
            "処置": Y(pick("経口補水", "点滴", "アイシング", "テーピング", "AED使用"), "procedure"),
            "搬送先病院": pick("聖路加国際病院", "大阪市立総合医療センター", "搬送なし"),
            "健康保険証番号": RED(lambda f: f"{f.digits(4)}・{f.r.randint(1, 999)}", "health id"),
            "記録者": Y(jp_kanji_name, "name"),
            "記録日時": lambda f: f"2025-03-02T{f.r.randint(9, 16):02d}:{f.r.randint(0, 59):02d}:00+09:00",
        },
    ),
    # -- Japanese entry backend ---------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "sei": Y(lambda f: f.pick(JP_PEOPLE)[0], "name"),
            "mei": Y(lambda f: f.pick(JP_PEOPLE)[1], "name"),
            "sei_kana": Y(lambda f: f.pick(JP_PEOPLE)[2], "name"),
            "mei_kana": Y(lambda f: f.pick(JP_PEOPLE)[3], "name"),
            "seinengappi": Y(lambda f: f.date(1950, 2006).replace("-", "/"), "birthdate"),
            "seibetsu": Y(pick("男性", "女性"), "gender"),
            "yubin_bango": Y(lambda f: f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "todofuken": pick("東京都", "大阪府", "神奈川県", "北海道", "福岡県"),
            "jusho": Y(jp_address_kanji, "address"),
            "denwa": Y(phone_jp, "phone"),
            "mail": Y(email, "email"),
            "kinkyu_renrakusaki": {
                "shimei": Y(jp_kanji_name, "name"),
                "denwa": Y(phone_jp, "phone"),
                "zokugara": pick("配偶者", "父", "母", "兄弟"),
            },
            "shozoku": pick("Tokyo Runners Club", "Namban Rengo", "なし", "株式会社ABC陸上部"),
            "tshirt": pick("S", "M", "L"),
        },
    ),
    (
        "track",
        "エントリー完了",
        "node",
        {
            "大会名": pick("東京マラソン2025", "大阪マラソン2025", "京都マラソン2025"),
            "種目": pick("マラソン", "10km", "車いすマラソン"),
            "参加料": pick(16500, 11000, 5500),
            "支払方法": pick("クレジットカード", "コンビニ決済", "PayPay"),
            "コンビニ受付番号": lambda f: f.digits(11),
            "氏名": Y(jp_kanji_name, "name"),
            "メールアドレス": Y(email, "email"),
            "電話番号": Y(phone_jp, "phone"),
            "申込日時": lambda f: f"{f.date(2024, 2024)} {f.r.randint(10, 23)}:{f.r.randint(0, 59):02d}",
            "会員番号": lambda f: f.digits(9),
        },
    ),
    (
        "track",
        "Prize Payout Initiated",
        "go",
        {
            "payout_id": lambda f: "po_" + f.hexid(12),
            "race_id": lambda f: race(f)[0],
            "position": count(1, 10),
            "amount": pick(500, 1000, 2500, 5000, 10000, 300000),
            "currency": pick("EUR", "JPY", "ZAR"),
            "beneficiary_name": Y(full_name, "name"),
            "beneficiary_iban": RED(iban, "bank account"),
            "beneficiary_bic": pick("RABONL2U", "INGBNL2A", "DEUTDEFF"),
            "tax_identification_number": RED(lambda f: f.pick([bsn(f), my_number(f)]), "national id"),
            "withholding_tax_rate": pick(0.0, 0.1021, 0.2),
        },
    ),
    # -- Dutch registration backend --------------------------------------------------------------
    (
        "identify",
        None,
        "ruby",
        {
            "voornaam": Y(first, "name"),
            "tussenvoegsel": Y(pick("de", "van", "van der", "van den", "ter"), "name"),
            "achternaam": Y(
                pick("Vries", "Berg", "Jansen", "Bakker", "Groot", "Meijer", "Boer", "El Amrani"), "name"
            ),
            "geboortedatum": Y(dob_nl, "birthdate"),
            "geslacht": Y(pick("man", "vrouw", "anders"), "gender"),
            "straat": Y(pick(*NL_STREETS), "street|address"),
            "huisnummer": Y(lambda f: f"{f.r.randint(1, 240)}{f.pick(['', 'A', '-2', ' hs'])}", "address"),
            "postcode": Y(nl_postcode, "zipcode"),
            "woonplaats": Y(pick(*NL_CITIES), "city"),
            "telefoonnummer": Y(phone_nl, "phone"),
            "emailadres": Y(email, "email"),
            "vereniging": pick("AV Rotterdam Atletiek", "Phanos", "AV Haarlem", "geen"),
            "atletiekunie_licentienummer": lambda f: f.digits(7),
            "nieuwsbrief": boolean,
        },
    ),
    (
        "track",
        "Inschrijving Voltooid",
        "ruby",
        {
            "inschrijvingsnummer": lambda f: "INS-" + f.digits(7),
            "evenement": pick("NN Marathon Rotterdam", "Dam tot Damloop", "Zevenheuvelenloop"),
            "afstand": pick("42,195 km", "21,1 km", "10 km", "10 Engelse mijl"),
            "startnummer": bib,
            "inschrijfgeld": money(15, 110),
            "betaalmethode": pick("iDEAL", "creditcard", "incasso"),
            "iban": RED(nl_iban, "bank account"),
            "tenaamstelling": Y(lambda f: f"{first(f)[0]}. {last(f)}", "name"),
            "noodcontact": {
                "naam": Y(full_name, "name"),
                "telefoon": Y(phone_nl, "phone"),
            },
            "medische_bijzonderheden": Y(
                pick(
                    "astma",
                    "diabetes type 1",
                    "epilepsie",
                    "hartritmestoornis",
                    "allergisch voor penicilline",
                ),
                "condition",
            ),
            "zorgverzekeraar": pick("Zilveren Kruis", "CZ", "VGZ", "Menzis"),
            "polisnummer": Y(lambda f: f.digits(9), "identification"),
        },
    ),
    # -- South African entries -------------------------------------------------------------------
    (
        "track",
        "Entry Submitted",
        "php",
        {
            "entry_id": lambda f: f.digits(8),
            "id_number": RED(za_id, "national id"),
            "asa_licence_number": lambda f: f.pick(["KZN", "WPA", "CGA", "ASA"]) + " " + f.digits(5),
            "temp_licence": boolean,
            "comrades_number": lambda f: f.digits(5),
            "green_number_holder": boolean,
            "seeding_batch": pick("A", "B", "C", "D", "E", "F", "G", "H"),
            "province": pick("Gauteng", "KwaZulu-Natal", "Western Cape", "Eastern Cape"),
            "cell": Y(phone_za, "phone"),
            "tel_work": Y(lambda f: f"0{f.pick(['11', '21', '31'])} {f.digits(3)} {f.digits(4)}", "phone"),
            "medical_aid": pick("Discovery Health", "Bonitas", "Momentum Health", "None"),
            "medical_aid_number": Y(lambda f: f.digits(9), "identification"),
            "emergency_contact_name": Y(full_name, "name"),
            "emergency_contact_cell": Y(phone_za, "phone"),
            "entry_fee_zar": pick(300, 450, 650, 1200),
        },
    ),
    (
        "track",
        "Inskrywing Ontvang",
        "php",
        {
            "Naam": Y(first, "name"),
            "Van": Y(pick("Botha", "van Wyk", "du Plessis", "Nkosi", "Pretorius", "Naidoo"), "name"),
            "Selnommer": Y(phone_za, "phone"),
            "E-pos": Y(email, "email"),
            "Geboortedatum": Y(lambda f: f.date(1950, 2006).replace("-", "/"), "birthdate"),
            "Klub": pick("Harmony AC", "Boxer Athletic Club", "Geen"),
            "Afstand": pick("21.1km", "10km", "5km"),
            "Hemp grootte": pick("S", "M", "L", "XL"),
        },
    ),
    # -- elites ---------------------------------------------------------------------------------
    (
        "track",
        "Elite Athlete Contracted",
        "java",
        {
            "athlete_id": lambda f: "ath_" + f.digits(5),
            "athlete_name": Y(full_name, "name"),
            "agent_name": Y(full_name, "name"),
            "agent_email": Y(email, "email"),
            "agent_phone": Y(phone, "phone"),
            "appearance_fee": Y(pick(5000, 10000, 25000, 40000), "salary"),
            "currency": pick("EUR", "USD", "JPY"),
            "pb_marathon": lambda f: hms(f, 7450, 8400),
            "federation": pick("KNAU", "JAAF", "ASA", "AK", "EAF"),
            "passport_number": RED(passport_no, "passport"),
            "passport_country": pick("KEN", "ETH", "NLD", "JPN", "ZAF"),
            "requires_visa_letter": RED(boolean, "visa"),
            "arrival_flight": pick("KL566", "KQ116", "JL44", "SA234", "ET313"),
            "hotel_name": pick("Hilton Rotterdam", "Park Hyatt Tokyo", "The Table Bay Hotel"),
        },
    ),
    # -- accounts, auth --------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "swift",
        {
            "method": pick("email", "apple", "google", "line"),
            "email": Y(email, "email"),
            "email_verified": boolean,
            "password_strength": pick("weak", "fair", "strong"),
            "marketing_consent": boolean,
            "referral_code": lambda f: "RUN" + f.digits(5),
            "signup_source": pick("race_page", "app_store", "club_invite"),
        },
    ),
    (
        "track",
        "Login Code Requested",
        "node",
        {
            "channel": pick("email", "sms"),
            "destination": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "expires_in_sec": const(600),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        "web",
        {
            "login_token": RED(lambda f: alnum(f, 43), "token|secret"),
            "redirect_path": pick("/account", "/races/my-entries", "/checkout"),
            "link_age_sec": count(5, 900),
        },
    ),
    (
        "track",
        "Form Submitted",
        "web",
        {
            "form_id": pick("login-form", "signup-form"),
            "form_name": pick("Log in", "Create account"),
            "fields": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Marathon2025!", "hardloop123", "Tokyo42km", "Comrades#89", alnum(f, 12)]
                    ),
                    "password",
                ),
                "remember_me": boolean,
            },
            "validation_errors": count(0, 2),
        },
    ),
    (
        "track",
        "Watch Connected",
        "kotlin",
        {
            "provider": pick("garmin", "coros", "strava", "polar"),
            "provider_athlete_id": lambda f: f.digits(8),
            "access_token": RED(lambda f: f.hexid(40), "token"),
            "refresh_token": RED(lambda f: f.hexid(40), "token"),
            "scope": pick("read,activity:read", "activity:read_all"),
            "watch_serial_number": Y(lambda f: f.digits(10), "serial"),
            "watch_model": pick("Forerunner 965", "PACE 3", "Vantage V3", "fenix 7"),
            "firmware_version": pick("19.18", "3.0308.0", "6.2.1"),
        },
    ),
    (
        "alias",
        None,
        "swift",
        {},
    ),
    (
        "alias",
        None,
        "web",
        {},
    ),
    # -- support and surveys ---------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket_id": lambda f: f.digits(6),
            "subject": pick("Bib name change", "Start wave", "Double payment", "Lost chip", "Entry transfer"),
            "description": Y(support_text, "phone", True),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "assignee_name": Y(full_name, "name"),
            "priority": pick("low", "normal", "high"),
            "channel": pick("web", "email", "whatsapp"),
            "tags": Many(pick("bib", "payment", "transfer", "tokyo", "rotterdam"), 3),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        {
            "conversation_id": lambda f: "cv_" + f.hexid(10),
            "author_type": pick("user", "bot"),
            "text": pick(
                "Where is the bag drop?",
                "Is there a pacer for 3:30?",
                "What time does the expo open on Saturday?",
                "Can I switch from 42K to 21K?",
            ),
            "message_length": count(10, 80),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": const("emergency-contact"),
            "field": {
                "label": const("Emergency contact phone number"),
                "value": Y(phone, "phone", True),
            },
            "input_ms": count(800, 15000),
        },
    ),
    (
        "track",
        "Post Race Survey Submitted",
        "python",
        {
            "survey_id": lambda f: "srv_" + f.digits(5),
            "nps": count(0, 10),
            "first_marathon": boolean,
            "comments": pick(
                "Great atmosphere on the bridge!",
                "Not enough toilets at the start.",
                "Water stations ran out of cups at 35K.",
                "Best organised race I have done.",
                "",
            ),
            "favourite_section": pick("Erasmusbrug", "Asakusa", "Chapman's Peak", "Polly Shortts"),
            "heard_about": pick("friend", "club", "social", "search"),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "rn",
        {
            "sms_enabled": boolean,
            "email_enabled": boolean,
            "push_enabled": boolean,
            "phone_number": Y(phone, "phone"),
            "quiet_hours_start": pick("22:00", "23:00", ""),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referral_code": lambda f: "RUN" + f.digits(5),
            "invitee_name": Y(full_name, "name"),
            "invitee_email": Y(email, "email"),
            "channel": pick("email", "whatsapp", "line"),
            "reward_amount": pick(5, 10),
        },
    ),
    (
        "track",
        "Gift Entry Purchased",
        "web",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "gift_message": pick(
                "Good luck on race day!", "See you at the finish", "Happy birthday, runner!", ""
            ),
            "deliver_on": lambda f: f.date(2024, 2025),
        },
    ),
    # -- groups, kids, dogs, adaptive ---------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": pick(*CLUBS[:-1]),
            "club_id": lambda f: "club_" + f.digits(4),
            "website": pick(
                "https://www.avrotterdam.nl", "https://www.phanos.nl", "https://www.harmonyac.co.za"
            ),
            "clubEmail": pick("info@avrotterdam.nl", "secretariaat@phanos.nl", "entries@harmonyac.co.za"),
            "clubPhone": pick("+31 10 411 2233", "+27 11 234 5678", "03-5555-0101"),
            "venue": {
                "street": pick("Van Zandvlietplein 1", "Schinkeldijkje 1", "Boundary Road"),
                "city": pick("Rotterdam", "Amsterdam", "Johannesburg"),
                "postalCode": pick("3077 AA", "1075 VG", "2001"),
            },
            "member_count": count(40, 900),
            "contact_person": Y(full_name, "name"),
            "contact_person_email": Y(email, "email"),
            "founded": count(1920, 2015),
            "plan": pick("club_basic", "club_pro"),
        },
    ),
    (
        "track",
        "Group Entry Created",
        "java",
        {
            "group_id": lambda f: "grp_" + f.digits(6),
            "team_name": pick("Coolblue Runners", "Rakuten Relay", "Vodacom Striders", "Team ASML"),
            "company_name": pick("Coolblue B.V.", "Rakuten Group, Inc.", "Vodacom (Pty) Ltd", "ASML"),
            "company_vat_number": pick("NL810433941B01", "4140107891", "T7010001088960"),
            "company_address": pick(
                "Weena 664, Rotterdam", "1-14-1 Tamagawa, Setagaya-ku, Tokyo", "Vodacom Boulevard, Midrand"
            ),
            "invoice_number": lambda f: "INV-" + f.digits(6),
            "po_number": lambda f: "PO" + f.digits(7),
            "captain_name": Y(full_name, "name"),
            "captain_email": Y(email, "email"),
            "members": Many(
                {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "gender": Y(pick("female", "male"), "gender"),
                    "leg": count(1, 6),
                    "shirt_size": pick("S", "M", "L"),
                },
                6,
            ),
        },
    ),
    (
        "track",
        "Kids Run Registered",
        "rn",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "child": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(lambda f: f.date(2012, 2020), "birthdate"),
                "gender": Y(pick("girl", "boy"), "gender"),
                "age": count(4, 12),
                "shirt_size": pick("116", "128", "140", "152"),
            },
            "guardian_name": Y(full_name, "name"),
            "guardian_phone": Y(phone, "phone"),
            "guardian_consent": const(True),
            "distance": pick("1K", "2.5K"),
        },
    ),
    (
        "track",
        "Canicross Entry Added",
        "web",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "handler_name": Y(full_name, "name"),
            "dog": {
                "name": pick("Bobby", "Luna", "Max", "Hachi", "Simba", "Pepper"),
                "breed": pick("Border Collie", "Vizsla", "Shiba Inu", "Rhodesian Ridgeback", "mixed"),
                "chip_number": lambda f: "528" + f.digits(12),
                "age_years": count(1, 10),
                "vaccinations_valid": boolean,
            },
            "harness_size": pick("S", "M", "L"),
        },
    ),
    (
        "track",
        "Adaptive Division Registered",
        "python",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "division": RED(pick("wheelchair", "handcycle", "visually_impaired", "ambulant"), "disability"),
            "uses_wheelchair": RED(boolean, "disability"),
            "classification_code": RED(pick("T11", "T12", "T53", "T54", "H4"), "disability", True),
            "guide_runner": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "equipment_storage_needed": boolean,
        },
    ),
    # -- travel ---------------------------------------------------------------------------------
    (
        "track",
        "Travel Package Booked",
        "java",
        {
            "booking_id": lambda f: "TRV-" + f.digits(7),
            "package_name": pick("Tokyo Marathon Tour 5 nights", "Comrades Experience", "Rotterdam Weekend"),
            "hotel_name": pick("Hilton Rotterdam", "Park Hyatt Tokyo", "The Table Bay Hotel"),
            "hotel_address": pick(
                "Weena 10, 3012 CM Rotterdam", "3-7-1-2 Nishi-Shinjuku, Tokyo", "Quay 6, V&A Waterfront"
            ),
            "check_in": lambda f: f.date(2025, 2025),
            "nights": count(2, 6),
            "room_type": pick("single", "twin", "double"),
            "destination_city": pick("Tokyo", "Durban", "Rotterdam", "Cape Town"),
            "flight_number": pick("KL861", "JL412", "SA345", "QR1363"),
            "total": money(600, 4500),
            "travellers": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "passport_number": RED(passport_no, "passport"),
                    "nationality": Y(
                        pick("Dutch", "British", "German", "American", "Belgian"), "citizenship"
                    ),
                    "frequent_flyer_number": lambda f: f.pick(["KL", "JL", "SA"]) + f.digits(9),
                },
                3,
            ),
        },
    ),
    # -- warehouse reverse ETL ---------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "RUNNER_ID": lambda f: f.digits(8),
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "BIRTH_DATE": Y(dob, "birthdate"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "PHONE_E164": Y(lambda f: f.pick(["+316", "+8190", "+2782", "+2771"]) + f.digits(8), "phone"),
            "COUNTRY_CODE": pick("NL", "JP", "ZA"),
            "AGE_BAND": pick("18-29", "30-39", "40-49", "50-59", "60+"),
            "LIFETIME_RACES": count(1, 60),
            "LIFETIME_SPEND_EUR": money(20, 3000),
            "LAST_RACE_DATE": lambda f: f.date(2022, 2025),
            "MARATHON_PB_SECONDS": count(8000, 22000),
            "CHURN_RISK_SCORE": lambda f: round(f.r.random(), 3),
            "IS_VIP": boolean,
        },
    ),
    # -- registration funnel conversions (server-side ads) -----------------------------------------
    (
        "track",
        "Registration Completed",
        "node",
        {
            "registration_id": lambda f: "reg_" + f.hexid(16),
            "race_id": lambda f: race(f)[0],
            "value": money(20, 160),
            "currency": pick("EUR", "JPY", "ZAR"),
            "gclid": Y(lambda f: "Cj0KCQjw" + alnum(f, 80), "advertising id"),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
            "is_returning_runner": boolean,
            "entry_channel": pick("web", "app", "club"),
        },
    ),
    (
        "screen",
        "Race Day Checklist",
        "flutter",
        {
            "items_completed": count(0, 12),
            "race_id": lambda f: race(f)[0],
        },
    ),
    (
        "page",
        "Checkout",
        "web",
        {
            "path": const("/checkout"),
            "url": const("https://www.paceline.run/checkout"),
            "title": const("Checkout | PaceLine"),
            "referrer": pick("https://www.google.com/", ""),
        },
    ),
    # -- more everyday traffic ------------------------------------------------------------------
    (
        "track",
        "Bag Drop Tagged",
        "flutter",
        {
            "bag_tag_id": lambda f: "BAG" + f.digits(6),
            "bib_number": bib,
            "bag_color": pick("red", "blue", "yellow", "green"),
            "rack": lambda f: f.pick("ABCDEFGH") + str(f.r.randint(1, 40)),
            "scanned_by": Y(full_name, "name"),
            "scanned_at": ts,
        },
    ),
    (
        "track",
        "Pacer Group Joined",
        "rn",
        {
            "race_id": lambda f: race(f)[0],
            "pacer_group": pick("3:00", "3:15", "3:30", "3:45", "4:00", "4:30", "sub-12h bus"),
            "pacer_name": Y(full_name, "name"),
            "target_finish_sec": pick(10800, 11700, 12600, 14400, 16200),
        },
    ),
    (
        "track",
        "Result Shared",
        "swift",
        {
            "result_id": lambda f: "res_" + f.hexid(12),
            "share_target": pick("instagram", "strava", "line", "whatsapp", "x"),
            "includes_photo": boolean,
            "caption": pick(
                "New PB!", "Finished my first marathon", "What a day in Tokyo", "Done and dusted", ""
            ),
        },
    ),
    (
        "track",
        "Training Plan Started",
        "kotlin",
        {
            "plan_id": lambda f: "tp_" + f.digits(5),
            "plan_name": pick("Sub-4 Marathon 16 weeks", "First Half Marathon", "Comrades Novice 24 weeks"),
            "weeks": pick(8, 12, 16, 24),
            "runs_per_week": count(3, 6),
            "goal_time": lambda f: hms(f, 5400, 21000),
            "current_weekly_km": count(10, 90),
            "injury_history": Many(
                Y(
                    pick("achilles tendinopathy", "IT band syndrome", "stress fracture", "plantar fasciitis"),
                    "condition",
                ),
                2,
            ),
            "resting_heart_rate": Y(count(42, 78), "condition"),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        "web",
        {
            "checkout_id": lambda f: f.uuid(),
            "step": count(1, 4),
            "step_name": pick("runner_details", "add_ons", "payment", "review"),
            "shipping_method": pick("collect_at_expo", "postnl", "yamato", "courier_guy"),
            "payment_method": pick("card", "ideal", "konbini", "payfast", "apple_pay"),
        },
    ),
    (
        "track",
        "Coupon Applied",
        "web",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "coupon_id": lambda f: "cpn_" + f.hexid(8),
            "coupon_name": pick("EARLYBIRD", "CLUB10", "RTM-VOL", "TEAM5"),
            "discount": money(2, 30),
        },
    ),
    (
        "track",
        "Shipping Address Added",
        "web",
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(pick("2e verdieping", "Apt 12", "Unit 4", "Room 301", "Flat 7B"), "address"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(home_city, "city"),
                "region": pick("Zuid-Holland", "Kanagawa", "Gauteng", "Noord-Holland", "Western Cape"),
                "country": pick("NL", "JP", "ZA"),
                "phone": Y(phone, "phone"),
            },
            "address_validated": boolean,
        },
    ),
    (
        "track",
        "Sponsor Offer Redeemed",
        "node",
        {
            "offer_id": lambda f: "off_" + f.digits(5),
            "sponsor_name": pick("ASICS", "Mizuno", "NN Group", "Nedbank", "Totalsports"),
            "store_name": pick("ASICS Store Amsterdam", "Mizuno Osaka", "Totalsports Canal Walk"),
            "store_phone": pick("+31 20 123 4000", "06-6345-0001", "+27 21 555 0190"),
            "store_city": pick("Amsterdam", "Osaka", "Cape Town"),
            "voucher_code": lambda f: "RUN-" + "".join(f.pick(string.ascii_uppercase) for _ in range(6)),
        },
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        {
            "from_background": boolean,
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("640012", "650003"),
            "url": pick("paceline://race/rtm-2025", "paceline://tracking", "", "paceline://results/tky-2025"),
        },
    ),
    (
        "track",
        "Email Bounced",
        "python",
        {
            "email": Y(email, "email"),
            "event": pick("bounce", "dropped", "deferred"),
            "smtp-id": lambda f: f"<{f.hexid(22)}@mail.paceline.run>",
            "sg_event_id": lambda f: alnum(f, 22),
            "sg_message_id": lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(4),
            "reason": pick("550 5.1.1 User unknown", "Mailbox full", "Bounced Address"),
            "status": pick("5.1.1", "4.2.2", "5.0.0"),
            "category": Many(pick("race_confirmation", "bib_ready", "results"), 2),
        },
    ),
    (
        "track",
        "SMS Status Received",
        "dotnet",
        {
            "MessageSid": lambda f: "SM" + f.hexid(32),
            "AccountSid": const("AC" + "5f3c1a9e0b7d4c2a8e6f1b3d9c7a5e20"),
            "MessageStatus": pick("delivered", "undelivered", "failed", "sent"),
            "To": Y(
                lambda f: f.pick(["+316", "+8190", "+8180", "+2782", "+2772"]) + f.digits(8), "phone", True
            ),
            "From": pick("+3197010250123", "+15005550006", "PaceLine"),
            "ErrorCode": pick("", "30003", "30005", "30008"),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(
                lambda f: f.pick([nl_street(f), f"{f.pick(ZA_STREETS)} {f.r.randint(1, 99)}", za_street(f)]),
                "address|street",
                True,
            ),
            "session_token": lambda f: f.uuid(),
            "selected_place_id": lambda f: "ChIJ" + alnum(f, 23),
            "suggestions_count": count(0, 5),
        },
    ),
]


def green_by_default(template):
    """Bare generators in the templates are green leaves: wrap them in G for build.render."""
    if isinstance(template, L):
        return template
    if isinstance(template, Many):
        return Many(green_by_default(template.item), template.n)
    if isinstance(template, dict):
        return {key: green_by_default(value) for key, value in template.items()}
    if callable(template):
        return G(template)
    raise TypeError(type(template))


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "rn_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "club_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(green_by_default(body), f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(green_by_default(body), f, "properties", labels)
            msg["context"] = render(green_by_default(CONTEXTS[client](f)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=264, repeats=30)
    write(Path(__file__).parent, "holdout264_", events, labels)
