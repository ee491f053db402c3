"""Writes holdout272: tests/corpus/holdout272_events.jsonl and holdout272_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
holdout's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout272` (seeded, deterministic).

Covers an on-demand home-services marketplace ("Bayti": cleaners, plumbers, electricians,
handymen) in the UAE, Morocco and Spain: customer identify/sign-up/OTP login, address search and
saved addresses with door and gate codes, the e-commerce spec (Products Searched -> Order
Completed, coupons, refunds, cancellations), provider onboarding (Emirates ID, UAE PASS, CIN,
DNI/NIE, NSS/CNSS, trade licences, health cards, background checks, bank accounts, insurance,
vehicles), job tracking with GPS, before/after photos, chats and off-platform contact detection,
ratings and complaints, card and cash payments, tips, payouts, invoices, e-mail (SendGrid-shaped),
SMS and call-masking (Twilio-shaped) webhooks, ad attribution, support tickets, group calls for
provider companies, alias calls and a warehouse reverse-ETL identify. Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase (.NET
payouts and Twilio webhooks), kebab-case (the Go dispatch service), SCREAMING_SNAKE (the warehouse
sync), French (the Moroccan PHP back office), Spanish (the Spanish onboarding service) and
romanised Arabic (a legacy UAE bookings service). Each event's country (AE / MA / ES) drives its
phone formats, addresses, ids, currency and coordinates; names come from many cultures.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (customer, provider, recipient, on-site contact,
  emergency contact, support agent, company owner). Types are the reference's matcher names, or
  `geolocation`, `bank account`, `national id`, `health id`, `advertising id`, `credit card`,
  `secret`, `token`, `ip`; `a|b` when either name is fair. Colour: the reference's default; outside
  it, red for credentials/secrets, cards, bank accounts, government and health ids, else yellow.
- Green: ids we issue, UUIDs, SKUs, invoice / claim / loyalty / member numbers, versions,
  timestamps, amounts, enums, counters, booleans under PII-sounding keys, service / product /
  company / pet names, places that are not a person's (service areas, a store, a searched
  category), country, emirate / province / state, locale, currency, user agents, OS-issued device
  ids (IDFV, Android id), card brand / BIN / last four / expiry, bank last four, SWIFT/BIC codes,
  business contact details (role mailboxes, company phones, Twilio proxy numbers, sender ids) and
  business registration numbers (trade licence, TRN, ICE, Spanish CIF: numbers the state issues to
  a business, treated like a company id).
- Contested cases follow the published policy: insurance policy numbers yellow `identification`;
  hourly rates and weekly earnings yellow `salary` (a single job's payout, tip or cash amount is a
  transaction amount: green); vehicle plates yellow `license`, VINs yellow `serial`; gclid / fbclid
  / fbp / fbc and IDFA/GAID yellow `advertising id`; the customer's own billing, fiscal and service
  addresses yellow `address`; card and payment tokens (pm_, src_, tok_), OTPs and sign-in link
  tokens red `token`; Emirates ID, CIN, DNI/NIE, passport numbers red; NSS / CNSS numbers red
  `social security number`; the occupational health card number red `health id`; right-to-work and
  visa answers red `visa`; a professional certificate number (licensed electrician) yellow
  `certificate`.
- Decisions taken where the policy is silent (what a careful privacy owner would want flagged):
  door, gate, lockbox and alarm codes are secrets the customer holds: red `secret`; a home Wi-Fi
  password red `password`; an APNs push token red `token`; photos taken inside a customer's home
  (before / after, damage, quote photos) and selfies are yellow `photo` (they routinely show
  residents and their belongings), catalogue images are green; an ID document scan is red
  `national id|photo`; a Makani number (the geocode of one building entrance) is yellow
  `geolocation|address`; the customer's own area / neighbourhood is yellow `address|city`; a
  boolean that a resident uses a wheelchair is red `disability`, a fragrance allergy yellow
  `allergy`; a customer's preferred provider gender is a preference, not their gender: green.
- value_only is true when the key does not say what the value is (`q`, `input`, `value`, `text`,
  `excerpt`, `description`, Twilio `From`/`To`/`Body`, SendGrid `recipient` ...). Such a PII path
  carries that PII in every value. Free text is labelled by what every value carries: the
  templates below either always embed the PII or never do (chat replies, review comments,
  provider notes and special instructions never do, and are green).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = {
    "emirati": [
        "Mohammed",
        "Ahmed",
        "Fatima",
        "Mariam",
        "Khalid",
        "Hessa",
        "Saeed",
        "Aisha",
        "Rashid",
        "Noura",
    ],
    "moroccan": [
        "Youssef",
        "Khadija",
        "Hamza",
        "Salma",
        "Imane",
        "Mehdi",
        "Zineb",
        "Othmane",
        "Hajar",
        "Ayoub",
    ],
    "spanish": [
        "Lucía",
        "Javier",
        "Carmen",
        "Alejandro",
        "María José",
        "Pablo",
        "Nuria",
        "Íñigo",
        "Marta",
        "Sergio",
    ],
    "south_asian": [
        "Rajesh",
        "Priya",
        "Anil",
        "Sunita",
        "Imran",
        "Ayesha",
        "Bilal",
        "Shahid",
        "Ramesh",
        "Lakshmi",
    ],
    "filipino": ["Maricel", "Jonathan", "Rowena", "Jericho", "Lorna", "Arnel", "Divina"],
    "african": ["Chinedu", "Wanjiru", "Abebe", "Grace", "Kofi", "Amina", "Tendai", "Selam"],
    "european": ["Olena", "Tom", "Sophie", "Giulia", "Lukas", "Anna", "Siobhan", "Pierre"],
}
LASTS = {
    "emirati": [
        "Al Mansoori",
        "Al Nuaimi",
        "Al Shamsi",
        "Al Falasi",
        "Al Ketbi",
        "Al Mazrouei",
        "Bin Sulayem",
    ],
    "moroccan": ["El Amrani", "Benali", "Tazi", "Bennani", "Alaoui", "El Idrissi", "Aït Lahcen", "Oubella"],
    "spanish": [
        "García López",
        "Fernández Ruiz",
        "Martínez Sanz",
        "Núñez Castro",
        "Etxeberria Goñi",
        "Puig Serra",
    ],
    "south_asian": [
        "Kumar",
        "Nair",
        "Sharma",
        "Khan",
        "Qureshi",
        "Hossain",
        "Thapa",
        "Gurung",
        "Perera",
        "Menon",
    ],
    "filipino": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza"],
    "african": ["Okonkwo", "Mwangi", "Tesfaye", "Mensah", "Otieno", "Diallo"],
    "european": ["Kovalenko", "Harris", "Dubois", "Bianchi", "Schneider", "Novak", "O'Sullivan"],
}
MAIL_DOMAINS = {
    "AE": ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "emirates.net.ae", "yahoo.com"],
    "MA": ["gmail.com", "hotmail.fr", "yahoo.fr", "menara.ma", "outlook.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com"],
}
CULTURE_BY_COUNTRY = {
    "AE": ["emirati", "south_asian", "south_asian", "filipino", "african", "european", "moroccan"],
    "MA": ["moroccan", "moroccan", "moroccan", "european", "african"],
    "ES": ["spanish", "spanish", "spanish", "moroccan", "european", "south_asian"],
}


def country(f: Fake) -> str:
    return getattr(f, "country", "AE")


def culture(f: Fake) -> str:
    return f.pick(CULTURE_BY_COUNTRY[country(f)])


def first(f: Fake) -> str:
    return f.pick(FIRSTS[culture(f)])


def last(f: Fake) -> str:
    return f.pick(LASTS[culture(f)])


def full_name(f: Fake) -> str:
    c = culture(f)
    return f"{f.pick(FIRSTS[c])} {f.pick(LASTS[c])}"


def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower().replace("'", "").replace(" ", "")


def email(f: Fake) -> str:
    c = culture(f)
    fn, ln = ascii_lower(f.pick(FIRSTS[c])), ascii_lower(f.pick(LASTS[c]))
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{f.r.randint(80, 2005)}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS[country(f)])}"


def _d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    if cc == "AE":
        op, a, b = f.pick(["50", "52", "54", "55", "56", "58"]), _d(f, 3), _d(f, 4)
        return f.pick(
            [f"+971{op}{a}{b}", f"0{op} {a} {b}", f"+971 {op} {a} {b}", f"00971{op}{a}{b}", f"0{op}{a}{b}"]
        )
    if cc == "MA":
        op = f.pick(["6", "7"]) + _d(f, 2)
        rest = _d(f, 6)
        pairs = " ".join(rest[i : i + 2] for i in range(0, 6, 2))
        return f.pick([f"+212{op}{rest}", f"0{op[0]} {op[1:]} {pairs}", f"+212 {op}-{rest}", f"0{op}{rest}"])
    if cc == "ES":
        n = f.pick(["6", "7"]) + _d(f, 8)
        return f.pick([f"+34{n}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n])
    if cc == "IN":
        return f"+91 {f.pick(['98', '97', '90'])}{_d(f, 3)} {_d(f, 5)}"
    if cc == "PH":
        return f"+63 9{_d(f, 2)} {_d(f, 3)} {_d(f, 4)}"
    return f"+44 7700 900{_d(f, 3)}"


def any_phone(f: Fake) -> str:
    return phone(f, f.pick(["AE", "AE", "MA", "ES", "IN", "PH", "GB"]))


UAE_AREAS = {
    "Dubai": [
        "Al Barsha 2",
        "Jumeirah Village Circle",
        "Dubai Marina",
        "Mirdif",
        "Al Nahda 1",
        "Arabian Ranches",
    ],
    "Abu Dhabi": ["Al Reem Island", "Khalifa City A", "Al Raha Beach", "Mohammed Bin Zayed City"],
    "Sharjah": ["Al Majaz 3", "Al Khan", "Muwaileh"],
}
MA_AREAS = {
    "Casablanca": ["Maârif", "Gauthier", "Sidi Maarouf", "Ain Diab", "Bourgogne"],
    "Rabat": ["Agdal", "Hay Riad", "Souissi"],
    "Marrakech": ["Guéliz", "Hivernage", "Targa"],
    "Tanger": ["Malabata", "Iberia"],
}
ES_CITIES = {
    "Madrid": ("28", "Madrid"),
    "Barcelona": ("08", "Barcelona"),
    "Valencia": ("46", "Valencia"),
    "Sevilla": ("41", "Sevilla"),
    "Málaga": ("29", "Málaga"),
    "Bilbao": ("48", "Bizkaia"),
}


def city(f: Fake) -> str:
    cc = country(f)
    if cc == "AE":
        return f.pick([*UAE_AREAS, "Ajman"])
    if cc == "MA":
        return f.pick([*MA_AREAS, "Fès"])
    return f.pick(list(ES_CITIES))


def area(f: Fake) -> str:
    cc = country(f)
    if cc == "AE":
        return f.pick(f.pick(list(UAE_AREAS.values())))
    if cc == "MA":
        return f.pick(f.pick(list(MA_AREAS.values())))
    return f.pick(["Chamberí", "Gràcia", "Ruzafa", "Triana", "Salamanca", "Eixample", "Indautxu"])


AE_TOWERS = ["Marina Heights", "Al Fattan", "Sky Gardens", "Shams 4"]
AE_ROADS = ["Al Wasl Rd", "Hessa St", "Sheikh Zayed Rd"]
ES_CALLES = ["de Alcalá", "Mayor", "del Carmen", "de Sants", "Colón"]


def street_line(f: Fake) -> str:
    cc = country(f)
    n = f.r.randint(1, 240)
    if cc == "AE":
        return f.pick(
            [
                f"Villa {n}, Street {f.r.randint(1, 40)}{f.pick(['', 'A', 'B'])}",
                f"Apt {f.r.randint(1, 45)}{f.r.randint(1, 12):02d}, {f.pick(AE_TOWERS)} Tower",
                f"Flat {f.r.randint(101, 909)}, Building {f.r.randint(1, 60)}, {f.pick(AE_ROADS)}",
            ]
        )
    if cc == "MA":
        return f.pick(
            [
                f"{n} Rue {f.pick(['Ibn Battouta', 'Abou Bakr Essedik', 'Moulay Youssef', 'Tahar Sebti'])}",
                f"{n}, Bd {f.pick(['Zerktouni', 'Anfa', 'Mohammed V', 'Ghandi'])}, Appt {f.r.randint(1, 20)}",
                f"Résidence {f.pick(['Yasmine', 'Al Majd', 'Les Jardins'])}, "
                f"Imm {f.r.randint(1, 30)} Appt {f.r.randint(1, 40)}",
            ]
        )
    return f.pick(
        [
            f"Calle {f.pick(ES_CALLES)} {n}, {f.r.randint(1, 9)}º {f.pick('ABCD')}",
            f"Carrer de {f.pick(['Mallorca', 'Provença', 'Balmes'])} {n}, "
            f"{f.r.randint(1, 6)}-{f.r.randint(1, 4)}",
            f"Avenida {f.pick(['de la Constitución', 'Diagonal', 'del Puerto'])} {n}, "
            f"portal {f.r.randint(1, 4)}",
        ]
    )


def postal(f: Fake) -> str:
    cc = country(f)
    if cc == "MA":
        return f.pick(["20", "10", "40", "90", "30"]) + f"{f.r.randint(0, 9)}{f.r.randint(0, 9)}0"
    if cc == "ES":
        return f.pick([p for p, _ in ES_CITIES.values()]) + f"{f.r.randint(1, 80):03d}"
    return f.pick(["", "00000"])  # the UAE has no postcodes: apps send a blank or a placeholder


def full_address(f: Fake) -> str:
    cc = country(f)
    if cc == "AE":
        return f"{street_line(f)}, {area(f)}, {city(f)}"
    return f"{street_line(f)}, {postal(f)} {city(f)}"


CENTRES = {
    "AE": [(25.08, 55.14), (25.20, 55.27), (24.45, 54.38), (25.33, 55.39)],
    "MA": [(33.57, -7.61), (34.01, -6.83), (31.63, -8.01), (35.76, -5.83)],
    "ES": [(40.42, -3.70), (41.39, 2.17), (39.47, -0.38), (37.39, -5.98)],
}


def latlon(f: Fake) -> tuple[float, float]:
    la, lo = f.pick(CENTRES[country(f)])
    return round(la + f.r.uniform(-0.08, 0.08), 6), round(lo + f.r.uniform(-0.08, 0.08), 6)


def lat(f: Fake) -> float:
    return latlon(f)[0]


def lon(f: Fake) -> float:
    return latlon(f)[1]


def currency(f: Fake) -> str:
    return {"AE": "AED", "MA": "MAD", "ES": "EUR"}[country(f)]


def emirates_id(f: Fake) -> str:
    body = "784" + str(f.r.randint(1965, 2004)) + _d(f, 7)
    full = f.luhn_complete(body)
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}" if f.r.random() < 0.7 else full


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(f: Fake) -> str:
    p = f.pick("XYZ")
    n = f.r.randint(1_000_000, 9_999_999)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + str(n)) % 23]}"


def dni_nie(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.6 else nie(f)


def cin(f: Fake) -> str:
    return f.pick(["B", "BE", "BK", "A", "AB", "J", "JA", "G", "K", "EE"]) + str(f.r.randint(10000, 999999))


def passport(f: Fake) -> str:
    return f.pick(
        [
            "P" + _d(f, 7),  # India-style
            "P" + _d(f, 7) + f.pick("ABC"),  # Philippines
            f.pick(["AA", "XD", "PAA"]) + _d(f, 6),
            "EP" + _d(f, 7),
            _d(f, 9),
        ]
    )


def iban(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    if cc == "AE":
        bban = f.pick(["033", "026", "035", "030"]) + _d(f, 16)
    elif cc == "MA":
        bban = f.pick(["007", "011", "145", "190"]) + _d(f, 21)
    else:
        bban = f.pick(["2100", "0049", "0182", "2085"]) + _d(f, 16)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def ma_rib(f: Fake) -> str:
    bank, town, acct = f.pick(["007", "011", "145", "230"]), f"{f.r.randint(1, 999):03d}", _d(f, 16)
    key = 97 - int(bank + town + acct + "00") % 97
    return f"{bank} {town} {acct} {key:02d}" if f.r.random() < 0.5 else f"{bank}{town}{acct}{key:02d}"


def es_nss(f: Fake) -> str:
    prov, num = f.pick(["28", "08", "46", "41", "29"]), f"{f.r.randint(1, 99_999_999):08d}"
    check = int(prov + num) % 97
    return f.pick([f"{prov}{num}{check:02d}", f"{prov}/{num}/{check:02d}", f"{prov} {num} {check:02d}"])


def card(f: Fake) -> str:
    return f.card()


def bin6(f: Fake) -> str:
    return f.pick(["424242", "535522", "411111", "557105", "376542", "402400"])


def ip(f: Fake):
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def photo_url(kind: str):
    return lambda f: f"https://media.bayti.app/jobs/{f.hexid(10)}/{kind}_{f.r.randint(1, 9)}.jpg"


def cdn_img(f: Fake) -> str:
    return f"https://cdn.bayti.app/catalog/{f.hexid(8)}.webp"


def booking_ref(f: Fake) -> str:
    return f"BK-{country(f)}-{f.digits(7)}"


def job_id(f: Fake) -> str:
    return "job_" + f.hexid(20)


def provider_id(f: Fake) -> str:
    return "pro_" + f.digits(6)


def plate(f: Fake) -> str:
    cc = country(f)
    if cc == "AE":
        emirate = f.pick(["Dubai", "Abu Dhabi", "Sharjah"])
        return f"{emirate} {f.pick('ABCDFHKLMNPRT')} {f.r.randint(10000, 99999)}"
    if cc == "MA":
        return f"{f.r.randint(1000, 99999)}-{f.pick(['A', 'B', 'D', 'H', 'W'])}-{f.r.randint(1, 89)}"
    return f"{f.r.randint(0, 9999):04d} {''.join(f.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["JTD", "MR0", "VF1", "WDB", "KMH", "VSS"]) + "".join(f.pick(chars) for _ in range(14))


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def choice(*items):
    return lambda f: f.pick(list(items))


def service_name(f: Fake) -> str:
    return f.pick(
        [
            "Home Cleaning (2 hrs)",
            "Deep Cleaning - 2BR Apartment",
            "AC Duct Cleaning",
            "Plumbing Visit",
            "Electrician Visit",
            "Handyman - Furniture Assembly",
            "Sofa Shampooing",
            "Water Heater Repair",
            "Limpieza por horas",
            "Ménage complet",
        ]
    )


def sku(f: Fake) -> str:
    return (
        f.pick(["CLN", "DPC", "ACD", "PLB", "ELC", "HND", "SOF"])
        + "-"
        + f.pick(["AE", "MA", "ES"])
        + "-"
        + f.digits(3)
    )


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def pm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def cko_source(f: Fake) -> str:
    return "src_" + "".join(f.pick("abcdefghijklmnopqrstuvwxyz234567") for _ in range(26))


def cko_token(f: Fake) -> str:
    return "tok_" + "".join(f.pick("abcdefghijklmnopqrstuvwxyz234567") for _ in range(26))


def code4(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


# -- free text ----------------------------------------------------------------------------------------


def access_text(f: Fake) -> str:
    c = code4(f)
    return f.pick(
        [
            f"Gate code {c}#, second villa on the left",
            f"Building door code {c}, then lift to floor {f.r.randint(2, 40)}",
            f"Key in the lockbox by the door, code {c}",
            f"Alarm code {c}* - please disarm on entry",
            f"Código del portal {c}, 3º izquierda",
            f"Digicode {c}, interphone au nom de la famille",
        ]
    )


def special_instructions(f: Fake) -> str:
    return f.pick(
        [
            "Please bring a ladder",
            "Focus on the kitchen and balconies",
            "Eco products only please",
            "Cat is shy, keep the bedroom door closed",
            "Visitor parking is at the back",
            "",
            "Traed productos sin lejía por favor",
            "Merci d'apporter l'aspirateur",
        ]
    )


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            "On my way, 15 minutes",
            "Thank you!",
            "Do you have parking?",
            "Can you bring extra cloths?",
            "I'm at the gate",
            "Shukran",
            "Merci, à demain",
            "Vale, perfecto",
            "Running 10 min late, traffic on SZR",
            "Is it ok if I start with the kitchen?",
        ]
    )


def offplatform_text(f: Fake) -> str:
    return f.pick(
        [
            f"call me directly {phone(f)} it will be cheaper",
            f"whatsapp me on {phone(f)}",
            f"send me the photos at {email(f)}",
            f"mi número es {phone(f)}, escríbeme",
            f"appelle-moi au {phone(f)} pour la prochaine fois",
            f"next time book me direct: {email(f)}",
        ]
    )


def complaint_text(f: Fake) -> str:
    return f.pick(
        [
            f"{first(f)} arrived two hours late and did not call",
            f"The cleaner {first(f)} left without finishing the bathrooms",
            f"{first(f)} broke a glass vase in the living room",
            f"Technician {first(f)} was rude to my mother",
            f"{first(f)} did not bring any materials although I paid for them",
        ]
    )


def ticket_text(f: Fake) -> str:
    return f.pick(
        [
            f"Please call me back on {phone(f)}, the plumber never came",
            f"I was charged twice, reach me at {phone(f)}",
            f"My number changed, new one is {phone(f)}",
            f"Provider asked for cash, call {phone(f)} urgently",
        ]
    )


def review_text(f: Fake) -> str:
    return f.pick(
        [
            "Excellent job, very thorough",
            "Arrived on time and was very polite",
            "Good but forgot the balcony",
            "Muy profesional, repetiré",
            "Travail impeccable, merci",
            "Average, the oven was still dirty",
            "",
        ]
    )


def provider_note(f: Fake) -> str:
    return f.pick(
        [
            "Needs 2 extra hours next time",
            "Customer prefers eco products",
            "Water heater is 10 years old, recommend replacement",
            "Parking is difficult, use the visitor bay",
            "Replaced two sockets in the kitchen",
            "Grout in the shower needs resealing",
        ]
    )


def quote_text(f: Fake) -> str:
    return f.pick(
        [
            "Leaking tap under the kitchen sink",
            "Need 3 shelves and a TV mount installed",
            "AC not cooling in master bedroom",
            "Breaker keeps tripping when the oven is on",
            "Fuite sous l'évier de la salle de bain",
            "Montar armario de IKEA PAX",
        ]
    )


def sms_otp_body(f: Fake) -> str:
    c = otp(f)
    return f.pick(
        [
            f"Your Bayti verification code is {c}. Do not share it with anyone.",
            f"{c} is your Bayti login code",
            f"Votre code Bayti : {c}",
            f"Tu código de Bayti es {c}",
        ]
    )


def magic_link(f: Fake) -> str:
    tok = "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43)
    )
    return f"https://bayti.app/auth/verify?token={tok}"


# -- contexts ---------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
]
PAGES = [
    "/",
    "/services/cleaning",
    "/services/plumbing",
    "/booking/checkout",
    "/account/addresses",
    "/es/limpieza",
]


def locale(f: Fake) -> str:
    return {
        "AE": f.pick(["en-AE", "ar-AE", "en-US"]),
        "MA": f.pick(["fr-MA", "ar-MA", "fr-FR"]),
        "ES": f.pick(["es-ES", "ca-ES", "en-GB"]),
    }[country(f)]


def tz(f: Fake) -> str:
    return {"AE": "Asia/Dubai", "MA": "Africa/Casablanca", "ES": "Europe/Madrid"}[country(f)]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(choice("npm:next-1.67.0", "next-1.70.0", "npm:next-1.72.2")),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)),
            "referrer": G(
                choice("", "https://www.google.com/", "https://www.instagram.com/", "https://bayti.app/")
            ),
            "search": G(choice("", "?utm_source=google&utm_medium=cpc", "?lang=ar", "?ref=app_banner")),
            "title": G(
                choice("Bayti | Home services on demand", "Checkout | Bayti", "Limpieza a domicilio | Bayti")
            ),
            "url": G(lambda f: "https://bayti.app" + f.pick(PAGES)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(choice("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(choice("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(choice(True, False)),
            "platform": G(choice("macOS", "Windows", "Android")),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                choice("ramadan_deep_clean", "summer_ac_service", "limpieza_primavera", "brand_always_on")
            ),
            "source": G(choice("google", "instagram", "tiktok", "newsletter")),
            "medium": G(choice("cpc", "paid_social", "email")),
            "term": G(
                choice("maid service dubai", "fontanero madrid", "femme de ménage casablanca", "ac cleaning")
            ),
            "content": G(choice("carousel_v2", "video_15s", "text_ad_b")),
        },
    }


def swift_context(f: Fake, pro=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Bayti Pro" if pro else "Bayti"),
            "version": G(choice("4.18.0", "4.19.2", "4.20.0")),
            "build": G(choice("4180", "4192", "4200")),
            "namespace": G(lambda f: "app.bayti.pro" if pro else "app.bayti.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(choice("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone12,1")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(choice(True, False)),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(choice("1.5.11", "1.6.0", "1.6.1"))},
        "locale": G(locale),
        "network": {
            "wifi": G(choice(True, False)),
            "cellular": G(choice(True, False)),
            "carrier": G(choice("etisalat", "du", "Maroc Telecom", "inwi", "Movistar", "Vodafone ES")),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(choice("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(choice(390, 393, 430)), "height": G(choice(844, 852, 932))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
        },
    }
    if pro:
        ctx["location"] = location_block()
    return ctx


def location_block():
    return {
        "latitude": Y(lat, "geolocation"),
        "longitude": Y(lon, "geolocation"),
        "speed": G(money(0, 20)),
        "accuracy": G(choice(5.0, 10.0, 16.4, 35.0)),
    }


def kotlin_context(f: Fake, pro=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Bayti Pro" if pro else "Bayti"),
            "version": G(choice("4.18.0", "4.19.2", "4.20.0")),
            "build": G(choice("41800", "41920", "42000")),
            "namespace": G(lambda f: "app.bayti.pro" if pro else "app.bayti.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(choice("samsung", "Xiaomi", "HUAWEI", "Google", "OPPO")),
            "model": G(choice("SM-A546E", "2201117TG", "SM-S918B", "Pixel 7", "CPH2387")),
            "name": G(choice("a54x", "spes", "dm3q", "panther")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(choice(True, False)),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(choice("1.15.2", "1.16.3", "1.17.0")),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(choice(True, False)),
            "cellular": G(choice(True, False)),
            "bluetooth": G(lambda f: False),
            "carrier": G(choice("etisalat", "du", "Orange MA", "inwi", "Orange ES", "Movistar")),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(choice("14", "13", "12"))},
        "screen": {
            "density": G(choice(2.625, 3.0, 2.75)),
            "width": G(choice(1080, 1220)),
            "height": G(choice(2340, 2400, 2712)),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['12', '13', '14'])}; "
                f"{f.pick(['SM-A546E', 'Pixel 7'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
        },
    }
    if pro:
        ctx["location"] = location_block()
    return ctx


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bayti"),
            "version": G(choice("4.18.0", "4.19.2", "4.20.0")),
            "build": G(choice("418", "419", "420")),
            "namespace": G(choice("app.bayti.ios", "app.bayti.android")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(choice("Apple", "samsung", "Xiaomi")),
            "model": G(choice("iPhone14,7", "SM-S911B", "Redmi Note 12")),
            "name": G(choice("iPhone", "dm1q", "tapas")),
            "type": G(choice("ios", "android")),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(choice("2.19.1", "2.20.0", "2.17.0")),
        },
        "locale": G(locale),
        "network": {"wifi": G(choice(True, False)), "cellular": G(choice(True, False))},
        "os": {"name": G(choice("iOS", "Android")), "version": G(choice("17.4", "14", "13"))},
        "screen": {"width": G(choice(390, 412, 360)), "height": G(choice(844, 915, 800))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Bayti Pro"),
            "version": G(choice("2.3.0", "2.4.1", "2.5.0")),
            "build": G(choice("230", "241", "250")),
            "namespace": G(lambda f: "app.bayti.pro"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(choice("samsung", "Xiaomi", "Apple", "TECNO")),
            "model": G(choice("SM-A145F", "Redmi 12", "iPhone12,8", "TECNO KI5q")),
            "type": G(choice("android", "ios")),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(choice("1.0.3", "1.1.2", "1.1.5")),
        },
        "locale": G(locale),
        "os": {"name": G(choice("Android", "iOS")), "version": G(choice("13", "14", "16.7"))},
        "screen": {"width": G(choice(720, 1080, 750)), "height": G(choice(1600, 2400, 1334))},
        "timezone": G(tz),
        "location": location_block(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0"]),
}


def server_context(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "ruby", "php"):
            out["ip"] = Y(ip, "ip")
        if lib == "node":
            out["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if lib == "python":
            out["traits"] = {"email": Y(email, "email")}
        if lib == "java":
            out["groupId"] = G(lambda f: "org_" + f.digits(5))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "swift_pro": lambda f: swift_context(f, pro=True),
    "kotlin_pro": lambda f: kotlin_context(f, pro=True),
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
CUSTOMER = ["web", "swift", "kotlin", "rn"]
MOBILE = ["swift", "kotlin", "rn"]
PRO = ["swift_pro", "kotlin_pro", "flutter"]

# -- shared fragments -------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(5)),
        "sku": G(sku),
        "name": G(service_name),
        "category": G(choice("cleaning", "plumbing", "electrical", "handyman", "ac_maintenance")),
        "variant": G(choice("2 cleaners", "with materials", "4 hours", "1 unit", "3BR")),
        "price": G(money(49, 900)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "image_url": G(cdn_img),
        "url": G(lambda f: f"https://bayti.app/services/{f.digits(4)}"),
    }


def service_address():
    return {
        "line1": Y(street_line, "address|street"),
        "area": Y(area, "address|city"),
        "city": Y(city, "city"),
        "postal_code": Y(postal, "zipcode"),
        "country": G(lambda f: country(f)),
        "latitude": Y(lat, "geolocation"),
        "longitude": Y(lon, "geolocation"),
    }


# -- events: (type, event or screen/page name, client choices, body, fixed country or None) ---------

E = []


def ev(kind, name, clients, body, cc=None):
    E.append((kind, name, clients, body, cc))


# customer identity ---------------------------------------------------------------------------------
ev(
    "identify",
    None,
    CUSTOMER,
    {
        "email": Y(email, "email"),
        "phone": Y(phone, "phone"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "name": Y(full_name, "name"),
        "createdAt": G(lambda f: f.iso()),
        "preferredLanguage": G(choice("en", "ar", "fr", "es")),
        "address": {
            "street": Y(street_line, "address|street"),
            "city": Y(city, "city"),
            "postalCode": Y(postal, "zipcode"),
            "country": G(lambda f: country(f)),
        },
        "birthday": Y(lambda f: f.date(1955, 2004), "birthdate"),
        "gender": Y(choice("female", "male", "Female", "Male"), "gender"),
        "ageRange": G(choice("18-24", "25-34", "35-44", "45-54", "55+")),
        "loyaltyNumber": G(lambda f: "BR" + f.digits(9)),
        "totalBookings": G(lambda f: f.r.randint(0, 80)),
        "emailVerified": G(choice(True, False)),
        "phoneVerified": G(choice(True, False)),
        "whatsappOptIn": G(choice(True, False)),
        "avatar": Y(lambda f: f"https://media.bayti.app/avatars/{f.uuid()}.jpg", "photo"),
        "referralCode": G(lambda f: "BAYTI-" + f.hexid(5).upper()),
        "hasPets": G(choice(True, False)),
        "preferredProviderGender": G(choice("female", "male", "any")),
        "maritalStatus": G(choice("married", "single", "prefer_not_to_say")),
    },
)
ev(
    "track",
    "Signed Up",
    CUSTOMER,
    {
        "signup_method": G(choice("phone", "google", "apple", "email")),
        "email": Y(email, "email"),
        "phone_number": Y(phone, "phone"),
        "first_name": Y(first, "name"),
        "referral_code": G(lambda f: f.pick(["", "BAYTI-" + f.hexid(5).upper(), "RAMADAN25"])),
        "country": G(lambda f: country(f)),
        "accepted_terms_version": G(choice("2023-11", "2024-03", "2024-06")),
        "marketing_consent": G(choice(True, False)),
    },
)
ev(
    "track",
    "Login Step Completed",
    MOBILE,
    {
        "step": G(lambda f: "phone_entry"),
        "input": Y(phone, "phone", True),
        "channel": G(choice("sms", "whatsapp", "voice")),
        "attempt": G(lambda f: f.r.randint(1, 4)),
        "country_code": G(lambda f: {"AE": "+971", "MA": "+212", "ES": "+34"}[country(f)]),
    },
)
ev(
    "track",
    "OTP Verified",
    MOBILE,
    {
        "otp": RED(otp, "token"),
        "channel": G(choice("sms", "whatsapp")),
        "seconds_to_verify": G(lambda f: f.r.randint(6, 240)),
        "success": G(choice(True, False)),
        "autofilled": G(choice(True, False)),
    },
)
ev(
    "track",
    "Magic Link Requested",
    ["node"],
    {
        "signin_link": RED(magic_link, "token"),
        "expires_in_sec": G(choice(600, 900, 1800)),
        "delivery": G(choice("email", "sms")),
        "request_id": G(lambda f: f.uuid()),
    },
)

# addresses ----------------------------------------------------------------------------------------------
ev(
    "track",
    "Address Searched",
    CUSTOMER,
    {
        "q": Y(street_line, "address|street", True),
        "session_token": G(lambda f: f.uuid()),
        "results_count": G(lambda f: f.r.randint(0, 5)),
        "geocoder": G(choice("google_places", "here", "mapbox")),
        "selected_index": G(lambda f: f.r.randint(-1, 4)),
    },
)
ev(
    "track",
    "Address Saved",
    CUSTOMER,
    {
        "address_id": G(lambda f: "adr_" + f.hexid(12)),
        "label": G(choice("Home", "Work", "Villa", "Mum's place", "Casa", "Maison")),
        "address_line1": Y(street_line, "address|street"),
        "building_name": Y(
            choice("Marina Heights", "Al Fattan Tower", "Résidence Yasmine", "Torre Sevilla", "Sky Gardens"),
            "address",
        ),
        "apartment_number": Y(lambda f: f"{f.r.randint(1, 45)}{f.r.randint(1, 12):02d}", "address"),
        "area": Y(area, "address|city"),
        "city": Y(city, "city"),
        "emirate": G(choice("Dubai", "Abu Dhabi", "Sharjah", "Ajman")),
        "makani_number": Y(
            lambda f: f"{f.r.randint(10000, 39999)} {f.r.randint(10000, 99999)}", "geolocation|address"
        ),
        "lat": Y(lat, "geolocation"),
        "lng": Y(lon, "geolocation"),
        "is_default": G(choice(True, False)),
        "property_type": G(choice("apartment", "villa", "townhouse", "office")),
        "bedrooms": G(lambda f: f.r.randint(0, 6)),
        "access": {
            "door_code": RED(code4, "secret"),
            "gate_code": RED(lambda f: code4(f) + f.pick(["", "#", "*"]), "secret"),
            "parking": G(choice("street", "visitor_bay", "basement", "none")),
            "instructions": RED(access_text, "secret", True),
        },
    },
)
ev(
    "track",
    "Household Profile Updated",
    MOBILE,
    {
        "household_size": G(lambda f: f.r.randint(1, 9)),
        "children_at_home": G(lambda f: f.r.randint(0, 4)),
        "pets": Many(
            {
                "name": G(choice("Simba", "Luna", "Max", "Mishmish", "Coco", "Bella")),
                "species": G(choice("cat", "dog", "parrot")),
            },
            2,
        ),
        "resident_uses_wheelchair": RED(choice(True, False), "disability"),
        "fragrance_allergy": Y(choice(True, False), "allergy"),
        "preferred_days": Many(G(choice("sat", "sun", "mon", "tue", "wed", "thu", "fri")), 3),
        "eco_products_only": G(choice(True, False)),
    },
)

# e-commerce spec -------------------------------------------------------------------------------------------
ev(
    "track",
    "Products Searched",
    CUSTOMER,
    {
        "query": G(
            choice("deep cleaning", "ac repair", "fontanero", "plombier", "sofa cleaning", "electrician")
        )
    },
)
ev(
    "track",
    "Product Viewed",
    CUSTOMER,
    {
        **product(),
        "currency": G(currency),
        "value": G(money(49, 900)),
        "rating_avg": G(money(3.5, 5)),
        "reviews_count": G(lambda f: f.r.randint(0, 9000)),
    },
)
ev(
    "track",
    "Product Added",
    CUSTOMER,
    {
        "cart_id": G(lambda f: f.uuid()),
        **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
    },
)
ev(
    "track",
    "Checkout Started",
    CUSTOMER,
    {
        "order_id": G(booking_ref),
        "value": G(money(49, 1500)),
        "tax": G(money(0, 70)),
        "discount": G(money(0, 50)),
        "coupon": G(choice("", "FIRST20", "RAMADAN25", "VERANO10")),
        "currency": G(currency),
        "service_date": G(lambda f: f.date(2024, 2025)),
        "time_slot": G(choice("08:00-10:00", "10:00-12:00", "14:00-16:00", "18:00-20:00")),
        "products": Many(product(), 2),
    },
)
ev(
    "track",
    "Payment Info Entered",
    CUSTOMER,
    {
        "order_id": G(booking_ref),
        "payment_method": G(choice("card", "apple_pay", "cash", "google_pay")),
        "card_brand": G(choice("visa", "mastercard", "amex")),
        "card_last4": G(lambda f: _d(f, 4)),
        "card_bin": G(bin6),
        "card_exp_month": G(lambda f: f.r.randint(1, 12)),
        "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "payment_method_id": RED(pm_token, "token"),
        "cardholder_name": Y(full_name, "name"),
        "save_card": G(choice(True, False)),
    },
)
ev(
    "track",
    "Order Completed",
    CUSTOMER,
    {
        "order_id": G(booking_ref),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(money(49, 1500)),
        "revenue": G(money(40, 1400)),
        "tax": G(money(0, 70)),
        "tip": G(money(0, 50)),
        "currency": G(currency),
        "payment_method": G(choice("card", "apple_pay", "cash")),
        "products": Many(product(), 2),
        "service_address": service_address(),
        "onsite_contact": {
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "relationship": G(choice("self", "housekeeper", "spouse", "parent", "nanny")),
        },
        "special_instructions": G(special_instructions),
        "pets": Many(
            {"name": G(choice("Simba", "Luna", "Max", "Mishmish", "Coco")), "type": G(choice("cat", "dog"))},
            2,
        ),
        "billing_address": {
            "line1": Y(street_line, "address|street"),
            "city": Y(city, "city"),
            "postal_code": Y(postal, "zipcode"),
            "country": G(lambda f: country(f)),
        },
        "customer_email": Y(email, "email"),
        "is_first_booking": G(choice(True, False)),
        "provider": {"id": G(provider_id), "first_name": Y(first, "name"), "rating": G(money(3.5, 5))},
    },
)
ev(
    "track",
    "Coupon Applied",
    CUSTOMER,
    {
        "order_id": G(booking_ref),
        "coupon_id": G(lambda f: "cpn_" + f.hexid(8)),
        "coupon_name": G(choice("FIRST20", "RAMADAN25", "VERANO10", "BIENVENUE")),
        "discount": G(money(5, 100)),
    },
)
ev(
    "track",
    "Order Cancelled",
    CUSTOMER,
    {
        "order_id": G(booking_ref),
        "reason": G(choice("changed_plans", "found_other_provider", "price", "provider_late")),
        "cancellation_fee": G(money(0, 60)),
        "cancelled_by": G(choice("customer", "provider", "ops")),
        "hours_before_slot": G(lambda f: f.r.randint(0, 72)),
    },
)
ev(
    "track",
    "Order Refunded",
    ["python"],
    {
        "order_id": G(booking_ref),
        "refund_id": G(lambda f: "re_" + f.hexid(16)),
        "amount": G(money(10, 900)),
        "currency": G(currency),
        "reason": G(choice("no_show", "damage", "quality", "duplicate")),
    },
)
ev(
    "track",
    "Booking Rescheduled",
    CUSTOMER,
    {
        "booking_id": G(booking_ref),
        "old_start": G(lambda f: f.iso()),
        "new_start": G(lambda f: f.iso()),
        "reason": G(choice("travel", "guests", "provider_request", "weather")),
        "reschedule_count": G(lambda f: f.r.randint(1, 3)),
    },
)
ev(
    "track",
    "Booking For Someone Else",
    CUSTOMER,
    {
        "booking_id": G(booking_ref),
        "beneficiary_name": Y(full_name, "name"),
        "beneficiary_phone": Y(phone, "phone"),
        "beneficiary_relationship": G(choice("mother", "father", "grandparent", "friend", "tenant")),
        "beneficiary_needs_mobility_assistance": RED(choice(True, False), "disability"),
        "beneficiary_age": G(lambda f: f.r.randint(18, 95)),
    },
)
ev(
    "track",
    "Subscription Started",
    CUSTOMER,
    {
        "plan": G(choice("Bayti Plus Monthly", "Bayti Plus Annual", "Weekly Clean 4h")),
        "price": G(money(29, 899)),
        "interval": G(choice("month", "year", "week")),
        "member_number": G(lambda f: "BP-" + f.digits(8)),
        "trial": G(choice(True, False)),
        "currency": G(currency),
    },
)
ev(
    "track",
    "Gift Card Purchased",
    ["web", "python"],
    {
        "gift_card_id": G(lambda f: "gc_" + f.hexid(10)),
        "amount": G(choice(100, 250, 500, 1000)),
        "currency": G(currency),
        "recipient_name": Y(full_name, "name"),
        "recipient_email": Y(email, "email"),
        "sender_name": Y(first, "name"),
        "message": G(
            choice(
                "Happy Eid! Enjoy a sparkling home",
                "Eid Mubarak",
                "Congrats on the new flat!",
                "Feliz cumpleaños",
                "Bon ramadan",
            )
        ),
        "deliver_on": G(lambda f: f.date(2024, 2025)),
    },
)
ev(
    "track",
    "Referral Sent",
    MOBILE,
    {
        "channel": G(choice("whatsapp", "sms", "copy_link")),
        "invitee_phone": Y(any_phone, "phone"),
        "referral_code": G(lambda f: "BAYTI-" + f.hexid(5).upper()),
        "contacts_permission": G(choice(True, False)),
    },
)
ev(
    "track",
    "Contact Method Added",
    CUSTOMER,
    {
        "contact": {
            "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
        },
        "is_primary": G(choice(True, False)),
        "verified": G(choice(True, False)),
    },
)
ev(
    "track",
    "Provider Profile Viewed",
    CUSTOMER,
    {
        "provider_id": G(provider_id),
        "provider_first_name": Y(first, "name"),
        "provider_company": G(
            choice(
                "Al Noor Technical Services LLC", "Sparkle Maids", "Limpiezas Sol SL", "Nettoyage Atlas SARL"
            )
        ),
        "provider_rating": G(money(3.5, 5)),
        "years_experience": G(lambda f: f.r.randint(0, 25)),
        "languages": Many(G(choice("en", "ar", "hi", "tl", "fr", "es", "am")), 3),
        "verified_badge": G(choice(True, False)),
    },
)

# chat, ratings, complaints ----------------------------------------------------------------------------------
ev(
    "track",
    "Chat Message Sent",
    CUSTOMER + PRO,
    {
        "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
        "booking_id": G(booking_ref),
        "sender_role": G(choice("customer", "provider")),
        "text": G(chat_text),
        "message_length": G(lambda f: f.r.randint(2, 200)),
        "has_attachment": G(choice(True, False)),
    },
)
ev(
    "track",
    "Off-Platform Contact Detected",
    ["python"],
    {
        "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
        "excerpt": Y(offplatform_text, "phone|email", True),
        "action_taken": G(choice("masked", "warned", "suspended")),
        "model_score": G(money(0.5, 1)),
        "provider_id": G(provider_id),
    },
)
ev(
    "track",
    "Job Rated",
    CUSTOMER,
    {
        "job_id": G(job_id),
        "rating": G(lambda f: f.r.randint(1, 5)),
        "tags": Many(G(choice("punctual", "thorough", "friendly", "late", "left_mess")), 3),
        "comment": G(review_text),
        "tip_amount": G(money(0, 50)),
        "would_rebook": G(choice(True, False)),
    },
)
ev(
    "track",
    "Complaint Submitted",
    CUSTOMER,
    {
        "complaint_id": G(lambda f: "cmp_" + f.digits(7)),
        "job_id": G(job_id),
        "category": G(choice("lateness", "damage", "quality", "behaviour", "no_show")),
        "details": Y(complaint_text, "name", True),
        "damage_reported": G(choice(True, False)),
        "damaged_item": G(choice("glass vase", "wooden floor", "sofa", "mirror", "none")),
        "estimated_damage_value": G(money(0, 2000)),
        "claim_number": G(lambda f: "CLM-" + f.digits(8)),
        "photos": Many(Y(photo_url("damage"), "photo"), 3),
    },
)
ev(
    "track",
    "Support Ticket Created",
    ["ruby"],
    {
        "ticket_id": G(lambda f: f.digits(6)),
        "subject": G(choice("Provider did not show up", "Refund request", "Double charge", "Change booking")),
        "channel": G(choice("web", "whatsapp", "email", "phone")),
        "priority": G(choice("low", "normal", "high", "urgent")),
        "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
        "assignee_name": Y(full_name, "name"),
        "group": G(choice("Tier 1 UAE", "Tier 1 MA", "Soporte ES")),
        "tags": Many(G(choice("refund", "no_show", "vip", "payment")), 3),
        "description": Y(ticket_text, "phone", True),
    },
)
ev(
    "track",
    "Quote Requested",
    CUSTOMER,
    {
        "quote_id": G(lambda f: "q_" + f.hexid(10)),
        "category": G(choice("plumbing", "electrical", "handyman", "ac_maintenance")),
        "job_description": G(quote_text),
        "photos": Many(Y(photo_url("quote"), "photo"), 3),
        "urgency": G(choice("today", "this_week", "flexible")),
        "budget_max": G(money(100, 3000)),
    },
)

ev(
    "track",
    "Household Member Added",
    MOBILE,
    {
        "member_name": Y(full_name, "name"),
        "member_phone": Y(any_phone, "phone"),
        "member_email": Y(email, "email"),
        "member_role": G(choice("spouse", "nanny", "driver", "housekeeper", "tenant")),
        "can_approve_bookings": G(choice(True, False)),
    },
)
ev(
    "track",
    "Review Reply Posted",
    PRO,
    {
        "review_id": G(lambda f: "rev_" + f.hexid(10)),
        "customer_first_name": Y(first, "name"),
        "reply_text": G(
            choice(
                "Thank you!",
                "Shukran, see you next week",
                "Gracias por confiar en nosotros",
                "Merci beaucoup",
            )
        ),
        "reply_delay_hours": G(lambda f: f.r.randint(0, 96)),
    },
)
ev(
    "track",
    "Réservation Confirmée",
    ["php"],
    {
        "reference": G(booking_ref),
        "nom_client": Y(full_name, "name"),
        "tel_client": Y(phone, "phone"),
        "adresse_intervention": Y(full_address, "address"),
        "ville": Y(city, "city"),
        "code_portail": RED(code4, "secret"),
        "montant": G(money(100, 3000)),
        "mode_paiement": G(choice("especes", "carte", "virement")),
        "date_intervention": G(lambda f: f.date(2024, 2025)),
    },
    "MA",
)
ev(
    "track",
    "Reserva Confirmada",
    ["ruby"],
    {
        "localizador": G(booking_ref),
        "nombre_cliente": Y(full_name, "name"),
        "telefono": Y(phone, "phone"),
        "direccion": Y(street_line, "address|street"),
        "piso_puerta": Y(lambda f: f"{f.r.randint(1, 9)}º {f.pick('ABCD')}", "address"),
        "codigo_postal": Y(postal, "zipcode"),
        "codigo_acceso": RED(code4, "secret"),
        "importe": G(money(20, 600)),
        "metodo_pago": G(choice("tarjeta", "bizum", "efectivo")),
    },
    "ES",
)

# messaging webhooks ---------------------------------------------------------------------------------
ev(
    "track",
    "Email Delivered",
    ["node"],
    {
        "recipient": Y(email, "email", True),
        "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4) + "-1"),
        "smtp_id": G(lambda f: f"<{f.hexid(16)}@bayti.app>"),
        "from": G(choice("no-reply@bayti.app", "bookings@bayti.app", "hola@bayti.es")),
        "template_id": G(lambda f: "d-" + f.hexid(32)),
        "category": G(choice("booking_confirmation", "receipt", "reminder", "marketing")),
        "status": G(choice("delivered", "open", "click", "bounce")),
        "useragent": G(lambda f: f.pick(WEB_UAS)),
        "opener_ip": Y(ip, "ip"),
    },
)
ev(
    "track",
    "SMS Sent",
    ["dotnet"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "From": G(choice("BAYTI", "+12025550147", "Bayti")),
        "To": Y(phone, "phone", True),
        "Body": RED(sms_otp_body, "token", True),
        "NumSegments": G(choice(1, 2)),
        "MessageStatus": G(choice("queued", "sent", "delivered", "undelivered")),
        "Price": G(money(0.01, 0.09)),
    },
)
ev(
    "track",
    "Masked Call Completed",
    ["dotnet"],
    {
        "CallSid": G(lambda f: "CA" + f.hexid(32)),
        "ProxySessionSid": G(lambda f: "KC" + f.hexid(32)),
        "Caller": Y(phone, "phone", True),
        "ProxyNumber": G(choice("+97145550100", "+212522550180", "+34911550120")),
        "ForwardedTo": Y(phone, "phone", True),
        "CallStatus": G(choice("completed", "no-answer", "busy", "failed")),
        "CallDuration": G(lambda f: f.r.randint(0, 900)),
        "Direction": G(choice("inbound", "outbound-dial")),
        "RecordingEnabled": G(choice(True, False)),
    },
)

# payments ----------------------------------------------------------------------------------------
ev(
    "track",
    "Dispute Opened",
    ["python"],
    {
        "dispute_id": G(lambda f: "dsp_" + f.hexid(26)),
        "payment_id": G(lambda f: "pay_" + f.hexid(26)),
        "reason": G(choice("fraudulent", "service_not_provided", "duplicate", "unrecognized")),
        "amount": G(lambda f: f.r.randint(4900, 150000)),
        "currency": G(currency),
        "card": {
            "bin": G(bin6),
            "last4": G(lambda f: _d(f, 4)),
            "scheme": G(choice("Visa", "Mastercard", "American Express")),
            "expiry_month": G(lambda f: f.r.randint(1, 12)),
            "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
            "issuer_country": G(choice("AE", "MA", "ES", "GB")),
        },
        "source_id": RED(cko_source, "token"),
        "customer_email": Y(email, "email"),
        "evidence_due_by": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Card Tokenized",
    ["web"],
    {
        "token": RED(cko_token, "token"),
        "token_type": G(lambda f: "card"),
        "expires_on": G(lambda f: f.iso()),
        "card_type": G(choice("CREDIT", "DEBIT", "PREPAID")),
        "issuer": G(choice("Emirates NBD", "ADCB", "Attijariwafa bank", "CaixaBank", "BBVA")),
        "three_ds": G(choice(True, False)),
    },
)
ev(
    "track",
    "Paiement Échoué",
    ["php"],
    {
        "reference_commande": G(booking_ref),
        "montant": G(money(100, 3000)),
        "devise": G(lambda f: "MAD"),
        "code_erreur": G(choice("05", "51", "54", "91", "3DS_FAILED")),
        "numero_carte": RED(card, "credit card"),
        "titulaire_carte": Y(full_name, "name"),
        "ip_client": Y(ip, "ip"),
        "passerelle": G(choice("CMI", "PayZone")),
    },
    "MA",
)
ev(
    "track",
    "Cash Collected",
    PRO,
    {
        "job_id": G(job_id),
        "amount_due": G(money(80, 1200)),
        "amount_collected": G(money(80, 1300)),
        "change_given": G(money(0, 100)),
        "currency": G(currency),
        "receipt_number": G(lambda f: "RCP" + f.digits(8)),
    },
)
ev(
    "track",
    "Tip Added",
    CUSTOMER,
    {
        "job_id": G(job_id),
        "amount": G(money(5, 100)),
        "method": G(choice("card", "cash", "apple_pay")),
        "provider_id": G(provider_id),
        "percent": G(choice(5, 10, 15, 20)),
    },
)
ev(
    "track",
    "Factura Emitida",
    ["node"],
    {
        "numero_factura": G(lambda f: f"F{f.r.randint(2024, 2025)}-{f.digits(6)}"),
        "nif_cliente": RED(dni_nie, "national id"),
        "nombre_fiscal": Y(full_name, "name"),
        "direccion_fiscal": Y(full_address, "address"),
        "codigo_postal": Y(postal, "zipcode"),
        "base_imponible": G(money(20, 900)),
        "iva": G(money(4, 190)),
        "total": G(money(24, 1100)),
        "cif_emisor": G(lambda f: "B" + f.digits(8)),
    },
    "ES",
)

# attribution ---------------------------------------------------------------------------------
ev(
    "track",
    "Lead Captured",
    ["web"],
    {
        "utm_source": G(choice("google", "facebook", "instagram", "tiktok")),
        "utm_medium": G(choice("cpc", "paid_social")),
        "utm_campaign": G(choice("ramadan_deep_clean", "summer_ac_service", "limpieza_primavera")),
        "gclid": Y(
            lambda f: (
                "Cj0KCQjw"
                + "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(80)
                )
            ),
            "advertising id",
        ),
        "fbclid": Y(
            lambda f: (
                "IwAR"
                + "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    for _ in range(56)
                )
            ),
            "advertising id",
        ),
        "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
        "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
        "landing_page": G(lambda f: f.pick(PAGES)),
        "lead_score": G(lambda f: f.r.randint(0, 100)),
    },
)
ev(
    "track",
    "Install Attributed",
    ["node"],
    {
        "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
        "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
        "idfv": G(lambda f: f.uuid().upper()),
        "media_source": G(choice("googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic")),
        "campaign": G(choice("UAC_Install_AE", "FB_Pros_MA", "TT_Limpieza_ES")),
        "af_adset": G(choice("lookalike_1pct", "broad", "retarget_30d")),
        "install_time": G(lambda f: f.iso()),
        "is_retargeting": G(choice(True, False)),
        "platform": G(choice("ios", "android")),
    },
)

# pages and screens ---------------------------------------------------------------------------------
ev(
    "page",
    "Service Detail",
    ["web"],
    {
        "name": G(choice("Service Detail", "Home", "Checkout", "Addresses")),
        "path": G(lambda f: f.pick(PAGES)),
        "url": G(lambda f: "https://bayti.app" + f.pick(PAGES)),
        "title": G(choice("Deep Cleaning | Bayti", "Plumbing | Bayti", "Bayti")),
        "referrer": G(choice("", "https://www.google.com/", "https://bayti.app/")),
        "search": G(choice("", "?lang=ar", "?utm_source=google")),
        "category": G(choice("services", "checkout", "account")),
    },
)
ev(
    "screen",
    "Booking Tracking",
    MOBILE,
    {
        "booking_id": G(booking_ref),
        "provider_eta_min": G(lambda f: f.r.randint(1, 90)),
        "map_visible": G(choice(True, False)),
        "from_push": G(choice(True, False)),
    },
)
ev(
    "screen",
    "Job Details",
    PRO,
    {
        "job_id": G(job_id),
        "tab": G(choice("overview", "checklist", "chat", "photos")),
        "jobs_today": G(lambda f: f.r.randint(0, 6)),
    },
)
ev(
    "track",
    "Push Notification Opened",
    MOBILE + PRO,
    {
        "campaign_id": G(lambda f: f.digits(7)),
        "message_title": G(
            choice(
                "Your cleaner is on the way",
                "New job near you",
                "Rate your service",
                "¡Tu limpieza es mañana!",
            )
        ),
        "deeplink": G(choice("bayti://booking/track", "bayti://rate", "baytipro://jobs")),
        "delivered_at": G(lambda f: f.iso()),
    },
)

# provider identity and onboarding ---------------------------------------------------------
ev(
    "identify",
    None,
    PRO,
    {
        "name": Y(full_name, "name"),
        "email": Y(email, "email"),
        "phone": Y(phone, "phone"),
        "nationality": Y(
            choice(
                "Indian", "Filipino", "Pakistani", "Moroccan", "Spanish", "Ethiopian", "Nepali", "Emirati"
            ),
            "citizenship",
        ),
        "dateOfBirth": Y(lambda f: f.date(1965, 2004), "birthdate"),
        "gender": Y(choice("female", "male", "Female", "Male"), "gender"),
        "skills": Many(G(choice("cleaning", "plumbing", "electrical", "painting", "ac")), 3),
        "providerType": G(choice("freelancer", "company_staff", "autonomo")),
        "companyName": G(
            choice(
                "Al Noor Technical Services LLC", "Sparkle Maids", "Limpiezas Sol SL", "Nettoyage Atlas SARL"
            )
        ),
        "hourlyRate": Y(money(25, 120), "salary"),
        "jobsCompleted": G(lambda f: f.r.randint(0, 2000)),
        "rating": G(money(3.5, 5)),
        "profilePhoto": Y(lambda f: f"https://media.bayti.app/pros/{f.uuid()}.jpg", "photo"),
        "status": G(choice("active", "paused", "onboarding", "offboarded")),
        "jobTitle": G(choice("Cleaner", "Senior Technician", "Plumber", "Team Lead")),
    },
)
ev(
    "track",
    "Provider Application Submitted",
    ["node"],
    {
        "application_id": G(lambda f: "app_" + f.hexid(12)),
        "full_name": Y(full_name, "name"),
        "mobile": Y(phone, "phone"),
        "email": Y(email, "email"),
        "home_city": Y(city, "city"),
        "trade": G(choice("cleaning", "plumbing", "electrical", "handyman")),
        "emirates_id": RED(emirates_id, "national id"),
        "passport_number": RED(passport, "passport"),
        "nationality": Y(
            choice("Indian", "Filipino", "Pakistani", "Ugandan", "Nepali", "Bangladeshi"), "citizenship"
        ),
        "visa_status": RED(
            choice("employment", "freelance_permit", "golden", "visit", "spouse_sponsored"), "visa"
        ),
        "visa_expiry": G(lambda f: f.date(2024, 2027)),
        "referral_source": G(choice("facebook", "friend", "agency", "job_board")),
        "expected_monthly_income": Y(lambda f: f.r.randint(2500, 9000), "salary"),
    },
    "AE",
)
ev(
    "track",
    "UAE PASS Login Completed",
    ["java"],
    {
        "sub": G(lambda f: "UAEPASS-" + f.uuid()),
        "uuid": G(lambda f: f.uuid()),
        "idn": RED(lambda f: emirates_id(f).replace("-", ""), "national id"),
        "fullnameEN": Y(full_name, "name"),
        "firstnameEN": Y(first, "name"),
        "mobile": Y(lambda f: "971" + f.pick(["50", "52", "55", "56"]) + _d(f, 7), "phone"),
        "email": Y(email, "email"),
        "nationalityEN": Y(choice("ARE", "IND", "PAK", "PHL", "EGY", "MAR"), "citizenship"),
        "gender": Y(choice("Male", "Female"), "gender"),
        "userType": G(choice("SOP1", "SOP2", "SOP3")),
        "idType": G(lambda f: "ID"),
        "acr": G(lambda f: "urn:safelayer:tws:policies:authentication:level:low"),
    },
    "AE",
)
ev(
    "track",
    "Candidature Prestataire Soumise",
    ["php"],
    {
        "nom": Y(last, "name"),
        "prenom": Y(first, "name"),
        "telephone": Y(phone, "phone"),
        "email": Y(email, "email"),
        "cin": RED(cin, "national id"),
        "date_naissance": Y(
            lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1965, 2004)}",
            "birthdate",
        ),
        "ville": Y(city, "city"),
        "quartier": Y(area, "address|city"),
        "adresse": Y(street_line, "address|street"),
        "metier": G(choice("femme de ménage", "plombier", "électricien", "bricoleur")),
        "experience_annees": G(lambda f: f.r.randint(0, 25)),
        "numero_cnss": RED(lambda f: f.digits(9), "social security number"),
        "rib": RED(ma_rib, "bank account"),
        "auto_entrepreneur": G(choice(True, False)),
        "ice": G(lambda f: "00" + f.digits(13)),
    },
    "MA",
)
ev(
    "track",
    "Alta Profesional Completada",
    ["ruby"],
    {
        "nombre": Y(first, "name"),
        "apellidos": Y(last, "name"),
        "dni_nie": RED(dni_nie, "national id"),
        "numero_seguridad_social": RED(es_nss, "social security number"),
        "iban": RED(lambda f: iban(f, "ES"), "bank account"),
        "telefono": Y(phone, "phone"),
        "correo": Y(email, "email"),
        "direccion": Y(street_line, "address|street"),
        "codigo_postal": Y(postal, "zipcode"),
        "municipio": Y(city, "city"),
        "provincia": G(choice("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bizkaia")),
        "fecha_nacimiento": Y(lambda f: f.date(1965, 2004), "birthdate"),
        "alta_autonomo": G(choice(True, False)),
        "epigrafe_iae": G(choice("505.7", "504.1", "691.9", "922.1")),
        "permiso_trabajo": RED(choice("si", "no", "en_tramite"), "visa"),
    },
    "ES",
)
ev(
    "track",
    "Provider Documents Uploaded",
    PRO,
    {
        "document_type": G(choice("emirates_id", "trade_license", "health_card", "passport")),
        "emirates_id_number": RED(emirates_id, "national id"),
        "emirates_id_expiry": G(lambda f: f.date(2024, 2029)),
        "id_front_image_url": RED(
            lambda f: f"https://kyc.bayti.app/docs/{f.uuid()}/front.jpg", "national id|photo"
        ),
        "trade_license_number": G(lambda f: f.pick(["", "CN-"]) + f.digits(7)),
        "trade_license_expiry": G(lambda f: f.date(2024, 2026)),
        "issuing_authority": G(choice("DED Dubai", "ADDED", "SEDD Sharjah", "Dubai Freelance Permit")),
        "occupational_health_card_no": RED(lambda f: "OHC" + f.digits(8), "health id"),
        "upload_ms": G(lambda f: f.r.randint(300, 20000)),
    },
    "AE",
)
ev(
    "track",
    "Background Check Completed",
    ["go"],
    {
        "candidate_id": G(lambda f: f.hexid(24)),
        "report_id": G(lambda f: f.hexid(24)),
        "status": G(choice("pending", "complete", "suspended", "expired")),
        "package": G(choice("basic_uae", "standard_ma", "basic_es")),
        "turnaround_hours": G(lambda f: f.r.randint(2, 240)),
        "candidate_email": Y(email, "email"),
        "candidate_dob": Y(lambda f: f.date(1965, 2004), "birthdate"),
        "vendor": G(choice("Certn", "Sterling", "HireRight")),
    },
)
ev(
    "track",
    "Bank Account Added",
    PRO,
    {
        "account_holder_name": Y(full_name, "name"),
        "iban": RED(iban, "bank account"),
        "iban_last4": G(lambda f: _d(f, 4)),
        "bank_name": G(
            choice("Emirates NBD", "Mashreq", "Attijariwafa bank", "CIH Bank", "CaixaBank", "Santander")
        ),
        "swift_bic": G(choice("EBILAEAD", "BOMLAEAD", "BCMAMAMC", "CIHMMAMC", "CAIXESBB", "BSCHESMM")),
        "verification_method": G(choice("micro_deposit", "instant", "manual")),
    },
)
ev(
    "track",
    "Payout Sent",
    ["dotnet"],
    {
        "PayoutId": G(lambda f: "po_" + f.hexid(16)),
        "ProviderId": G(provider_id),
        "Amount": G(money(150, 9000)),
        "Currency": G(currency),
        "BeneficiaryName": Y(full_name, "name"),
        "BeneficiaryIban": RED(iban, "bank account"),
        "SwiftCode": G(choice("EBILAEAD", "BCMAMAMC", "CAIXESBB")),
        "Status": G(choice("paid", "in_transit", "failed")),
        "PeriodStart": G(lambda f: f.date(2024, 2024)),
        "JobsCount": G(lambda f: f.r.randint(1, 60)),
    },
)
ev(
    "track",
    "Earnings Summary Viewed",
    PRO,
    {
        "week_start": G(lambda f: f.date(2024, 2024)),
        "weekly_earnings": Y(money(300, 4000), "salary"),
        "jobs_count": G(lambda f: f.r.randint(0, 40)),
        "acceptance_rate": G(money(0.3, 1)),
        "currency": G(currency),
    },
)
ev(
    "track",
    "Emergency Contact Added",
    PRO,
    {
        "contact_name": Y(full_name, "name"),
        "contact_phone": Y(any_phone, "phone"),
        "relationship": G(choice("spouse", "brother", "sister", "mother", "friend")),
        "lives_in_country": G(choice(True, False)),
    },
)
ev(
    "track",
    "Provider Insurance Added",
    PRO,
    {
        "insurer": G(choice("AXA", "Oman Insurance", "Wafa Assurance", "Mapfre")),
        "policy_number": Y(lambda f: f.pick(["PL-", "RC/", "POL"]) + f.digits(9), "identification"),
        "coverage_amount": G(choice(100000, 250000, 500000)),
        "expiry": G(lambda f: f.date(2024, 2026)),
        "type": G(choice("public_liability", "responsabilidad_civil", "rc_pro")),
    },
)
ev(
    "track",
    "Vehicle Registered",
    PRO,
    {
        "plate": Y(plate, "license"),
        "make": G(choice("Toyota", "Nissan", "Renault", "Dacia", "Seat")),
        "model": G(choice("Hiace", "Urvan", "Kangoo", "Dokker", "Berlingo")),
        "vin": Y(vin, "serial"),
        "color": G(choice("white", "silver", "grey")),
        "year": G(lambda f: f.r.randint(2010, 2024)),
    },
)
ev(
    "track",
    "Certificate Added",
    PRO,
    {
        "certificate_type": G(choice("electrical_technician", "gas_fitter", "instalador_electrico")),
        "technician_certificate_no": Y(
            lambda f: f.pick(["DEWA-EL-", "ADDC-", "IE-"]) + f.digits(6), "certificate"
        ),
        "issued_on": G(lambda f: f.date(2010, 2024)),
        "verified": G(choice(True, False)),
    },
)
ev(
    "track",
    "Selfie Verification Completed",
    PRO,
    {
        "selfie_url": Y(lambda f: f"https://kyc.bayti.app/selfies/{f.uuid()}.jpg", "photo"),
        "face_match_score": G(money(0.5, 1)),
        "liveness_passed": G(choice(True, False)),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "vendor_ref": G(lambda f: f.uuid()),
    },
)
ev(
    "track",
    "Shift Availability Updated",
    PRO,
    {
        "days": Many(G(choice("sat", "sun", "mon", "tue", "wed", "thu", "fri")), 4),
        "start_time": G(choice("07:00", "08:00", "09:00", "13:00")),
        "end_time": G(choice("15:00", "18:00", "21:00")),
        "service_areas": Many(
            G(choice("Dubai Marina", "JLT", "Al Barsha", "Maârif", "Agdal", "Chamberí", "Gràcia")), 3
        ),
        "max_jobs_per_day": G(lambda f: f.r.randint(1, 6)),
    },
)

ev(
    "track",
    "Team Member Invited",
    ["web"],
    {
        "invitee_name": Y(full_name, "name"),
        "invitee_email": Y(email, "email"),
        "invitee_phone": Y(phone, "phone"),
        "role": G(choice("cleaner", "technician", "supervisor", "admin")),
        "seats_used": G(lambda f: f.r.randint(1, 80)),
        "company_id": G(lambda f: "org_" + f.digits(5)),
    },
)

# job execution ---------------------------------------------------------------------------------------
ev(
    "track",
    "Job Assigned",
    ["node"],
    {
        "job_id": G(job_id),
        "customer_name": Y(full_name, "name"),
        "customer_phone": Y(phone, "phone"),
        "job_address": Y(full_address, "address"),
        "job_lat": Y(lat, "geolocation"),
        "job_lng": Y(lon, "geolocation"),
        "provider_name": Y(full_name, "name"),
        "assigned_by": G(choice("auto_dispatch", "ops", "customer_favourite")),
        "dispatcher_email": Y(email, "email"),
        "slot_start": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Job Accepted",
    PRO,
    {
        "job_id": G(job_id),
        "eta_minutes": G(lambda f: f.r.randint(5, 90)),
        "distance_km": G(money(0.3, 40)),
        "provider_lat": Y(lat, "geolocation"),
        "provider_lng": Y(lon, "geolocation"),
        "offer_rank": G(lambda f: f.r.randint(1, 5)),
    },
)
ev(
    "track",
    "provider-location-updated",
    ["go"],
    {
        "job-id": G(job_id),
        "provider-id": G(provider_id),
        "lat": Y(lat, "geolocation"),
        "lng": Y(lon, "geolocation"),
        "accuracy-m": G(money(3, 50)),
        "speed-kmh": G(money(0, 90)),
        "heading": G(lambda f: f.r.randint(0, 359)),
        "battery-level": G(money(0.05, 1)),
        "eta-seconds": G(lambda f: f.r.randint(0, 5400)),
    },
)
ev(
    "track",
    "Job Started",
    PRO,
    {
        "job_id": G(job_id),
        "started_at": G(lambda f: f.iso()),
        "arrival_lat": Y(lat, "geolocation"),
        "arrival_lng": Y(lon, "geolocation"),
        "before_photos": Many(Y(photo_url("before"), "photo"), 4),
        "checklist_items": G(lambda f: f.r.randint(3, 20)),
        "minutes_late": G(lambda f: f.r.randint(-10, 60)),
    },
)
ev(
    "track",
    "Job Completed",
    PRO,
    {
        "job_id": G(job_id),
        "duration_minutes": G(lambda f: f.r.randint(30, 480)),
        "after_photos": Many(Y(photo_url("after"), "photo"), 4),
        "materials_used": Many(
            {
                "name": G(choice("PVC pipe 20mm", "Silicone sealant", "MCB 16A", "Cleaning kit")),
                "cost": G(money(2, 200)),
            },
            3,
        ),
        "extra_charges": G(money(0, 300)),
        "note": G(provider_note),
        "customer_present": G(choice(True, False)),
    },
)
ev(
    "track",
    "Key Handover Logged",
    PRO,
    {
        "job_id": G(job_id),
        "lockbox_code": RED(code4, "secret"),
        "key_tag_number": G(lambda f: "KT-" + f.digits(4)),
        "handed_to_name": Y(full_name, "name"),
        "handed_to_role": G(choice("concierge", "security_guard", "neighbour", "housekeeper")),
        "returned": G(choice(True, False)),
    },
)
ev(
    "track",
    "Smart Device Installed",
    PRO,
    {
        "job_id": G(job_id),
        "device_type": G(choice("smart_lock", "thermostat", "camera", "doorbell")),
        "brand": G(choice("Yale", "Nest", "Ring", "Aqara")),
        "wifi_password": RED(
            lambda f: f.pick(
                ["Villa12@home", "familia2019", "Bayti!" + code4(f), "azerty" + code4(f), "Welcome@123"]
            ),
            "password",
        ),
        "firmware": G(choice("1.4.2", "2.0.11", "3.1.0")),
        "paired": G(choice(True, False)),
    },
)

# companies, aliases, warehouse, legacy ----------------------------------------------------
ev(
    "group",
    None,
    ["java", "node"],
    {
        "legal_name": G(
            choice(
                "Al Noor Technical Services LLC", "Sparkle Maids", "Limpiezas Sol SL", "Nettoyage Atlas SARL"
            )
        ),
        "trade_license_no": G(lambda f: f.digits(7)),
        "trn": G(lambda f: "100" + f.digits(12)),
        "employees": G(lambda f: f.r.randint(2, 400)),
        "industry": G(choice("cleaning", "facility_management", "mep_contracting")),
        "plan": G(choice("partner_basic", "partner_plus")),
        "contact_email": G(
            choice(
                "info@alnoor-services.ae",
                "bookings@sparklemaids.ae",
                "hola@limpiezassol.es",
                "contact@atlas-nettoyage.ma",
            )
        ),
        "company_phone": G(choice("+971 4 555 0192", "800-SPARKLE", "+34 911 55 01 20", "+212 522-550180")),
        "office_address": G(
            choice(
                "Office 804, Bay Square 11, Business Bay, Dubai",
                "Calle de Orense 16, 28020 Madrid",
                "45 Bd Zerktouni, Casablanca",
            )
        ),
        "owner_name": Y(full_name, "name"),
        "owner_mobile": Y(phone, "phone"),
    },
)
ev("alias", None, CUSTOMER, {})
ev(
    "identify",
    None,
    ["python"],
    {
        "CUSTOMER_ID": G(lambda f: f.digits(8)),
        "EMAIL": Y(email, "email"),
        "PHONE_E164": Y(lambda f: phone(f).replace(" ", "").replace("-", ""), "phone"),
        "FIRST_NAME": Y(first, "name"),
        "HOME_CITY": Y(city, "city"),
        "LIFETIME_VALUE": G(money(0, 25000)),
        "BOOKINGS_COUNT": G(lambda f: f.r.randint(0, 120)),
        "LAST_BOOKING_AT": G(lambda f: f.iso()),
        "LAST_KNOWN_IP": Y(ip, "ip"),
        "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2004), "birthdate"),
        "CHURN_SCORE": G(money(0, 1)),
        "RFM_SEGMENT": G(choice("champions", "at_risk", "new", "hibernating")),
        "PREFERRED_LANGUAGE": G(choice("EN", "AR", "FR", "ES")),
    },
)
ev(
    "track",
    "Talab Khidma Jadeed",
    ["php"],
    {
        "raqm_al_talab": G(lambda f: f.digits(8)),
        "ism_al_ameel": Y(full_name, "name"),
        "raqm_al_jawal": Y(phone, "phone"),
        "al_mintaqa": Y(area, "address|city"),
        "al_imara": G(choice("Dubai", "Abu Dhabi", "Sharjah", "Ajman")),
        "naw_al_khidma": G(choice("tanzif", "sibaka", "kahraba", "siyana")),
        "al_mablagh": G(money(80, 1500)),
        "tariqat_al_dafa": G(choice("naqdan", "bitaqa", "apple_pay")),
    },
    "AE",
)
ev(
    "track",
    "Account Created",
    ["dotnet"],
    {
        "UserId": G(lambda f: f.digits(7)),
        "Email": Y(email, "email"),
        "Password": RED(
            lambda f: f.pick(["Bayti2024!", "Dubai@123", "Casa#2023", "Madrid1990", "P@ssw0rd"]), "password"
        ),
        "FullName": Y(full_name, "name"),
        "MobileNumber": Y(phone, "phone"),
        "IsProvider": G(choice(True, False)),
        "RegistrationSource": G(choice("BackOffice", "CallCenter", "Import")),
        "CreatedUtc": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Agent Call Logged",
    ["dotnet"],
    {
        "AgentName": Y(full_name, "name"),
        "CallerNumber": Y(phone, "phone"),
        "QueueName": G(choice("UAE-EN", "UAE-AR", "MA-FR", "ES-ES")),
        "WaitSeconds": G(lambda f: f.r.randint(0, 600)),
        "Disposition": G(choice("resolved", "escalated", "callback")),
        "TicketId": G(lambda f: f.digits(6)),
    },
)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, cc in E:
            f.country = cc or f.pick(["AE", "AE", "AE", "MA", "MA", "ES", "ES"])
            client = f.pick(clients)
            user = "usr_" + f.digits(9)
            msg = {
                "type": kind,
                "messageId": f.pick(["ajs-next-", "", "api-"]) + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            if f.r.random() < 0.2:
                msg["integrations"] = {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=272, repeats=28)
    write(Path(__file__).parent, "holdout272_", events, labels)
