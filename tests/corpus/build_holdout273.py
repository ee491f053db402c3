"""Writes holdout273: tests/corpus/holdout273_events.jsonl and holdout273_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout273`; the output is deterministic (seed 273).

Domain: a scuba-diving centre and dive-certification app ("Coral Reach") with centres in Egypt
(Hurghada, Dahab, Sharm el-Sheikh, Marsa Alam), Thailand (Koh Tao, Phuket) and Australia (Cairns,
Port Douglas). Covered: diver registration (date of birth, passport, certification agency and
diver number, waivers), medical questionnaires and fitness-to-dive statements, dive bookings and
liveaboard cabins, boat manifests for the Egyptian coast guard (romanised Arabic keys), a Thai
partner backend (Thai-script keys) and Thai marine-park fees (romanised Thai keys), dive logs from
dive computers (depth, GPS entry and exit points, gas and air consumption, samples), equipment
rental with sizes and weights, gear-shop e-commerce spec events, dive insurance policies and
claims, accident reports, emergency contacts, instructors' and divemasters' accounts, shifts and
payouts; vendor-shaped payloads (a Stripe webhook relay, Twilio SMS callbacks, the WhatsApp Cloud
API, Meta Conversions API, Typeform answers, HTTP headers relayed by a Go service).

Calls: identify, track, page, screen, group (dive centres and clubs: `traits.name` is a club's
name, green) and alias, with the `context` blocks the real client
libraries send: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the python, node, go, java, ruby, php and .NET server libraries
(context.ip, context.traits, device, app, library, locale, userAgent, campaign, externalIds).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET backend and
Twilio/Stripe-style vendors; kebab-case in relayed HTTP headers; SCREAMING_SNAKE from a
warehouse reverse-ETL sync; romanised Arabic (Egyptian) keys in the manifest service; Thai-script
keys in a Thai partner's PHP backend and romanised Thai keys in a park-fee service.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person (the user, a guest,
  a buddy, an emergency contact, a guardian, a beneficiary, an instructor, a captain, a witness).
  Colour and type follow the reference's default matchers; types outside the reference are red for
  credentials/secrets, card numbers, bank accounts, government ids and health ids, else yellow.
- Green: ids we issue, UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys (`emailVerified`, `password_strength`,
  `medical_form_completed`), product, boat, hotel, clinic, insurer and company names, dive-site
  names and a dive site's published coordinates (a place that is not the person's), country,
  state, locale, timezone, currency, user agents, OS-issued device ids; card brand, last four
  and expiry; BSB numbers (they identify a bank branch); a business's own phone, e-mail and
  address (a centre, a clinic, our Twilio sender number); member, loyalty and claim numbers;
  ages and age bands; job titles and employers.
- Yellow per the product's published policy: insurance policy numbers and an insurer's member
  numbers (DAN member id) are `identification`; pay, hourly rates, overtime, tips and payouts to
  an instructor are `salary`; gclid, fbp and fbc are `advertising id`; billing and shipping
  addresses are `address` (street, city and postcode parts use their own matchers). Red: payment
  method tokens (`pm_…`), one-time codes, e-learning activation codes and sign-in link tokens
  are `token`; MRNs and Medicare numbers are `health id`; passport numbers `passport`; national
  ids and tax file numbers `national id`; answers about the right to work or visa sponsorship
  `visa`; work-permit numbers `visa|national id`.
- Health: medical-questionnaire answers (booleans included), fitness-to-dive results,
  "physician approval required", "answered no to all", smoking, pregnancy and a declared
  pre-existing condition reveal the person's health: yellow `condition` (medication answers
  `medication`, surgery and treatment `procedure`, diagnoses `diagnosis`, allergies `allergy`).
  Whether the medical form was completed, its version and timestamps are green.
- Decisions where the policy is silent (a careful privacy owner's choice):
  * A certification agency's diver number or instructor number (PADI, SSI, NAUI, CMAS) is issued
    by a third party about the person, like a licence, and can be looked up in the agency's
    public pro-check: yellow `certificate`. Our own Reef Club member number stays green.
  * A dive computer's serial number (the diver's own device) and its Bluetooth MAC are yellow
    (`serial`, `mac`); the serial number of a rental regulator or the centre's O2 analyser is
    the centre's asset: green.
  * GPS entry and exit points in a dive log are the person's precise location: yellow
    `geolocation`; a dive site's published coordinates are green.
  * Body height and weight sent for equipment sizing are green (sizes, not a health record).
  * Hashed e-mail and phone in Meta CAPI `user_data` (`em`, `ph`) are pseudonymous personal data:
    yellow `email` / `phone`, not value_only (only the key tells). A SHA-256 of our own user id
    is green.
  * A liveaboard meal preference whose values include halal and kosher reveals religion:
    yellow `religion`.
  * A captain's licence number is yellow `license`; a hand-signature image URL is yellow `photo`.
  * Blood type on an emergency action plan is health data: yellow `condition|diagnosis`.
  * A rendered reminder message that always greets the person by first name is yellow `name`
    (value_only); an OTP SMS body always carries the code: red `token|secret` (value_only).
  * The push-notification token in `context.device.token` is red `token`; the IDFA / GAID is
    yellow `advertising id`; `context.device.id` (IDFV, Android id) is green.
  * `signature` headers (HMAC of a payload) are green; an `authorization` bearer header is red.
- value_only is true when the key does not say what the value is (`q`, `input`, `picked.value`,
  `text`, `to`, `To`, `Body`, `link`, `result`, `restrictions`, `description`, Typeform's
  `answers[].text` and `answers[].date`, `externalIds[].id`) and only the value reveals it.
  Such a PII path holds that PII in every one of its values. Free text is labelled by what every
  one of its values carries: the free-text paths here either always carry the PII they are
  labelled with or never carry any (green).
- A key in Arabic or Thai that names the data (`rakm_gawaz_al_safar`, `เบอร์โทรศัพท์`) says
  what the value is: not value_only.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

NAMES = {
    "EG": (
        [
            "Ahmed",
            "Mohamed",
            "Mostafa",
            "Youssef",
            "Omar",
            "Karim",
            "Mahmoud",
            "Nour",
            "Fatma",
            "Mariam",
            "Yasmin",
            "Salma",
            "Aya",
            "Rana",
            "Hossam",
            "Sherif",
        ],
        [
            "El-Sayed",
            "Abdel Rahman",
            "Mansour",
            "Hassan",
            "Farouk",
            "Soliman",
            "Naguib",
            "Shawky",
            "Gamal",
            "El-Masry",
            "Fahmy",
            "Zaki",
            "Abdelaziz",
        ],
    ),
    "TH": (
        [
            "Somchai",
            "Nattapong",
            "Kittisak",
            "Anan",
            "Wichai",
            "Siriporn",
            "Kanya",
            "Ploy",
            "Pimchanok",
            "Thanawat",
            "Chayanee",
            "Warunee",
        ],
        [
            "Srisawat",
            "Chaiyaporn",
            "Wongsuwan",
            "Saetang",
            "Boonmee",
            "Kongkaew",
            "Phromma",
            "Jaidee",
            "Thongchai",
            "Rattanaporn",
        ],
    ),
    "AU": (
        ["Liam", "Olivia", "Jack", "Charlotte", "Noah", "Mia", "Lachlan", "Isla", "Harrison", "Matilda"],
        ["Walker", "O'Connor", "Thompson", "Nguyen", "Campbell", "Kelly", "Murphy", "Taylor", "Wilson"],
    ),
    "DE": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Hannah"],
        ["Schmidt", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Müller"],
    ),
    "GB": (
        ["Oliver", "Amelia", "George", "Emily", "Harry", "Grace", "Priya", "Callum"],
        ["Smith", "Jones", "Evans", "Hughes", "Robinson", "Patel", "McDonald"],
    ),
    "NL": (["Pieter", "Sanne", "Daan", "Fleur", "Jeroen"], ["de Vries", "Jansen", "Bakker", "van Dijk"]),
    "FR": (["Camille", "Lucas", "Léa", "Théo", "Manon"], ["Moreau", "Lefèvre", "Girard", "Fontaine"]),
    "IT": (["Matteo", "Giulia", "Alessandro", "Chiara"], ["Rossi", "Bianchi", "Esposito", "Ricci"]),
    "RU": (
        ["Dmitri", "Anastasia", "Sergei", "Ekaterina", "Ivan"],
        ["Ivanov", "Petrova", "Smirnov", "Volkova"],
    ),
    "CN": (["Wei", "Jing", "Hao", "Xiu Ying", "Lei"], ["Zhang", "Liu", "Wang", "Chen", "Huang"]),
    "JP": (["Hiroshi", "Yuki", "Haruto", "Sakura", "Ren"], ["Tanaka", "Suzuki", "Watanabe", "Kobayashi"]),
    "KR": (["Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun"], ["Kim", "Park", "Lee", "Choi"]),
    "IN": (["Arjun", "Ananya", "Rohan", "Kavya", "Vikram"], ["Sharma", "Iyer", "Reddy", "Nair", "Gupta"]),
    "US": (["Ethan", "Madison", "Tyler", "Ashley", "Jordan"], ["Johnson", "Miller", "Davis", "Garcia"]),
    "PL": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Nowak", "Kowalska", "Wiśniewski", "Lewandowska"]),
    "SE": (["Erik", "Ingrid", "Astrid", "Lars"], ["Lindqvist", "Johansson", "Andersson", "Berg"]),
}
COUNTRIES = list(NAMES)
COUNTRY_WEIGHTS = [14, 10, 12, 9, 8, 4, 4, 5, 7, 5, 4, 3, 4, 4, 3, 3]
NATIONALITY = {
    "EG": "Egyptian",
    "TH": "Thai",
    "AU": "Australian",
    "DE": "German",
    "GB": "British",
    "NL": "Dutch",
    "FR": "French",
    "IT": "Italian",
    "RU": "Russian",
    "CN": "Chinese",
    "JP": "Japanese",
    "KR": "South Korean",
    "IN": "Indian",
    "US": "American",
    "PL": "Polish",
    "SE": "Swedish",
}
MAIL_DOMAINS = {
    "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
    "TH": ["gmail.com", "hotmail.co.th", "outlook.co.th"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com"],
    "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
    "FR": ["orange.fr", "free.fr", "gmail.com"],
    "IT": ["libero.it", "gmail.com"],
    "RU": ["mail.ru", "yandex.ru"],
    "CN": ["qq.com", "163.com"],
    "JP": ["docomo.ne.jp", "gmail.com"],
    "KR": ["naver.com", "gmail.com"],
    "IN": ["gmail.com", "rediffmail.com"],
    "US": ["gmail.com", "yahoo.com", "icloud.com"],
    "PL": ["wp.pl", "onet.pl"],
    "SE": ["telia.com", "gmail.com"],
}
PASSPORT_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèëäöüśńáíłż", "eeeaousnailz")
    return s.lower().translate(table).replace("ß", "ss")


def new_person(f: Fake, country: str | None = None) -> dict:
    c = country or f.r.choices(COUNTRIES, COUNTRY_WEIGHTS)[0]
    firsts, lasts = NAMES[c]
    first, last = f.pick(firsts), f.pick(lasts)
    return {"country": c, "first": first, "last": last}


def pers(f: Fake) -> dict:
    p = getattr(f, "person", None)
    if p is None:
        p = f.person = new_person(f)
    return p


def full(f: Fake, p: dict | None = None) -> str:
    p = p or pers(f)
    return f"{p['first']} {p['last']}"


def other_name(f: Fake) -> str:
    return full(f, new_person(f))


def email_of(f: Fake, p: dict) -> str:
    first = ascii_fold(p["first"]).replace(" ", "").replace("-", "")
    last = ascii_fold(p["last"]).replace(" ", "").replace("'", "").replace("-", "")
    user = f.pick(
        [f"{first}.{last}", f"{first}{last}{f.r.randint(1, 99)}", f"{first[0]}{last}", f"{first}_{last[:4]}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS[p['country']])}"


def email(f: Fake) -> str:
    return email_of(f, pers(f))


def other_email(f: Fake) -> str:
    return email_of(f, new_person(f))


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone_for(f: Fake, c: str, style: str | None = None) -> str:
    style = style or f.pick(["intl", "national", "e164"])
    if c == "EG":
        pre, rest = f.pick(["10", "11", "12", "15"]), d(f, 8)
        return {
            "intl": f"+20 {pre} {rest[:4]} {rest[4:]}",
            "national": f"0{pre}{rest}",
            "e164": f"+20{pre}{rest}",
        }[style]
    if c == "TH":
        pre, rest = f.pick(["81", "86", "89", "92", "95", "61"]), d(f, 7)
        return {
            "intl": f"+66 {pre} {rest[:3]} {rest[3:]}",
            "national": f"0{pre}-{rest[:3]}-{rest[3:]}",
            "e164": f"+66{pre}{rest}",
        }[style]
    if c == "AU":
        rest = "4" + d(f, 8)
        return {
            "intl": f"+61 {rest[:3]} {rest[3:6]} {rest[6:]}",
            "national": f"0{rest[:3]} {rest[3:6]} {rest[6:]}",
            "e164": f"+61{rest}",
        }[style]
    if c == "GB":
        rest = "7" + f.pick(["4", "7", "8", "9"]) + d(f, 8)
        return {
            "intl": f"+44 {rest[:4]} {rest[4:]}",
            "national": f"0{rest[:4]} {rest[4:]}",
            "e164": f"+44{rest}",
        }[style]
    if c == "DE":
        pre, rest = f.pick(["151", "160", "172", "176"]), d(f, 8)
        return {"intl": f"+49 {pre} {rest}", "national": f"0{pre} {rest}", "e164": f"+49{pre}{rest}"}[style]
    if c == "NL":
        rest = d(f, 8)
        return {"intl": f"+31 6 {rest}", "national": f"06-{rest}", "e164": f"+316{rest}"}[style]
    if c == "FR":
        rest = [f"{f.r.randint(10, 99)}" for _ in range(4)]
        return {
            "intl": "+33 6 " + " ".join(rest),
            "national": "06 " + " ".join(rest),
            "e164": "+336" + "".join(rest),
        }[style]
    if c == "IT":
        rest = d(f, 7)
        return {"intl": f"+39 347 {rest[:3]} {rest[3:]}", "national": f"347 {rest}", "e164": f"+39347{rest}"}[
            style
        ]
    if c == "RU":
        rest = d(f, 7)
        return {
            "intl": f"+7 916 {rest[:3]}-{rest[3:5]}-{rest[5:]}",
            "national": f"8 (916) {rest[:3]}-{rest[3:5]}-{rest[5:]}",
            "e164": f"+7916{rest}",
        }[style]
    if c == "CN":
        rest = "13" + d(f, 9)
        return {"intl": f"+86 {rest[:3]} {rest[3:7]} {rest[7:]}", "national": rest, "e164": f"+86{rest}"}[
            style
        ]
    if c == "JP":
        rest = d(f, 8)
        return {
            "intl": f"+81 90-{rest[:4]}-{rest[4:]}",
            "national": f"090-{rest[:4]}-{rest[4:]}",
            "e164": f"+8190{rest}",
        }[style]
    if c == "KR":
        rest = d(f, 8)
        return {
            "intl": f"+82 10-{rest[:4]}-{rest[4:]}",
            "national": f"010-{rest[:4]}-{rest[4:]}",
            "e164": f"+8210{rest}",
        }[style]
    if c == "IN":
        rest = f.pick(["98", "97", "99", "88"]) + d(f, 8)
        return {"intl": f"+91 {rest[:5]} {rest[5:]}", "national": f"0{rest}", "e164": f"+91{rest}"}[style]
    if c == "PL":
        rest = "5" + d(f, 8)
        return {"intl": f"+48 {rest[:3]} {rest[3:6]} {rest[6:]}", "national": rest, "e164": f"+48{rest}"}[
            style
        ]
    if c == "SE":
        rest = "70" + d(f, 7)
        return {
            "intl": f"+46 {rest[:2]} {rest[2:5]} {rest[5:]}",
            "national": f"0{rest}",
            "e164": f"+46{rest}",
        }[style]
    return f.phone({"intl": "intl_space", "national": "nanp_paren", "e164": "e164"}[style])


def phone(f: Fake, style: str | None = None) -> str:
    return phone_for(f, pers(f)["country"], style)


def other_phone(f: Fake, style: str | None = None) -> str:
    return phone_for(f, new_person(f)["country"], style)


ADDR = {
    "EG": [
        ("{n} Abbas El Akkad St, Nasr City", "Cairo", "11371"),
        ("Villa {n}, El Kawthar District", "Hurghada", "84511"),
        ("{n} Syria St, Roushdy", "Alexandria", "21523"),
        ("{n} Mesaha Sq, Dokki", "Giza", "12611"),
    ],
    "TH": [
        ("{n}/12 Moo 3, Sukhumvit Soi 24", "Bangkok", "10110"),
        ("{n} Nimmanhaemin Rd, Suthep", "Chiang Mai", "50200"),
        ("{n}/4 Moo 1, Bophut", "Koh Samui", "84320"),
    ],
    "AU": [
        ("{n} Wattle St, Paddington", "Sydney", "2021"),
        ("{n}/8 Esplanade, Cairns North", "Cairns", "4870"),
        ("{n} Sydney Rd, Brunswick", "Melbourne", "3056"),
        ("{n} Boundary St, West End", "Brisbane", "4101"),
    ],
    "DE": [("Lindenstraße {n}", "Berlin", "10115"), ("Schillerstraße {n}", "München", "80336")],
    "GB": [("{n} Albert Road", "Manchester", "M14 6XX"), ("{n} Grove Park", "London", "SE5 8LH")],
    "NL": [("Prinsengracht {n}", "Amsterdam", "1016 GV"), ("Oudegracht {n}", "Utrecht", "3511 AP")],
    "FR": [("{n} rue des Lilas", "Lyon", "69003"), ("{n} avenue Jean Jaurès", "Toulouse", "31000")],
    "IT": [("Via Roma {n}", "Milano", "20121"), ("Via Toledo {n}", "Napoli", "80134")],
    "RU": [
        ("ul. Tverskaya {n}, kv. 45", "Moskva", "125009"),
        ("Nevsky pr. {n}, kv. 7", "Sankt-Peterburg", "191025"),
    ],
    "CN": [("{n} Nanjing Rd West, Jing'an", "Shanghai", "200041")],
    "JP": [("2-{n}-3 Nishi-Shinjuku", "Tokyo", "160-0023")],
    "KR": [("{n} Teheran-ro, Gangnam-gu", "Seoul", "06133")],
    "IN": [("{n} 4th Cross, Indiranagar", "Bengaluru", "560038")],
    "US": [("{n} Ocean Ave", "Santa Monica", "90401"), ("{n} Pine St", "Seattle", "98101")],
    "PL": [("ul. Marszałkowska {n}", "Warszawa", "00-624")],
    "SE": [("Götgatan {n}", "Stockholm", "118 46")],
}


def addr(f: Fake) -> tuple[str, str, str]:
    p = pers(f)
    street, city, pc = f.pick(ADDR[p["country"]])
    return street.format(n=f.r.randint(1, 220)), city, pc


def street(f: Fake) -> str:
    return addr(f)[0]


def city(f: Fake) -> str:
    return addr(f)[1]


def postcode(f: Fake) -> str:
    return addr(f)[2]


def one_line_address(f: Fake) -> str:
    s, c, pc = addr(f)
    return f"{s}, {c} {pc}"


def local_address(country: str):
    def gen(f: Fake) -> str:
        s, c, pc = f.pick(ADDR[country])
        return f"{s.format(n=f.r.randint(1, 220))}, {c} {pc}"

    return gen


def new_pax(f: Fake) -> str:
    f.pax = new_person(f)
    return full(f, f.pax)


def passport_for(f: Fake, c: str) -> str:
    if c == "EG":
        return "A" + d(f, 8)
    if c == "TH":
        return f.pick(["AA", "AB", "AC"]) + d(f, 7)
    if c == "AU":
        return f.pick(["PA", "PB", "N", "E"]) + d(f, 7)
    if c in ("GB", "US"):
        return f.pick(["5", "1", "2"]) + d(f, 8)
    if c == "DE":
        return "C" + "".join(f.pick(PASSPORT_CHARS) for _ in range(8))
    if c == "NL":
        return (
            f.pick(["NW", "NX", "BR"])
            + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
            + d(f, 1)
        )
    if c == "FR":
        return d(f, 2) + f.pick(["AV", "CH", "FK"]) + d(f, 5)
    if c == "RU":
        return f"7{d(f, 1)} {d(f, 7)}"
    if c == "JP":
        return f.pick(["TK", "TR", "MZ"]) + d(f, 7)
    if c == "CN":
        return "E" + d(f, 8)
    if c == "KR":
        return "M" + d(f, 8)
    if c == "IN":
        return f.pick("JKLMNPRSTUVZ") + d(f, 7)
    return f.pick("ABCDEFGH") + d(f, 7)


def passport(f: Fake) -> str:
    return passport_for(f, pers(f)["country"])


def dob(f: Fake) -> str:
    return f.date(1958, 2008)


def thai_id(f: Fake) -> str:
    digits = [f.r.randint(1, 8)] + [f.r.randint(0, 9) for _ in range(11)]
    check = (11 - sum(x * (13 - i) for i, x in enumerate(digits)) % 11) % 10
    s = "".join(map(str, digits)) + str(check)
    return f.pick([s, f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"])


def egypt_nid(f: Fake) -> str:
    year = f.r.randint(1960, 2006)
    century = "2" if year < 2000 else "3"
    gov = f.pick(["01", "02", "21", "31", "35", "88"])
    return f"{century}{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{gov}{d(f, 4)}{d(f, 1)}"


def medicare(f: Fake) -> str:
    first = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(x * w for x, w in zip(first, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, first)) + str(check) + str(f.r.randint(1, 9))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        head = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        rem = sum(x * w for x, w in zip(head, weights, strict=False)) % 11
        if rem < 10:
            s = "".join(map(str, [*head, rem]))
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def iban_eg(f: Fake) -> str:
    bban = d(f, 25)
    numeric = "".join(str(int(c, 36)) for c in bban + "EG00")
    raw = f"EG{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def iban_any(f: Fake) -> str:
    if f.r.random() < 0.3:
        return iban_eg(f)
    return f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"]))


def bsb(f: Fake) -> str:
    return f.pick(["062", "063", "032", "733", "083", "013", "484"]) + "-" + d(f, 3)


def diver_number(f: Fake) -> str:
    agency = f.pick(["PADI", "PADI", "SSI", "NAUI", "CMAS"])
    if agency == "PADI":
        letters = f.pick("ABCDEFGHJK") + f.pick("ABCDEFGHJK")
        return f"{f.r.randint(5, 24):02d}{f.r.randint(1, 12):02d}{letters}{d(f, 4)}"
    if agency == "SSI":
        return str(f.r.randint(100000, 99999999))
    if agency == "NAUI":
        return "N" + d(f, 7)
    return f"{f.pick(['EGY', 'THA', 'AUS', 'GER'])}/{f.pick(['F1', 'F2', 'M1'])}/00/{d(f, 5)}"


def pro_number(f: Fake) -> str:
    return f.pick([str(f.r.randint(100000, 499999)), "SSI-" + d(f, 6), "N-" + d(f, 5)])


def sha256(f: Fake) -> str:
    return f.hexid(64)


def real_sha(s: str) -> str:
    return hashlib.sha256(s.strip().lower().encode()).hexdigest()


def ble_mac(f: Fake) -> str:
    return "C4:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(5))


# -- places and things --------------------------------------------------------------------------

SITES = [
    ("SS Thistlegorm", "Red Sea North", "EG", 27.8142, 33.9206, 32),
    ("Elphinstone Reef", "Marsa Alam", "EG", 25.3094, 34.8608, 40),
    ("Blue Hole", "Dahab", "EG", 28.5721, 34.5376, 100),
    ("Ras Mohammed - Shark Reef", "Sharm el-Sheikh", "EG", 27.7306, 34.2547, 40),
    ("Abu Nuhas Wrecks", "Hurghada", "EG", 27.5772, 33.9311, 28),
    ("Chumphon Pinnacle", "Koh Tao", "TH", 10.1658, 99.8203, 36),
    ("Sail Rock", "Koh Tao", "TH", 9.9417, 99.9739, 40),
    ("Richelieu Rock", "Similan & Surin", "TH", 9.3619, 98.0247, 35),
    ("Shark Point", "Phuket", "TH", 7.8167, 98.4667, 24),
    ("Cod Hole", "Ribbon Reefs", "AU", -14.6667, 145.6667, 25),
    ("SS Yongala", "Townsville", "AU", -19.3042, 147.6219, 30),
    ("Osprey Reef - North Horn", "Coral Sea", "AU", -13.8962, 146.5563, 40),
    ("Agincourt Reef", "Port Douglas", "AU", -16.0273, 145.8684, 18),
]
BOATS = [
    "MY Blue Horizon",
    "MV Sea Serpent",
    "Coral Explorer",
    "Ocean Quest II",
    "MY Emperor Echo",
    "Big Blue 3",
]
HOTELS = [
    "Steigenberger Aldau Beach",
    "Le Méridien Dahab",
    "Jungle Aqua Park",
    "Sairee Cottage Resort",
    "Koh Tao Cabana",
    "Pullman Reef Hotel Cairns",
    "Sheraton Grand Mirage Port Douglas",
    "Hilton Hurghada Plaza",
]
CENTRES = [
    ("CR-HRG", "Coral Reach Hurghada", "Hurghada", "EG", "+20 65 344 1100", "hurghada@coralreach.example"),
    ("CR-DAH", "Coral Reach Dahab", "Dahab", "EG", "+20 69 364 0455", "dahab@coralreach.example"),
    ("CR-SSH", "Coral Reach Sharm", "Sharm el-Sheikh", "EG", "+20 69 360 2211", "sharm@coralreach.example"),
    ("CR-KTO", "Coral Reach Koh Tao", "Koh Tao", "TH", "+66 77 456 789", "kohtao@coralreach.example"),
    ("CR-HKT", "Coral Reach Phuket", "Phuket", "TH", "+66 76 381 222", "phuket@coralreach.example"),
    ("CR-CNS", "Coral Reach Cairns", "Cairns", "AU", "+61 7 4051 0294", "cairns@coralreach.example"),
]
CERT_LEVELS = ["Open Water Diver", "Advanced Open Water", "Rescue Diver", "Divemaster", "Master Scuba Diver"]
AGENCIES = ["PADI", "SSI", "NAUI", "CMAS", "RAID"]
GEAR = [
    ("Mares Puck Pro+ Dive Computer", "Mares", "Dive Computers", "MA-PUCKPRO-BLK", 349.0),
    ("Shearwater Peregrine", "Shearwater", "Dive Computers", "SW-PEREG-01", 549.0),
    ("Scubapro MK25 EVO / S620 Ti", "Scubapro", "Regulators", "SP-MK25-S620", 1199.0),
    ("Cressi Big Eyes Evolution Mask", "Cressi", "Masks", "CR-BIGEYES-CLR", 79.0),
    ("Aqualung Hydroflex 5mm Wetsuit", "Aqualung", "Wetsuits", "AL-HYD5-M", 329.0),
    ("Mares Avanti Quattro+ Fins", "Mares", "Fins", "MA-AQ4-BLU-L", 119.0),
    ("Apeks WTX-D30 Wing", "Apeks", "BCDs", "AP-WTXD30", 689.0),
    ("Reef-safe Sunscreen SPF50 100ml", "Stream2Sea", "Accessories", "S2S-SPF50-100", 24.0),
]
COURSES = [
    ("OWD", "PADI Open Water Diver", 490.0),
    ("AOWD", "PADI Advanced Open Water", 420.0),
    ("EANX", "PADI Enriched Air Nitrox", 180.0),
    ("RESQ", "PADI Rescue Diver", 460.0),
    ("SSI-OWD", "SSI Open Water Diver", 395.0),
    ("DSD", "Discover Scuba Diving", 120.0),
]
INSURERS = ["DAN Europe", "DAN Asia-Pacific", "DiveAssure", "Dive Master Insurance"]
CONDITIONS = ["asthma", "type 1 diabetes", "epilepsy", "hypertension", "migraine", "panic disorder"]
MEDS = [
    "salbutamol inhaler",
    "metformin",
    "levetiracetam",
    "amlodipine 5 mg",
    "sertraline",
    "insulin glargine",
]
SYMPTOMS = ["joint pain", "numbness in left arm", "skin marbling", "dizziness", "ear pain", "fatigue"]
DIAGNOSES = [
    "decompression sickness type I",
    "decompression sickness type II",
    "middle ear barotrauma",
    "arterial gas embolism",
    "pulmonary oedema (immersion)",
]
TREATMENTS = [
    "hyperbaric oxygen therapy, US Navy Table 6",
    "hyperbaric oxygen therapy, 3 sessions",
    "normobaric oxygen and IV fluids",
    "myringotomy",
]
CHAMBERS = [
    "Hyperbaric Medical Center Sharm el-Sheikh",
    "El Gouna Hyperbaric Center",
    "Badalveda Diving Medicine Center Koh Samui",
    "Townsville University Hospital Hyperbaric Unit",
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = ["en-AU", "en-GB", "de-DE", "ar-EG", "th-TH", "ru-RU", "it-IT", "nl-NL", "en-US", "zh-CN"]
TIMEZONES = ["Africa/Cairo", "Asia/Bangkok", "Australia/Brisbane", "Europe/Berlin", "Europe/London"]


def site(f: Fake):
    return f.site


def jitter(f: Fake, x: float) -> float:
    return round(x + f.r.uniform(-0.004, 0.004), 6)


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


def day(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def later(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- contexts -----------------------------------------------------------------------------------


def ctx_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(lambda f: pers(f)["first"], "name"),
        "lastName": Y(lambda f: pers(f)["last"], "name"),
        "userId": G(lambda f: f.user_id),
        "anonymousId": G(lambda f: f.anon_id),
    }


def app_block(namespace: str):
    return {
        "name": G(lambda f: "Coral Reach"),
        "version": G(lambda f: f.pick(["4.12.0", "4.12.3", "4.13.0"])),
        "build": G(lambda f: f.pick(["4120", "4123", "4130"])),
        "namespace": G(lambda f: namespace),
    }


def ctx_web():
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.72.0")},
        "page": {
            "path": G(lambda f: f.page_path),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.tripadvisor.com/"])),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?lang=de", "?centre=dahab"])
            ),
            "title": G(
                lambda f: f.pick(["Coral Reach | Dive Red Sea, Thailand & GBR", "Book a dive", "Checkout"])
            ),
            "url": G(lambda f: "https://www.coralreach.example" + f.page_path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "campaign": {
            "name": G(lambda f: f.pick(["redsea_summer", "kohtao_owd_promo", "gbr_liveaboard"])),
            "source": G(lambda f: f.pick(["instagram", "google", "newsletter"])),
            "medium": G(lambda f: f.pick(["social", "cpc", "email"])),
            "term": G(
                lambda f: f.pick(["diving hurghada", "koh tao open water course", "great barrier reef dive"])
            ),
            "content": G(lambda f: f.pick(["reel_turtle", "banner_a", "cta_button"])),
        },
    }


def ctx_swift():
    return {
        "app": app_block("com.coralreach.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def ctx_kotlin():
    return {
        "app": app_block("com.coralreach.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "23049PCD8G", "CPH2451"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "marble"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodafone EG", "AIS", "dtac", "Telstra", "Orange EG", "Optus"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def ctx_rn():
    return {
        "app": app_block("com.coralreach.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.1")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
        "location": {
            "latitude": Y(lambda f: jitter(f, site(f)[3]), "geolocation"),
            "longitude": Y(lambda f: jitter(f, site(f)[4]), "geolocation"),
        },
    }


def ctx_flutter():
    return {
        "app": app_block("com.coralreach.divelog"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: 412), "height": G(lambda f: 915)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": ctx_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.CSharp", "2.3.4"),
}


def ctx_server(lib: str, extra: bool):
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if extra:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        ctx["traits"] = {"email": Y(email, "email")}
        if lib in ("node", "python"):
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
    return ctx


MOBILE = ["swift", "kotlin", "rn", "flutter"]


def context_for(f: Fake, client: str):
    if client == "web":
        return ctx_web()
    if client == "swift":
        return ctx_swift()
    if client == "kotlin":
        return ctx_kotlin()
    if client == "rn":
        return ctx_rn()
    if client == "flutter":
        return ctx_flutter()
    return ctx_server(client, f.r.random() < 0.5)


# -- event bodies -------------------------------------------------------------------------------


def centre_id(f: Fake) -> str:
    return f.pick(CENTRES)[0]


def new_gear(f: Fake) -> str:
    f.gear = f.pick(GEAR)
    return f.hexid(24)


def product(f_fields=("product_id", "sku", "name", "brand", "category", "variant", "price", "quantity")):
    gear = {
        "product_id": G(new_gear),
        "sku": G(lambda f: f.gear[3]),
        "name": G(lambda f: f.gear[0]),
        "brand": G(lambda f: f.gear[1]),
        "category": G(lambda f: f.gear[2]),
        "variant": G(lambda f: f.pick(["S", "M", "L", "XL", "EU 40-41", "EU 42-43", "Black", "Clear"])),
        "price": G(lambda f: f.gear[4]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: "https://www.coralreach.example/shop/" + f.gear[3].lower()),
        "image_url": G(lambda f: f"https://cdn.coralreach.example/p/{f.hexid(10)}.jpg"),
    }
    return {k: v for k, v in gear.items() if k in f_fields}


def pick_field(f: Fake) -> str:
    f.field = f.pick(["email", "phone", "full_name"])
    return f.field


def meal(f: Fake) -> str:
    return f.pick(["none", "vegetarian", "vegan", "halal", "kosher", "gluten-free", "pescatarian"])


def booking_note(f: Fake) -> str:
    return f.pick(
        [
            "Needs 5mm wetsuit, gets cold easily",
            "First dive in 3 years - refresher booked",
            "Bringing own computer and mask",
            "Wants nitrox 32% on both dives",
            "Prefers the big boat",
            "",
            "Left-handed BCD inflator please",
        ]
    )


def reminder_text(f: Fake) -> str:
    name = pers(f)["first"]
    return f.pick(
        [
            f"Hi {name}, your boat leaves {f.pick(['Hurghada Marina', 'Mae Haad pier', 'Marlin Marina'])}"
            " at 07:30 tomorrow.",
            f"Hello {name}! Pickup from {f.pick(HOTELS)} at 06:45. Bring your certification card.",
            f"{name}, your medical form is still missing - please complete it before the trip.",
            f"Dear {name}, thanks for diving with Coral Reach. Your log book is ready in the app.",
        ]
    )


def otp_body(f: Fake) -> str:
    code = d(f, 6)
    return f.pick(
        [
            f"Your Coral Reach verification code is {code}. It expires in 10 minutes.",
            f"{code} is your Coral Reach login code. Don't share it with anyone.",
            f"Coral Reach: use code {code} to confirm your phone number.",
        ]
    )


def accident_description(f: Fake) -> str:
    return f.pick(
        [
            f"Diver ascended rapidly from {f.r.randint(18, 32)} m, complained of {f.pick(SYMPTOMS)}"
            " 20 min after surfacing.",
            f"Missed safety stop after low-on-air situation; {f.pick(SYMPTOMS)} reported on the boat.",
            f"Diver reported {f.pick(SYMPTOMS)} after third dive of the day, given O2 on board.",
            f"Unable to equalise, surfaced with {f.pick(['ear pain', 'blood in mask', 'vertigo'])}.",
        ]
    )


def restrictions(f: Fake) -> str:
    return f.pick(
        [
            "Max depth 18 m until follow-up",
            "No diving for 6 weeks after ear surgery",
            "Inhaler to be carried on the boat; no diving if wheezing",
            "Cleared with restriction: no-decompression dives only, insulin protocol",
            "Blood pressure must be under 140/90 on the day",
        ]
    )


def dive_log_note(f: Fake) -> str:
    return f.pick(
        [
            "Saw 3 oceanic whitetips at the south plateau",
            "Strong current on the north side, drift dive",
            "Visibility poor, lots of plankton",
            "Manta cleaning station at 18 m!",
            "Penetrated hold 2, motorbikes and trucks",
            "Whale shark on the safety stop",
            "",
        ]
    )


def review_body(f: Fake) -> str:
    return f.pick(
        [
            "Great guides, small groups, the boat was spotless.",
            "Equipment was a bit old but the dives were amazing.",
            "Best Open Water course, very patient instructors.",
            "Lunch on board was excellent. Will be back next year!",
            "Too many divers per guide on the Thistlegorm day.",
        ]
    )


def thai_note(f: Fake) -> str:
    return f.pick(["ขอชุดดำน้ำ 5 มม.", "ลูกค้าเมาเรือง่าย", "ต้องการไนตรอกซ์", "", "มาพร้อมอุปกรณ์ของตัวเอง"])


@dataclass
class OneOf:
    """One of several templates, picked per rendering (vendor payloads whose shape varies)."""

    options: list


def tf_answer(ref: str, field_type: str, answer_type: str, answer: dict) -> dict:
    return {
        "field": {
            "id": G(lambda f: f.hexid(12)),
            "ref": G(lambda f: ref),
            "type": G(lambda f: field_type),
        },
        "type": G(lambda f: answer_type),
        **answer,
    }


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    """build.render, plus OneOf."""
    if isinstance(template, OneOf):
        return render(f.pick(template.options), f, path, labels)
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


EVENTS: list[tuple[str, str | None, list[str], dict]] = []


def ev(kind: str, name: str | None, clients: list[str], body: dict) -> None:
    EVENTS.append((kind, name, clients, body))


# identify: the app's sign-up and profile
ev(
    "identify",
    None,
    [*MOBILE, "web"],
    {
        "email": Y(email, "email"),
        "firstName": Y(lambda f: pers(f)["first"], "name"),
        "lastName": Y(lambda f: pers(f)["last"], "name"),
        "phone": Y(phone, "phone"),
        "birthday": Y(dob, "birthdate"),
        "gender": Y(lambda f: f.pick(["female", "male", "non_binary"]), "gender"),
        "nationality": Y(lambda f: NATIONALITY[pers(f)["country"]], "citizenship"),
        "countryOfResidence": G(lambda f: pers(f)["country"]),
        "preferredLanguage": G(lambda f: f.pick(["en", "de", "ar", "th", "ru", "it"])),
        "certificationAgency": G(lambda f: f.pick(AGENCIES)),
        "certificationLevel": G(lambda f: f.pick(CERT_LEVELS)),
        "diverNumber": Y(diver_number, "certificate"),
        "certifiedSince": G(lambda f: f.date(2005, 2024)),
        "loggedDives": G(lambda f: f.r.randint(0, 900)),
        "lastDiveAt": G(lambda f: f.iso()),
        "homeCentre": G(centre_id),
        "memberNumber": G(lambda f: "RC" + d(f, 7)),
        "marketingOptIn": G(lambda f: f.pick([True, False])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "createdAt": G(lambda f: f.iso()),
        "avatarUrl": Y(lambda f: f"https://media.coralreach.example/avatars/{f.uuid()}.jpg", "photo"),
        "address": {
            "street": Y(street, "street|address"),
            "city": Y(city, "city"),
            "postalCode": Y(postcode, "zipcode"),
            "country": G(lambda f: pers(f)["country"]),
        },
    },
)

# identify: reverse ETL from the warehouse (SCREAMING_SNAKE columns)
ev(
    "identify",
    None,
    ["python"],
    {
        "EMAIL": Y(email, "email"),
        "FIRST_NAME": Y(lambda f: pers(f)["first"], "name"),
        "LAST_NAME": Y(lambda f: pers(f)["last"], "name"),
        "PHONE_E164": Y(lambda f: phone(f, "e164"), "phone"),
        "DATE_OF_BIRTH": Y(dob, "birthdate"),
        "COUNTRY_CODE": G(lambda f: pers(f)["country"]),
        "LIFETIME_DIVES": G(lambda f: f.r.randint(1, 600)),
        "LIFETIME_SPEND_USD": G(lambda f: money(f, 80, 12000)),
        "LAST_DIVE_DATE": G(day),
        "CERT_LEVEL": G(lambda f: f.pick(CERT_LEVELS)),
        "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        "HOME_CENTRE": G(centre_id),
        "DAN_MEMBER_ID": Y(lambda f: f.pick(["DE", "IT", "AP", "US"]) + d(f, 7), "identification"),
        "PASSPORT_EXPIRY": G(later),
        "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        "IS_INSTRUCTOR": G(lambda f: f.pick([True, False, False])),
        "NEXT_TRIP_ID": G(lambda f: "TRP-" + d(f, 6)),
        "DBT_UPDATED_AT": G(lambda f: f.iso()),
    },
)

# identify: instructors and divemasters from the .NET staff backend
ev(
    "identify",
    None,
    ["dotnet"],
    {
        "FirstName": Y(lambda f: pers(f)["first"], "name"),
        "LastName": Y(lambda f: pers(f)["last"], "name"),
        "Email": Y(email, "email"),
        "MobilePhone": Y(phone, "phone"),
        "ProNumber": Y(pro_number, "certificate"),
        "InstructorRating": G(
            lambda f: f.pick(["OWSI", "MSDT", "IDC Staff", "Divemaster", "Course Director"])
        ),
        "Specialties": Many(G(lambda f: f.pick(["Nitrox", "Deep", "Wreck", "Sidemount", "Night"])), 3),
        "Languages": Many(G(lambda f: f.pick(["en", "ar", "th", "de", "ru", "fr"])), 3),
        "HourlyRate": Y(lambda f: money(f, 18, 55), "salary"),
        "EmploymentType": G(lambda f: f.pick(["Casual", "FullTime", "Contractor", "Seasonal"])),
        "HomeCentre": G(centre_id),
        "StartDate": G(lambda f: f.date(2015, 2024)),
        "TaxFileNumber": RED(tfn, "national id"),
        "DateOfBirth": Y(dob, "birthdate"),
        "HomeAddress": Y(one_line_address, "address"),
        "PassportNumber": RED(passport, "passport"),
        "BankBsb": G(bsb),
        "BankAccountNumber": RED(lambda f: d(f, f.r.randint(6, 9)), "bank account"),
        "HasRightToWorkInAustralia": RED(lambda f: f.pick([True, False]), "visa"),
        "RequiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
        "EmployeeId": G(lambda f: f.r.randint(1000, 9999)),
        "IsActive": G(lambda f: f.pick([True, False])),
        "JobTitle": G(lambda f: f.pick(["Dive Instructor", "Divemaster", "Boat Captain", "Shop Manager"])),
        "Employer": G(
            lambda f: f.pick(
                ["Coral Reach Diving Pty Ltd", "Coral Reach Egypt S.A.E.", "Coral Reach (Thailand) Co., Ltd."]
            )
        ),
        "EmailConfirmed": G(lambda f: True),
    },
)

# group: dive centres and clubs
ev(
    "group",
    None,
    ["web", "node"],
    {
        "name": G(
            lambda f: f.pick(
                ["Coral Reach Hurghada", "Sydney Scuba Club", "Bangkok Divers Society", "Koh Tao Tech Team"]
            )
        ),
        "industry": G(lambda f: "Recreation"),
        "plan": G(lambda f: f.pick(["club", "centre_pro", "partner"])),
        "employees": G(lambda f: f.r.randint(3, 60)),
        "createdAt": G(lambda f: f.iso()),
        "website": G(lambda f: f.pick(["https://sydneyscuba.example.org", "https://bkkdivers.example.org"])),
        "centreCode": G(centre_id),
        "country": G(lambda f: f.pick(["EG", "TH", "AU"])),
        "boatsCount": G(lambda f: f.r.randint(0, 6)),
    },
)

# alias: anonymous to known
ev("alias", None, [*MOBILE, "web"], {})

# page and screen
ev(
    "page",
    "Dive Sites",
    ["web"],
    {
        "path": G(lambda f: f.page_path),
        "url": G(lambda f: "https://www.coralreach.example" + f.page_path),
        "title": G(lambda f: f.pick(["Dive sites | Coral Reach", "Courses | Coral Reach", "Liveaboards"])),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
        "search": G(lambda f: f.pick(["", "?region=dahab", "?level=advanced"])),
        "name": G(lambda f: f.pick(["Dive Sites", "Courses", "Liveaboards"])),
        "category": G(lambda f: f.pick(["Explore", "Learn", "Book"])),
    },
)
ev(
    "screen",
    "Logbook",
    MOBILE,
    {
        "previousScreen": G(lambda f: f.pick(["Home", "DiveDetail", "Profile", "Bookings"])),
        "tab": G(lambda f: f.pick(["logbook", "map", "stats"])),
        "loadTimeMs": G(lambda f: f.r.randint(80, 2400)),
    },
)

# lifecycle (Segment mobile spec)
ev(
    "track",
    "Application Opened",
    MOBILE,
    {
        "from_background": G(lambda f: f.pick([True, False])),
        "version": G(lambda f: f.pick(["4.12.0", "4.13.0"])),
        "build": G(lambda f: f.pick(["4120", "4130"])),
        "referring_application": G(lambda f: f.pick(["com.whatsapp", "com.apple.mobilesafari", ""])),
    },
)
ev(
    "track",
    "Magic Link Clicked",
    MOBILE,
    {
        "provider": G(lambda f: f.pick(["email", "sms"])),
        "link": RED(lambda f: f"coralreach://auth/callback?token={f.hexid(40)}", "token", True),
    },
)

# diver registration
ev(
    "track",
    "Diver Registration Completed",
    MOBILE,
    {
        "registration_id": G(lambda f: f.uuid()),
        "centre_id": G(centre_id),
        "full_name": Y(full, "name"),
        "date_of_birth": Y(dob, "birthdate"),
        "nationality": Y(lambda f: NATIONALITY[pers(f)["country"]], "citizenship"),
        "passport_number": RED(passport, "passport"),
        "passport_country": G(lambda f: pers(f)["country"]),
        "passport_expiry": G(later),
        "mobile": Y(phone, "phone"),
        "home_address": Y(one_line_address, "address"),
        "passport_scanned": G(lambda f: f.pick([True, False])),
        "cert_agency": G(lambda f: f.pick(AGENCIES)),
        "cert_level": G(lambda f: f.pick(CERT_LEVELS)),
        "diver_number": Y(diver_number, "certificate"),
        "last_dive_date": G(lambda f: f.date(2019, 2024)),
        "logged_dives": G(lambda f: f.r.randint(0, 400)),
        "emergency_contact": {
            "name": Y(other_name, "name"),
            "relationship": G(
                lambda f: f.pick(["spouse", "mother", "father", "partner", "friend", "sibling"])
            ),
            "phone": Y(other_phone, "phone"),
            "email": Y(other_email, "email"),
        },
        "waiver_signed": G(lambda f: True),
        "waiver_version": G(lambda f: f.pick(["PADI 10072 v2.03", "SSI 2022-01"])),
        "signature_image_url": Y(
            lambda f: f"https://files.coralreach.example/signatures/{f.uuid()}.png", "photo"
        ),
        "medical_form_completed": G(lambda f: f.pick([True, False])),
        "age": G(lambda f: f.r.randint(12, 70)),
    },
)

# medical questionnaire (RSTC / Diver Medical Participant Questionnaire)
ev(
    "track",
    "Medical Questionnaire Submitted",
    ["web", *MOBILE],
    {
        "form_id": G(lambda f: f.uuid()),
        "form_version": G(lambda f: f.pick(["10346 (06/20)", "RSTC 2020", "UHMS 2022"])),
        "language": G(lambda f: f.pick(["en", "de", "ar", "th"])),
        "completed_in_seconds": G(lambda f: f.r.randint(60, 900)),
        "lung_problems": Y(lambda f: f.pick([False, False, True]), "condition"),
        "heart_disease": Y(lambda f: f.pick([False, False, True]), "condition"),
        "asthma": Y(lambda f: f.pick([False, True]), "condition"),
        "epilepsy_or_seizures": Y(lambda f: f.pick([False, False, True]), "condition"),
        "diabetes": Y(lambda f: f.pick([False, True]), "condition"),
        "ear_or_sinus_surgery": Y(lambda f: f.pick([False, True]), "procedure"),
        "pregnant": Y(lambda f: f.pick([False, False, True]), "condition"),
        "smoker": Y(lambda f: f.pick([False, True]), "condition"),
        "takes_prescription_medication": Y(lambda f: f.pick([False, True]), "medication"),
        "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
        "allergies": Y(
            lambda f: f.pick(["penicillin", "bee stings", "latex", "shellfish", "none"]), "allergy"
        ),
        "physician_approval_required": Y(lambda f: f.pick([True, False]), "condition"),
        "answered_no_to_all": Y(lambda f: f.pick([True, False]), "condition"),
        "fitness_to_dive": Y(lambda f: f.pick(["fit", "physician_signoff_required", "unfit"]), "condition"),
        "signed_at": G(lambda f: f.iso()),
        "participant_age": G(lambda f: f.r.randint(10, 72)),
        "guardian_signature_required": G(lambda f: f.pick([True, False])),
    },
)

# fitness-to-dive statement from a physician
ev(
    "track",
    "Fitness To Dive Statement Uploaded",
    ["python"],
    {
        "statement_id": G(lambda f: "FTD-" + d(f, 8)),
        "physician_name": Y(lambda f: "Dr " + other_name(f), "name"),
        "clinic_name": G(
            lambda f: f.pick(["Cairns Dive Medicals", "Bangkok Hospital Samui", "El Gouna Hospital"])
        ),
        "clinic_phone": G(lambda f: f.pick(["+61 7 4031 2211", "+66 77 429 500", "+20 65 358 0011"])),
        "clinic_city": G(lambda f: f.pick(["Cairns", "Koh Samui", "El Gouna"])),
        "evaluation_date": G(day),
        "result": Y(
            lambda f: f.pick(["approved", "approved_with_restrictions", "not_approved"]), "condition", True
        ),
        "restrictions": Y(restrictions, "condition", True),
        "valid_until": G(later),
        "document_sha256": G(sha256),
        "pages": G(lambda f: f.r.randint(1, 4)),
        "medicare_number": RED(medicare, "health id"),
        "medicare_irn": RED(lambda f: str(f.r.randint(1, 5)), "health id"),
    },
)

# dive trip booking
ev(
    "track",
    "Dive Trip Booked",
    ["web", *MOBILE],
    {
        "booking_id": G(lambda f: "BK" + d(f, 8)),
        "trip_id": G(lambda f: "TRP-" + d(f, 6)),
        "trip_name": G(
            lambda f: f.pick(
                [
                    "Thistlegorm Day Trip",
                    "Sail Rock Morning 2 Dives",
                    "Ribbon Reefs 3-Day Liveaboard",
                    "Blue Hole & Canyon",
                ]
            )
        ),
        "dive_sites": Many(G(lambda f: f.pick(SITES)[0]), 3),
        "boat_name": G(lambda f: f.pick(BOATS)),
        "departure_at": G(lambda f: f.iso()),
        "port": G(
            lambda f: f.pick(
                ["Hurghada Marina", "Mae Haad Pier", "Marlin Marina Cairns", "Sharm Travco Port"]
            )
        ),
        "divers_count": G(lambda f: f.r.randint(1, 6)),
        "nitrox": G(lambda f: f.pick([True, False])),
        "price": G(lambda f: money(f, 60, 1800)),
        "currency": G(lambda f: f.pick(["EUR", "USD", "THB", "AUD", "EGP"])),
        "lead_guest": {
            "first_name": Y(lambda f: pers(f)["first"], "name"),
            "last_name": Y(lambda f: pers(f)["last"], "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
        },
        "pickup_hotel": G(lambda f: f.pick(HOTELS)),
        "pickup_time": G(lambda f: f.pick(["06:30", "06:45", "07:15"])),
        "notes": G(booking_note),
        "coupon": G(lambda f: f.pick(["", "EARLYBIRD10", "RAMADAN15", "SONGKRAN"])),
        "payment_method": G(lambda f: f.pick(["card", "cash_on_arrival", "promptpay", "paypal"])),
        "instructor_assigned": Y(other_name, "name"),
        "instructor_id": G(lambda f: f.r.randint(1000, 9999)),
    },
)

# liveaboard cabin selection
ev(
    "track",
    "Liveaboard Cabin Selected",
    ["web"],
    {
        "trip_id": G(lambda f: "TRP-" + d(f, 6)),
        "vessel": G(lambda f: f.pick(BOATS)),
        "cabin_number": G(lambda f: f.pick(["L1", "L4", "M2", "U6", "S1"])),
        "cabin_type": G(lambda f: f.pick(["twin lower deck", "double main deck", "suite"])),
        "nights": G(lambda f: f.r.randint(3, 10)),
        "guests": Many(
            {
                "first_name": Y(lambda f: new_person(f)["first"], "name"),
                "last_name": Y(lambda f: new_person(f)["last"], "name"),
                "age": G(lambda f: f.r.randint(14, 70)),
                "meal_preference": Y(meal, "religion"),
            },
            3,
        ),
    },
)

# boat manifest for the Egyptian coast guard (romanised Arabic keys)
ev(
    "track",
    "Boat Manifest Submitted",
    ["go"],
    {
        "rakm_al_rehla": G(lambda f: "HRG-" + d(f, 5)),
        "esm_al_markeb": G(lambda f: f.pick(BOATS)),
        "al_mina": G(lambda f: f.pick(["Hurghada Marina", "Port Ghalib", "Sharm Travco Port"])),
        "tarikh_al_ibhar": G(day),
        "esm_al_rubban": Y(lambda f: full(f, new_person(f, "EG")), "name"),
        "rakm_rukhsat_al_rubban": Y(lambda f: "RS-" + d(f, 6), "license"),
        "adad_al_rukkab": G(lambda f: f.r.randint(4, 24)),
        "rakm_al_tasreeh": G(lambda f: d(f, 7)),
        "al_rukkab": Many(
            {
                "al_esm_al_kamil": Y(new_pax, "name"),
                "al_gensiya": Y(lambda f: NATIONALITY[f.pax["country"]], "citizenship"),
                "rakm_gawaz_al_safar": RED(lambda f: passport_for(f, f.pax["country"]), "passport"),
                "tarikh_al_milad": Y(dob, "birthdate"),
                "no3_al_rakeb": G(lambda f: f.pick(["ghattas", "snorkel", "taqm"])),
                "rakm_al_kabina": G(lambda f: f.pick(["L1", "L2", "M3", "U5"])),
            },
            6,
        ),
    },
)

# Egyptian resident pricing check (romanised Arabic)
ev(
    "track",
    "Resident Price Requested",
    ["php"],
    {
        "al_esm": Y(lambda f: full(f, new_person(f, "EG")), "name"),
        "al_rakm_al_qawmi": RED(egypt_nid, "national id"),
        "rakm_al_mobile": Y(lambda f: phone_for(f, "EG"), "phone"),
        "al_markaz": G(centre_id),
        "al_enwan": Y(local_address("EG"), "address"),
        "nos_al_khasm": G(lambda f: f.pick([20, 30, 40])),
        "tarikh_al_talab": G(lambda f: f.iso()),
    },
)

# Thai partner backend (Thai-script keys)
ev(
    "track",
    "Partner Booking Created",
    ["php"],
    {
        "ชื่อ": Y(lambda f: pers(f)["first"], "name"),
        "นามสกุล": Y(lambda f: pers(f)["last"], "name"),
        "เบอร์โทรศัพท์": Y(lambda f: phone_for(f, "TH", f.pick(["national", "intl"])), "phone"),
        "อีเมล": Y(email, "email"),
        "เลขบัตรประชาชน": RED(thai_id, "national id"),
        "วันเกิด": Y(dob, "birthdate"),
        "ที่อยู่": Y(local_address("TH"), "address"),
        "สัญชาติ": Y(lambda f: f.pick(["ไทย", "เยอรมัน", "อังกฤษ", "จีน"]), "citizenship"),
        "จุดดำน้ำ": G(lambda f: f.pick(["ชุมพรพินนาเคิล", "หินใบ", "เกาะเต่า", "ริเชลิว"])),
        "ชื่อเรือ": G(lambda f: f.pick(BOATS)),
        "จำนวนนักดำน้ำ": G(lambda f: f.r.randint(1, 8)),
        "ราคา": G(lambda f: f.pick([2500, 3200, 4500, 11000])),
        "วันที่เดินทาง": G(day),
        "หมายเหตุ": G(thai_note),
        "booking_ref": G(lambda f: "TH" + d(f, 7)),
    },
)

# Thai marine park fee (romanised Thai keys)
ev(
    "track",
    "Marine Park Fee Paid",
    ["node"],
    {
        "chue_nak_dam_nam": Y(full, "name"),
        "lek_passport": RED(passport, "passport"),
        "sanchat": Y(lambda f: NATIONALITY[pers(f)["country"]], "citizenship"),
        "kha_thamniam": G(lambda f: f.pick([200, 400, 500])),
        "uthayan": G(lambda f: f.pick(["Mu Ko Similan", "Mu Ko Ang Thong", "Mu Ko Surin"])),
        "lek_bai_set": G(lambda f: "RC" + d(f, 8)),
        "wan_thi": G(day),
    },
)

# dive logs from dive computers
ev(
    "track",
    "Dive Logged",
    MOBILE,
    {
        "dive_id": G(lambda f: f.uuid()),
        "dive_number": G(lambda f: f.r.randint(1, 900)),
        "computer": {
            "model": G(
                lambda f: f.pick(
                    ["Shearwater Perdix 2", "Suunto D5", "Garmin Descent Mk3", "Mares Puck Pro+"]
                )
            ),
            "serial_number": Y(lambda f: f.pick(["", "SW", "D5-"]) + f.hexid(8).upper(), "serial"),
            "firmware": G(lambda f: f.pick(["v93", "2.3.10", "13.05"])),
            "bluetooth_name": G(
                lambda f: f.pick(["Perdix2", "Suunto D5", "Descent Mk3"]) + " " + f.hexid(4).upper()
            ),
        },
        "site_name": G(lambda f: site(f)[0]),
        "site_id": G(lambda f: "site_" + d(f, 4)),
        "entry_gps": {
            "lat": Y(lambda f: jitter(f, site(f)[3]), "geolocation"),
            "lng": Y(lambda f: jitter(f, site(f)[4]), "geolocation"),
        },
        "exit_gps": {
            "lat": Y(lambda f: jitter(f, site(f)[3]), "geolocation"),
            "lng": Y(lambda f: jitter(f, site(f)[4]), "geolocation"),
        },
        "max_depth_m": G(lambda f: round(f.r.uniform(6, 40), 1)),
        "avg_depth_m": G(lambda f: round(f.r.uniform(4, 22), 1)),
        "bottom_time_min": G(lambda f: f.r.randint(18, 75)),
        "water_temp_c": G(lambda f: f.r.randint(20, 30)),
        "visibility_m": G(lambda f: f.r.randint(5, 40)),
        "gas": {
            "mix": G(lambda f: f.pick(["air", "EAN32", "EAN36"])),
            "o2_percent": G(lambda f: f.pick([21, 32, 36])),
            "start_bar": G(lambda f: f.r.randint(190, 230)),
            "end_bar": G(lambda f: f.r.randint(40, 90)),
            "tank_volume_l": G(lambda f: f.pick([10, 12, 15])),
        },
        "sac_rate_l_min": G(lambda f: round(f.r.uniform(11, 24), 1)),
        "surface_interval_min": G(lambda f: f.r.randint(45, 180)),
        "deco_stops": G(lambda f: f.r.randint(0, 2)),
        "safety_stop_done": G(lambda f: f.pick([True, False])),
        "buddy": {
            "name": Y(other_name, "name"),
            "diver_number": Y(diver_number, "certificate"),
        },
        "rating": G(lambda f: f.r.randint(1, 5)),
        "notes": G(dive_log_note),
        "samples": Many(
            {
                "t_s": G(lambda f: f.r.randint(0, 3600)),
                "depth_m": G(lambda f: round(f.r.uniform(0, 35), 1)),
                "temp_c": G(lambda f: f.r.randint(21, 29)),
            },
            4,
        ),
        "dive_start_at": G(lambda f: f.iso()),
        "utc_offset_min": G(lambda f: f.pick([120, 180, 420, 600])),
    },
)

# dive site browsing (published coordinates of a place)
ev(
    "track",
    "Dive Site Viewed",
    ["web", *MOBILE],
    {
        "site_id": G(lambda f: "site_" + d(f, 4)),
        "site_name": G(lambda f: site(f)[0]),
        "region": G(lambda f: site(f)[1]),
        "country": G(lambda f: site(f)[2]),
        "latitude": G(lambda f: site(f)[3]),
        "longitude": G(lambda f: site(f)[4]),
        "max_depth_m": G(lambda f: site(f)[5]),
        "difficulty": G(lambda f: f.pick(["beginner", "intermediate", "advanced"])),
        "current_strength": G(lambda f: f.pick(["none", "mild", "strong"])),
        "rating_avg": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
        "reviews_count": G(lambda f: f.r.randint(0, 900)),
    },
)

# equipment rental
ev(
    "track",
    "Equipment Rental Started",
    ["node"],
    {
        "rental_id": G(lambda f: "RNT-" + d(f, 7)),
        "diver_id": G(lambda f: f.user_id),
        "renter_name": Y(full, "name"),
        "centre_id": G(centre_id),
        "items": Many(
            {
                "sku": G(
                    lambda f: f.pick(
                        ["RENT-BCD", "RENT-REG", "RENT-WS5", "RENT-FIN", "RENT-COMP", "RENT-TORCH"]
                    )
                ),
                "type": G(lambda f: f.pick(["bcd", "regulator", "wetsuit", "fins", "computer", "torch"])),
                "size": G(lambda f: f.pick(["XS", "S", "M", "L", "XL", "EU 38-39", "EU 42-43"])),
                "brand": G(lambda f: f.pick(["Aqualung", "Mares", "Scubapro", "Cressi"])),
                "serial_number": G(lambda f: f.pick(["AL", "MR", "SP"]) + d(f, 7)),
                "daily_rate": G(lambda f: f.pick([5, 8, 10, 15])),
            },
            5,
        ),
        "wetsuit_size": G(lambda f: f.pick(["S", "M", "L", "XL", "MT", "LS"])),
        "bcd_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
        "fin_size_eu": G(lambda f: f.pick(["36-37", "38-39", "40-41", "42-43", "44-45"])),
        "height_cm": G(lambda f: f.r.randint(150, 198)),
        "body_weight_kg": G(lambda f: f.r.randint(48, 110)),
        "weights_kg": G(lambda f: f.pick([2, 4, 6, 8, 10])),
        "tank": G(lambda f: f.pick(["12L aluminium", "15L steel", "AL80"])),
        "deposit_amount": G(lambda f: f.pick([100, 200, 5000])),
        "deposit_card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
        "deposit_card_last4": G(lambda f: d(f, 4)),
        "deposit_hold_id": G(lambda f: "pi_" + f.hexid(24)),
        "return_due_at": G(lambda f: f.iso()),
        "days": G(lambda f: f.r.randint(1, 10)),
    },
)

# gear shop (e-commerce spec)
ev(
    "track",
    "Products Searched",
    ["web", *MOBILE],
    {
        "query": G(
            lambda f: f.pick(
                ["5mm wetsuit", "dive computer", "reef safe sunscreen", "mask prescription lens", "fins"]
            )
        )
    },
)
ev(
    "track",
    "Product Viewed",
    ["web", *MOBILE],
    {
        **product(("product_id", "sku", "name", "brand", "category", "variant", "price", "url", "image_url")),
        "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
        "value": G(lambda f: f.gear[4]),
    },
)
ev(
    "track",
    "Product Added",
    ["web", *MOBILE],
    {
        "cart_id": G(lambda f: f.uuid()),
        **product(("product_id", "sku", "name", "price", "quantity", "variant")),
    },
)
ev(
    "track",
    "Order Completed",
    ["web", "node"],
    {
        "order_id": G(lambda f: "SO-" + d(f, 8)),
        "checkout_id": G(lambda f: f.uuid()),
        "affiliation": G(lambda f: f.pick(["Coral Reach Online Shop", "Cairns Pro Shop"])),
        "total": G(lambda f: money(f, 24, 2400)),
        "revenue": G(lambda f: money(f, 20, 2200)),
        "shipping": G(lambda f: f.pick([0, 9.95, 14.95])),
        "tax": G(lambda f: money(f, 0, 200)),
        "discount": G(lambda f: f.pick([0, 10, 25])),
        "coupon": G(lambda f: f.pick(["", "DIVE10", "BUBBLES"])),
        "currency": G(lambda f: f.pick(["AUD", "EUR", "USD"])),
        "shipping_method": G(lambda f: f.pick(["standard", "express", "click_and_collect"])),
        "products": Many(product(), 3),
        "billing_address": {
            "name": Y(full, "name"),
            "line1": Y(street, "address|street"),
            "line2": Y(lambda f: f.pick(["Unit 4", "Apt 12", "Flat 3B", "Level 2"]), "address|street"),
            "city": Y(city, "city"),
            "postal_code": Y(postcode, "zipcode"),
            "state": G(lambda f: f.pick(["QLD", "NSW", "VIC", "Bavaria", ""])),
            "country": G(lambda f: pers(f)["country"]),
        },
        "email": Y(email, "email"),
    },
)

# course enrolment (minors need a guardian)
ev(
    "track",
    "Course Enrolled",
    ["web", *MOBILE],
    {
        "course_id": G(lambda f: f.course[0]),
        "course_name": G(lambda f: f.course[1]),
        "price": G(lambda f: f.course[2]),
        "currency": G(lambda f: f.pick(["EUR", "THB", "AUD", "USD"])),
        "start_date": G(later),
        "agency": G(lambda f: f.pick(AGENCIES)),
        "elearning_activation_code": RED(
            lambda f: "-".join(
                "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)
            ),
            "token",
        ),
        "instructor_name": Y(other_name, "name"),
        "student_age": G(lambda f: f.r.randint(10, 65)),
        "is_minor": G(lambda f: f.pick([True, False])),
        "guardian": {
            "name": Y(other_name, "name"),
            "phone": Y(phone, "phone"),
            "email": Y(other_email, "email"),
        },
        "centre_id": G(centre_id),
    },
)

# certification
ev(
    "track",
    "Certification Issued",
    ["java"],
    {
        "certId": G(lambda f: f.uuid()),
        "agency": G(lambda f: f.pick(AGENCIES)),
        "level": G(lambda f: f.pick(CERT_LEVELS)),
        "diverNumber": Y(diver_number, "certificate"),
        "issueDate": G(day),
        "instructorNumber": Y(pro_number, "certificate"),
        "studentFullName": Y(full, "name"),
        "eCardIssued": G(lambda f: f.pick([True, False])),
        "processingDays": G(lambda f: f.r.randint(0, 14)),
    },
)

# dive insurance
ev(
    "track",
    "Insurance Policy Purchased",
    ["java"],
    {
        "policyNumber": Y(lambda f: f.pick(["DAN-", "DA-", "DMI"]) + d(f, 9), "identification"),
        "insurer": G(lambda f: f.pick(INSURERS)),
        "planName": G(lambda f: f.pick(["Sport", "Silver", "Gold", "Platinum", "Tech"])),
        "coverageLimitUsd": G(lambda f: f.pick([50000, 250000, 500000])),
        "premium": G(lambda f: money(f, 40, 420)),
        "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
        "startDate": G(day),
        "endDate": G(later),
        "insuredPerson": {
            "fullName": Y(full, "name"),
            "dateOfBirth": Y(dob, "birthdate"),
            "email": Y(email, "email"),
            "residenceCountry": G(lambda f: pers(f)["country"]),
            "phone": Y(phone, "phone"),
            "homeAddress": Y(one_line_address, "address"),
        },
        "beneficiary": {
            "name": Y(other_name, "name"),
            "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "partner"])),
            "phone": Y(other_phone, "phone"),
        },
        "danMemberId": Y(lambda f: f.pick(["DE", "IT", "AP", "US"]) + d(f, 7), "identification"),
        "preExistingConditionsDeclared": Y(lambda f: f.pick([True, False]), "condition"),
        "coversTechnicalDiving": G(lambda f: f.pick([True, False])),
        "claimsCount": G(lambda f: f.r.randint(0, 2)),
    },
)
ev(
    "track",
    "Insurance Claim Filed",
    ["java"],
    {
        "claimNumber": G(lambda f: "CLM" + d(f, 8)),
        "policyNumber": Y(lambda f: f.pick(["DAN-", "DA-", "DMI"]) + d(f, 9), "identification"),
        "incidentDate": G(day),
        "incidentSite": G(lambda f: site(f)[0]),
        "diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
        "treatment": Y(lambda f: f.pick(TREATMENTS), "procedure"),
        "chamberFacility": G(lambda f: f.pick(CHAMBERS)),
        "hospitalMrn": RED(lambda f: "MRN" + d(f, 8), "health id"),
        "claimAmount": G(lambda f: money(f, 800, 60000)),
        "currency": G(lambda f: f.pick(["EUR", "USD", "AUD"])),
        "payoutIban": RED(iban_any, "bank account"),
        "status": G(lambda f: f.pick(["submitted", "under_review", "approved"])),
    },
)

# accident report
ev(
    "track",
    "Accident Report Filed",
    ["python"],
    {
        "report_id": G(lambda f: f.uuid()),
        "incident_at": G(lambda f: f.iso()),
        "site_name": G(lambda f: site(f)[0]),
        "injured_diver": {
            "name": Y(full, "name"),
            "phone": Y(phone, "phone"),
            "age": G(lambda f: f.r.randint(16, 70)),
            "diver_number": Y(diver_number, "certificate"),
        },
        "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
        "oxygen_administered": Y(lambda f: f.pick([True, False]), "procedure"),
        "evacuated_to": G(lambda f: f.pick(CHAMBERS)),
        "reported_by": Y(other_name, "name"),
        "witness_phone": Y(other_phone, "phone"),
        "description": Y(accident_description, "condition", True),
        "severity": G(lambda f: f.pick(["minor", "moderate", "serious"])),
    },
)

# emergency contact picked from the phone book
ev(
    "track",
    "Emergency Contact Updated",
    ["rn", "swift"],
    {
        "contactId": G(lambda f: f.uuid()),
        "contact": {
            "name": Y(other_name, "name"),
            "relationship": G(lambda f: f.pick(["spouse", "mother", "father", "partner", "friend"])),
            "phone": Y(other_phone, "phone"),
            "email": Y(other_email, "email"),
        },
        "source": G(lambda f: f.pick(["phonebook", "manual"])),
        "picked": {
            "label": G(lambda f: f.pick(["mobile", "home", "work", "iPhone"])),
            "value": Y(other_phone, "phone", True),
        },
        "isPrimary": G(lambda f: f.pick([True, False])),
        "contactsCount": G(lambda f: f.r.randint(1, 3)),
    },
)

# authentication
ev(
    "track",
    "Password Reset Requested",
    ["node"],
    {
        "email": Y(email, "email"),
        "reset_link": RED(lambda f: f"https://app.coralreach.example/reset?token={f.hexid(48)}", "token"),
        "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
        "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        "password_last_changed_days": G(lambda f: f.r.randint(0, 900)),
    },
)
ev(
    "track",
    "Verification SMS Sent",
    ["node"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "To": Y(lambda f: phone(f, "e164"), "phone", True),
        "From": G(lambda f: f.pick(["+61488826301", "+13055550147", "CoralReach"])),
        "Body": RED(otp_body, "token|secret", True),
        "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        "NumSegments": G(lambda f: 1),
        "ApiVersion": G(lambda f: "2010-04-01"),
    },
)
ev(
    "track",
    "Signed In",
    [*MOBILE, "web"],
    {
        "method": G(lambda f: f.pick(["password", "apple", "google", "magic_link", "sms_otp"])),
        "mfa_used": G(lambda f: f.pick([True, False])),
        "attempt_count": G(lambda f: f.r.randint(1, 4)),
        "remember_me": G(lambda f: f.pick([True, False])),
        "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "email_domain": G(lambda f: f.pick(["gmail.com", "outlook.com", "web.de", "bigpond.com"])),
    },
)

# Stripe webhook relayed by the python backend
ev(
    "track",
    "Payment Succeeded",
    ["python"],
    {
        "stripe_event_id": G(lambda f: "evt_" + f.hexid(24)),
        "payment_intent": {
            "id": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.r.randint(2000, 250000)),
            "currency": G(lambda f: f.pick(["aud", "eur", "usd", "thb"])),
            "status": G(lambda f: "succeeded"),
            "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "receipt_email": Y(email, "email"),
            "livemode": G(lambda f: True),
        },
        "charge": {
            "id": G(lambda f: "ch_" + f.hexid(24)),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "country": G(lambda f: pers(f)["country"]),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: d(f, 4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit"])),
                    "country": G(lambda f: f.pick(["AU", "DE", "GB", "TH"])),
                },
            },
        },
    },
)

# card captured by a legacy booking widget (PHP)
ev(
    "track",
    "Deposit Card Captured",
    ["php"],
    {
        "booking_ref": G(lambda f: "TH" + d(f, 7)),
        "card_holder": Y(full, "name"),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "card_type": G(lambda f: f.pick(["VISA", "MASTERCARD", "JCB"])),
        "amount_thb": G(lambda f: f.pick([3000, 5000, 10000])),
    },
)

# Meta Conversions API / Google Ads payload (server-side)
ev(
    "track",
    "Lead Submitted",
    ["node"],
    {
        "event_id": G(lambda f: f.uuid()),
        "action_source": G(lambda f: "website"),
        "user_data": {
            "em": Y(lambda f: real_sha(email(f)), "email"),
            "ph": Y(lambda f: real_sha(phone(f, "e164")), "phone"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(24)}", "advertising id"),
            "external_id": G(lambda f: real_sha(f.user_id)),
        },
        "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
        "value": G(lambda f: money(f, 50, 900)),
        "currency": G(lambda f: f.pick(["EUR", "AUD"])),
        "content_name": G(lambda f: f.pick(["Open Water Course", "Liveaboard Enquiry"])),
    },
)

# back office
ev(
    "track",
    "Diver Looked Up",
    ["web"],
    {
        "q": Y(lambda f: f.pick([full(f), email(f), phone(f)]), "name|email|phone", True),
        "results_count": G(lambda f: f.r.randint(0, 5)),
        "staff_email": Y(lambda f: email_of(f, new_person(f, f.pick(["EG", "TH", "AU"]))), "email"),
        "filters": {
            "centre": G(centre_id),
            "status": G(lambda f: f.pick(["active", "any", "banned"])),
        },
    },
)
ev(
    "track",
    "Form Field Completed",
    ["web"],
    {
        "form_id": G(lambda f: f.pick(["booking", "registration", "contact"])),
        "field_name": G(pick_field),
        "input": Y(
            lambda f: {"email": email, "phone": phone, "full_name": full}[f.field](f),
            "email|phone|name",
            True,
        ),
        "time_to_complete_ms": G(lambda f: f.r.randint(400, 20000)),
        "step": G(lambda f: f.r.randint(1, 4)),
    },
)
ev(
    "track",
    "Contact Form Submitted",
    ["web"],
    {
        "full_name": Y(full, "name"),
        "email": Y(email, "email"),
        "phone": Y(phone, "phone"),
        "subject": G(lambda f: f.pick(["Liveaboard availability", "Course question", "Private guide"])),
        "message": G(review_body),
        "preferred_contact_method": G(lambda f: f.pick(["email", "whatsapp", "phone"])),
        "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
    },
)

# typeform waiver form answers
ev(
    "track",
    "Typeform Response Received",
    ["ruby"],
    {
        "form_id": G(lambda f: f.pick(["Xk9bP2", "Lq7aR1"])),
        "token": G(lambda f: f.hexid(32)),
        "submitted_at": G(lambda f: f.iso()),
        "answers": Many(
            OneOf(
                [
                    tf_answer("q_full_name", "short_text", "text", {"text": Y(full, "name", True)}),
                    tf_answer("q_email", "email", "email", {"email": Y(email, "email")}),
                    tf_answer("q_phone", "phone_number", "phone_number", {"phone_number": Y(phone, "phone")}),
                    tf_answer("q_dob", "date", "date", {"date": Y(dob, "birthdate", True)}),
                    tf_answer(
                        "q_level",
                        "multiple_choice",
                        "choice",
                        {"choice": {"label": G(lambda f: f.pick(CERT_LEVELS))}},
                    ),
                    tf_answer(
                        "q_release",
                        "yes_no",
                        "boolean",
                        {"boolean": G(lambda f: f.pick([True, True, False]))},
                    ),
                ]
            ),
            6,
        ),
    },
)

# WhatsApp Cloud API reminder (ruby)
ev(
    "track",
    "Booking Reminder Sent",
    ["ruby"],
    {
        "messaging_product": G(lambda f: "whatsapp"),
        "to": Y(lambda f: phone(f, "e164").lstrip("+"), "phone", True),
        "type": G(lambda f: "template"),
        "template": {
            "name": G(lambda f: f.pick(["trip_reminder_v3", "medical_form_nudge", "log_ready"])),
            "language": {"code": G(lambda f: f.pick(["en", "de", "ar", "th"]))},
        },
        "text": Y(reminder_text, "name", True),
        "message_id": G(lambda f: "wamid.HBgL" + f.hexid(30).upper()),
        "status": G(lambda f: f.pick(["sent", "delivered", "read"])),
    },
)

# instructor shifts and payouts (.NET)
ev(
    "track",
    "Instructor Shift Completed",
    ["dotnet"],
    {
        "ShiftId": G(lambda f: f.uuid()),
        "InstructorId": G(lambda f: f.r.randint(1000, 9999)),
        "InstructorName": Y(full, "name"),
        "CentreCode": G(centre_id),
        "Date": G(day),
        "Role": G(lambda f: f.pick(["Instructor", "Divemaster", "Boat Captain"])),
        "HoursWorked": G(lambda f: f.pick([4, 6, 8, 9.5])),
        "StudentsCount": G(lambda f: f.r.randint(0, 8)),
        "DivesGuided": G(lambda f: f.r.randint(0, 4)),
        "HourlyRate": Y(lambda f: money(f, 18, 55), "salary"),
        "OvertimePay": Y(lambda f: money(f, 0, 180), "salary"),
        "TipsTotal": Y(lambda f: money(f, 0, 120), "salary"),
        "BoatName": G(lambda f: f.pick(BOATS)),
    },
)
ev(
    "track",
    "Instructor Payout Sent",
    ["go"],
    {
        "payout_id": G(lambda f: "po_" + f.hexid(16)),
        "instructor_id": G(lambda f: f.r.randint(1000, 9999)),
        "amount": Y(lambda f: money(f, 400, 6500), "salary"),
        "currency": G(lambda f: f.pick(["AUD", "THB", "EGP"])),
        "period_start": G(day),
        "period_end": G(day),
        "method": G(lambda f: f.pick(["bank_transfer", "promptpay", "instapay"])),
        "bank": {
            "bsb": G(bsb),
            "account_number": RED(
                lambda f: f.pick([d(f, 9), f"{d(f, 3)}-{d(f, 1)}-{d(f, 5)}-{d(f, 1)}", iban_eg(f)]),
                "bank account",
            ),
            "account_name": Y(full, "name"),
        },
    },
)
ev(
    "track",
    "Work Permit Uploaded",
    ["php"],
    {
        "staff_id": G(lambda f: f.r.randint(1000, 9999)),
        "permit_country": G(lambda f: f.pick(["TH", "EG"])),
        "work_permit_number": RED(lambda f: f.pick(["WP", "1"]) + d(f, 8), "visa|national id"),
        "permit_expiry": G(later),
        "document_sha256": G(sha256),
        "verified": G(lambda f: f.pick([True, False])),
    },
)

# gift voucher
ev(
    "track",
    "Gift Voucher Purchased",
    ["web"],
    {
        "voucher_id": G(lambda f: f.uuid()),
        "face_value": G(lambda f: f.pick([100, 250, 500])),
        "currency": G(lambda f: f.pick(["AUD", "EUR"])),
        "recipient_name": Y(other_name, "name"),
        "recipient_email": Y(other_email, "email"),
        "sender_name": Y(full, "name"),
        "message": G(
            lambda f: f.pick(
                [
                    "Happy birthday! See you underwater",
                    "For your Open Water - love you",
                    "Congrats on retiring!",
                ]
            )
        ),
        "deliver_at": G(later),
        "design": G(lambda f: f.pick(["turtle", "manta", "wreck"])),
    },
)

# reviews
ev(
    "track",
    "Review Submitted",
    ["web", *MOBILE],
    {
        "centre_id": G(centre_id),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "title": G(lambda f: f.pick(["Amazing week", "Good value", "Could be better"])),
        "body": G(review_body),
        "reviewer_display_name": Y(lambda f: f"{pers(f)['first']} {pers(f)['last'][0]}.", "name"),
        "trip_date": G(day),
        "verified_booking": G(lambda f: f.pick([True, False])),
    },
)

# dive computer pairing
ev(
    "track",
    "Dive Computer Paired",
    ["swift", "kotlin"],
    {
        "computer_model": G(lambda f: f.pick(["Shearwater Perdix 2", "Suunto D5", "Garmin Descent Mk3"])),
        "computer_serial": Y(lambda f: f.hexid(8).upper(), "serial"),
        "mac_address": Y(ble_mac, "mac"),
        "firmware_version": G(lambda f: f.pick(["v93", "2.3.10"])),
        "battery_pct": G(lambda f: f.r.randint(5, 100)),
        "pairing_method": G(lambda f: f.pick(["ble", "usb"])),
        "dives_imported": G(lambda f: f.r.randint(0, 40)),
        "sync_duration_ms": G(lambda f: f.r.randint(900, 40000)),
    },
)

# nitrox analysis at the fill station (tablet)
ev(
    "track",
    "Nitrox Analysis Logged",
    ["kotlin"],
    {
        "tank_id": G(lambda f: "T-" + d(f, 3)),
        "o2_percent": G(lambda f: round(f.r.uniform(30.5, 36.4), 1)),
        "mod_m": G(lambda f: f.pick([30, 33, 34])),
        "analysed_by": Y(lambda f: full(f, new_person(f, f.pick(["EG", "TH", "AU"]))), "name"),
        "analyser_serial": G(lambda f: "OM" + d(f, 6)),
        "analysed_at": G(lambda f: f.iso()),
    },
)

# referral
ev(
    "track",
    "Referral Sent",
    MOBILE,
    {
        "referral_code": G(lambda f: "DIVE-" + f.hexid(5).upper()),
        "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "line"])),
        "invitee_name": Y(other_name, "name"),
        "invitee_email": Y(other_email, "email"),
        "reward_amount": G(lambda f: f.pick([10, 20])),
    },
)

# centre selected (a business's own contact details)
ev(
    "track",
    "Centre Selected",
    ["web", *MOBILE],
    {
        "centre": {
            "id": G(lambda f: f.centre[0]),
            "name": G(lambda f: f.centre[1]),
            "city": G(lambda f: f.centre[2]),
            "country": G(lambda f: f.centre[3]),
            "phone": G(lambda f: f.centre[4]),
            "email": G(lambda f: f.centre[5]),
        },
        "distance_km": G(lambda f: round(f.r.uniform(0.2, 40), 1)),
    },
)

# HTTP headers relayed by a go service (kebab-case)
ev(
    "track",
    "Hotel Pickup Webhook Received",
    ["go"],
    {
        "headers": {
            "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
            "user-agent": G(
                lambda f: f.pick(["HotelLink/2.4 (+https://hotellink.example)", "Go-http-client/2.0"])
            ),
            "x-request-id": G(lambda f: f.uuid()),
            "cf-ipcountry": G(lambda f: f.pick(["EG", "TH", "AU"])),
            "content-type": G(lambda f: "application/json"),
            "x-signature": G(lambda f: "sha256=" + f.hexid(64)),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
        },
        "body": {
            "booking-ref": G(lambda f: "BK" + d(f, 8)),
            "hotel-name": G(lambda f: f.pick(HOTELS)),
            "pickup-time": G(lambda f: f.pick(["06:30", "07:00", "07:15"])),
            "guest-count": G(lambda f: f.r.randint(1, 5)),
            "lead-guest-name": Y(full, "name"),
        },
    },
)

# emergency action plan printed for the boat (python)
ev(
    "track",
    "Emergency Action Plan Generated",
    ["python"],
    {
        "plan_id": G(lambda f: f.uuid()),
        "trip_id": G(lambda f: "TRP-" + d(f, 6)),
        "diver_name": Y(full, "name"),
        "blood_type": Y(lambda f: f.pick(["A+", "O+", "B-", "AB+", "O-"]), "condition|diagnosis"),
        "known_allergies": Many(
            Y(lambda f: f.pick(["penicillin", "latex", "aspirin", "iodine"]), "allergy"), 2
        ),
        "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
        "emergency_contact_name": Y(other_name, "name"),
        "emergency_contact_phone": Y(other_phone, "phone"),
        "nearest_chamber": G(lambda f: f.pick(CHAMBERS)),
        "chamber_hotline": G(lambda f: f.pick(["+20 69 366 0922", "+66 77 427 427", "+61 7 4433 1111"])),
        "o2_kit_on_board": G(lambda f: True),
    },
)

# push notifications
ev(
    "track",
    "Push Notification Tapped",
    MOBILE,
    {
        "campaign": {
            "id": G(lambda f: "cmp_" + d(f, 5)),
            "name": G(lambda f: f.pick(["whale_shark_season", "owd_discount"])),
            "medium": G(lambda f: "push"),
            "source": G(lambda f: "braze"),
            "content": G(
                lambda f: f.pick(["Whale sharks are back at Sail Rock!", "20% off Open Water this week"])
            ),
        },
        "action_identifier": G(lambda f: f.pick(["open", "book_now"])),
    },
)

# checkout step with mixed keys and a kebab-case analytics plugin
ev(
    "track",
    "Checkout Step Completed",
    ["web"],
    {
        "checkout_id": G(lambda f: f.uuid()),
        "step": G(lambda f: f.r.randint(1, 4)),
        "shipping_method": G(lambda f: f.pick(["standard", "express"])),
        "payment_method": G(lambda f: f.pick(["card", "paypal", "afterpay"])),
        "phone-country-code": G(lambda f: f.pick(["+61", "+20", "+66", "+49"])),
        "shipping-postcode": Y(postcode, "zipcode"),
        "delivery-instructions": G(
            lambda f: f.pick(["Leave at front door", "", "Signature required", "Side gate"])
        ),
    },
)


# -- messages -----------------------------------------------------------------------------------

WEB_PATHS = [
    "/",
    "/dive-sites",
    "/courses/open-water",
    "/liveaboards/red-sea",
    "/shop/computers",
    "/checkout",
]


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    f.person = new_person(f)
    f.user_id = f.pick(["usr_", "", "cr-"]) + d(f, 7) if f.r.random() < 0.5 else f.uuid()
    f.anon_id = f.uuid()
    f.page_path = f.pick(WEB_PATHS)
    f.centre = f.pick(CENTRES)
    f.site = f.pick(SITES)
    f.course = f.pick(COURSES)
    f.gear = f.pick(GEAR)
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if kind == "alias":
        msg["previousId"] = f.anon_id
        msg["userId"] = f.user_id
    else:
        msg["anonymousId"] = f.anon_id
        if f.r.random() < 0.85:
            msg["userId"] = f.user_id
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = "grp_" + d(f, 5)
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=273, repeats=36)
    write(Path(__file__).parent, "holdout273_", events, labels)
