"""Writes holdout271: tests/corpus/holdout271_events.jsonl and holdout271_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format
only), without reading the detection engine, its vocabularies, its tests or any other corpus's
labels, and without running the engine on these events. Nothing here is tuned to the engine.

Domain: "Kidora", a daycare, kindergarten and early-childhood education app used in Finland,
Quebec (Canada) and Singapore. Child enrolment (dates of birth, henkilötunnus, NRIC / birth
certificate numbers, RAMQ health cards, allergies, special needs, custody), authorised pick-up
persons and their code words, daily logs (naps, meals, nappies, moods, photos, medication,
incidents), attendance check-in and check-out (geofenced parent phones, kiosks, a pinyin-keyed
Singapore backend), messages between educators and parents (in-app, SMS via a Twilio-shaped
payload, e-mail via a SendGrid-shaped webhook), fees, subsidies and payments (Stripe-shaped
charges, Quebec pre-authorised debits and RL-24 tax slips, Finnish asiakasmaksu and direct debit
with IBANs, Singapore subsidies and Child Development Accounts), a small shop for class photos
and uniforms (Segment e-commerce spec), staff rosters, onboarding, certifications and background
checks (Checkr-shaped), centre group calls and warehouse-sourced identifies.

Clients: analytics.js (web context with page, campaign, userAgentData), analytics-swift,
analytics-kotlin, analytics-react-native and analytics_flutter (app/device/os/screen/network,
context.traits, context.location for the staff app), and the server libraries python, node, go,
java, ruby, php and .NET. Conventions: mostly camelCase and snake_case; PascalCase from .NET,
SCREAMING_SNAKE from a warehouse sync, kebab-case (a Next.js tour-booking form, SendGrid's
`smtp-id`), Finnish keys (etunimi, henkilotunnus, kotikunta, tilinumero...), Canadian
French keys (prenom, courriel, numero_assurance_maladie, nas...) and pinyin keys (xingming,
dianhua, youxiang, tiwen, jiesong_ren...).

Values: names from Finnish, Québécois, Haitian, Maghrebi, Chinese, Malay, Indian, Filipino,
Somali, Vietnamese and Russian families; Finnish, Canadian and Singapore phone formats and
addresses; henkilötunnus with the mod-31 check character, NRIC/FIN with the official check
letter, SINs passing Luhn, RAMQ health-card numbers built from name and birth date, Finnish
IBANs with mod-97 check digits, Luhn-valid cards, Stripe ids.

Labelling (the product's default colours; `a|b` when either matcher name is fair):
- PII is data about a natural person: the parent, the child, a pick-up person, an emergency
  contact, a staff member, a doctor, a payer. Reference matchers keep the reference's colour;
  other types are red for credentials/secrets, card numbers, bank accounts, government ids and
  health ids, yellow otherwise (geolocation, advertising id, criminal record).
- Green: ids we issue, UUIDs, SKUs, invoice and reference numbers, versions, timestamps,
  amounts, counts, enums and booleans under PII-sounding keys, centre / room / product / pet /
  company names, a centre's own address, phone, coordinates and role mailbox (info@), searched
  places, country, province, language, locale, timezone, user agents, OS-issued device ids,
  card brand / last4 / expiry, bank institution and transit numbers and BICs, job titles,
  employers, ages, Message-IDs.
- Contested cases follow the product's published policy (insurer numbers `identification`, rx
  `medication`, pay `salary`, plates `license`, gclid/fbclid `advertising id` all yellow; payment
  tokens, one-time codes and sign-in link tokens red `token`; health-card numbers red
  `health id`; identity-document numbers red `national id`/`passport`; right-to-work answers
  (work pass type) red `visa`).
- Special categories: a boolean or enum that itself reveals one (asthma, EpiPen needed, unborn
  child / due date = pregnancy, absence reason that can be "illness", a temperature reading,
  a rash observed, halal/kosher meal choice) is labelled with that category's matcher and
  colour; a support level for special needs (Finnish tuen_taso) is `disability` (red); a list of
  diagnoses is `diagnosis|condition` (yellow).
- Decisions of mine where the brief is silent (what a careful privacy owner would flag): income
  bands and household income are `salary` (yellow); a background check's result
  (clear/consider) is `criminal record` (yellow), its process status green; trade union
  membership of staff is `trade union` (yellow); a mobile push token is red `token` as in the
  main corpus; a doctor's name is a natural person's name (yellow); staff work e-mail addresses
  and direct mobiles are personal (yellow), a centre's info@ address and switchboard are not.
- value_only is true when the key is neutral (`q`, `input`, `label`, `value`, `To`, `Body`,
  `destination`, `alert.body` of a push, `filter.value`, `context.externalIds[].id`) and only
  the value tells. A value_only PII path holds that PII in every one of its values. Free text
  is labelled by what every one of its values carries; free text where no value carries PII is
  green (this corpus has no free-text path where only some values carry PII).
- Data from several countries shares one path where the app sends it so (a postal code is a
  zipcode whether Finnish, Canadian or Singaporean; a person's phone is a phone in any format).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FI_FIRST = ["Aino", "Eino", "Helmi", "Väinö", "Olivia", "Leo", "Ella", "Onni", "Sofia", "Eetu", "Aada"]
FI_FIRST += ["Niilo", "Iida", "Elias", "Venla", "Oiva", "Lumi", "Toivo", "Hodan", "Anastasia", "Minh"]
FI_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"]
FI_LAST += ["Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Abdi", "Ivanova", "Nguyen", "Salminen"]
QC_FIRST = ["Léa", "Florence", "Alice", "Livia", "Emma", "Charlotte", "Noah", "William", "Thomas"]
QC_FIRST += ["Liam", "Jacob", "Édouard", "Zoé", "Rosalie", "Mathis", "Widline", "Yasmine", "Jean-Baptiste"]
QC_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin"]
QC_LAST += ["Gagné", "Ouellet", "Pelletier", "Bélanger", "Joseph", "Benali", "Cherkaoui", "Rodríguez"]
SG_FULL = [
    "Tan Wei Ling",
    "Lim Jun Jie",
    "Ng Hui Min",
    "Lee Kai Xuan",
    "Goh Zi Xuan",
    "Wong Yu Xuan",
    "Chua Ming Hao",
    "Nur Aisyah binte Rahman",
    "Muhammad Irfan bin Ismail",
    "Siti Nurhaliza binte Osman",
    "Ahmad Danish bin Yusof",
    "Priya d/o Ramasamy",
    "Arjun s/o Krishnan",
    "Kavya Nair",
    "Rohan Pillai",
    "Daniel de Souza",
    "Maria Cristina Santos",
    "Mary Grace Dela Cruz",
]
SG_GIVEN = [
    "Wei Ling",
    "Jun Jie",
    "Hui Min",
    "Kai Xuan",
    "Zi Xuan",
    "Aisyah",
    "Irfan",
    "Priya",
    "Arjun",
    "Kavya",
]
SG_SURNAME = ["Tan", "Lim", "Ng", "Lee", "Goh", "Wong", "Chua", "Rahman", "Ismail", "Nair", "Pillai"]

FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Koivukuja", "Rantatie", "Puistokatu", "Tapiolantie"]
FI_STREETS += ["Satakunnankatu", "Kauppakatu", "Pihlajatie", "Myllypurontie"]
FI_CITIES = ["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Kuopio"]
QC_STREETS = ["rue Saint-Denis", "boulevard René-Lévesque Ouest", "chemin Sainte-Foy", "avenue du Parc"]
QC_STREETS += ["rue des Érables", "rue Principale", "boulevard Saint-Laurent", "avenue Cartier"]
QC_CITIES = ["Montréal", "Québec", "Laval", "Gatineau", "Longueuil", "Sherbrooke", "Trois-Rivières", "Lévis"]
SG_STREETS = ["Tampines Street 42", "Jalan Bukit Merah", "Punggol Field", "Ang Mo Kio Avenue 3"]
SG_STREETS += ["Yishun Ring Road", "Bedok North Avenue 1", "Jurong West Street 52", "Sengkang East Way"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "icloud.com", "videotron.ca", "yahoo.com.sg"]
MAIL_DOMAINS += ["elisanet.fi", "kolumbus.fi", "singnet.com.sg", "sympatico.ca", "hotmail.fr"]

CENTRES = [
    "Päiväkoti Satakieli",
    "Päiväkoti Metsätähti",
    "CPE Les Coccinelles",
    "Garderie Les Petits Explorateurs",
    "Little Seeds Preschool @ Punggol",
    "Sunflower Kindergarten Bishan",
]
ROOMS = ["Pikku Karhut", "Oravat", "Les Papillons", "Les Hiboux", "Infant Care 1", "Nursery 2", "K1 Blue"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
ALLERGIES = ["peanuts", "tree nuts", "egg", "cow's milk", "sesame", "shellfish", "kiwi", "penicillin"]
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def ascii_fold(s: str) -> str:
    table = str.maketrans("äöåéèêëàâçîïôûüÉÈÀÄÖíá", "aoaeeeeaaciiouuEEAAOia")
    return s.translate(table)


def fi_first(f: Fake) -> str:
    return f.pick(FI_FIRST)


def fi_last(f: Fake) -> str:
    return f.pick(FI_LAST)


def qc_first(f: Fake) -> str:
    return f.pick(QC_FIRST)


def qc_last(f: Fake) -> str:
    return f.pick(QC_LAST)


def any_first(f: Fake) -> str:
    return f.pick([fi_first, qc_first, lambda f: f.pick(SG_GIVEN)])(f)


def any_last(f: Fake) -> str:
    return f.pick([fi_last, qc_last, lambda f: f.pick(SG_SURNAME)])(f)


def any_name(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        return f"{fi_first(f)} {fi_last(f)}"
    if kind == 1:
        return f"{qc_first(f)} {qc_last(f)}"
    return f.pick(SG_FULL)


def email_for(f: Fake, first: str, last: str) -> str:
    user = ascii_fold(first.lower()).replace(" ", "").replace("-", "")
    surname = ascii_fold(last.lower()).replace(" ", "").replace("'", "")
    sep = f.pick([".", "_", "", "."])
    tail = f.pick(["", str(f.r.randint(1, 99)), ""])
    return f"{user}{sep}{surname}{tail}@{f.pick(MAIL_DOMAINS)}"


def any_email(f: Fake) -> str:
    return email_for(f, any_first(f), any_last(f))


def staff_email(f: Fake) -> str:
    first, last = any_first(f), any_last(f)
    user = ascii_fold(f"{first}.{last}".lower()).replace(" ", "")
    return f"{user}@{f.pick(['kidora.fi', 'kidora.ca', 'kidora.sg', 'espoo.fi', 'cpelescoccinelles.ca'])}"


def fi_phone(f: Fake) -> str:
    pre = f.pick(["40", "41", "44", "45", "50"])
    body = f"{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}"
    return f.pick(
        [f"+358 {pre} {body}", f"0{pre} {body}", f"+358{pre}{body.replace(' ', '')}", f"0{pre}-{body}"]
    )


def qc_phone(f: Fake) -> str:
    area = f.pick(["514", "438", "418", "450", "819", "581"])
    ex, line = f.r.randint(200, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"{area} {ex} {line:04d}",
        ]
    )


def sg_phone(f: Fake) -> str:
    n = f"{f.pick(['8', '9'])}{f.r.randint(100, 999)}{f.r.randint(1000, 9999)}"
    return f.pick([f"+65 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"+65{n}", n])


def any_phone(f: Fake) -> str:
    return f.pick([fi_phone, qc_phone, sg_phone])(f)


def e164(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        return f"+358{f.pick(['40', '41', '44', '45', '50'])}{f.r.randint(1000000, 9999999)}"
    if kind == 1:
        area = f.pick(["514", "438", "418", "450", "819"])
        return f"+1{area}{f.r.randint(200, 989)}{f.r.randint(0, 9999):04d}"
    return f"+65{f.pick(['8', '9'])}{f.r.randint(1000000, 9999999)}"


def fi_postal(f: Fake) -> str:
    return f.pick(["00100", "00530", "02100", "02230", "01300", "33100", "90100", "20500", "40100"])


def qc_postal(f: Fake) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    fsa = f"{f.pick('HGJ')}{f.r.randint(0, 9)}{f.pick(letters)}"
    return f"{fsa} {f.r.randint(0, 9)}{f.pick(letters)}{f.r.randint(0, 9)}"


def sg_postal(f: Fake) -> str:
    return f"{f.pick(['52', '56', '82', '46', '64', '76', '54', '15'])}{f.r.randint(0, 9999):04d}"


def any_postal(f: Fake) -> str:
    return f.pick([fi_postal, qc_postal, sg_postal])(f)


def fi_street(f: Fake) -> str:
    tail = f.pick(["", f" B {f.r.randint(1, 40)}", f" as. {f.r.randint(1, 20)}", f" A {f.r.randint(1, 30)}"])
    return f"{f.pick(FI_STREETS)} {f.r.randint(1, 90)}{tail}"


def qc_street(f: Fake) -> str:
    sep = f.pick([", ", " "])
    apt = f.pick(["", f", app. {f.r.randint(1, 12)}", ""])
    return f"{f.r.randint(10, 9999)}{sep}{f.pick(QC_STREETS)}{apt}"


def sg_street(f: Fake) -> str:
    return f"Blk {f.r.randint(1, 999)} {f.pick(SG_STREETS)} #{f.r.randint(2, 18):02d}-{f.r.randint(1, 999)}"


def any_street(f: Fake) -> str:
    return f.pick([fi_street, qc_street, sg_street])(f)


def full_address(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        return f"{fi_street(f)}, {fi_postal(f)} {f.pick(FI_CITIES)}"
    if kind == 1:
        return f"{qc_street(f)}, {f.pick(QC_CITIES)} (QC) {qc_postal(f)}"
    return f"{sg_street(f)}, Singapore {sg_postal(f)}"


def any_city(f: Fake) -> str:
    return f.pick(FI_CITIES + QC_CITIES)


def child_dob(f: Fake) -> str:
    return f.date(2019, 2024)


def adult_dob(f: Fake) -> str:
    return f.date(1968, 2001)


def fi_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}.{int(m)}.{y}"


def hetu(f: Fake, child: bool = True) -> str:
    y = f.r.randint(2019, 2024) if child else f.r.randint(1970, 1999)
    m, d = f.r.randint(1, 12), f.r.randint(1, 28)
    num = f.r.randint(2, 899)
    base = f"{d:02d}{m:02d}{y % 100:02d}"
    check = HETU_CHECK[int(f"{base}{num:03d}") % 31]
    sign = "A" if y >= 2000 else "-"
    return f"{base}{sign}{num:03d}{check}"


def nric(f: Fake, prefix: str | None = None) -> str:
    prefix = prefix or f.pick(["S", "T"])
    digits = [f.r.randint(0, 9) for _ in range(7)]
    if prefix == "T":
        digits[0] = f.pick([0, 1, 2])
    total = sum(w * d for w, d in zip([2, 7, 6, 5, 4, 3, 2], digits, strict=True))
    if prefix in "TG":
        total += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, digits)) + table[total % 11]


def child_birth_cert(f: Fake) -> str:
    return nric(f, "T")


def sg_parent_id(f: Fake) -> str:
    return nric(f, f.pick(["S", "S", "T", "F", "G"]))


def sin(f: Fake) -> str:
    number = f.luhn_complete(str(f.r.randint(1, 7)) + "".join(str(f.r.randint(0, 9)) for _ in range(7)))
    return f.pick(
        [f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}", number]
    )


def ramq(f: Fake) -> str:
    last = ascii_fold(qc_last(f)).upper().replace("-", "").replace(" ", "")[:3].ljust(3, "X")
    first = ascii_fold(qc_first(f)).upper()[0]
    y, m, d = f.r.randint(2019, 2024) % 100, f.r.randint(1, 12), f.r.randint(1, 28)
    m += f.pick([0, 50])
    number = f"{last}{first}{y:02d}{m:02d}{d:02d}{f.r.randint(10, 99)}"
    return f.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}"])


def fi_iban(f: Fake) -> str:
    bban = f.pick(["1", "2", "4", "5", "8"]) + "".join(str(f.r.randint(0, 9)) for _ in range(13))
    numeric = "".join(str(int(c, 36)) for c in bban + "FI00")
    raw = f"FI{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def ca_account(f: Fake) -> str:
    return f.digits(7)


def sg_account(f: Fake) -> str:
    return f.pick(
        [
            f"{f.digits(3)}-{f.digits(6)}-{f.r.randint(0, 9)}",
            f"{f.digits(3)}-{f.digits(5)}-{f.r.randint(0, 9)}",
            f.digits(10),
        ]
    )


def passport(f: Fake) -> str:
    return f.pick(
        [
            "E" + f.digits(7) + f.pick("ABCDHJKL"),  # Singapore
            f.pick(["FP", "FN", "FJ"]) + f.digits(7),  # Finland
            f.pick(["AB", "GA", "HP"]) + f.digits(6),  # Canada
        ]
    )


def pm_id(f: Fake) -> str:
    import string

    return "pm_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))


def stripe_id(f: Fake, prefix: str) -> str:
    import string

    return prefix + "_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))


def photo_url(f: Fake) -> str:
    return (
        f"https://media.kidora.com/centres/{f.r.randint(100, 999)}/daily/{f.uuid()}.jpg"
        f"?X-Amz-Expires=3600&X-Amz-Signature={f.hexid(64)}"
    )


def nano(f: Fake) -> str:
    return f.iso().replace(".", f".{f.r.randint(0, 999):03d}")[:-1] + "Z"


def ts_sql(f: Fake) -> str:
    return f.iso().replace("T", " ")[:19]


def centre(f: Fake) -> str:
    return f.pick(CENTRES)


def room(f: Fake) -> str:
    return f.pick(ROOMS)


def child_id(f: Fake) -> str:
    return "chd_" + f.hexid(12)


def family_id(f: Fake) -> str:
    return "fam_" + f.digits(6)


def staff_id(f: Fake) -> str:
    return "stf_" + f.digits(5)


# -- contexts ---------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Kidora — daycare made simple"),
    ("/inscription", "Inscription | Kidora"),
    ("/ilmoittautuminen", "Ilmoittautuminen | Kidora"),
    ("/parent/billing", "Billing | Kidora"),
    ("/parent/children", "My children | Kidora"),
    ("/centres/search", "Find a centre | Kidora"),
    ("/shop/photos", "Class photos | Kidora Shop"),
]


def web_context(f: Fake):
    page = f.pick(WEB_PAGES)
    host = f.pick(["app.kidora.fi", "app.kidora.ca", "app.kidora.sg", "app.kidora.com"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://laplace0-5.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?lang=fr", "?ref=app_banner"]
                )
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: f"https://{host}{page[0]}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "fr-CA", "en-CA", "en-SG", "zh-SG", "sv-FI"])),
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "America/Toronto", "Asia/Singapore"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["rentree_2024", "syksy24_haku", "k1_open_house", "brand"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(["garderie subventionnée", "päiväkoti espoo", "infant care punggol", ""])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["Kidora", "Kidora Staff"])),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: f.pick(["com.kidora.parent", "com.kidora.staff"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "fr-CA", "en-SG", "en-CA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "America/Montreal", "Asia/Singapore"])),
        "traits": {
            "email": Y(any_email, "email"),
            "firstName": Y(any_first, "name"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kidora Staff"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "641003", "650001"])),
            "namespace": G(lambda f: "com.kidora.staff"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "Google"])),
            "model": G(lambda f: f.pick(["SM-X200", "TB-X606F", "Pixel 7a", "SM-A546B"])),
            "name": G(lambda f: f.pick(["gta8wifi", "X606F", "lynx", "a54x"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "fr-CA", "en-SG", "zh-CN"])),
        "location": {
            "latitude": Y(
                lambda f: round(f.r.uniform(*f.pick([(1.27, 1.45), (45.4, 46.9), (60.1, 65.0)])), 6),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(f.r.uniform(*f.pick([(103.6, 104.0), (-75.0, -71.1), (21.5, 29.5)])), 6),
                "geolocation",
            ),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Elisa", "DNA", "Telia FI", "Vidéotron", "Bell", "Singtel", "StarHub"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "width": G(lambda f: f.pick([1200, 1080, 800])),
            "height": G(lambda f: f.pick([1920, 2340, 1280])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "America/Toronto", "Asia/Singapore"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-X200 Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TB-X606F Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"name": Y(any_name, "name"), "email": Y(staff_email, "email")},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kidora"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["412", "418", "431"])),
            "namespace": G(lambda f: "com.kidora.parent"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "Pixel 8", "CPH2449"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "shiba", "OP5913L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "fr-CA", "en-SG", "en-US"])),
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
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "America/Montreal", "Asia/Singapore"])),
        "traits": {
            "email": Y(any_email, "email"),
            "phone": Y(any_phone, "phone"),
            "familyId": G(family_id),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Kidora SG"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "sg.kidora.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A256E", "2312DRA50G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "locale": G(lambda f: f.pick(["en-SG", "zh-Hans-SG", "ms-SG", "ta-SG"])),
        "timezone": G(lambda f: "Asia/Singapore"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.1"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.0", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.8.0", "3.7.1"],
}


def server_context(library: str, with_ip: bool = False, with_ua: bool = False):
    def build(f: Fake):
        ctx: dict[str, Any] = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if library == "analytics-php":
            ctx["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl", "Socket"]))
        if with_ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if with_ua:
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if library == "@segment/analytics-node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(any_email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node", with_ip=True, with_ua=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", with_ip=True),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}

# -- event templates --------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(
            lambda f: f.pick(
                ["KID-PH-8X10", "KID-PH-PKG-A", "KID-RS-098", "KID-HAT-S", "KID-LBL-50", "KID-SLP-24"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Class Photo Package A",
                    "Portrait 8x10",
                    "Kidora Rain Suit 98 cm",
                    "Sun Hat",
                    "Name Labels (50 pcs)",
                    "Indoor Slippers",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Photos", "Apparel", "Accessories"])),
        "variant": G(lambda f: f.pick(["matte", "glossy", "size 98", "size 104", "blue"])),
        "price": G(lambda f: f.money(4, 60)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "coupon": G(lambda f: f.pick(["", "SIBLING10", "KEVAT24"])),
        "url": G(lambda f: f"https://shop.kidora.com/p/{f.r.randint(1000, 1099)}"),
    }


def sms_body(f: Fake) -> str:
    name = f.pick([fi_first, qc_first, lambda f: f.pick(SG_GIVEN)])(f)
    return f.pick(
        [
            f"Kidora: {name} was checked in at {f.r.randint(7, 9)}:{f.r.randint(10, 59)}.",
            f"Kidora: {name} a été récupéré(e) à {f.r.randint(15, 17)}h{f.r.randint(10, 59)}.",
            f"Kidora: {name} on haettu klo {f.r.randint(15, 17)}.{f.r.randint(10, 59)}.",
            f"Kidora: reminder, {name}'s photo day is tomorrow.",
            f"Kidora: {name} has a slight fever (37.9). Please call the centre.",
        ]
    )


def push_body(f: Fake) -> str:
    name = f.pick([fi_first, qc_first, lambda f: f.pick(SG_GIVEN)])(f)
    return f.pick(
        [
            f"{name} just woke up from a {f.r.randint(30, 150)} min nap",
            f"New photos of {name} are ready",
            f"{name} ate all of the lunch today 🍽️",
            f"Nouvelle note de l'éducatrice au sujet de {name}",
        ]
    )


EVENTS: list[tuple[str, str | None, str, dict]] = [
    # -- identities -------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(any_email, "email"),
            "firstName": Y(any_first, "name"),
            "lastName": Y(any_last, "name"),
            "phone": Y(any_phone, "phone"),
            "preferredLanguage": G(lambda f: f.pick(["fi", "fr", "en", "zh", "sv"])),
            "role": G(lambda f: f.pick(["parent", "guardian", "foster_parent"])),
            "childrenEnrolled": G(lambda f: f.r.randint(1, 3)),
            "createdAt": G(lambda f: f.iso()),
            "centreId": G(lambda f: "ctr_" + f.digits(4)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://media.kidora.com/avatars/{f.uuid()}.jpg", "photo"),
            "address": {
                "street": Y(any_street, "street|address"),
                "city": Y(any_city, "city"),
                "postalCode": Y(any_postal, "zipcode"),
                "state": G(lambda f: f.pick(["QC", "Uusimaa", "Pirkanmaa", ""])),
                "country": G(lambda f: f.pick(["FI", "CA", "SG"])),
            },
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "etunimi": Y(fi_first, "name"),
            "sukunimi": Y(fi_last, "name"),
            "sahkoposti": Y(lambda f: email_for(f, fi_first(f), fi_last(f)), "email"),
            "puhelin": Y(fi_phone, "phone"),
            "kotikunta": Y(lambda f: f.pick(FI_CITIES), "city"),
            "aidinkieli": G(lambda f: f.pick(["suomi", "ruotsi", "somali", "venäjä", "arabia"])),
            "asiointikieli": G(lambda f: f.pick(["fi", "sv", "en"])),
            "lapsia": G(lambda f: f.r.randint(1, 4)),
            "kayttajaId": G(lambda f: f.digits(8)),
            "luotu": G(lambda f: f.iso()),
            "vahvaTunnistautuminen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FirstName": Y(any_first, "name"),
            "LastName": Y(any_last, "name"),
            "WorkEmail": Y(staff_email, "email"),
            "MobilePhone": Y(any_phone, "phone"),
            "JobTitle": G(
                lambda f: f.pick(
                    [
                        "Éducatrice",
                        "Early Childhood Educator",
                        "Lastentarhanopettaja",
                        "Centre Director",
                        "Cook",
                    ]
                )
            ),
            "CentreName": G(centre),
            "HireDate": G(lambda f: f.date(2012, 2024)),
            "EmploymentType": G(lambda f: f.pick(["FullTime", "PartTime", "Substitute"])),
            "HourlyRate": Y(lambda f: f.money(17, 38), "salary"),
            "FteRatio": G(lambda f: f.pick([1.0, 0.8, 0.6, 0.5])),
            "Qualification": G(
                lambda f: f.pick(["DEC TEE", "AEC", "Diploma in ECCE", "Kasvatustieteen kandidaatti"])
            ),
            "IsFirstAidCertified": G(lambda f: f.pick([True, False])),
            "Age": G(lambda f: f.r.randint(21, 63)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "FAMILY_ID": G(family_id),
            "PRIMARY_GUARDIAN_EMAIL": Y(any_email, "email"),
            "PRIMARY_GUARDIAN_NAME": Y(any_name, "name"),
            "HOME_POSTAL_CODE": Y(any_postal, "zipcode"),
            "LIFETIME_FEES_PAID": G(lambda f: f.money(200, 40000)),
            "OUTSTANDING_BALANCE": G(lambda f: f.pick([0.0, f.money(10, 900)])),
            "SUBSIDY_PROGRAM": G(lambda f: f.pick(["PCR", "ECDA_BASIC", "ECDA_ADDITIONAL", "KUNTA", "NONE"])),
            "HOUSEHOLD_INCOME_BAND": Y(
                lambda f: f.pick(["<3000", "3001-6000", "6001-9000", "9001-12000", ">12000"]), "salary"
            ),
            "FIRST_ENROLLED_AT": G(ts_sql),
            "NUM_CHILDREN": G(lambda f: f.r.randint(1, 4)),
            "LAST_LOGIN_TS": G(ts_sql),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "DBT_UPDATED_AT": G(ts_sql),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(centre),
            "centreType": G(
                lambda f: f.pick(
                    ["CPE", "garderie subventionnée", "päiväkoti", "anchor operator", "kindergarten"]
                )
            ),
            "licenceNumber": G(lambda f: f.pick(["QC-", "ECDA-", "PK-"]) + f.digits(6)),
            "capacity": G(lambda f: f.r.randint(24, 180)),
            "address": G(
                lambda f: f.pick(
                    [
                        "4010 rue Saint-Denis",
                        "Leppävaarankatu 9",
                        "Blk 678 Punggol Drive #01-02",
                        "1200 avenue Cartier",
                    ]
                )
            ),
            "city": G(lambda f: f.pick(["Montréal", "Espoo", "Singapore", "Québec"])),
            "postalCode": G(lambda f: f.pick(["H2W 2M2", "02600", "820678", "G1R 2S1"])),
            "officePhone": G(
                lambda f: f.pick(["+1 514-555-0142", "09 816 31234", "+65 6385 1234", "418-555-0187"])
            ),
            "generalEmail": G(
                lambda f: f.pick(
                    [
                        "info@cpelescoccinelles.ca",
                        "satakieli@kidora.fi",
                        "admin@littleseeds.sg",
                        "no-reply@kidora.com",
                    ]
                )
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://cpelescoccinelles.ca", "https://littleseeds.sg", "https://kidora.fi/satakieli"]
                )
            ),
            "directorName": Y(any_name, "name"),
            "directorEmail": Y(staff_email, "email"),
            "plan": G(lambda f: f.pick(["starter", "centre_pro", "network"])),
            "employees": G(lambda f: f.r.randint(6, 60)),
            "ageGroups": Many(G(lambda f: f.pick(["0-18m", "18-36m", "3-5y", "K1", "K2"])), 3),
            "timezone": G(lambda f: f.pick(["Europe/Helsinki", "America/Toronto", "Asia/Singapore"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, "kotlin", {}),
    # -- enrolment ----------------------------------------------------------------------------------
    (
        "track",
        "Enrolment Form Submitted",
        "web",
        {
            "formulaire_id": G(lambda f: "INS-" + f.digits(7)),
            "enfant": {
                "prenom": Y(qc_first, "name"),
                "nom": Y(qc_last, "name"),
                "date_naissance": Y(child_dob, "birthdate"),
                "sexe": Y(lambda f: f.pick(["F", "M", "X"]), "gender|sex"),
                "numero_assurance_maladie": RED(ramq, "health id"),
                "langue_maternelle": G(
                    lambda f: f.pick(["français", "anglais", "créole haïtien", "arabe", "espagnol"])
                ),
            },
            "parent1": {
                "prenom": Y(qc_first, "name"),
                "nom": Y(qc_last, "name"),
                "courriel": Y(lambda f: email_for(f, qc_first(f), qc_last(f)), "email"),
                "telephone_cellulaire": Y(qc_phone, "phone"),
                "adresse": Y(lambda f: f"{qc_street(f)}, {f.pick(QC_CITIES)}", "address"),
                "code_postal": Y(qc_postal, "zipcode"),
                "nas": RED(sin, "national id|social security number"),
                "employeur": G(
                    lambda f: f.pick(
                        [
                            "Hydro-Québec",
                            "CIUSSS du Centre-Sud",
                            "Desjardins",
                            "Ubisoft",
                            "Travailleur autonome",
                        ]
                    )
                ),
                "profession": G(lambda f: f.pick(["infirmière", "ingénieur", "enseignante", "comptable"])),
            },
            "garde_partagee": G(lambda f: f.pick([True, False])),
            "date_debut_souhaitee": G(lambda f: f.date(2024, 2025)),
            "type_place": G(lambda f: f.pick(["PCR", "non subventionnée", "PCR temps partiel"])),
            "nombre_jours": G(lambda f: f.r.randint(2, 5)),
            "allergies": Many(
                Y(lambda f: f.pick(["arachides", "noix", "œufs", "lait", "aucune"]), "allergy"), 2
            ),
            "besoins_particuliers": Y(
                lambda f: f.pick(
                    ["aucun", "trouble du spectre de l'autisme", "retard de langage", "TDAH", "trisomie 21"]
                ),
                "diagnosis|condition",
            ),
            "source_reference": G(lambda f: f.pick(["La Place 0-5", "bouche-à-oreille", "Google"])),
        },
    ),
    (
        "track",
        "Child Enrolled",
        "kotlin",
        {
            "lapsi": {
                "etunimet": Y(lambda f: f"{fi_first(f)} {fi_first(f)}", "name"),
                "sukunimi": Y(fi_last, "name"),
                "henkilotunnus": RED(hetu, "national id"),
                "syntymaaika": Y(lambda f: fi_date(child_dob(f)), "birthdate"),
                "aidinkieli": G(lambda f: f.pick(["suomi", "ruotsi", "somali", "venäjä", "vietnam"])),
            },
            "yksikko": G(
                lambda f: f.pick(["Päiväkoti Satakieli", "Päiväkoti Metsätähti", "Perhepäivähoito Tapiola"])
            ),
            "ryhma": G(lambda f: f.pick(["Pikku Karhut", "Oravat", "Siilit", "Esikoulu B"])),
            "aloituspaiva": G(lambda f: fi_date(f.date(2024, 2025))),
            "hoitoaika_tuntia_kk": G(lambda f: f.pick([84, 100, 120, 147])),
            "tuen_taso": RED(
                lambda f: f.pick(["yleinen tuki", "tehostettu tuki", "erityinen tuki"]), "disability"
            ),
            "erityisruokavalio": Many(
                Y(
                    lambda f: f.pick(["laktoositon", "gluteeniton (keliakia)", "pähkinätön", "kananmunaton"]),
                    "allergy|condition",
                ),
                2,
            ),
            "huoltajat": Many(
                {
                    "nimi": Y(lambda f: f"{fi_first(f)} {fi_last(f)}", "name"),
                    "puhelin": Y(fi_phone, "phone"),
                    "sahkoposti": Y(lambda f: email_for(f, fi_first(f), fi_last(f)), "email"),
                    "suhde": G(lambda f: f.pick(["äiti", "isä", "huoltaja", "sijaisvanhempi"])),
                    "samassaTaloudessa": G(lambda f: f.pick([True, False])),
                    "osoite": Y(lambda f: f"{fi_street(f)}, {fi_postal(f)} {f.pick(FI_CITIES)}", "address"),
                },
                2,
            ),
            "paatosnumero": G(lambda f: "VAKA/" + f.digits(5) + "/2024"),
        },
    ),
    (
        "track",
        "Registration Completed",
        "flutter",
        {
            "registration_no": G(lambda f: "REG" + f.digits(8)),
            "child": {
                "xingming": Y(lambda f: f.pick(SG_FULL[:7]), "name"),
                "full_name_as_in_bc": Y(lambda f: f.pick(SG_FULL).upper(), "name"),
                "birth_cert_no": RED(child_birth_cert, "national id"),
                "chushengriqi": Y(child_dob, "birthdate"),
                "xingbie": Y(lambda f: f.pick(["男", "女", "M", "F"]), "gender|sex"),
                "race": Y(lambda f: f.pick(["Chinese", "Malay", "Indian", "Eurasian", "Others"]), "race"),
                "citizenship": Y(
                    lambda f: f.pick(["Singapore Citizen", "Permanent Resident", "Foreigner"]), "citizenship"
                ),
                "dialect_group": Y(
                    lambda f: f.pick(["Hokkien", "Teochew", "Cantonese", "Hakka", "Hainanese", "N/A"]),
                    "ethnicity",
                ),
                "religion": Y(
                    lambda f: f.pick(
                        ["Buddhism", "Christianity", "Islam", "Hinduism", "Taoism", "No religion"]
                    ),
                    "religion",
                ),
            },
            "programme": G(
                lambda f: f.pick(["Infant Care", "Playgroup", "Nursery 1", "Nursery 2", "K1", "K2"])
            ),
            "session": G(lambda f: f.pick(["full_day", "half_day_am", "half_day_pm", "flexi"])),
            "fuqin": {
                "xingming": Y(lambda f: f.pick(SG_FULL), "name"),
                "nric": RED(sg_parent_id, "national id"),
                "dianhua": Y(sg_phone, "phone"),
                "youxiang": Y(any_email, "email"),
                "occupation": G(
                    lambda f: f.pick(["engineer", "civil servant", "nurse", "self-employed", "teacher"])
                ),
            },
            "muqin": {
                "xingming": Y(lambda f: f.pick(SG_FULL), "name"),
                "nric": RED(sg_parent_id, "national id"),
                "dianhua": Y(sg_phone, "phone"),
                "youxiang": Y(any_email, "email"),
                "occupation": G(
                    lambda f: f.pick(["accountant", "homemaker", "doctor", "manager", "teacher"])
                ),
            },
            "home_address": Y(lambda f: f"{sg_street(f)}, Singapore {sg_postal(f)}", "address"),
            "postal_code": Y(sg_postal, "zipcode"),
            "household_income": Y(
                lambda f: f.pick([3200, 4500, 6800, 9100, 12500, 15800, f.r.randint(2000, 20000)]), "salary"
            ),
            "subsidy_tier": G(lambda f: f.pick(["basic", "additional", "kifas", "none"])),
            "myinfo_used": G(lambda f: f.pick([True, False])),
            "helper_name": Y(
                lambda f: f.pick(
                    [
                        "Maria Cristina Santos",
                        "Mary Grace Dela Cruz",
                        "Siti Rahayu",
                        "Ni Made Ayu",
                        "Jennifer Bautista",
                    ]
                ),
                "name",
            ),
            "helper_fin": RED(lambda f: nric(f, f.pick(["F", "G"])), "national id"),
            "centre_code": G(lambda f: "PT" + f.digits(4)),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        "web",
        {
            "waitlist_id": G(lambda f: f.uuid()),
            "centres_selected": Many(G(centre), 3),
            "child_first_name": Y(qc_first, "name"),
            "child_dob": Y(child_dob, "birthdate"),
            "enfant_a_naitre": Y(lambda f: f.pick([False, False, True]), "condition"),
            "date_prevue_accouchement": Y(lambda f: f.date(2024, 2025), "condition|birthdate"),
            "postal_code": Y(qc_postal, "zipcode"),
            "priority_sibling": G(lambda f: f.pick([True, False])),
            "desired_start": G(lambda f: f.date(2024, 2026)),
            "days_per_week": G(lambda f: f.r.randint(2, 5)),
            "position_on_list": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "Tour Booked",
        "web",
        {
            "tour-id": G(lambda f: "tour_" + f.digits(6)),
            "centre-slug": G(
                lambda f: f.pick(["satakieli-espoo", "les-coccinelles-plateau", "little-seeds-punggol"])
            ),
            "parent-name": Y(any_name, "name"),
            "parent-email": Y(any_email, "email"),
            "parent-phone": Y(any_phone, "phone"),
            "preferred-date": G(lambda f: f.date(2024, 2025)),
            "preferred-slot": G(lambda f: f.pick(["09:30", "13:00", "16:15"])),
            "child-age-months": G(lambda f: f.r.randint(3, 60)),
            "how-did-you-hear": G(lambda f: f.pick(["instagram", "friend", "google", "flyer"])),
        },
    ),
    # -- health and care ------------------------------------------------------------------------------
    (
        "track",
        "Health Info Updated",
        "web",
        {
            "child_id": G(child_id),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 3),
            "epipen_required": Y(lambda f: f.pick([True, False]), "allergy"),
            "asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "chronic_conditions": Many(
                Y(
                    lambda f: f.pick(["eczema", "asthma", "type 1 diabetes", "epilepsy", "none"]),
                    "condition|diagnosis",
                ),
                2,
            ),
            "family_doctor_name": Y(lambda f: "Dr " + any_name(f), "name"),
            "clinic_phone": G(lambda f: f.pick(["514-890-8000", "+358 9 310 5015", "+65 6222 3322"])),
            "vaccination_status": Y(
                lambda f: f.pick(["up_to_date", "partial", "exempt", "unknown"]), "procedure|condition"
            ),
            "health_card_number": RED(ramq, "health id"),
            "health_card_expiry": G(lambda f: f"{f.r.randint(2025, 2030)}-{f.r.randint(1, 12):02d}"),
            "fields_changed": Many(
                G(lambda f: f.pick(["allergies", "asthma", "family_doctor_name", "health_card_number"])), 3
            ),
        },
    ),
    (
        "track",
        "Medication Administered",
        "java",
        {
            "childId": G(child_id),
            "medicationName": Y(
                lambda f: f.pick(
                    ["Tylenol (acetaminophen)", "Ventolin", "Panadol", "Burana", "Cetirizine", "EpiPen Jr"]
                ),
                "medication",
            ),
            "administeredAt": G(lambda f: f.iso()),
            "administeredBy": Y(any_name, "name"),
            "witnessedBy": Y(any_name, "name"),
            "administrationReason": Y(
                lambda f: f.pick(["fever", "asthma", "ear infection", "allergic reaction", "eczema flare"]),
                "condition|diagnosis",
            ),
            "parentAuthorizationId": G(lambda f: "AUTH-" + f.digits(6)),
            "prescriptionNumber": Y(lambda f: "RX" + f.digits(7), "medication"),
            "doseNumber": G(lambda f: f.r.randint(1, 3)),
            "roomName": G(room),
        },
    ),
    (
        "track",
        "Incident Report Filed",
        "php",
        {
            "incident_id": G(lambda f: f.digits(6)),
            "child_id": G(child_id),
            "incident_type": G(lambda f: f.pick(["fall", "bite", "scratch", "collision"])),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "Small bump on forehead after falling from the slide, ice pack applied",
                        "Bitten on the left forearm by another child, skin not broken",
                        "Scraped knee in the playground, cleaned and plaster applied",
                        "Nosebleed after collision, stopped after 5 min",
                        "Pinched finger in door hinge, swelling, cold compress",
                    ]
                ),
                "condition",
            ),
            "first_aid_given": G(lambda f: f.pick([True, False])),
            "parent_notified_at": G(lambda f: f.iso()),
            "witness_staff": Many(Y(any_name, "name"), 2),
            "reported_by_email": Y(staff_email, "email"),
            "severity": G(lambda f: f.pick(["minor", "moderate", "serious"])),
            "location_in_centre": G(lambda f: f.pick(["playground", "nap room", "cloakroom", "dining area"])),
        },
    ),
    # -- pick-up persons and attendance -----------------------------------------------------------
    (
        "track",
        "Authorized Pickup Added",
        "rn",
        {
            "child_id": G(child_id),
            "pickup_person": {
                "first_name": Y(any_first, "name"),
                "last_name": Y(any_last, "name"),
                "relationship": G(
                    lambda f: f.pick(["grandmother", "grandfather", "aunt", "neighbour", "nanny", "helper"])
                ),
                "phone": Y(any_phone, "phone"),
                "photo_url": Y(photo_url, "photo"),
                "id_document_type": G(lambda f: f.pick(["passport", "driver_licence", "nric", "none"])),
            },
            "code_word": RED(
                lambda f: (
                    f.pick(["banaani", "tortue", "mango", "pingviini", "arc-en-ciel", "durian"])
                    + f.pick(["", str(f.r.randint(1, 99))])
                ),
                "password|secret",
            ),
            "valid_until": G(lambda f: f.date(2024, 2025)),
            "added_by_role": G(lambda f: f.pick(["parent", "guardian", "director"])),
            "is_emergency_contact": G(lambda f: f.pick([True, False])),
            "pickups_allowed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Pickup Person Verified",
        "kotlin",
        {
            "child_id": G(child_id),
            "pickup_id": G(lambda f: f.uuid()),
            "verified_by_staff_id": G(staff_id),
            "method": G(lambda f: f.pick(["photo_id", "code_word", "known_person", "qr"])),
            "id_document_number": RED(lambda f: f.pick([passport(f), nric(f)]), "national id|passport"),
            "custody_alert": G(lambda f: f.pick([False, False, True])),
            "denied_reason": G(lambda f: f.pick(["", "not_on_list", "expired_authorisation"])),
            "verified_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Child Checked In",
        "rn",
        {
            "child_id": G(child_id),
            "centre_id": G(lambda f: "ctr_" + f.digits(4)),
            "room": G(room),
            "checked_in_at": G(lambda f: f.iso()),
            "checked_in_by_name": Y(any_name, "name"),
            "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "helper"])),
            "method": G(lambda f: f.pick(["qr", "kiosk", "geofence"])),
            "location": {
                "latitude": Y(lambda f: round(f.r.uniform(45.40, 46.90), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-74.0, -71.1), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 65)),
            },
            "temperature_c": Y(lambda f: round(f.r.uniform(36.1, 38.4), 1), "condition"),
            "symptoms": Many(Y(lambda f: f.pick(["none", "runny nose", "cough", "rash"]), "condition"), 2),
            "drop_off_note": G(
                lambda f: f.pick(
                    ["Extra mittens in the bag", "Bring back the blue hat", "Slept badly last night", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Child Checked Out",
        "kotlin",
        {
            "child_id": G(child_id),
            "checked_out_at": G(lambda f: f.iso()),
            "picked_up_by": {
                "name": Y(any_name, "name"),
                "relation": G(lambda f: f.pick(["mère", "père", "isovanhempi", "helper", "aunt"])),
                "authorised": G(lambda f: f.pick([True, True, False])),
                "phone": Y(any_phone, "phone"),
            },
            "staff_id": G(staff_id),
            "late_pickup_minutes": G(lambda f: f.pick([0, 0, 5, 12, 25])),
            "late_fee": G(lambda f: f.pick([0, 0, 5.0, 10.0, 20.0])),
            "signature_captured": G(lambda f: f.pick([True, False])),
            "kiosk_id": G(lambda f: "kiosk-" + f.digits(3)),
        },
    ),
    (
        "track",
        "Check In",
        "java",
        {
            "haizi_id": G(lambda f: f.digits(7)),
            "haizi_xingming": Y(lambda f: f.pick(SG_FULL[:7]), "name"),
            "banji": G(lambda f: f.pick(["K1 Blue", "K2 Red", "N1 Green", "PG Yellow"])),
            "qiandao_shijian": G(lambda f: f.iso()),
            "jiesong_ren": Y(lambda f: f.pick(SG_FULL), "name"),
            "jiesong_ren_dianhua": Y(sg_phone, "phone"),
            "guanxi": G(lambda f: f.pick(["mother", "father", "grandparent", "helper"])),
            "tiwen": Y(lambda f: round(f.r.uniform(36.0, 38.2), 1), "condition"),
            "zhuangtai": G(lambda f: f.pick(["present", "late", "absent"])),
            "kaoqin_laiyuan": G(lambda f: f.pick(["kiosk", "app", "teacher"])),
        },
    ),
    (
        "track",
        "Absence Reported",
        "go",
        {
            "child_id": G(child_id),
            "date": G(lambda f: f.date(2024, 2024)),
            "absence_reason": Y(
                lambda f: f.pick(["illness", "vacation", "family_reasons", "other"]), "condition"
            ),
            "illness_details": Y(
                lambda f: f.pick(
                    ["fever", "stomach flu", "chickenpox", "ear infection", "hand, foot and mouth disease"]
                ),
                "condition|diagnosis",
            ),
            "reported_via": G(lambda f: f.pick(["app", "sms", "ivr", "email"])),
            "reporter_phone": Y(any_phone, "phone"),
            "reporter_name": Y(any_name, "name"),
            "expected_return": G(lambda f: f.date(2024, 2024)),
            "meal_cancelled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Nap Logged",
        "kotlin",
        {
            "child_id": G(child_id),
            "nap_start": G(lambda f: f.iso()),
            "nap_end": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(15, 150)),
            "sleep_position": G(lambda f: f.pick(["back", "side", "front"])),
        },
    ),
    (
        "track",
        "Meal Logged",
        "kotlin",
        {
            "child_id": G(child_id),
            "meal": G(lambda f: f.pick(["breakfast", "lunch", "snack", "välipala"])),
            "menu_item": G(
                lambda f: f.pick(
                    ["Kalakeitto", "Pâté chinois", "Chicken rice", "Puuroa ja marjoja", "Mee soto"]
                )
            ),
            "amount_eaten": G(lambda f: f.pick(["all", "most", "some", "none"])),
            "bottle_ml": G(lambda f: f.pick([0, 90, 120, 180])),
            "meal_preference": Y(
                lambda f: f.pick(["standard", "halal", "vegetarian", "no pork", "kosher", "standard"]),
                "religion",
            ),
            "allergen_check_done": G(lambda f: True),
        },
    ),
    (
        "track",
        "Nappy Changed",
        "rn",
        {
            "child_id": G(child_id),
            "type": G(lambda f: f.pick(["wet", "dirty", "dry", "both"])),
            "changed_at": G(lambda f: f.epoch_ms()),
            "cream_applied": G(lambda f: f.pick([True, False])),
            "rash_observed": Y(lambda f: f.pick([False, False, True]), "condition"),
            "staff_id": G(staff_id),
            "potty_attempt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mood Logged",
        "flutter",
        {
            "child_id": G(child_id),
            "mood": G(lambda f: f.pick(["happy", "tired", "upset", "calm", "excited"])),
            "energy": G(lambda f: f.r.randint(1, 5)),
            "note_for_parents": G(
                lambda f: f.pick(
                    [
                        "Played with blocks all morning",
                        "Loved the sand pit today",
                        "A bit quiet after lunch",
                        "Sang the whole rainbow song",
                    ]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["outdoor", "art", "music", "reading", "sensory"])), 3),
        },
    ),
    (
        "track",
        "Photo Shared",
        "swift",
        {
            "activity_id": G(lambda f: f.uuid()),
            "photos": Many(
                {
                    "photo_id": G(lambda f: f.uuid()),
                    "url": Y(photo_url, "photo"),
                    "width": G(lambda f: f.pick([3024, 4032, 1920])),
                    "height": G(lambda f: f.pick([4032, 3024, 1080])),
                },
                4,
            ),
            "tagged_children": Many(G(child_id), 4),
            "caption": G(
                lambda f: f.pick(
                    [
                        "Painting with watercolours 🎨",
                        "Metsäretki",
                        "Bricolage de la fête des mères",
                        "Water play day",
                    ]
                )
            ),
            "visibility": G(lambda f: f.pick(["tagged_families", "room", "private"])),
            "consent_checked": G(lambda f: True),
        },
    ),
    (
        "screen",
        "Daily Report",
        "swift",
        {
            "child_id": G(child_id),
            "child_name": Y(any_first, "name"),
            "report_date": G(lambda f: f.date(2024, 2024)),
            "sections_viewed": G(lambda f: f.r.randint(1, 6)),
            "photos_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "screen",
        "Child Profile",
        "kotlin",
        {
            "child_id": G(child_id),
            "tab": G(lambda f: f.pick(["overview", "health", "contacts", "documents"])),
            "age_months": G(lambda f: f.r.randint(4, 70)),
            "room": G(room),
        },
    ),
    (
        "screen",
        "Emergency Contacts",
        "rn",
        {
            "contacts_count": G(lambda f: f.r.randint(1, 5)),
            "primary_contact_name": Y(any_name, "name"),
            "can_edit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "swift",
        {
            "child_id": G(child_id),
            "contact": {
                "full_name": Y(any_name, "name"),
                "relationship": G(lambda f: f.pick(["grand-mère", "isoisä", "aunt", "family friend"])),
                "mobile": Y(any_phone, "phone"),
                "work_phone": Y(any_phone, "phone"),
                "email": Y(any_email, "email"),
                "can_pickup": G(lambda f: f.pick([True, False])),
                "priority": G(lambda f: f.r.randint(1, 3)),
            },
            "updated_fields": Many(G(lambda f: f.pick(["mobile", "email", "work_phone", "full_name"])), 3),
        },
    ),
    (
        "track",
        "Consent Updated",
        "rn",
        {
            "child_id": G(child_id),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "social_media_consent": G(lambda f: f.pick([True, False])),
            "field_trip_consent": G(lambda f: f.pick([True, False])),
            "sunscreen_consent": G(lambda f: f.pick([True, False])),
            "signed_by": Y(any_name, "name"),
            "signed_at": G(lambda f: f.iso()),
            "consent_version": G(lambda f: f.pick(["2023-08", "2024-01", "2024-06"])),
        },
    ),
    (
        "track",
        "Field Trip Permission Signed",
        "rn",
        {
            "trip_id": G(lambda f: "trip_" + f.digits(4)),
            "venue": G(
                lambda f: f.pick(["Korkeasaari Zoo", "Biodôme de Montréal", "Jurong Bird Park", "Heureka"])
            ),
            "date": G(lambda f: f.date(2024, 2025)),
            "bus_company": G(lambda f: f.pick(["Autobus Transco", "Koiviston Auto", "SBS Transit"])),
            "parent_chaperone": G(lambda f: f.pick([True, False])),
            "chaperone_name": Y(any_name, "name"),
            "chaperone_phone": Y(any_phone, "phone"),
        },
    ),
    (
        "track",
        "Class Pet Weekend Booked",
        "kotlin",
        {
            "pet_name": G(lambda f: f.pick(["Pulla", "Caramel", "Mr Bubbles", "Hippu"])),
            "species": G(lambda f: f.pick(["hamster", "guinea pig", "goldfish"])),
            "caretaker_family_id": G(family_id),
            "weekend_of": G(lambda f: f.date(2024, 2025)),
            "food_pack_included": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- messages -----------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        "rn",
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["parent", "educator", "director"])),
            "recipient_count": G(lambda f: f.r.randint(1, 4)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "body_length": G(lambda f: f.r.randint(5, 900)),
            "language": G(lambda f: f.pick(["fi", "fr", "en", "zh"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "Could you check if the rain boots are in the cubby?",
                        "Merci pour la belle journée!",
                        "Kiitos tiedosta!",
                        "We will be 15 min late tomorrow",
                        "好的谢谢老师",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Co-Parent Invited",
        "rn",
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee_name": Y(any_name, "name"),
            "invitee_email": Y(any_email, "email"),
            "invitee_phone": Y(any_phone, "phone"),
            "relationship": G(lambda f: f.pick(["mother", "father", "step-parent", "guardian"])),
            "custody_schedule": G(lambda f: f.pick(["week_on_week_off", "2-2-3", "weekends", "none"])),
            "permissions": Many(G(lambda f: f.pick(["billing", "daily_reports", "messages", "pickup"])), 3),
        },
    ),
    (
        "track",
        "Announcement Sent",
        "node",
        {
            "announcement_id": G(lambda f: f.digits(6)),
            "audience": G(lambda f: f.pick(["room", "centre", "network"])),
            "title": G(
                lambda f: f.pick(
                    ["Photo day on Friday", "Journée pédagogique", "Kevätjuhla 24.5.", "CNY celebration"]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Please dress the children in warm clothes.",
                        "Le service de garde sera fermé lundi.",
                        "Tervetuloa kevätjuhlaan!",
                        "Kids may wear red tomorrow.",
                    ]
                )
            ),
            "channel": G(lambda f: f.pick(["push", "email", "sms"])),
            "recipients": Many(
                {
                    "parent_id": G(lambda f: "usr_" + f.digits(7)),
                    "email": Y(any_email, "email"),
                    "delivered": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "SMS Notification Sent",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+15145550142", "+358450001234", "+6531291234"])),
            "To": Y(e164, "phone", True),
            "Body": Y(sms_body, "name", True),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2", "3"])),
            "Price": G(lambda f: f.pick(["-0.0079", "-0.0450", "-0.0325"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Push Notification Received",
        "flutter",
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "alert": {
                "title": G(lambda f: f.pick(["Daily update", "Kidora", "New photos"])),
                "body": Y(push_body, "name", True),
            },
            "opened": G(lambda f: f.pick([True, False])),
            "category": G(lambda f: f.pick(["daily_log", "photos", "announcement"])),
        },
    ),
    (
        "track",
        "Email Event",
        "node",
        {
            "email": Y(any_email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.uuid()}@mail.kidora.com>"),
            "category": Many(G(lambda f: f.pick(["invoice", "daily_report", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(
                lambda f: f.pick(
                    ["https://app.kidora.com/invoices", "https://app.kidora.com/reports/today", ""]
                )
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "asm_group_id": G(lambda f: f.pick([1401, 1402, 1405])),
        },
    ),
    (
        "track",
        "Contact Selected",
        "web",
        {
            "component": G(lambda f: f.pick(["EmergencyContactPicker", "PickupSelect", "CoParentSelect"])),
            "label": Y(
                lambda f: f"{any_name(f)} ({f.pick(['isoäiti', 'grand-père', 'aunt', 'helper'])})",
                "name",
                True,
            ),
            "value": Y(any_phone, "phone", True),
            "index": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Child Searched",
        "kotlin",
        {
            "q": Y(lambda f: f.pick([any_first(f), any_name(f), any_last(f)]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 8)),
            "room_filter": G(lambda f: f.pick(["all", "Pikku Karhut", "Les Hiboux", "K1 Blue"])),
            "search_ms": G(lambda f: f.r.randint(4, 400)),
        },
    ),
    (
        "track",
        "Family List Filtered",
        "web",
        {
            "view": G(lambda f: f.pick(["families", "billing", "waitlist"])),
            "filter": {
                "field": G(lambda f: f.pick(["guardian_email", "payer_email", "login_email"])),
                "op": G(lambda f: f.pick(["eq", "contains", "starts_with"])),
                "value": Y(any_email, "email", True),
            },
            "result_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: f.pick(["enrolment", "contact_update", "pickup_person"])),
            "field_name": G(lambda f: f.pick(["parent_email", "parent_phone", "guardian2_contact"])),
            "input": Y(lambda f: f.pick([any_email, any_phone])(f), "email|phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
        },
    ),
    (
        "track",
        "Centre Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "garderie Plateau-Mont-Royal",
                        "päiväkoti Leppävaara",
                        "infant care Punggol",
                        "CPE Limoilou",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "subsidized": G(lambda f: f.pick([True, False])),
                "age_group": G(lambda f: f.pick(["0-18m", "18-36m", "3-5y"])),
                "language": G(lambda f: f.pick(["fr", "fi", "sv", "en", "zh"])),
            },
            "sort": G(lambda f: f.pick(["distance", "rating", "availability"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                        for _ in range(60)
                    )
                    + "BwE"
                ),
                "advertising id",
            ),
        },
    ),
    # -- sign-in --------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        "web",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "singpass", "suomi_fi", "google"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "mfa": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "email_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "node",
        {
            "email": Y(any_email, "email"),
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_s": G(lambda f: f.pick([600, 900, 3600])),
            "redirect_path": G(lambda f: f.pick(["/parent/children", "/parent/billing", "/"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "destination": Y(lambda f: f.pick([any_phone, any_email])(f), "phone|email", True),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "sendgrid", "messagebird"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Application Opened",
        "swift",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "referring_application": G(lambda f: f.pick(["com.apple.mobilemail", "com.google.Gmail", ""])),
            "url": G(lambda f: f.pick(["kidora://report/today", "kidora://invoices", ""])),
        },
    ),
    (
        "page",
        "Pricing",
        "web",
        {
            "path": G(lambda f: f.pick(["/pricing", "/hinnasto", "/tarifs"])),
            "url": G(
                lambda f: f.pick(
                    ["https://kidora.com/pricing", "https://kidora.fi/hinnasto", "https://kidora.ca/tarifs"]
                )
            ),
            "title": G(lambda f: f.pick(["Pricing | Kidora", "Hinnasto | Kidora", "Tarifs | Kidora"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://kidora.com/"])),
            "search": G(lambda f: f.pick(["", "?plan=centre_pro", "?utm_source=capterra"])),
        },
    ),
    # -- fees, subsidies, payments, shop --------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        "ruby",
        {
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "billing_period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "amount_due": G(lambda f: f.money(9, 1800)),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "SGD"])),
            "due_date": G(lambda f: f.date(2024, 2024)),
            "reference_number": G(
                lambda f: f.pick(["RF" + f.digits(2) + " " + f.digits(4) + " " + f.digits(4), f.digits(10)])
            ),
            "payer_name": Y(any_name, "name"),
            "payer_email": Y(any_email, "email"),
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Varhaiskasvatusmaksu",
                                "Contribution réduite (PCR)",
                                "Full day childcare",
                                "Late pick-up fee",
                                "Meals",
                            ]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 22)),
                    "unit_price": G(lambda f: f.money(5, 900)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Fee Calculated",
        "go",
        {
            "perhekoko": G(lambda f: f.r.randint(2, 7)),
            "bruttotulot_kk": Y(lambda f: f.r.randint(1800, 11000), "salary"),
            "maksuprosentti": G(lambda f: f.pick([10.7, 8.8, 7.6, 6.5])),
            "kuukausimaksu": G(lambda f: f.money(0, 311)),
            "sisaralennus": G(lambda f: f.pick([0, 40, 80])),
            "palveluntarve_h": G(lambda f: f.pick([84, 100, 120, 147])),
            "tulotiedot_toimitettu": G(lambda f: f.pick([True, False])),
            "kunta": G(lambda f: f.pick(["Espoo", "Helsinki", "Tampere"])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Signed",
        "python",
        {
            "mandaatti_id": G(lambda f: "M" + f.digits(9)),
            "iban": RED(fi_iban, "bank account"),
            "bic": G(lambda f: f.pick(["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "HANDFIHH"])),
            "tilinomistaja": Y(lambda f: f"{fi_first(f)} {fi_last(f)}", "name"),
            "viitenumero": G(lambda f: f.digits(9)),
            "summa": G(lambda f: f.money(0, 311)),
            "allekirjoitettu": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pre-Authorized Debit Set Up",
        "python",
        {
            "mandate_id": G(lambda f: "PAD-" + f.digits(8)),
            "institution_number": G(lambda f: f.pick(["815", "001", "006", "003", "004"])),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(ca_account, "bank account"),
            "account_holder": Y(lambda f: f"{qc_first(f)} {qc_last(f)}", "name"),
            "frequency": G(lambda f: f.pick(["monthly", "biweekly", "weekly"])),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "amount": G(lambda f: f.money(180, 1500)),
        },
    ),
    (
        "track",
        "Subsidy Application Submitted",
        "flutter",
        {
            "application_id": G(lambda f: "SUB" + f.digits(9)),
            "scheme": G(lambda f: f.pick(["Basic Subsidy", "Additional Subsidy", "KiFAS", "Start-Up Grant"])),
            "gross_monthly_household_income": Y(lambda f: f.r.randint(1500, 18000), "salary"),
            "per_capita_income": Y(lambda f: f.r.randint(400, 5000), "salary"),
            "working_mother": G(lambda f: f.pick([True, False])),
            "applicant_nric": RED(sg_parent_id, "national id"),
            "cda_bank": G(lambda f: f.pick(["DBS/POSB", "OCBC", "UOB"])),
            "cda_account_no": RED(sg_account, "bank account"),
            "singpass_verified": G(lambda f: f.pick([True, False])),
            "household_members": G(lambda f: f.r.randint(2, 8)),
        },
    ),
    (
        "track",
        "Tax Receipt Generated",
        "dotnet",
        {
            "ReceiptId": G(lambda f: "RL24-" + f.digits(7)),
            "TaxYear": G(lambda f: f.pick([2022, 2023, 2024])),
            "SlipType": G(lambda f: f.pick(["RL-24", "RL-24 amended", "RL-24 cancelled"])),
            "RecipientSin": RED(sin, "national id|social security number"),
            "RecipientName": Y(lambda f: f"{qc_first(f)} {qc_last(f)}", "name"),
            "RecipientAddress": Y(
                lambda f: f"{qc_street(f)}, {f.pick(QC_CITIES)} QC {qc_postal(f)}", "address"
            ),
            "ChildFirstName": Y(qc_first, "name"),
            "ChildBirthDate": Y(child_dob, "birthdate"),
            "AmountPaid": G(lambda f: f.money(400, 12000)),
            "EligibleDays": G(lambda f: f.r.randint(20, 260)),
            "ProviderNeq": G(lambda f: "11" + f.digits(8)),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        "node",
        {
            "id": G(lambda f: stripe_id(f, "evt")),
            "type": G(lambda f: "charge.succeeded"),
            "api_version": G(lambda f: f.pick(["2023-10-16", "2024-04-10", "2022-11-15"])),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "ch")),
                    "object": G(lambda f: "charge"),
                    "amount": G(lambda f: f.r.randint(900, 180000)),
                    "currency": G(lambda f: f.pick(["cad", "eur", "sgd"])),
                    "customer": G(lambda f: stripe_id(f, "cus")[:18]),
                    "payment_method": RED(pm_id, "token"),
                    "receipt_email": Y(any_email, "email"),
                    "billing_details": {
                        "name": Y(any_name, "name"),
                        "email": Y(any_email, "email"),
                        "phone": Y(any_phone, "phone"),
                        "address": {
                            "line1": Y(any_street, "address|street"),
                            "city": Y(any_city, "city"),
                            "postal_code": Y(any_postal, "zipcode"),
                            "state": G(lambda f: f.pick(["QC", "", "ON"])),
                            "country": G(lambda f: f.pick(["CA", "FI", "SG"])),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["CA", "FI", "SG"])),
                            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                        },
                    },
                    "metadata": {
                        "family_id": G(family_id),
                        "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
                        "centre": G(centre),
                    },
                    "livemode": G(lambda f: True),
                    "created": G(lambda f: f.epoch_ms() // 1000),
                },
            },
        },
    ),
    (
        "track",
        "Product Viewed",
        "swift",
        {
            **{k: v for k, v in shop_product().items() if k != "coupon"},
            "currency": G(lambda f: f.pick(["EUR", "CAD", "SGD"])),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
            "name_label_text": Y(lambda f: f.pick([any_first(f), any_name(f)]), "name"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "KS" + f.digits(7)),
            "step": G(lambda f: f.pick([2, 3, 4])),
            "payment_method": G(lambda f: f.pick(["card", "mobilepay", "paynow", "interac"])),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(any_name, "name"),
            "billing_postal_code": Y(any_postal, "zipcode"),
            "payment_method_id": RED(pm_id, "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "KS" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 200)),
            "subtotal": G(lambda f: f.money(10, 180)),
            "tax": G(lambda f: f.money(0, 30)),
            "shipping": G(lambda f: f.pick([0, 4.9, 7.5])),
            "discount": G(lambda f: f.pick([0, 2.5, 5])),
            "coupon": G(lambda f: f.pick(["", "SIBLING10", "KEVAT24"])),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "SGD"])),
            "products": Many(shop_product(), 3),
            "billing_address": {
                "name": Y(any_name, "name"),
                "line1": Y(any_street, "address|street"),
                "city": Y(any_city, "city"),
                "postal_code": Y(any_postal, "zipcode"),
                "country": G(lambda f: f.pick(["CA", "FI", "SG"])),
            },
            "customer_email": Y(any_email, "email"),
            "deliver_to_centre": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Refunded",
        "ruby",
        {
            "order_id": G(lambda f: "KS" + f.digits(7)),
            "refund_amount": G(lambda f: f.money(5, 120)),
            "reason": G(lambda f: f.pick(["wrong size", "duplicate order", "photo quality"])),
            "currency": G(lambda f: f.pick(["EUR", "CAD", "SGD"])),
        },
    ),
    # -- staff --------------------------------------------------------------------------------------
    (
        "track",
        "Shift Scheduled",
        "java",
        {
            "shiftId": G(lambda f: f.digits(8)),
            "staffId": G(staff_id),
            "staffName": Y(any_name, "name"),
            "room": G(room),
            "start": G(lambda f: f.iso()),
            "end": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["lead educator", "assistant", "floater", "cook"])),
            "hourlyRate": Y(lambda f: f.money(17, 38), "salary"),
            "staffPhone": Y(any_phone, "phone"),
            "isOvertime": G(lambda f: f.pick([True, False])),
            "breakMinutes": G(lambda f: f.pick([30, 45, 60])),
            "publishedBy": G(staff_id),
        },
    ),
    (
        "track",
        "Staff Clocked In",
        "kotlin",
        {
            "staff_id": G(staff_id),
            "clock_in_at": G(lambda f: f.iso()),
            "kiosk_id": G(lambda f: "kiosk-" + f.digits(3)),
            "staff_lat": Y(lambda f: round(f.r.uniform(60.15, 60.30), 6), "geolocation"),
            "staff_lng": Y(lambda f: round(f.r.uniform(24.6, 25.1), 6), "geolocation"),
            "centre_lat": G(lambda f: f.pick([60.2186, 45.5231, 1.4043])),
            "centre_lng": G(lambda f: f.pick([24.8129, -73.5878, 103.9020])),
            "within_geofence": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "ruby",
        {
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(qc_first, "name"),
                "last_name": Y(qc_last, "name"),
                "email": Y(lambda f: email_for(f, qc_first(f), qc_last(f)), "email"),
                "dob": Y(adult_dob, "birthdate"),
                "zipcode": Y(qc_postal, "zipcode"),
                "phone": Y(qc_phone, "phone"),
                "driver_license_number": Y(
                    lambda f: ascii_fold(qc_last(f))[0].upper() + f.digits(12), "license"
                ),
                "driver_license_state": G(lambda f: f.pick(["QC", "ON", "NB"])),
            },
            "report": {
                "id": G(lambda f: f.hexid(24)),
                "package": G(
                    lambda f: f.pick(["canada_criminal", "vulnerable_sector_check", "criminal_plus_mvr"])
                ),
                "status": G(lambda f: f.pick(["pending", "complete", "suspended"])),
                "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
                "turnaround_hours": G(lambda f: f.r.randint(2, 240)),
            },
            "check_type": G(lambda f: f.pick(["pre_hire", "renewal", "rehire"])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "python",
        {
            "tyontekija_id": G(lambda f: f.digits(6)),
            "etunimi": Y(fi_first, "name"),
            "sukunimi": Y(fi_last, "name"),
            "hetu": RED(lambda f: hetu(f, child=False), "national id"),
            "tilinumero": RED(fi_iban, "bank account"),
            "puhelin": Y(fi_phone, "phone"),
            "kotiosoite": Y(lambda f: f"{fi_street(f)}, {fi_postal(f)} {f.pick(FI_CITIES)}", "address"),
            "tehtavanimike": G(
                lambda f: f.pick(
                    ["varhaiskasvatuksen opettaja", "lastenhoitaja", "päiväkodin johtaja", "kokki"]
                )
            ),
            "kuukausipalkka": Y(lambda f: f.r.randint(2100, 4200), "salary"),
            "rikosrekisteriote_tarkastettu": G(lambda f: f.pick([True, False])),
            "ammattiliitto": Y(lambda f: f.pick(["JHL", "Tehy", "OAJ", "Super", "ei jäsen"]), "trade union"),
            "sopimus": G(lambda f: f.pick(["toistaiseksi voimassa oleva", "määräaikainen", "sijaisuus"])),
            "aloituspaiva": G(lambda f: fi_date(f.date(2024, 2025))),
        },
    ),
    (
        "track",
        "Staff Certification Uploaded",
        "flutter",
        {
            "staff_id": G(staff_id),
            "ecda_cert_level": G(lambda f: f.pick(["L1", "L2", "L3", "DPT", "DECCE-T"])),
            "certificate_number": Y(lambda f: "ECDA-" + f.digits(7), "certificate"),
            "first_aid_cert_no": Y(lambda f: "PFA" + f.digits(8), "certificate"),
            "issued_on": G(lambda f: f.date(2015, 2024)),
            "expires_on": G(lambda f: f.date(2025, 2028)),
            "work_pass_type": RED(
                lambda f: f.pick(["Work Permit", "S Pass", "Employment Pass", "Dependant's Pass LOC"]), "visa"
            ),
            "fin": RED(lambda f: nric(f, f.pick(["F", "G"])), "national id"),
            "document_url": G(lambda f: f"https://files.kidora.sg/certs/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Survey Submitted",
        "php",
        {
            "survey_id": G(lambda f: "srv_" + f.digits(3)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "answers": Many(
                {
                    "question_id": G(lambda f: f.pick(["q1", "q2", "q3", "q4"])),
                    "answer": G(
                        lambda f: f.pick(
                            [
                                "Very satisfied",
                                "Les éducatrices sont formidables",
                                "Enemmän ulkoilua",
                                "More photos please",
                                "3",
                            ]
                        )
                    ),
                },
                4,
            ),
            "respondent_email": Y(any_email, "email"),
        },
    ),
]


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f"{f.uuid()}"]),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_" + f.digits(7), f.digits(8)]),
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "ctr_" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    msg["integrations"] = {"All": True}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=271, repeats=30)
    write(Path(__file__).parent, "holdout271_", events, labels)
