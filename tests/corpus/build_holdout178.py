"""Writes holdout178: tests/corpus/holdout178_events.jsonl and holdout178_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py for the format, and the reference's
default matcher table), and never scored by its author.

Domain: a veterinary clinic chain with a pet-insurance app in the US, France and Japan. Owner
sign-up and profiles (addresses, phones, emergency contacts, co-owners), pet profiles (breeds,
microchips, weights, conditions), clinic search and booking, SMS/e-mail reminders (Twilio- and
SendGrid-shaped webhooks), curbside check-in, vaccination records, prescriptions and a pet
pharmacy shop (e-commerce spec events, Stripe-shaped payment events), staff and vets (PMS
lookups, shifts, HR onboarding), pet-insurance quotes, policies, claims with
invoices and bank payouts (US routing/account, French IBAN/RIB, Japanese bank/branch/account),
vet financing, telehealth video consults (Zoom-shaped webhook) with free-text symptoms, and a
reverse-ETL sync from the warehouse.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries (python, node, go, java, ruby, php, .NET), each with the
`context` its library really sends (ip, traits, device, app, library, locale, userAgent,
campaign, location, externalIds); identify/track/page/screen/group/alias calls.

Key conventions: mostly camelCase and snake_case English; about 15 % other: PascalCase from a
.NET claims service, kebab-case from a Go notification service, SCREAMING_SNAKE from a warehouse
sync, French backend keys (nom, prenom, adresse, race, numero_puce, titulaire_compte ...) and
romanised Japanese keys (shimei, denwa_bangou, yuubin_bangou, jusho, kouza_bangou ...).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (owner, co-owner, emergency contact, recipient,
  staff, vet); colour = the reference's default for the matcher; outside the reference: red for
  credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids, yellow
  otherwise (geolocation, advertising id, credit score ...).
- Green: ids we or vendors issue (user, order, appointment, claim, invoice, member and customer
  numbers, Stripe cus_/pi_ ids, Twilio SIDs, UUIDs), versions, timestamps, amounts, enums,
  counters and booleans under PII-sounding keys (emailVerified, phone_type, password_strength),
  product, plan, clinic, insurer and pet names; places that are not the person's (a clinic's
  address and city, a searched place); a business's own phone and e-mail (clinic front desk,
  Twilio `From`, no-reply@); user agents; OS-issued device ids; card brand, last four, expiry;
  routing numbers, BIC, Japanese bank and branch codes.
- Pets are not people: a pet's name, sex, birth date, breed (French `race`), weight, photo,
  conditions, allergies, medications, diagnoses, procedures, vaccination lot numbers, rabies tag
  and microchip numbers are green, even under keys that sound like a person's special category.
  A veterinary patient number identifies the animal, not a human patient: green (the `health id`
  rule is for human health systems).
- A pet fact that reveals the owner's special category is PII of that category: a service dog
  reveals the owner's disability (red `disability`); a veteran discount flag is red `veteran`.
- Policy items: insurance policy numbers and an insurer's member ids are yellow `identification`;
  prescription (rx) numbers are yellow `medication`, also for pets' prescriptions (the policy is
  about the key's kind, and a vet rx links to the owner's pharmacy account); hourly rates and
  income yellow `salary`; credit score yellow `credit score`; license plates yellow `license`;
  gclid/fbclid/fbp/fbc yellow `advertising id`; billing and shipping addresses yellow `address`;
  Stripe pm_ ids, client secrets, ephemeral keys, OTP codes, video-room JWTs, magic-link URLs,
  push tokens and a pet-sitter's pickup PIN red (`token`/`secret`); identity-document numbers
  red; right-to-work and visa sponsorship answers red `visa`; SSN last four red.
- Decided here (no published rule): a French civilité (M./Mme) reveals sex: yellow `gender`;
  SHA-256 hashes of an e-mail or phone sent to an ad platform (Conversions API `em`/`ph`) are
  pseudonymised personal data a privacy owner wants flagged: yellow `email`/`phone`; the last
  four digits of a bank account are green like a card's; a vet's DEA/licence number identifies
  the vet: yellow `license`; a Zoom participant's `location` (city, country) is yellow `city`.
- value_only is true where the key does not say what the value is (`lookup.q`, `input`,
  `field.value`, `To`, `Body`, `sender`, `to`, `destination`, `label`, `note`, `details`, `ll`,
  `externalIds[].id`); such a path holds that PII in every value. Free text is labelled by what
  every one of its values carries, green when none does (pet symptoms, claim descriptions, chat
  text, vet summaries).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and things ----------------------------------------------------------------------

US_FIRST = [
    "Emily",
    "Michael",
    "Aaliyah",
    "José",
    "DeShawn",
    "Ashley",
    "Connor",
    "Mei-Ling",
    "Priya",
    "Tyler",
]
US_FIRST += [
    "Guadalupe",
    "Nkechi",
    "Brandon",
    "Kayla",
    "Hyun-woo",
    "María",
    "Jamal",
    "Olivia",
    "Dmitri",
    "Fatima",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Hernandez",
    "Nguyen",
    "Washington",
    "Kim",
    "O'Connor",
    "Patel",
    "Rodriguez",
]
US_LAST += ["Thompson", "Okafor", "Goldberg", "Kowalczyk", "Begay", "Castillo", "Lee", "Abdullah", "Schmidt"]
FR_FIRST = [
    "Camille",
    "Léa",
    "Hugo",
    "Chloé",
    "Théo",
    "Manon",
    "Lucas",
    "Inès",
    "Mathis",
    "Océane",
    "Yasmine",
]
FR_FIRST += ["Mamadou", "Élodie", "Jean-Baptiste", "Amélie", "Karim", "Anaïs", "Gaëlle"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Benali", "Fontaine"]
FR_LAST += ["Rousseau", "Diallo", "Tran", "Mercier", "Chevalier", "Faure", "Le Goff", "N'Diaye"]
JP_GIVEN = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenji", "Emi", "Takumi", "Miyu"]
JP_FAMILY = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"]
JP_KANJI = [
    ("佐藤 陽翔", "サトウ ハルト"),
    ("鈴木 結衣", "スズキ ユイ"),
    ("高橋 蒼太", "タカハシ ソウタ"),
    ("田中 葵", "タナカ アオイ"),
    ("渡辺 蓮", "ワタナベ レン"),
    ("伊藤 陽菜", "イトウ ヒナ"),
    ("山本 健二", "ヤマモト ケンジ"),
    ("中村 さくら", "ナカムラ サクラ"),
    ("小林 拓海", "コバヤシ タクミ"),
    ("加藤 美優", "カトウ ミユ"),
]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "orange.fr", "free.fr", "laposte.net"]
MAIL_DOMAINS += ["yahoo.co.jp", "docomo.ne.jp", "hotmail.fr", "proton.me", "example.com"]
US_STREETS = ["Maple Ave", "Oak Street", "Elm Dr", "Sunset Blvd", "Riverside Dr", "Cedar Ln", "Highland Ave"]
US_STREETS += ["Magnolia Way", "Juniper Ct", "Pecan St", "W 34th St", "Division St"]
FR_STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue de la République",
    "impasse du Moulin",
]
FR_STREETS += [
    "rue Victor Hugo",
    "chemin des Vignes",
    "place Bellecour",
    "rue Nationale",
    "allée des Tilleuls",
]
JP_ADDRESSES = [
    "世田谷区北沢2-10-15",
    "渋谷区神南1-2-3 サンハイツ201",
    "横浜市中区山下町45-1",
    "大阪市北区梅田3-1-1",
]
JP_ADDRESSES += [
    "2-21-1 Shibuya, Shibuya-ku",
    "4-5-6 Nishi-Shinjuku, Shinjuku-ku 1203",
    "札幌市中央区南3条西4-12",
]
US_CITIES = [
    "Austin",
    "Portland",
    "Columbus",
    "San Diego",
    "Raleigh",
    "Denver",
    "Brooklyn",
    "Tucson",
    "Madison",
]
FR_CITIES = ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Paris", "Rennes", "Montpellier"]
JP_CITIES = ["Setagaya-ku", "Yokohama", "Osaka", "Sapporo", "Fukuoka", "Kyoto", "Nagoya", "Kawasaki"]
US_STATES = ["TX", "OR", "OH", "CA", "NC", "CO", "NY", "AZ", "WI"]
JP_PREFS = ["東京都", "神奈川県", "大阪府", "北海道", "福岡県", "京都府", "愛知県"]

PET_NAMES = ["Biscuit", "Luna", "Max", "Mochi", "Pompon", "Coco", "Hachi", "Bella", "Rocky", "Kuro", "Nala"]
PET_NAMES += ["Milo", "Sushi", "Caramel", "Daisy", "Taro", "Oscar", "Pépite", "Sora", "Winston", "ポチ"]
SPECIES = ["dog", "cat", "rabbit", "ferret", "bird"]
BREEDS = ["Labrador Retriever", "French Bulldog", "Shiba Inu", "Maine Coon", "Golden Retriever", "Dachshund"]
BREEDS += ["British Shorthair", "Toy Poodle", "Border Collie", "Scottish Fold", "Mixed breed", "Holland Lop"]
FR_BREEDS = [
    "Berger Australien",
    "Chartreux",
    "Bouledogue français",
    "Européen",
    "Golden Retriever",
    "Sacré de Birmanie",
]
JP_BREEDS = [
    "柴犬",
    "トイプードル",
    "チワワ",
    "スコティッシュフォールド",
    "ミックス",
    "Shiba Inu",
    "Toy Poodle",
]
PET_CONDITIONS = ["atopic dermatitis", "chronic kidney disease", "hip dysplasia", "diabetes mellitus"]
PET_CONDITIONS += ["hyperthyroidism", "otitis externa", "luxating patella", "IBD", "heart murmur grade II"]
PET_ALLERGIES = ["chicken protein", "flea saliva", "beef", "grass pollen", "penicillin", "none known"]
PET_MEDS = ["Apoquel 16 mg", "Bravecto 500 mg", "Metacam 1.5 mg/ml", "Vetmedin 5 mg", "Cytopoint 20 mg"]
PET_MEDS += ["Methimazole 5 mg", "Gabapentin 100 mg", "Simparica Trio", "Cerenia 24 mg", "Clavamox 62.5 mg"]
VACCINES = [
    "Rabies (3 yr)",
    "DHPP",
    "Bordetella",
    "Leptospirosis 4",
    "FVRCP",
    "FeLV",
    "CHPPiL",
    "5種混合ワクチン",
]
VACCINE_MAKERS = ["Zoetis", "Boehringer Ingelheim", "Merck Animal Health", "Elanco", "Virbac"]
CLINICS = [
    "Riverside Animal Hospital",
    "Mission Pet Hospital",
    "Paws & Claws Vet Center",
    "Clinique Vétérinaire des Lilas",
]
CLINICS += ["Clinique du Parc", "Sakura Animal Hospital", "Ebisu Pet Clinic", "Northgate Emergency Vet"]
CLINIC_PHONES = ["+1 512-555-0142", "(503) 555-0199", "+33 4 78 00 12 34", "03-5555-0123", "+1 614 555 0110"]
CLINIC_EMAILS = ["frontdesk@riversidevet.com", "contact@clinique-des-lilas.fr", "info@sakura-ah.jp"]
CLINIC_EMAILS += ["appointments@missionpethospital.com", "support@pawsandclaws.vet"]
CLINIC_ADDRESSES = ["1201 S Lamar Blvd, Austin, TX 78704", "2150 NE Broadway, Portland, OR 97232"]
CLINIC_ADDRESSES += [
    "14 rue Garibaldi, 69006 Lyon",
    "東京都渋谷区恵比寿1-8-6",
    "480 Mission St, San Francisco, CA 94105",
]
INSURERS = [
    "Trupanion",
    "Healthy Paws",
    "Lemonade Pet",
    "Nationwide",
    "SantéVet",
    "Assur O'Poil",
    "Anicom",
    "ipet",
]
PRODUCTS = [
    ("Hill's Prescription Diet k/d 8.5 lb", "Hill's", "Prescription Food"),
    ("Royal Canin Urinary SO 3.5 kg", "Royal Canin", "Prescription Food"),
    ("Bravecto Chew 20-44 lb", "Merck", "Flea & Tick"),
    ("Greenies Dental Treats", "Greenies", "Treats"),
    ("Kong Classic Large", "KONG", "Toys"),
    ("Apoquel 16 mg x30", "Zoetis", "Pharmacy"),
    ("Purina Pro Plan FortiFlora", "Purina", "Supplements"),
    ("Seresto Collar Small Dog", "Elanco", "Flea & Tick"),
]
ROUTING = ["021000021", "011401533", "121000358", "026009593", "322271627", "111000025", "071000013"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def country(f: Fake) -> str:
    return f.pick(["US", "US", "US", "FR", "FR", "JP", "JP"])


def first(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"US": US_FIRST, "FR": FR_FIRST, "JP": JP_GIVEN}[c])


def last(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"US": US_LAST, "FR": FR_LAST, "JP": JP_FAMILY}[c])


def full_name(f: Fake) -> str:
    c = country(f)
    if c == "JP":
        return f.pick([f"{first(f, c)} {last(f, c)}", f"{last(f, c)} {first(f, c)}", f.pick(JP_KANJI)[0]])
    return f"{first(f, c)} {last(f, c)}"


def ascii_(s: str) -> str:
    table = str.maketrans("éèêëàâäîïôöûüçñáíóúÉÈ", "eeeeaaaiioouucnaiouEE")
    return s.translate(table).replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake) -> str:
    c = country(f)
    fn, ln = ascii_(first(f, c)).lower(), ascii_(last(f, c)).lower()
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}", f"{fn}_{ln}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def fr_phone(f: Fake) -> str:
    d = [f"{f.r.randint(0, 99):02d}" for _ in range(4)]
    lead = f.pick(["6", "7"])
    return f.pick(
        [
            f"0{lead} {' '.join(d)}",
            f"+33 {lead} {' '.join(d)}",
            f"+33{lead}{''.join(d)}",
            f"0{lead}.{'.'.join(d)}",
        ]
    )


def jp_phone(f: Fake) -> str:
    pre = f.pick(["90", "80", "70"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"0{pre}-{a}-{b}", f"+81 {pre}-{a}-{b}", f"+81{pre}{a}{b}", f"0{pre}{a}{b}"])


def e164(f: Fake) -> str:
    c = country(f)
    if c == "US":
        return f.phone("e164")
    if c == "FR":
        return f"+33{f.pick(['6', '7'])}{f.r.randint(10000000, 99999999)}"
    return f"+81{f.pick(['90', '80', '70'])}{f.r.randint(10000000, 99999999)}"


def near_me(f: Fake) -> str:
    lat0, lon0 = f.pick([(30.27, -97.74), (45.52, -122.68), (45.76, 4.84), (48.86, 2.35), (35.66, 139.70)])
    return f"{lat0 + f.r.uniform(-0.2, 0.2):.4f},{lon0 + f.r.uniform(-0.2, 0.2):.4f}"


def phone(f: Fake) -> str:
    return {"US": us_phone, "FR": fr_phone, "JP": jp_phone}[country(f)](f)


def street(f: Fake) -> str:
    c = country(f)
    if c == "US":
        unit = f.pick(["", "", " Apt 4B", " Unit 12", " #305"])
        return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}{unit}"
    if c == "FR":
        return f"{f.r.randint(1, 140)}{f.pick(['', '', ' bis'])} {f.pick(FR_STREETS)}"
    return f.pick(JP_ADDRESSES)


def city(f: Fake) -> str:
    return f.pick({"US": US_CITIES, "FR": FR_CITIES, "JP": JP_CITIES}[country(f)])


def postal(f: Fake) -> str:
    c = country(f)
    if c == "US":
        return f.pick(
            [f"{f.r.randint(10000, 99950)}", f"{f.r.randint(10000, 99950)}-{f.r.randint(1000, 9999)}"]
        )
    if c == "FR":
        return f"{f.pick([75, 69, 13, 31, 44, 33, 59, 35, 34])}{f.r.randint(1, 20):03d}"
    return f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}"


def full_address(f: Fake) -> str:
    return f"{street(f)}, {city(f)} {postal(f)}"


def dob(f: Fake) -> str:
    return f.pick([f.date(1948, 2004), f.date(1948, 2004).replace("-", "/")])


def microchip(f: Fake) -> str:
    return f.pick(["250", "392", "985", "900", "956"]) + "".join(str(f.r.randint(0, 9)) for _ in range(12))


def pm_id(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def stripe_id(f: Fake, prefix: str, n: int = 14) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(f.pick(alnum) for _ in range(n))


def dea(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f.pick(["A", "B", "F"]) + f.pick("ABCDEFGHJKLMNPRSTW") + "".join(map(str, d)) + str(check)


def sha256ish(f: Fake) -> str:
    return f.hexid(64)


def pet_name(f: Fake) -> str:
    return f.pick(PET_NAMES)


def callback_note(f: Fake) -> str:
    return f.pick(
        [
            "Please call me back on " + phone(f) + " after 5pm",
            "Best number is " + phone(f),
            phone(f) + " - mobile, text first",
            "Merci de me rappeler au " + fr_phone(f),
            "折り返しは " + jp_phone(f) + " までお願いします",
            "Luna is still limping, reach me at " + us_phone(f),
        ]
    )


def sms_body(f: Fake) -> str:
    return f.pick(
        [
            f"Hi {first(f)}, {pet_name(f)} is due for a DHPP booster. Book at https://pv.link/{f.hexid(6)}",
            f"Hi {first(f)}! Reminder: {pet_name(f)}'s appointment is tomorrow at {f.r.randint(8, 17)}:00. "
            "Reply C to confirm.",
            f"Bonjour {first(f, 'FR')}, rappel : RDV pour {pet_name(f)} demain à {f.r.randint(8, 18)}h. "
            "Répondez OUI.",
            f"{last(f, 'JP')}様 {pet_name(f)}ちゃんのご予約は明日{f.r.randint(9, 18)}時です。",
        ]
    )


def symptoms(f: Fake) -> str:
    return f.pick(
        [
            "Vomiting since last night, won't eat breakfast",
            "Scratching ears a lot, head shaking, smells bad",
            "Limping on back left leg after the dog park",
            "Drinking way more water than usual, peeing in the house",
            "Diarrhea for 2 days, still playful",
            "Il tousse depuis 3 jours, surtout la nuit",
            "食欲がなく、元気がありません",
            "Red eye with discharge, squinting",
            "Ate part of a sock about an hour ago",
        ]
    )


def pet_block(f: Fake) -> dict:
    return {
        "id": G(lambda f: "pet_" + f.hexid(10)),
        "name": G(pet_name),
        "species": G(lambda f: f.pick(SPECIES)),
        "breed": G(lambda f: f.pick(BREEDS)),
        "sex": G(lambda f: f.pick(["male", "female", "male_neutered", "female_spayed"])),
        "birthDate": G(lambda f: f.date(2008, 2024)),
        "weightKg": G(lambda f: f.money(0.8, 48)),
    }


# -- contexts sent by the client libraries ----------------------------------------------------------

ADVERTISING = Y(lambda f: f.uuid().upper(), "advertising id")


def web_context(f: Fake):
    page = f.pick(
        ["/", "/book", "/pets", "/insurance/quote", "/shop/pharmacy", "/account/profile", "/clinics"]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=sms", "?lang=fr"])
            ),
            "title": G(
                lambda f: f.pick(["PawVet | Book a visit", "My pets - PawVet", "Pet insurance quote"])
            ),
            "url": G(lambda f: "https://www.pawvet.com" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-FR", "ja-JP", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/Paris", "Asia/Tokyo", "America/Los_Angeles"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_vaccine_reminder", "new_puppy_2024", "insurance_launch_fr"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "line"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(["vet near me", "cat vaccination cost", "assurance chien", "ペット保険"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PawVet"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2"])),
            "build": G(lambda f: f.pick(["6400", "6521"])),
            "namespace": G(lambda f: "com.pawvet.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone13,2", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": ADVERTISING,
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-FR", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Paris", "Asia/Tokyo"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PawVet"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651003"])),
            "namespace": G(lambda f: "com.pawvet.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "2201117TG", "SH-M26"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "spes", "SH-M26"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-FR", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Orange F", "NTT DOCOMO", "SFR", "Verizon"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Paris", "Asia/Tokyo"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: Fake):
    ios = f.r.random() < 0.55
    return {
        "app": {
            "name": G(lambda f: "PawVet"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2"])),
            "build": G(lambda f: f.pick(["640", "652"])),
            "namespace": G(lambda f: "com.pawvet.ios" if ios else "com.pawvet.android"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Google"])),
            "model": G(
                lambda f: f.pick(["iPhone14,5", "iPhone15,4"]) if ios else f.pick(["SM-A546B", "Pixel 7"])
            ),
            "name": G(lambda f: "iPhone" if ios else f.pick(["a54x", "panther"])),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "fr-FR", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "17.5.1"]) if ios else f.pick(["14", "13"])),
        },
        "screen": {"width": G(lambda f: 390 if ios else 412), "height": G(lambda f: 844 if ios else 915)},
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/Paris", "Asia/Tokyo"])),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(["basic", "wellness_plus", "none"])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25, 49), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, 141), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
    }


def flutter_context(f: Fake):
    ios = f.r.random() < 0.6
    return {
        "app": {
            "name": G(lambda f: "PawVet Japan"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1"])),
            "build": G(lambda f: f.pick(["230", "231"])),
            "namespace": G(lambda f: "jp.pawvet.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["SONY", "SHARP"])),
            "model": G(
                lambda f: f.pick(["iPhone14,7", "iPhone15,2"]) if ios else f.pick(["XQ-DQ44", "SH-53D"])
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.3"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "16.7.8"]) if ios else f.pick(["14", "13"])),
        },
        "screen": {"width": G(lambda f: 390 if ios else 412), "height": G(lambda f: 844 if ios else 915)},
        "timezone": G(lambda f: "Asia/Tokyo"),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "location": {
            "city": Y(lambda f: f.pick(JP_CITIES), "city"),
            "country": G(lambda f: "Japan"),
            "latitude": Y(lambda f: round(f.r.uniform(33.5, 43.1), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(130.3, 141.4), 6), "geolocation"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.2"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0"],
    "analytics-csharp": ["2.3.5", "2.4.0"],
}


def server_context(lib: str):
    def ctx(f: Fake):
        out = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        }
        if lib == "analytics-node":
            out["userAgent"] = G(lambda f: f.pick(UAS))
            out["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib in ("analytics-python", "analytics-ruby"):
            out["locale"] = G(lambda f: f.pick(["en-US", "fr-FR", "ja-JP"]))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "py": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
}


# -- events -------------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"PV-{f.r.randint(10000, 99999)}-{f.pick(['EA', 'BX', 'BG'])}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.money(4, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "requires_prescription": G(lambda f: f.pick([True, False])),
    }


OWNERS = [
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postalCode": Y(postal, "zipcode"),
                "country": G(lambda f: f.pick(["US", "FR", "JP"])),
            },
            "avatar": Y(lambda f: f"https://cdn.pawvet.com/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "numberOfPets": G(lambda f: f.r.randint(1, 5)),
            "preferredClinicId": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "plan": G(lambda f: f.pick(["basic", "wellness_plus", "none"])),
            "language": G(lambda f: f.pick(["en", "fr", "ja"])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "isVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "numberOfPets": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(email, "email"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_accepted": G(lambda f: True),
            "referral_code": G(lambda f: "PAW" + f.hexid(5).upper()),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(30), "advertising id"),
            "signup_step_count": G(lambda f: f.r.randint(2, 5)),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        "node",
        {
            "email": Y(email, "email"),
            "login_link": RED(lambda f: f"https://app.pawvet.com/auth/magic?token={f.hexid(48)}", "token"),
            "expires_in_sec": G(lambda f: f.pick([600, 900])),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "is_new_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "py",
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(phone, "phone", True),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: "twilio_verify"),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(G(lambda f: f.pick(["phone", "address", "email", "name", "language"])), 3),
            "previous_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "phone_type": G(lambda f: f.pick(["mobile", "home", "work"])),
            "address_validated": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: "AccountSettings"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "kotlin",
        {
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "neighbor", "pet_sitter"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "can_authorize_treatment": G(lambda f: f.pick([True, False])),
            },
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Co-owner Invited",
        "swift",
        {
            "household_id": G(lambda f: "hh_" + f.hexid(12)),
            "invitee_email": Y(email, "email"),
            "invitee_phone": Y(phone, "phone"),
            "role": G(lambda f: f.pick(["co_owner", "viewer", "pet_sitter"])),
            "can_book": G(lambda f: f.pick([True, False])),
            "pets_shared": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "referral_code": G(lambda f: "PAW" + f.hexid(5).upper()),
            "invitee": {"email": Y(email, "email"), "first_name": Y(first, "name")},
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        "web",
        {
            "form_id": G(lambda f: f.pick(["first_exam_10off", "puppy_guide"])),
            "input": Y(email, "email", True),
            "offer": G(lambda f: f.pick(["10% off first exam", "Free puppy guide"])),
            "page_path": G(lambda f: f.pick(["/", "/puppies", "/kittens"])),
        },
    ),
    (
        "alias",
        None,
        "swift",
        {},
    ),
    (
        "page",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(["Home", "Book a Visit", "My Pets", "Insurance Quote", "Pharmacy"])),
            "category": G(lambda f: f.pick(["Marketing", "Account", "Shop"])),
            "path": G(lambda f: f.pick(["/", "/book", "/pets", "/insurance/quote"])),
            "url": G(lambda f: "https://www.pawvet.com" + f.pick(["/", "/book", "/pets"])),
            "title": G(lambda f: f.pick(["PawVet | Book a visit", "My pets - PawVet"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_campaign=spring_vaccine_reminder"])),
        },
    ),
    (
        "screen",
        None,
        "kotlin",
        {
            "name": G(
                lambda f: f.pick(["PetList", "PetDetail", "BookingCalendar", "ClaimForm", "VideoConsult"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "PetList", "Inbox"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 2200)),
        },
    ),
    (
        "screen",
        None,
        "swift",
        {
            "name": G(
                lambda f: f.pick(["PetList", "PetDetail", "BookingCalendar", "ClaimForm", "VideoConsult"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "PetList", "Inbox"])),
        },
    ),
]

PETS = [
    (
        "track",
        "Pet Profile Created",
        "swift",
        {
            "pet": {
                **pet_block(None),
                "neutered": G(lambda f: f.pick([True, False])),
                "ageYears": G(lambda f: f.r.randint(0, 17)),
                "microchipNumber": G(microchip),
                "color": G(lambda f: f.pick(["black", "tabby", "cream", "brindle", "tricolor"])),
                "photoUrl": G(lambda f: f"https://cdn.pawvet.com/pets/{f.hexid(16)}.jpg"),
                "insured": G(lambda f: f.pick([True, False])),
                "isServiceDog": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "source": G(lambda f: f.pick(["onboarding", "add_pet_button"])),
        },
    ),
    (
        "track",
        "Pet Health Record Viewed",
        "flutter",
        {
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "patient_number": G(lambda f: f"P-{f.r.randint(100000, 999999)}"),
            "record_type": G(lambda f: f.pick(["summary", "labs", "vaccines", "medications"])),
            "conditions": Many(G(lambda f: f.pick(PET_CONDITIONS)), 3),
            "allergies": Many(G(lambda f: f.pick(PET_ALLERGIES)), 2),
            "current_medications": Many(G(lambda f: f.pick(PET_MEDS)), 3),
            "last_visit_date": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Lost Pet Alert Created",
        "rn",
        {
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "pet_name": G(pet_name),
            "microchip": G(microchip),
            "last_seen_area": G(
                lambda f: f.pick(["Zilker Park", "Parc de la Tête d'Or", "代々木公園", "Laurelhurst"])
            ),
            "owner_contact_phone": Y(phone, "phone"),
            "reward_offered": G(lambda f: f.pick([0, 50, 100, 200])),
            "photo_url": G(lambda f: f"https://cdn.pawvet.com/pets/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Rendez-vous Confirmé",
        "php",
        {
            "id_rdv": G(lambda f: f"RDV{f.r.randint(1000000, 9999999)}"),
            "clinique": G(lambda f: f.pick(["Clinique Vétérinaire des Lilas", "Clinique du Parc"])),
            "veterinaire": Y(lambda f: "Dr " + first(f, "FR") + " " + last(f, "FR"), "name"),
            "animal": {
                "nom": G(pet_name),
                "espece": G(lambda f: f.pick(["chien", "chat", "lapin", "NAC"])),
                "race": G(lambda f: f.pick(FR_BREEDS)),
                "sexe": G(lambda f: f.pick(["M", "F", "MC", "FS"])),
                "date_naissance": G(lambda f: f.date(2010, 2024)),
                "numero_puce": G(microchip),
                "poids_kg": G(lambda f: f.money(1, 40)),
            },
            "motif": G(lambda f: f.pick(["vaccination", "consultation", "stérilisation", "détartrage"])),
            "date_rdv": G(lambda f: f.iso()),
            "rappel_sms": G(lambda f: f.pick([True, False])),
            "telephone_clinique": G(lambda f: f.pick(["04 78 00 12 34", "+33 1 45 00 67 89"])),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "civilite": Y(lambda f: f.pick(["M.", "Mme"]), "gender"),
            "nom": Y(lambda f: last(f, "FR"), "name"),
            "prenom": Y(lambda f: first(f, "FR"), "name"),
            "courriel": Y(email, "email"),
            "telephone_portable": Y(fr_phone, "phone"),
            "adresse": {
                "rue": Y(lambda f: f"{f.r.randint(1, 140)} {f.pick(FR_STREETS)}", "address|street"),
                "code_postal": Y(
                    lambda f: f"{f.pick([75, 69, 13, 31, 44])}{f.r.randint(1, 20):03d}", "zipcode"
                ),
                "ville": Y(lambda f: f.pick(FR_CITIES), "city"),
                "pays": G(lambda f: "France"),
            },
            "date_de_naissance": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "numero_client": G(lambda f: f"C{f.r.randint(10000000, 99999999)}"),
            "optin_newsletter": G(lambda f: f.pick([True, False])),
            "langue": G(lambda f: "fr"),
        },
    ),
    (
        "identify",
        None,
        "ruby",
        {
            "shimei": Y(lambda f: f.pick(JP_KANJI)[0], "name"),
            "shimei_kana": Y(lambda f: f.pick(JP_KANJI)[1], "name"),
            "meeru": Y(email, "email"),
            "denwa_bangou": Y(jp_phone, "phone"),
            "yuubin_bangou": Y(lambda f: f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "todoufuken": G(lambda f: f.pick(JP_PREFS)),
            "jusho": Y(lambda f: f.pick(JP_ADDRESSES), "address"),
            "seinengappi": Y(lambda f: f.date(1950, 2004).replace("-", "/"), "birthdate"),
            "kaiin_bangou": G(lambda f: f"{f.r.randint(10000000, 99999999)}"),
            "touroku_bi": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Yoyaku Kanryou",
        "flutter",
        {
            "yoyaku_id": G(lambda f: f"R{f.r.randint(10000000, 99999999)}"),
            "byouin_mei": G(
                lambda f: f.pick(["Sakura Animal Hospital", "恵比寿ペットクリニック", "Ebisu Pet Clinic"])
            ),
            "juui_mei": Y(lambda f: f.pick(JP_KANJI)[0].split(" ")[0] + " 先生", "name"),
            "pet": {
                "namae": G(pet_name),
                "shurui": G(lambda f: f.pick(["犬", "猫", "うさぎ"])),
                "hinshu": G(lambda f: f.pick(JP_BREEDS)),
                "taijuu_kg": G(lambda f: f.money(1, 30)),
            },
            "yoyaku_nichiji": G(lambda f: f.iso()),
            "shoshin": G(lambda f: f.pick([True, False])),
            "renrakusaki": Y(jp_phone, "phone"),
        },
    ),
]

CARE = [
    (
        "track",
        "Clinic Searched",
        "web",
        {
            "q": G(
                lambda f: f.pick(
                    ["Austin TX", "Lyon 6e", "渋谷", "emergency vet", "78704", "exotic vet Portland"]
                )
            ),
            "ll": Y(
                near_me,
                "geolocation",
                True,
            ),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "sort": G(lambda f: f.pick(["distance", "rating", "next_available"])),
            "filters": {
                "open_now": G(lambda f: f.pick([True, False])),
                "exotic_pets": G(lambda f: f.pick([True, False])),
                "emergency_24h": G(lambda f: f.pick([True, False])),
            },
            "sessiontoken": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Clinic Selected",
        "web",
        {
            "clinic": {
                "id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
                "name": G(lambda f: f.pick(CLINICS)),
                "phone": G(lambda f: f.pick(CLINIC_PHONES)),
                "email": G(lambda f: f.pick(CLINIC_EMAILS)),
                "address": G(lambda f: f.pick(CLINIC_ADDRESSES)),
                "city": G(lambda f: f.pick(["Austin", "Portland", "Lyon", "Tokyo", "San Francisco"])),
                "rating": G(lambda f: f.money(3.5, 5)),
            },
            "distance_mi": G(lambda f: f.money(0.2, 18)),
            "position": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        "rn",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "clinic_id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
            "vet": {
                "id": G(lambda f: f"vet_{f.r.randint(1000, 9999)}"),
                "name": Y(lambda f: "Dr. " + full_name(f), "name"),
            },
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "pet_name": G(pet_name),
            "reason": G(
                lambda f: f.pick(["wellness_exam", "vaccines", "sick_visit", "dental", "surgery_consult"])
            ),
            "reason_details": G(symptoms),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 30, 45, 60])),
            "is_first_visit": G(lambda f: f.pick([True, False])),
            "reminder_opt_in": G(lambda f: f.pick([True, False])),
            "owner_phone": Y(phone, "phone"),
            "deposit_amount": G(lambda f: f.pick([0, 25, 50])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "JPY"])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        "go",
        {
            "reminder-id": G(lambda f: f.uuid()),
            "appointment-id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "email", "push", "line"])),
            "recipient-name": Y(full_name, "name"),
            "recipient-phone": Y(phone, "phone"),
            "template-name": G(lambda f: f.pick(["appt_24h", "appt_2h", "vaccine_due"])),
            "send-at": G(lambda f: f.iso()),
            "clinic-phone": G(lambda f: f.pick(CLINIC_PHONES)),
            "pet-name": G(pet_name),
            "delivery-status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+15125550142", "+15035550199", "+33756120044"])),
            "To": Y(e164, "phone", True),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ToCountry": G(lambda f: f.pick(["US", "FR", "JP"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        "web",
        {
            "callback_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["billing", "medical_question", "insurance_claim"])),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(callback_note, "phone", True),
        },
    ),
    (
        "track",
        "Contact Method Selected",
        "swift",
        {
            "contact_option": {
                "id": G(lambda f: f.pick(["sms_primary", "sms_secondary"])),
                "label": Y(lambda f: f.pick(["Text ", "SMS ", "Texto au "]) + phone(f), "phone", True),
                "is_default": G(lambda f: f.pick([True, False])),
            },
            "context_screen": G(lambda f: "ReminderPreferences"),
        },
    ),
    (
        "track",
        "Curbside Check-in",
        "rn",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "parking_spot": G(lambda f: f.pick(["A1", "A2", "B4", "7"])),
            "vehicle": {
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Subaru", "Renault", "Tesla"])),
                "color": G(lambda f: f.pick(["white", "grey", "blue", "red"])),
                "license_plate": Y(
                    lambda f: f.pick(
                        [f"{f.hexid(3).upper()}-{f.r.randint(1000, 9999)}", f"GH-{f.r.randint(100, 999)}-KT"]
                    ),
                    "license",
                ),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "eta_min": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Vaccination Recorded",
        "java",
        {
            "vaccination": {
                "id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
                "vaccine_name": G(lambda f: f.pick(VACCINES)),
                "manufacturer": G(lambda f: f.pick(VACCINE_MAKERS)),
                "lot_number": G(lambda f: f"{f.pick(['A', 'L', 'X'])}{f.r.randint(100000, 999999)}"),
                "route": G(lambda f: f.pick(["SC", "IM", "IN"])),
                "administered_at": G(lambda f: f.iso()),
                "next_due": G(lambda f: f.date(2025, 2027)),
                "rabies_tag_number": G(lambda f: f"2024-{f.r.randint(10000, 99999)}"),
            },
            "patient_id": G(lambda f: f.r.randint(100000, 999999)),
            "administered_by": {
                "staff_id": G(lambda f: f.r.randint(100, 999)),
                "name": Y(full_name, "name"),
                "license_number": Y(
                    lambda f: f"VET-{f.pick(US_STATES)}-{f.r.randint(1000, 99999)}", "license"
                ),
            },
            "clinic_id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
        },
    ),
    (
        "track",
        "Prescription Issued",
        "java",
        {
            "rx_number": Y(lambda f: f"RX{f.r.randint(1000000, 9999999)}", "medication"),
            "medication_name": G(lambda f: f.pick(PET_MEDS)),
            "quantity": G(lambda f: f.pick([14, 30, 60, 90])),
            "refills": G(lambda f: f.r.randint(0, 5)),
            "sig": G(
                lambda f: f.pick(["Give 1 tablet by mouth twice daily with food", "Apply 1 pipette monthly"])
            ),
            "controlled_substance": G(lambda f: f.pick([True, False])),
            "prescriber": {
                "name": Y(lambda f: "Dr. " + full_name(f), "name"),
                "dea_number": Y(dea, "license"),
            },
            "patient_species": G(lambda f: f.pick(SPECIES)),
            "pharmacy": G(lambda f: f.pick(["in_clinic", "pawvet_online", "Chewy Pharmacy"])),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        "swift",
        {
            "rx_number": Y(lambda f: f"RX{f.r.randint(1000000, 9999999)}", "medication"),
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "autoship": G(lambda f: f.pick([True, False])),
            "delivery_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "zip": Y(postal, "zipcode"),
                "state": G(lambda f: f.pick(US_STATES)),
            },
        },
    ),
]

SHOP = [
    (
        "track",
        "Product Viewed",
        "web",
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": G(lambda f: "USD"),
            "value": G(lambda f: f.money(4, 120)),
            "url": G(lambda f: f"https://www.pawvet.com/shop/p/{f.r.randint(1000, 9999)}"),
            "image_url": G(lambda f: f"https://cdn.pawvet.com/p/{f.hexid(8)}.jpg"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "rn",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money(10, 400)),
            "currency": G(lambda f: "USD"),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
            "payment_method_id": RED(pm_id, "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "postal_code": Y(postal, "zipcode"),
                    "city": Y(city, "city"),
                    "country": G(lambda f: f.pick(["US", "FR", "JP"])),
                },
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 400)),
            "subtotal": G(lambda f: f.money(10, 380)),
            "tax": G(lambda f: f.money(0, 30)),
            "shipping": G(lambda f: f.pick([0, 4.99, 9.99])),
            "discount": G(lambda f: f.money(0, 20)),
            "coupon": G(lambda f: f.pick(["", "AUTOSHIP5", "NEWPET10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product()),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 2", "Suite 300", "Unit B", "Floor 3"]), "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "state": G(lambda f: f.pick(US_STATES)),
                "country": G(lambda f: "US"),
            },
        },
    ),
    (
        "track",
        "Payment Sheet Presented",
        "swift",
        {
            "amount": G(lambda f: f.r.randint(1500, 40000)),
            "currency": G(lambda f: f.pick(["usd", "eur", "jpy"])),
            "customer_id": G(lambda f: stripe_id(f, "cus_")),
            "payment_intent": G(lambda f: stripe_id(f, "pi_3", 23)),
            "client_secret": RED(
                lambda f: stripe_id(f, "pi_3", 23) + "_secret_" + stripe_id(f, "", 25), "secret|token"
            ),
            "ephemeral_key": RED(lambda f: stripe_id(f, "ek_live_", 40), "secret|token"),
            "apple_pay_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 100])),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "message": G(
                lambda f: f.pick(["Happy birthday to Luna!", "For Mochi's first checkup", "Enjoy!", ""])
            ),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "java",
        {
            "invoice_number": G(lambda f: f"INV-{f.r.randint(100000, 999999)}"),
            "clinic_id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
            "total": G(lambda f: f.money(40, 3000)),
            "line_items": Many(
                {
                    "code": G(lambda f: f.pick(["EXAM01", "VAC-DHPP", "LAB-CBC", "DENT-02", "RX-APQ16"])),
                    "description": G(
                        lambda f: f.pick(["Wellness exam", "DHPP vaccine", "CBC panel", "Dental cleaning"])
                    ),
                    "qty": G(lambda f: f.r.randint(1, 3)),
                    "amount": G(lambda f: f.money(15, 900)),
                },
                4,
            ),
            "payment": {
                "method": G(lambda f: f.pick(["card_present", "cash", "care_credit"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "discover"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "terminal_id": G(lambda f: f"tmr_{f.hexid(12)}"),
                "auth_code": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
            },
            "client": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
            },
        },
    ),
    (
        "track",
        "Email Event",
        "py",
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-0"),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0001p1lon1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["reminder", "receipt", "newsletter"])), 2),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(lambda f: f.pick(["https://www.pawvet.com/book", "https://www.pawvet.com/shop"])),
            "reply_to": G(lambda f: "no-reply@pawvet.com"),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "Schedule"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256ish, "email"),
                "ph": Y(sha256ish, "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(28)}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
        },
    ),
]

INSURANCE = [
    (
        "track",
        "Insurance Quote Requested",
        "web",
        {
            "quote_id": G(lambda f: f.uuid()),
            "pet": {
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(BREEDS)),
                "age_years": G(lambda f: f.r.randint(0, 14)),
                "pre_existing_conditions": Many(G(lambda f: f.pick(PET_CONDITIONS)), 2),
            },
            "owner_zip": Y(postal, "zipcode"),
            "email": Y(email, "email"),
            "deductible": G(lambda f: f.pick([100, 250, 500])),
            "reimbursement_rate": G(lambda f: f.pick([0.7, 0.8, 0.9])),
            "annual_limit": G(lambda f: f.pick([5000, 10000, "unlimited"])),
            "monthly_premium": G(lambda f: f.money(14, 120)),
            "employer": G(lambda f: f.pick(["Initech", "Dell Technologies", "none", "Rakuten"])),
            "marital_status": G(lambda f: f.pick(["single", "married", "domestic_partner"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: "insurance_quote"),
            "field": {
                "name": G(lambda f: "postcode"),
                "value": Y(postal, "zipcode", True),
                "valid": G(lambda f: f.pick([True, False])),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Policy Purchased",
        "dotnet",
        {
            "PolicyNumber": Y(
                lambda f: f"PV{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}", "identification"
            ),
            "PolicyHolder": {
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "Email": Y(email, "email"),
                "Phone": Y(phone, "phone"),
                "DateOfBirth": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "MailingAddress": {
                    "Line1": Y(street, "address|street"),
                    "City": Y(city, "city"),
                    "State": G(lambda f: f.pick(US_STATES)),
                    "PostalCode": Y(postal, "zipcode"),
                },
            },
            "PetName": G(pet_name),
            "PetSpecies": G(lambda f: f.pick(["Dog", "Cat"])),
            "Insurer": G(lambda f: f.pick(INSURERS)),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "MonthlyPremium": G(lambda f: f.money(14, 120)),
            "PaymentMethodToken": RED(pm_id, "token"),
            "Channel": G(lambda f: f.pick(["Web", "iOS", "Android", "Partner"])),
        },
    ),
    (
        "track",
        "Claim Submitted",
        "dotnet",
        {
            "ClaimNumber": G(lambda f: f"CLM-{f.r.randint(10000000, 99999999)}"),
            "PolicyNumber": Y(
                lambda f: f"PV{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}", "identification"
            ),
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(100000, 999999)}"),
            "InvoiceTotal": G(lambda f: f.money(40, 6000)),
            "TreatmentDate": G(lambda f: f.date(2024, 2024)),
            "ClinicName": G(lambda f: f.pick(CLINICS)),
            "Diagnosis": G(
                lambda f: f.pick([*PET_CONDITIONS, "foreign body ingestion", "cruciate ligament tear"])
            ),
            "DiagnosisCode": G(lambda f: f.pick(["VN-1042", "VN-2210", "VN-0387", "VN-3301"])),
            "ClaimType": G(lambda f: f.pick(["Accident", "Illness", "Wellness"])),
            "Description": G(
                lambda f: f.pick(
                    [
                        "Swallowed a sock, endoscopy to remove it",
                        "Limping after jumping off couch, x-rays taken",
                        "Ear infection, recheck in 2 weeks",
                        "Annual bloodwork for kidney monitoring",
                    ]
                )
            ),
            "Attachments": Many(
                {
                    "FileName": G(lambda f: f.pick(["invoice.pdf", "IMG_4821.jpg", "medical_records.pdf"])),
                    "Sha256": G(sha256ish),
                    "SizeBytes": G(lambda f: f.r.randint(20_000, 4_000_000)),
                },
                3,
            ),
            "PayoutMethod": G(lambda f: f.pick(["DirectDeposit", "Check", "PayClinicDirectly"])),
            "BankAccountLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "SubmittedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Claim Paid",
        "dotnet",
        {
            "ClaimNumber": G(lambda f: f"CLM-{f.r.randint(10000000, 99999999)}"),
            "PaidAmount": G(lambda f: f.money(20, 5000)),
            "PayoutReference": G(lambda f: f"ACH{f.r.randint(10**9, 10**10)}"),
            "RoutingNumber": G(lambda f: f.pick(ROUTING)),
            "AccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "AccountHolderName": Y(full_name, "name"),
            "AdjusterName": Y(full_name, "name"),
            "PaidUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Demande de Remboursement Envoyée",
        "php",
        {
            "numero_contrat": Y(lambda f: f"SV{f.r.randint(1000000, 9999999)}", "identification"),
            "numero_sinistre": G(lambda f: f"S{f.r.randint(10000000, 99999999)}"),
            "montant_facture": G(lambda f: f.money(30, 2500)),
            "date_soins": G(lambda f: f.date(2024, 2024)),
            "clinique": G(lambda f: f.pick(["Clinique Vétérinaire des Lilas", "Clinique du Parc"])),
            "acte": G(
                lambda f: f.pick(
                    ["stérilisation", "vaccination", "radiographie", "détartrage", "consultation"]
                )
            ),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "CRLYFRPP", "AGRIFRPP882", "SOGEFRPP"])),
            "titulaire_compte": Y(lambda f: first(f, "FR") + " " + last(f, "FR").upper(), "name"),
            "facture_ref": G(lambda f: f"F{f.r.randint(2024000, 2024999)}"),
        },
    ),
    (
        "track",
        "Hoken Seikyuu Shinsei",
        "ruby",
        {
            "shouken_bangou": Y(lambda f: f"{f.r.randint(10**9, 10**10 - 1)}", "identification"),
            "seikyuu_bangou": G(lambda f: f"C{f.r.randint(10000000, 99999999)}"),
            "shinryou_bi": G(lambda f: f.date(2024, 2024)),
            "byouin_mei": G(
                lambda f: f.pick(["Sakura Animal Hospital", "恵比寿ペットクリニック", "Ebisu Pet Clinic"])
            ),
            "pet_mei": G(pet_name),
            "shinryou_naiyou": G(lambda f: f.pick(["外耳炎", "皮膚炎", "ワクチン接種", "誤飲", "歯石除去"])),
            "seikyuu_gaku": G(lambda f: f.r.randint(3000, 250000)),
            "ginkou_code": G(lambda f: f.pick(["0001", "0005", "0009", "0010", "0036"])),
            "shiten_code": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "kouza_shubetsu": G(lambda f: f.pick(["futsuu", "touza"])),
            "kouza_bangou": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "kouza_meigi": Y(lambda f: f.pick(JP_KANJI)[1], "name"),
        },
    ),
    (
        "track",
        "Insurance Card Viewed",
        "swift",
        {
            "insurer": G(lambda f: f.pick(INSURERS)),
            "member_id": Y(
                lambda f: f"{f.pick(['TRU', 'HP', 'NW'])}{f.r.randint(10**7, 10**8)}", "identification"
            ),
            "policy_number": Y(
                lambda f: f"PV{f.r.randint(10, 99)}-{f.r.randint(1000000, 9999999)}", "identification"
            ),
            "group_number": G(lambda f: f"GRP-{f.r.randint(1000, 9999)}"),
            "added_to_wallet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        "web",
        {
            "application_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["CareCredit", "Scratchpay", "Sunbit"])),
            "amount_requested": G(lambda f: f.r.randint(300, 8000)),
            "term_months": G(lambda f: f.pick([6, 12, 24])),
            "credit_score": Y(lambda f: f.r.randint(540, 830), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(18, 250) * 1000, "salary"),
            "applicant_dob": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending"])),
        },
    ),
    (
        "track",
        "Payout Identity Verified",
        "py",
        {
            "verification_session": G(lambda f: stripe_id(f, "vs_1", 23)),
            "status": G(lambda f: f.pick(["verified", "requires_input"])),
            "document": {
                "type": G(lambda f: f.pick(["passport", "id_card"])),
                "issuing_country": G(lambda f: f.pick(["US", "FR", "JP"])),
                "number": RED(
                    lambda f: f.pick(
                        [
                            f"{f.r.randint(10**8, 10**9 - 1)}",
                            f"{f.r.randint(10, 99)}AB{f.r.randint(10000, 99999)}",
                            f"TK{f.r.randint(1000000, 9999999)}",
                            "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
                        ]
                    ),
                    "passport|national id",
                ),
                "expiration_date": G(lambda f: f.date(2025, 2034)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(lambda f: f.date(1950, 2004), "birthdate"),
            },
            "selfie_check": G(lambda f: f.pick(["passed", "failed"])),
        },
    ),
]

TELEHEALTH = [
    (
        "track",
        "Video Consult Started",
        "swift",
        {
            "consult_id": G(lambda f: f.uuid()),
            "room_name": G(lambda f: f"consult-{f.hexid(8)}"),
            "room_token": RED(lambda f: f.jwt(), "token"),
            "vet_id": G(lambda f: f"vet_{f.r.randint(1000, 9999)}"),
            "vet_display_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "symptoms": G(symptoms),
            "symptom_tags": Many(
                G(lambda f: f.pick(["vomiting", "lethargy", "itching", "limping", "cough"])), 3
            ),
            "urgency": G(lambda f: f.pick(["routine", "soon", "urgent"])),
        },
    ),
    (
        "track",
        "Video Consult Ended",
        "node",
        {
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "account_id": G(lambda f: f.hexid(22)),
                "object": {
                    "id": G(lambda f: f.r.randint(10**10, 10**11)),
                    "uuid": G(lambda f: f.hexid(22) + "=="),
                    "topic": G(lambda f: "PawVet consult"),
                    "duration": G(lambda f: f.r.randint(5, 40)),
                    "participant": {
                        "user_id": G(lambda f: str(f.r.randint(10**7, 10**8))),
                        "user_name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "join_time": G(lambda f: f.iso()),
                        "leave_time": G(lambda f: f.iso()),
                        "ip_address": Y(lambda f: f.ipv4(), "ip"),
                        "location": Y(
                            lambda f: f.pick(["Lyon (FR)", "Austin (US)", "Osaka (JP)", "Denver (US)"]),
                            "city",
                        ),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Telehealth Intake Submitted",
        "rn",
        {
            "intake_id": G(lambda f: f.uuid()),
            "pet_id": G(lambda f: "pet_" + f.hexid(10)),
            "chief_complaint": G(symptoms),
            "duration_days": G(lambda f: f.r.randint(0, 14)),
            "appetite": G(lambda f: f.pick(["normal", "reduced", "none"])),
            "vomiting": G(lambda f: f.pick([True, False])),
            "owner_callback_phone": Y(phone, "phone"),
            "preferred_language": G(lambda f: f.pick(["en", "fr", "ja"])),
        },
    ),
    (
        "track",
        "Consult Summary Shared",
        "py",
        {
            "consult_id": G(lambda f: f.uuid()),
            "summary": G(
                lambda f: f.pick(
                    [
                        "Mild gastroenteritis. Bland diet 3 days, recheck if vomiting persists.",
                        "Otitis externa suspected; in-clinic ear cytology recommended.",
                        "Likely soft tissue strain. Rest, Metacam as prescribed.",
                    ]
                )
            ),
            "follow_up_required": G(lambda f: f.pick([True, False])),
            "recommended_meds": Many(G(lambda f: f.pick(PET_MEDS)), 2),
            "shared_via": G(lambda f: f.pick(["email", "app"])),
            "recipient_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "kotlin",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["owner", "vet_tech"])),
            "text": G(symptoms),
        },
    ),
]

STAFF = [
    (
        "group",
        None,
        "web",
        {
            "practice_name": G(lambda f: f.pick(CLINICS)),
            "practice_phone": G(lambda f: f.pick(CLINIC_PHONES)),
            "practice_email": G(lambda f: f.pick(CLINIC_EMAILS)),
            "practice_address": G(lambda f: f.pick(CLINIC_ADDRESSES)),
            "plan": G(lambda f: f.pick(["starter", "practice", "enterprise"])),
            "seats": G(lambda f: f.r.randint(3, 60)),
            "pms": G(lambda f: f.pick(["ezyVet", "Cornerstone", "AVImark", "Vetup"])),
            "region": G(lambda f: f.pick(["us-south", "us-west", "fr", "jp-kanto"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Client Lookup",
        "java",
        {
            "lookup": {"q": Y(phone, "phone", True), "type": G(lambda f: "phone")},
            "results": G(lambda f: f.r.randint(0, 3)),
            "staff_user_id": G(lambda f: f.r.randint(100, 999)),
            "clinic_id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
        },
    ),
    (
        "track",
        "Shift Started",
        "kotlin",
        {
            "staff_id": G(lambda f: f.r.randint(100, 999)),
            "role": G(lambda f: f.pick(["veterinarian", "vet_tech", "receptionist", "kennel_assistant"])),
            "clinic_id": G(lambda f: f"clinic_{f.r.randint(100, 480)}"),
            "clock_in": G(lambda f: f.iso()),
            "geofence_passed": G(lambda f: f.pick([True, False])),
            "device_location": {
                "lat": Y(lambda f: round(f.r.uniform(30, 45.8), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122.7, 4.9), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
        },
    ),
    (
        "track",
        "Staff Onboarding Completed",
        "py",
        {
            "employee_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "job_title": G(
                lambda f: f.pick(["Associate Veterinarian", "Vet Technician", "Practice Manager", "CSR"])
            ),
            "employment_type": G(lambda f: f.pick(["full_time", "part_time", "per_diem"])),
            "hourly_rate": Y(lambda f: f.money(17, 95), "salary"),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "personal_email": Y(email, "email"),
            "mobile": Y(phone, "phone"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "vet_license_number": Y(
                lambda f: f"{f.pick(US_STATES)}-VET-{f.r.randint(1000, 99999)}", "license"
            ),
            "license_state": G(lambda f: f.pick(US_STATES)),
        },
    ),
    (
        "identify",
        None,
        "ruby",
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "POSTAL_CODE": Y(postal, "zipcode"),
            "LIFETIME_VALUE_USD": G(lambda f: f.money(0, 12000)),
            "NUMBER_OF_PETS": G(lambda f: f.r.randint(1, 6)),
            "LAST_VISIT_DATE": G(lambda f: f.date(2023, 2024)),
            "HOME_CLINIC_ID": G(lambda f: f.r.randint(100, 480)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "ACTIVE_POLICY_COUNT": G(lambda f: f.r.randint(0, 3)),
        },
    ),
]


def records_request(f: Fake) -> str:
    return f.pick(
        [
            "Please send " + pet_name(f) + "'s vaccine records to " + email(f),
            "Records for new groomer: " + email(f),
            email(f) + " (new clinic, cc me please)",
            "Merci d'envoyer le carnet de santé à " + email(f),
            "転院先の病院へ送付お願いします: " + email(f),
        ]
    )


MORE = [
    (
        "track",
        "Address Added",
        "kotlin",
        {
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "sessiontoken": G(lambda f: f.uuid()),
            "formatted_address": Y(full_address, "address"),
            "components": {
                "street_number": Y(lambda f: str(f.r.randint(1, 9800)), "address|street"),
                "route": Y(lambda f: f.pick(US_STREETS + FR_STREETS), "address|street"),
                "locality": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "administrative_area": G(lambda f: f.pick([*US_STATES, "Auvergne-Rhône-Alpes", "Tokyo"])),
                "country": G(lambda f: f.pick(["US", "FR", "JP"])),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "address_type": G(lambda f: f.pick(["home", "work", "other"])),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Sitter Authorized",
        "rn",
        {
            "sitter": {"name": Y(full_name, "name"), "phone": Y(phone, "phone"), "email": Y(email, "email")},
            "valid_until": G(lambda f: f.date(2024, 2025)),
            "spending_limit": G(lambda f: f.pick([200, 500, 1000])),
            "pickup_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
        },
    ),
    (
        "track",
        "Household Members Updated",
        "swift",
        {
            "members": Many(
                {
                    "first_name": Y(first, "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "roommate", "parent"])),
                    "age_band": G(lambda f: f.pick(["under_13", "13-17", "18-34", "35-64", "65+"])),
                    "phone": Y(phone, "phone"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "LINE Account Linked",
        "flutter",
        {
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
            "display_name": Y(
                lambda f: f.pick([f.pick(JP_KANJI)[0], first(f, "JP").lower(), first(f) + "🐶"]), "name"
            ),
            "picture_url": Y(lambda f: "https://profile.line-scdn.net/0h" + f.hexid(24), "photo"),
            "friend_flag": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact d'Urgence Ajouté",
        "php",
        {
            "contact_urgence": {
                "nom_complet": Y(lambda f: first(f, "FR") + " " + last(f, "FR"), "name"),
                "lien": G(lambda f: f.pick(["conjoint", "parent", "voisin", "ami"])),
                "telephone": Y(fr_phone, "phone"),
                "courriel": Y(email, "email"),
            },
        },
    ),
    (
        "track",
        "Kinkyuu Renrakusaki Touroku",
        "ruby",
        {
            "kinkyuu_renrakusaki": {
                "shimei": Y(lambda f: f.pick(JP_KANJI)[0], "name"),
                "zokugara": G(lambda f: f.pick(["配偶者", "父", "母", "友人"])),
                "denwa_bangou": Y(jp_phone, "phone"),
            },
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Claim status?", "Can't log in", "Refill not shipped", "Billing question"]
                    )
                ),
                "requester": {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
                "tags": Many(G(lambda f: f.pick(["insurance", "pharmacy", "vip", "fr"])), 2),
            },
        },
    ),
    (
        "track",
        "Vet Profile Viewed",
        "web",
        {
            "vet": {
                "id": G(lambda f: f"vet_{f.r.randint(1000, 9999)}"),
                "name": Y(lambda f: "Dr. " + full_name(f), "name"),
                "photo_url": Y(lambda f: f"https://cdn.pawvet.com/staff/{f.hexid(12)}.jpg", "photo"),
                "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
                "specialties": Many(
                    G(lambda f: f.pick(["dermatology", "dentistry", "exotics", "feline"])), 2
                ),
                "languages": Many(G(lambda f: f.pick(["English", "Spanish", "French", "Japanese"])), 2),
                "years_experience": G(lambda f: f.r.randint(1, 30)),
            },
        },
    ),
    (
        "track",
        "Consult Recording Saved",
        "go",
        {
            "recording-id": G(lambda f: f.uuid()),
            "consult-id": G(lambda f: f.uuid()),
            "participant-emails": Many(Y(email, "email"), 2),
            "duration-sec": G(lambda f: f.r.randint(120, 2400)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "web",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(["Dr. was great with Mochi", "Wait was too long", "Super équipe !", ""])
            ),
            "contact_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Claim Document Uploaded",
        "swift",
        {
            "document_type": G(lambda f: f.pick(["invoice", "medical_record"])),
            "ocr": {
                "patient_name": G(pet_name),
                "owner_name": Y(full_name, "name"),
                "owner_address": Y(full_address, "address"),
                "owner_phone": Y(phone, "phone"),
                "invoice_total": G(lambda f: f.money(40, 6000)),
            },
        },
    ),
    (
        "track",
        "Direct Deposit Added",
        "web",
        {
            "account_holder_name": Y(full_name, "name"),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "verification": G(lambda f: f.pick(["instant", "micro_deposits"])),
        },
    ),
    (
        "track",
        "Records Transfer Requested",
        "web",
        {"pet_id": G(lambda f: "pet_" + f.hexid(10)), "details": Y(records_request, "email", True)},
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "sender": Y(e164, "phone", True),
            "reply": G(lambda f: f.pick(["C", "YES", "OUI", "はい", "STOP", "Confirmed thx"])),
        },
    ),
    (
        "track",
        "Quote Emailed",
        "py",
        {"quote_id": G(lambda f: f.uuid()), "to": Y(email, "email", True)},
    ),
    (
        "track",
        "Boarding Check-in",
        "rn",
        {
            "reservation_id": G(lambda f: f.uuid()),
            "authorized_pickup": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "feeding_instructions": G(
                lambda f: f.pick(["1 cup twice a day", "Wet food only", "No treats, renal diet"])
            ),
        },
    ),
    (
        "track",
        "Stripe Customer Updated",
        "py",
        {
            "type": G(lambda f: "customer.updated"),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "cus_")),
                    "email": Y(email, "email"),
                    "name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                    "address": {
                        "line1": Y(street, "address|street"),
                        "city": Y(city, "city"),
                        "postal_code": Y(postal, "zipcode"),
                        "country": G(lambda f: f.pick(["US", "FR", "JP"])),
                    },
                    "invoice_settings": {"default_payment_method": RED(pm_id, "token")},
                }
            },
        },
    ),
]

EVENTS = OWNERS + PETS + CARE + SHOP + INSURANCE + TELEHEALTH + STAFF + MORE


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f"own_{f.r.randint(100000, 999999)}",
            }
            if event:
                msg["event"] = event
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            elif kind == "group":
                msg["groupId"] = f"practice_{f.r.randint(100, 480)}"
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=178, repeats=30)
    write(Path(__file__).parent, "holdout178_", events, labels)
