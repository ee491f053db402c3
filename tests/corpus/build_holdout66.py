"""Writes holdout66: tests/corpus/holdout66_events.jsonl and holdout66_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other holdout's labels (only build.py, fake.py and build_holdout3.py for the format), and never run
through the engine by its author. Score it once, before anyone reads its disagreements.

Domain: blood, plasma and organ donation services in three countries.
- UK (BloodLink UK, fictional): donor registration with NHS numbers, ethnicity for rare-blood
  matching, appointment booking at donor centres, donations and deferrals with screening vitals,
  the organ donor register (decision, faith/beliefs, next of kin), Gift Aid, a pet blood bank
  (dogs donate blood too: their blood type is the pet's, green), centre staff apps.
- Spain (DonaVida, fictional): Spanish keys (nombre, apellidos, dni holding a DNI or NIE,
  grupo_sanguineo, fecha_nacimiento, tarjeta_sanitaria ...), citas, donaciones, the tarjeta de
  donante de órganos with a family contact, SEPA donations to the foundation, SMS reminders; its
  Flutter app uses English keys (as many Spanish teams do).
- US (Lifestream Plasma, fictional): paid plasma donation, .NET PascalCase identify/track (and one
  camelCase .NET track), ID verification, prepaid reward cards, payouts by ACH, referrals, veteran
  status, vitals and protein tests, staff timesheets, blood drives with a minor's parent/guardian,
  a sign-up form whose autocapture sends the password, Facebook CAPI and Google Ads attribution.
- Vendor-shaped payloads: Twilio SMS webhooks (PascalCase), SendGrid event webhooks, an address
  autocomplete (Loqate-like `q`/`label`/`id`), a reverse-ETL warehouse sync in SCREAMING_SNAKE,
  Webflow-style kebab-case form fields, e-commerce spec events for the rewards shop.
- Contexts of the real client libraries: analytics.js (page, userAgentData, campaign, ip),
  analytics-swift (IDFA, push token, context.traits), analytics-kotlin, analytics-react-native
  (context.traits), analytics_flutter (context.location), and server libraries python, node
  (forwarded ip and userAgent), go, java, ruby, php and C# (.NET), one with context.externalIds.
  identify, track, page, screen, group and alias calls.

Conventions: mostly snake_case and camelCase English keys; about a fifth of the paths (Spain
being a third of the domain) are PascalCase (.NET, Twilio), kebab-case (form builder, SendGrid's
`smtp-id`), SCREAMING_SNAKE (warehouse) or Spanish. Values are generated for many cultures and
formats: UK/ES/US phone formats, UK postcodes, Spanish and US addresses, DNI/NIE with their check
letter, NHS numbers with a valid mod-11 check digit, Luhn card numbers, mod-97 IBANs,
SSA-structured SSNs, ABA-valid routing numbers, ISBT 128 donation numbers.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (donor, family member, next of kin, invitee, guest,
  staff member, pet owner). Colour = the reference matcher's default colour; types outside the
  reference: red for credentials/secrets/tokens, card numbers, bank accounts, government ids
  (`national id`, `social security number`, `passport`) and health identifiers (`health id`: NHS
  number, Spanish tarjeta sanitaria); yellow otherwise (`geolocation`, `advertising id`).
- Health data about the person (blood group and Rh, screening vitals such as haemoglobin, blood
  pressure, pulse, total protein, ferritin, CMV status, deferral reasons, adverse reactions,
  pregnancy, declared conditions, test outcomes, answers to the medical screening questionnaire)
  takes the reference's health matchers, all yellow: `condition`, `diagnosis`, `medication`,
  `allergy`, `procedure` (`a|b` where either fits). Answers to the health questionnaire are
  `condition` whatever their shape; value_only is false there (a sibling key says what they
  are, not the value).
- Green: ids the services issue (donor numbers, appointment/donation ids, ISBT 128 donation
  numbers, staff ids, badge numbers, referral codes, Loqate ids), versions, timestamps, dates of
  appointments, donations and deferrals, hashes of non-PII, amounts (including the fixed plasma
  donor compensation and reward amounts: a fee schedule, not a person's pay), enums, counters and
  booleans under PII-sounding keys (`email_verified`, `eligible`, `id_verified`), a centre's,
  hospital's, vet practice's or company's own name, phone, e-mail and address, places that are
  not the person's (a searched town, countries visited, a centre's city, a hospital), country,
  region, county, state, province, locale, timezone, user agents, OS-issued device ids, the blood
  group a centre is appealing for (stock, not a person), which markers every unit is tested for,
  body weight and height (an eligibility threshold; build_holdout3 labels heightCm green too),
  ages, job titles, employers, marital status, pets' names and data (microchip, birth date),
  serial numbers of the centre's plasmapheresis machines and kiosks, and a kiosk's private LAN
  address (the centre's device, not a person's).
- Contested cases settled by the product's policy: member/donor/loyalty numbers green; ages
  green; job titles, employers green; a business's own contact details green; pets green;
  insurance policy numbers yellow `identification`; prescription numbers yellow `medication`;
  staff pay and hourly rates yellow `salary`; vehicle plates yellow `license`; gclid, fbclid,
  fbp, fbc yellow `advertising id`; billing/shipping addresses yellow `address`; payment and
  card tokens, activation and one-time codes red `token`.
- Further rules chosen here (where a careful privacy owner would want a flag): hashed e-mail and
  phone sent for ad matching (Facebook CAPI `em`, `ph`) are still the person's e-mail/phone,
  yellow, not value_only; a mobile push token is red `token` (as in build.py); the last four of
  an SSN are red; a sexual-behaviour screening answer is yellow `sexual orientation`; a
  professional registration PIN (NMC) is yellow `license`; accessibility needs (wheelchair,
  hearing loop) and a Blue Badge are red `disability`; a Twilio `FromCity` is the person's city,
  yellow; a letter's template code (e.g. DEFERRAL_TEMP) and a deferral's type are green enums,
  while the deferral reason itself is `condition`.
- value_only is true when the key does not say what the value is (`q`, `label`, `value`, `input`,
  `body`, `text`, `texto`, `From`, `destinatario`, `notes`, `description`, `search_term`,
  `staff_mentioned`); every value of such a path carries the labelled PII. Free text is labelled
  by what every one of its values carries, green when none does: every free-text path here either
  always carries PII or never does.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

FIRST = {
    "uk": [
        "Oliver",
        "Amelia",
        "Mohammed",
        "Priya",
        "Siobhan",
        "Callum",
        "Aisha",
        "Tomasz",
        "Grace",
        "Kwabena",
        "Harpreet",
        "Eilidh",
        "Rhys",
        "Chioma",
        "Zofia",
        "Ewan",
        "Fatima",
        "Niamh",
        "Raj",
        "Bethan",
        "Yusuf",
        "Imogen",
    ],
    "es": [
        "Lucía",
        "Alejandro",
        "María José",
        "Javier",
        "Carmen",
        "Hugo",
        "Nerea",
        "Iker",
        "Ainhoa",
        "Pau",
        "Montserrat",
        "Youssef",
        "Andrea",
        "Jordi",
        "Rocío",
        "Gonzalo",
        "Xiana",
        "Iñaki",
        "Valentina",
        "Juan Carlos",
        "Marta",
        "Ionela",
    ],
    "us": [
        "Jasmine",
        "DeShawn",
        "Emily",
        "José",
        "Keisha",
        "Tyler",
        "Mai",
        "Carlos",
        "Brianna",
        "Malik",
        "Hannah",
        "Luis",
        "Ashley",
        "Jamal",
        "Linh",
        "Kayla",
        "Marcus",
        "Guadalupe",
        "Dakota",
        "Xavier",
        "Aaliyah",
        "Wei",
    ],
}
LAST = {
    "uk": [
        "Thompson",
        "Patel",
        "O'Connor",
        "Evans",
        "Kowalczyk",
        "Begum",
        "Hughes",
        "Okonkwo",
        "MacDonald",
        "Singh",
        "Williams",
        "Ahmed",
        "Clarke",
        "Nowak",
        "Davies",
        "Campbell",
        "Mensah",
        "Wright",
        "Ó Súilleabháin",
        "Chaudhry",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Jiménez",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Etxeberria",
        "Puig",
        "El Amrani",
        "Popescu",
    ],
    "us": [
        "Johnson",
        "Williams",
        "Rodriguez",
        "Nguyen",
        "Washington",
        "Brown",
        "Hernandez",
        "Kim",
        "Jackson",
        "Martinez",
        "Lee",
        "Thomas",
        "Robinson",
        "Flores",
        "Begay",
        "Kowalski",
        "Murphy",
        "Gonzalez",
        "Okafor",
        "Tran",
    ],
}
MAIL_DOMAINS = {
    "uk": ["example.co.uk", "mail.example.com", "example.org.uk", "btmail.example.net"],
    "es": ["correo.example.es", "example.es", "mail.example.com", "telefonica.example.net"],
    "us": ["example.com", "mail.example.org", "example.net", "inbox.example.us"],
}
CITIES = {
    "uk": [
        "Leeds",
        "Manchester",
        "Birmingham",
        "Glasgow",
        "Cardiff",
        "Bristol",
        "Sheffield",
        "Luton",
        "Belfast",
    ],
    "es": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Vigo", "Murcia"],
    "us": ["Phoenix", "El Paso", "Columbus", "Memphis", "Albuquerque", "Tulsa", "Fresno", "Omaha", "Boise"],
}
UK_STREETS = [
    "Harehills Lane",
    "Victoria Road",
    "Station Road",
    "Church Street",
    "Kingsway",
    "Albert Terrace",
]
ES_STREETS = ["Calle de Alcalá", "Avda. Diagonal", "C/ Mayor", "Calle Larios", "Gran Vía", "Rúa do Príncipe"]
US_STREETS = ["N Main St", "Pecan Hollow Dr", "E Camelback Rd", "Maple Ave", "W 5th St", "Sunrise Blvd"]
US_STATES = ["AZ", "TX", "OH", "TN", "NM", "OK", "CA", "NE", "ID"]
ES_PROVINCIAS = ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia", "Zaragoza", "Málaga", "Pontevedra"]
UK_COUNTIES = ["West Yorkshire", "Greater Manchester", "West Midlands", "Lanarkshire", "Bedfordshire"]

CENTRES = {
    "uk": [
        "Leeds Donor Centre",
        "Manchester Plymouth Grove",
        "Birmingham New Street",
        "Bristol Donor Centre",
        "Sheffield Donor Centre",
    ],
    "es": [
        "Centro de Transfusión de Madrid",
        "Banc de Sang Barcelona",
        "Hospital Virgen del Rocío",
        "Unidad Móvil Plaza Mayor",
    ],
    "us": ["Lifestream Phoenix West", "Lifestream El Paso", "Lifestream Columbus North", "Lifestream Tulsa"],
}
BLOOD_GROUPS = ["O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-"]
DONATION_TYPES = ["whole_blood", "plasma", "platelets", "double_red_cells"]


def first(region):
    return lambda f: f.pick(FIRST[region])


def last(region):
    return lambda f: f.pick(LAST[region])


def full(region):
    return lambda f: f"{f.pick(FIRST[region])} {f.pick(LAST[region])}"


def apellidos(f: Fake) -> str:
    return f"{f.pick(LAST['es'])} {f.pick(LAST['es'])}"


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñçÁÉÍÓÚÑüÜ'", "aeiouncAEIOUNuU ")
    return s.translate(table).replace(" ", "").lower()


def email(region):
    def gen(f: Fake) -> str:
        a, b = _ascii(f.pick(FIRST[region])), _ascii(f.pick(LAST[region]))
        user = f.pick(
            [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{f.r.randint(70, 99)}"]
        )
        return f"{user}@{f.pick(MAIL_DOMAINS[region])}"

    return gen


def any_email(f: Fake) -> str:
    return email(f.pick(["uk", "es", "us"]))(f)


def uk_mobile(f: Fake) -> str:
    n = f"7{f.r.randint(100, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])


def es_mobile(f: Fake) -> str:
    n = f"{f.pick(['6', '7'])}{f.r.randint(10000000, 99999999)}"
    return f.pick([f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"+34{n}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))


PHONE = {"uk": uk_mobile, "es": es_mobile, "us": us_phone}


def uk_postcode(f: Fake) -> str:
    area = f.pick(["LS", "M", "B", "SW", "E", "NW", "G", "EH", "CF", "BS", "NE", "S", "LU", "BT"])
    unit = "".join(f.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(1, 9)}{unit}"


def es_cp(f: Fake) -> str:
    return f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(10000, 99950)}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1000, 9999)}"


ZIP = {"uk": uk_postcode, "es": es_cp, "us": us_zip}


def uk_street(f: Fake) -> str:
    line = f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"
    return line if f.r.random() < 0.7 else f"Flat {f.r.randint(1, 30)}, {line}"


def es_street(f: Fake) -> str:
    piso = f.pick(
        ["", f", {f.r.randint(1, 9)}º {f.pick('ABCD')}", f", {f.r.randint(1, 6)}-{f.r.randint(1, 4)}"]
    )
    return f"{f.pick(ES_STREETS)}, {f.r.randint(1, 300)}{piso}"


def us_street(f: Fake) -> str:
    line = f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}"
    return line if f.r.random() < 0.75 else f"{line} Apt {f.r.randint(1, 40)}{f.pick('ABC')}"


STREET = {"uk": uk_street, "es": es_street, "us": us_street}


def city(region):
    return lambda f: f.pick(CITIES[region])


def one_line_address(region):
    def gen(f: Fake) -> str:
        return f"{STREET[region](f)}, {f.pick(CITIES[region])} {ZIP[region](f)}"

    return gen


# -- identifiers with real structure -----------------------------------------------------------------


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        digits = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f.pick([f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(f: Fake) -> str:
    n = f.r.randint(1_000_000, 79_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def nie(f: Fake) -> str:
    prefix = f.pick("XYZ")
    n = f.r.randint(0, 9_999_999)
    return f"{prefix}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(prefix)) + f'{n:07d}') % 23]}"


def dni_or_nie(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.8 else nie(f)


def tarjeta_sanitaria(f: Fake) -> str:
    letters = "".join(f.r.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(4))
    return f"{letters}{f.r.randint(100000, 999999)}{f.r.randint(100000, 999999)}"


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


ROUTING = ["021000021", "011000015", "121000358", "026009593", "322271627", "111000025", "071000013"]


def isbt_din(f: Fake) -> str:
    facility = f.pick(["G0431", "G0752", "W0402", "W1234", "E0312"])
    return f"{facility}{f.pick(['23', '24'])}{f.r.randint(0, 999999):06d}"


def donor_number(f: Fake) -> str:
    return f.pick(["D", "UKD", "LS"]) + f.digits(8)


def us_license(f: Fake) -> str:
    return f.pick(
        [
            "D" + f.digits(7),
            f.digits(8),
            f.pick("ABCDEFGHJKLMNPRSTW") + f.digits(8),
            f"{f.digits(3)}-{f.digits(3)}-{f.digits(3)}",
        ]
    )


def date_between(start, end):
    return lambda f: f.date(start, end)


def appt_time(f: Fake) -> str:
    hour = f.pick(["08", "09", "10", "11", "13", "14", "15", "16", "17"])
    minute = f.pick(["00", "15", "30", "45"])
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}T{hour}:{minute}:00Z"


def dob(f: Fake) -> str:
    style = f.r.random()
    y, m, d = f.r.randint(1955, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    if style < 0.6:
        return f"{y}-{m:02d}-{d:02d}"
    if style < 0.85:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{m:02d}/{d:02d}/{y}"


def uuid_upper(f: Fake) -> str:
    return f.uuid().upper()


def sha256_hex(f: Fake) -> str:
    return f.hexid(64)


# -- contexts of the client libraries --------------------------------------------------------------------

SITES = {
    "uk": ("https://www.bloodlink.example.org.uk", "en-GB", "Europe/London", "BloodLink UK"),
    "es": ("https://www.donavida.example.es", "es-ES", "Europe/Madrid", "DonaVida"),
    "us": ("https://www.lifestreamplasma.example.com", "en-US", "America/Phoenix", "Lifestream Plasma"),
}
PAGES = {
    "uk": [
        "/",
        "/find-a-centre",
        "/book",
        "/eligibility",
        "/organ-donation/register",
        "/my-account/donations",
    ],
    "es": ["/", "/donde-donar", "/cita", "/requisitos", "/donacion-organos", "/mi-cuenta"],
    "us": ["/", "/locations", "/schedule", "/new-donors", "/rewards", "/refer-a-friend"],
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def web_context(region):
    host, locale, tz, title = SITES[region]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES[region])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?ref=appeal", "?centre=" + f.digits(3)]
                )
            ),
            "title": G(
                lambda f: f.pick([title, f"Book an appointment | {title}", f"Find a centre | {title}"])
            ),
            "url": G(lambda f: host + f.pick(PAGES[region])),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
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
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick([locale, "en-US", "es-ES", "en-GB", "ca-ES"])),
        "timezone": G(lambda f: f.pick([tz, "Europe/London", "America/Chicago", "Europe/Madrid"])),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["summer_appeal_2024", "o_neg_urgent", "new_donor_bonus", "semana_donacion"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["give blood near me", "plasma donation pay", "donar sangre madrid", "blood donor centre"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "story_carousel", "cta_button"])),
        },
    }


def swift_context(region):
    _host, locale, tz, title = SITES[region]
    return {
        "app": {
            "name": G(lambda f: title),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": G(lambda f: f.pick(["4120", "4121", "4130"])),
            "namespace": G(lambda f: f"com.{title.lower().replace(' ', '')}.ios"),
        },
        "device": {
            "id": G(uuid_upper),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(uuid_upper, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick([locale, "en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick([tz, "America/Denver", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(uuid_upper),
            "userId": G(lambda f: "dnr_" + f.digits(7)),
            "email": Y(email(region), "email"),
            "firstName": Y(first(region), "name"),
        },
    }


def kotlin_context(region):
    _host, locale, tz, title = SITES[region]
    return {
        "app": {
            "name": G(lambda f: title),
            "version": G(lambda f: f.pick(["4.12.0", "4.11.2", "4.13.0"])),
            "build": G(lambda f: f.pick(["412000", "411200", "413000"])),
            "namespace": G(lambda f: f"com.{title.lower().replace(' ', '')}.android"),
        },
        "device": {
            "id": G(sha256_hex),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "Redmi Note 12", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "tapas", "cancunf"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick([locale, "en-GB", "es-ES"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: f.pick([tz, "Europe/Madrid", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(region):
    _host, locale, tz, title = SITES[region]
    return {
        "app": {
            "name": G(lambda f: title),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: f"org.{title.lower().replace(' ', '')}.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 8"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick([locale, "en-US", "es-ES"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.7"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "timezone": G(lambda f: f.pick([tz, "America/New_York", "Europe/London"])),
        "traits": {
            "email": Y(email(region), "email"),
            "phone": Y(PHONE[region], "phone"),
            "donorTier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
        },
    }


def flutter_context(region):
    _host, locale, tz, title = SITES[region]
    return {
        "app": {
            "name": G(lambda f: title),
            "version": G(lambda f: f.pick(["1.8.0", "1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["80", "82", "90"])),
            "namespace": G(lambda f: f"es.{title.lower().replace(' ', '')}.donante"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A156B", "CPH2591"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.0.5", "1.1.2"])),
        },
        "locale": G(lambda f: f.pick([locale, "es-ES", "ca-ES", "gl-ES"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: f.pick([tz, "Atlantic/Canary", "Europe/Madrid"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(36.0, 43.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-8.9, 3.2), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.1.4"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.3.2", "2.4.0"]),
}


def server_context(lib):
    def ctx(region):
        name, versions = SERVER_LIBS[lib]
        return {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}

    return ctx


def node_context(region):
    return {
        "library": {
            "name": G(lambda f: "@segment/analytics-node"),
            "version": G(lambda f: f.pick(["2.1.2", "2.1.0", "2.0.0"])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
    }


def retl_context(region):
    return {
        "library": {
            "name": G(lambda f: "analytics-python"),
            "version": G(lambda f: f.pick(["2.3.3", "2.3.2", "2.2.3"])),
        },
        "externalIds": Many(
            {
                "id": G(donor_number),
                "type": G(lambda f: "donor_number"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "node": node_context,
    "retl": retl_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- free text ---------------------------------------------------------------------------------------


def sms_reminder(f: Fake) -> str:
    name = f.pick(FIRST["uk"] + FIRST["us"])
    centre = f.pick(CENTRES["uk"] + CENTRES["us"])
    at, day = f.pick(["9:15", "10:30", "14:45"]), f.pick(["Friday", "Monday", "Saturday"])
    return f.pick(
        [
            f"Hi {name}, reminder: your appointment at {centre} is tomorrow at {at}. Reply C to cancel.",
            f"{name}, thanks for booking! Drink plenty of water and eat before you come to {centre}.",
            f"Hello {name}, we have moved your slot to {day} at {centre}. Reply Y to confirm.",
        ]
    )


def deferral_note(f: Fake) -> str:
    antibiotic = f.pick(["amoxicillin", "doxycycline", "clarithromycin"])
    return f.pick(
        [
            f"Hb {round(f.r.uniform(10.5, 12.4), 1)} g/dL below threshold, advised iron-rich diet",
            f"Course of antibiotics ({antibiotic}) ends {f.date(2024, 2024)}",
            f"BP {f.r.randint(165, 190)}/{f.r.randint(95, 110)} above limit, recheck next visit",
            "Cold sore present, defer 7 days after healed",
            "Reports pregnancy, defer until 6 months postpartum",
            f"Taking {f.pick(['isotretinoin', 'finasteride', 'warfarin'])}, deferral per guidelines",
        ]
    )


def incident_description(f: Fake) -> str:
    name = full(f.pick(["uk", "us"]))(f)
    return f.pick(
        [
            f"{name} felt faint after donation, recovered after 15 min in recline",
            f"Bruising at venepuncture site reported by {name} on follow-up call",
            f"{name} reported tingling during return cycle, citrate protocol followed",
            f"Donor {name} left before refreshments, called to check wellbeing",
        ]
    )


def crm_note(f: Fake) -> str:
    phone = PHONE[f.pick(["uk", "us"])](f)
    return f.pick(
        [
            f"Prefers evening calls on {phone}",
            f"Asked to be contacted via {phone} instead of email",
            f"Wrong number on file, new one {phone}",
            f"Left voicemail on {phone}, will retry Thursday",
        ]
    )


# -- the events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, client, region, body). Bodies go to traits for identify and
# group, to properties otherwise; alias has none.

EVENTS = [
    # ---------------------------------------------------------------------------- UK registration
    (
        "identify",
        None,
        "web",
        "uk",
        {
            "email": Y(email("uk"), "email"),
            "firstName": Y(first("uk"), "name"),
            "lastName": Y(last("uk"), "name"),
            "phone": Y(uk_mobile, "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "address": {
                "line1": Y(uk_street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Headingley", "Moss Side", "Flat 2", "Roath", "Clifton"]),
                    "address|street",
                ),
                "town": Y(city("uk"), "city"),
                "county": G(lambda f: f.pick(UK_COUNTIES)),
                "postcode": Y(uk_postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
            },
            "nhsNumber": RED(nhs_number, "health id"),
            "bloodGroup": Y(lambda f: f.pick([*BLOOD_GROUPS, "unknown"]), "condition"),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black Caribbean",
                        "Black African",
                        "Indian",
                        "Pakistani",
                        "Mixed White and Asian",
                        "Chinese",
                    ]
                ),
                "ethnicity",
            ),
            "donorNumber": G(donor_number),
            "donationCount": G(lambda f: f.r.randint(0, 120)),
            "lastDonationDate": G(date_between(2022, 2024)),
            "preferredCentre": G(lambda f: f.pick(CENTRES["uk"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "age": G(lambda f: f.r.randint(17, 70)),
        },
    ),
    (
        "track",
        "Registration Step Completed",
        "web",
        "uk",
        {
            "step": G(lambda f: f.r.randint(1, 5)),
            "step_name": G(lambda f: f.pick(["about_you", "contact", "health", "preferences", "confirm"])),
            "form_id": G(lambda f: f.pick(["reg_v3", "reg_v4", "reg_v4_b"])),
            "time_on_step_ms": G(lambda f: f.r.randint(4000, 240000)),
            "errors_count": G(lambda f: f.r.randint(0, 4)),
            "email_already_registered": G(lambda f: f.pick([True, False])),
            "phone_provided": G(lambda f: f.pick([True, False])),
            "postcode_lookup_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Lookup Selected",
        "web",
        "uk",
        {
            "q": Y(uk_postcode, "zipcode", True),
            "label": Y(one_line_address("uk"), "address", True),
            "id": G(lambda f: f"GB|RM|A|{f.digits(8)}"),
            "result_count": G(lambda f: f.r.randint(1, 40)),
            "provider": G(lambda f: f.pick(["loqate", "getaddress"])),
            "latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        "uk",
        {
            "form_id": G(lambda f: f.pick(["reg_v4", "reg_v4_b", "update_details"])),
            "field_id": G(lambda f: "donor-email"),
            "value": Y(email("uk"), "email", True),
            "duration_ms": G(lambda f: f.r.randint(500, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    # ----------------------------------------------------------------------- screening / health
    (
        "track",
        "Health Questionnaire Started",
        "web",
        "uk",
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "questionnaire_version": G(lambda f: f.pick(["DHQ-2024.1", "DHQ-2024.2", "DHQ-2023.4"])),
            "donation_type": G(lambda f: f.pick(DONATION_TYPES)),
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "appointment_id": G(lambda f: f.uuid()),
            "started_from": G(lambda f: f.pick(["email_link", "app", "kiosk"])),
        },
    ),
    (
        "track",
        "Health Questionnaire Completed",
        "rn",
        "uk",
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "questionnaire_version": G(lambda f: f.pick(["DHQ-2024.1", "DHQ-2024.2", "DHQ-2023.4"])),
            "duration_sec": G(lambda f: f.r.randint(120, 1500)),
            "questions_answered": G(lambda f: f.r.randint(28, 46)),
            "eligible": G(lambda f: f.pick([True, False, True])),
            "weight_kg": G(lambda f: f.r.randint(50, 130)),
            "height_cm": G(lambda f: f.r.randint(150, 198)),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "levothyroxine",
                            "sertraline",
                            "ramipril",
                            "omeprazole",
                            "salbutamol inhaler",
                            "metformin",
                        ]
                    ),
                    "medication",
                ),
                2,
            ),
            "conditions_declared": Many(
                Y(
                    lambda f: f.pick(
                        ["asthma", "hypothyroidism", "type 2 diabetes", "hypertension", "migraine", "eczema"]
                    ),
                    "condition",
                ),
                2,
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["latex", "penicillin", "chlorhexidine", "plasters"]), "allergy"), 2
            ),
            "recent_procedures": Many(
                Y(
                    lambda f: f.pick(
                        ["dental extraction", "endoscopy", "knee arthroscopy", "colonoscopy", "acupuncture"]
                    ),
                    "procedure",
                ),
                2,
            ),
            "pregnant_or_recently_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "new_sexual_partner_last_3_months": Y(lambda f: f.pick([True, False]), "sexual orientation"),
            "tattoo_or_piercing_last_4_months": G(lambda f: f.pick([True, False])),
            "travel_outside_uk_last_12_months": G(lambda f: f.pick([True, False])),
            "responses": Many(
                {
                    "question_code": G(
                        lambda f: f.pick(
                            ["Q07_HEPATITIS", "Q12_HEART", "Q15_CANCER", "Q18_FEVER", "Q21_BLEEDING"]
                        )
                    ),
                    "response": Y(lambda f: f.pick(["yes", "no", "not_sure"]), "condition"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Travel History Added",
        "web",
        "uk",
        {
            "country": G(lambda f: f.pick(["NG", "IN", "TH", "KE", "BR", "US", "ES", "PK"])),
            "region": G(
                lambda f: f.pick(
                    ["Lagos", "Goa", "Phuket", "Mombasa", "Bahia", "Florida", "Andalucía", "Punjab"]
                )
            ),
            "returned_on": G(date_between(2023, 2024)),
            "nights_stayed": G(lambda f: f.r.randint(2, 60)),
            "malaria_risk_area": G(lambda f: f.pick([True, False])),
            "trip_purpose": G(lambda f: f.pick(["holiday", "visiting_family", "work"])),
            "trips_listed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Medication Searched",
        "swift",
        "uk",
        {
            "search_term": Y(
                lambda f: f.pick(
                    ["sertraline", "isotretinoin", "finasteride", "warfarin", "aspirin", "propranolol"]
                ),
                "medication",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "selected_result_id": G(lambda f: "med_" + f.digits(5)),
            "guidance_shown": G(
                lambda f: f.pick(["ok_to_donate", "wait_7_days", "cannot_donate", "check_with_nurse"])
            ),
        },
    ),
    (
        "track",
        "Prescription Added",
        "swift",
        "uk",
        {
            "medication_name": Y(
                lambda f: f.pick(
                    ["Ferrous sulfate 200mg", "Amlodipine 5mg", "Citalopram 20mg", "Doxycycline 100mg"]
                ),
                "medication",
            ),
            "rx_number": Y(lambda f: f"RX{f.digits(9)}", "medication"),
            "prescribed_for": Y(
                lambda f: f.pick(["anaemia", "high blood pressure", "depression", "acne", "Lyme disease"]),
                "condition",
            ),
            "started_on": G(date_between(2023, 2024)),
            "still_taking": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["manual", "nhs_app_import"])),
        },
    ),
    # -------------------------------------------------------------------------------- appointments
    (
        "track",
        "Donation Centre Searched",
        "web",
        "uk",
        {
            "query": G(
                lambda f: f.pick(["Leeds", "LS1", "Manchester", "M14", "Birmingham city centre", "Bristol"])
            ),
            "radius_miles": G(lambda f: f.pick([5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "donation_type": G(lambda f: f.pick(DONATION_TYPES)),
            "used_my_location": G(lambda f: f.pick([True, False])),
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(50.4, 55.9), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-4.3, 0.1), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Appointment Slot Viewed",
        "kotlin",
        "uk",
        {
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "centre_name": G(lambda f: f.pick(CENTRES["uk"])),
            "centre_city": G(city("uk")),
            "slot_start": G(appt_time),
            "donation_type": G(lambda f: f.pick(DONATION_TYPES)),
            "slots_available": G(lambda f: f.r.randint(0, 30)),
            "days_ahead": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        "swift",
        "uk",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "centre": {
                "id": G(lambda f: "C" + f.digits(4)),
                "name": G(lambda f: f.pick(CENTRES["uk"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Bridge Street, Leeds LS2 7RU",
                            "182 Plymouth Grove, Manchester M13 0BH",
                            "65 New Street, Birmingham B2 4DU",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["0300 555 0123", "0113 496 0000", "0161 496 0555"])),
                "email": G(
                    lambda f: f.pick(
                        [
                            "leeds.centre@bloodlink.example.org.uk",
                            "manchester.centre@bloodlink.example.org.uk",
                            "bookings@bloodlink.example.org.uk",
                        ]
                    )
                ),
            },
            "start_time": G(appt_time),
            "donation_type": G(lambda f: f.pick(DONATION_TYPES)),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "is_first_donation": G(lambda f: f.pick([True, False])),
            "accessibility_needs": RED(
                lambda f: f.pick(["wheelchair_access", "hearing_loop", "step_free", "none"]), "disability"
            ),
            "booking_source": G(lambda f: f.pick(["app_home", "appeal_push", "rebook_prompt"])),
        },
    ),
    (
        "track",
        "Group Booking Created",
        "web",
        "uk",
        {
            "booking_id": G(lambda f: f.uuid()),
            "group_size": G(lambda f: f.r.randint(2, 4)),
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "guests": Many(
                {
                    "first_name": Y(first("uk"), "name"),
                    "mobile": Y(uk_mobile, "phone"),
                    "is_registered_donor": G(lambda f: f.pick([True, False])),
                    "relationship": G(lambda f: f.pick(["friend", "colleague", "partner", "sibling"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        "web",
        "uk",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "reason": G(lambda f: f.pick(["schedule_conflict", "transport", "work", "childcare", "other"])),
            "cancellation_note": G(
                lambda f: f.pick(
                    [
                        "Can't make it, sorry",
                        "Will rebook next month",
                        "",
                        "Car broke down",
                        "Working late that day",
                    ]
                )
            ),
            "hours_before_start": G(lambda f: f.r.randint(1, 240)),
            "rebooked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        "node",
        "uk",
        {
            "to": Y(lambda f: f.pick([uk_mobile, us_phone])(f), "phone"),
            "from": G(lambda f: f.pick(["BloodLink", "+441134960000", "+16025550142"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "body": Y(sms_reminder, "name", True),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "segments": G(lambda f: f.pick([1, 2])),
            "channel": G(lambda f: "sms"),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        "us",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone", True),
            "To": G(lambda f: f.pick(["+16025550142", "+19155550178", "+16145550199"])),
            "Body": G(lambda f: f.pick(["C", "Y", "STOP", "Can I come at 3 instead?", "Thanks!", "HELP"])),
            "FromCity": Y(lambda f: f.pick(["PHOENIX", "EL PASO", "COLUMBUS", "TULSA"]), "city"),
            "FromState": G(lambda f: f.pick(["AZ", "TX", "OH", "OK"])),
            "FromCountry": G(lambda f: "US"),
            "NumMedia": G(lambda f: f.pick(["0", "1"])),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "Appointment Checked In",
        "kotlin",
        "uk",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "kiosk_id": G(lambda f: "KIOSK-" + f.digits(3)),
            "checked_in_by": Y(full("uk"), "name"),
            "staff_id": G(lambda f: "S" + f.digits(6)),
            "donor_number": G(donor_number),
            "id_verified": G(lambda f: f.pick([True, False])),
            "id_document_type": G(lambda f: f.pick(["donor_card", "driving_licence", "passport", "none"])),
            "minutes_early": G(lambda f: f.r.randint(-20, 30)),
        },
    ),
    (
        "screen",
        "Appointment Details",
        "kotlin",
        "uk",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "centre_name": G(lambda f: f.pick(CENTRES["uk"])),
            "can_reschedule": G(lambda f: f.pick([True, False])),
            "directions_tapped": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---------------------------------------------------------------------- donations and deferrals
    (
        "track",
        "Donation Completed",
        "java",
        "uk",
        {
            "donation_id": G(isbt_din),
            "donor_id": G(lambda f: f.uuid()),
            "centre_code": G(lambda f: f.pick(["LDS", "MAN", "BHM", "BRI", "SHF"])),
            "donation_type": G(lambda f: f.pick(DONATION_TYPES)),
            "volume_ml": G(lambda f: f.pick([470, 475, 650, 230])),
            "duration_min": G(lambda f: f.r.randint(6, 95)),
            "arm": G(lambda f: f.pick(["left", "right"])),
            "blood_group": Y(lambda f: f.pick(BLOOD_GROUPS), "condition"),
            "pre_donation_checks": {
                "hemoglobin_g_dl": Y(lambda f: round(f.r.uniform(12.5, 17.5), 1), "condition|diagnosis"),
                "bp_systolic": Y(lambda f: f.r.randint(100, 160), "condition|diagnosis"),
                "bp_diastolic": Y(lambda f: f.r.randint(60, 95), "condition|diagnosis"),
                "pulse_bpm": Y(lambda f: f.r.randint(52, 98), "condition|diagnosis"),
                "method": G(lambda f: f.pick(["finger_prick", "copper_sulphate", "venous"])),
            },
            "adverse_reaction": Y(
                lambda f: f.pick(["none", "vasovagal", "haematoma", "delayed_faint", "nerve_irritation"]),
                "condition",
            ),
            "phlebotomist": {
                "id": G(lambda f: "S" + f.digits(6)),
                "name": Y(full("uk"), "name"),
                "role": G(lambda f: f.pick(["Donor Carer", "Registered Nurse", "Senior Practitioner"])),
            },
            "units_collected": G(lambda f: f.pick([1, 1, 2])),
            "next_eligible_date": G(date_between(2024, 2025)),
            "bag_lot": G(lambda f: "LOT" + f.digits(7)),
        },
    ),
    (
        "track",
        "Donation Deferred",
        "python",
        "uk",
        {
            "deferral_id": G(lambda f: f.uuid()),
            "appointment_id": G(lambda f: f.uuid()),
            "deferral_reason_code": Y(
                lambda f: f.pick(
                    ["LOW_HB", "HIGH_BP", "ANTIBIOTICS", "PREGNANCY", "COLD_SORE", "MEDICATION_ISOTRETINOIN"]
                ),
                "condition",
            ),
            "deferral_type": G(lambda f: f.pick(["temporary", "permanent", "clinical_review"])),
            "deferred_until": G(date_between(2024, 2025)),
            "deferred_by": Y(full("uk"), "name"),
            "notes": Y(deferral_note, "condition|medication", True),
            "follow_up_letter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Test Results Available",
        "go",
        "uk",
        {
            "donation_id": G(isbt_din),
            "tests_completed": G(lambda f: f.r.randint(6, 12)),
            "markers_tested": Many(G(lambda f: f.pick(["HIV", "HBV", "HCV", "Syphilis", "HTLV", "HEV"])), 5),
            "result_status": Y(
                lambda f: f.pick(["all_clear", "reactive_follow_up", "indeterminate_retest"]), "diagnosis"
            ),
            "ferritin_ug_l": Y(lambda f: f.r.randint(8, 220), "condition|diagnosis"),
            "cmv_status": Y(lambda f: f.pick(["negative", "positive"]), "diagnosis"),
            "notification_channel": G(lambda f: f.pick(["app", "letter", "email"])),
            "processed_lab": G(lambda f: f.pick(["Filton", "Colindale", "Speke"])),
        },
    ),
    (
        "track",
        "Blood Journey Notification Opened",
        "swift",
        "uk",
        {
            "donation_id": G(isbt_din),
            "notification_id": G(lambda f: f.uuid()),
            "hospital_name": G(
                lambda f: f.pick(
                    [
                        "St James's University Hospital",
                        "Royal Manchester Children's Hospital",
                        "Queen Elizabeth Hospital Birmingham",
                    ]
                )
            ),
            "issued_at": G(lambda f: f.iso()),
            "component": G(lambda f: f.pick(["red_cells", "platelets", "plasma"])),
            "shared_to_social": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Donation History",
        "swift",
        "uk",
        {
            "total_donations": G(lambda f: f.r.randint(0, 150)),
            "lives_saved_estimate": G(lambda f: f.r.randint(0, 450)),
            "last_donation_at": G(lambda f: f.iso()),
            "badge_level": G(lambda f: f.pick(["bronze", "silver", "gold", "25_donations", "50_donations"])),
        },
    ),
    (
        "track",
        "Blood Stock Alert Viewed",
        "swift",
        "uk",
        {
            "alert_id": G(lambda f: "alrt_" + f.hexid(10)),
            "blood_group_needed": G(lambda f: f.pick(["O-", "O+", "B-", "A-", "Ro"])),
            "stock_level_days": G(lambda f: round(f.r.uniform(1.2, 6.5), 1)),
            "region": G(lambda f: f.pick(["North", "London", "Midlands", "South West"])),
            "cta": G(lambda f: f.pick(["book_now", "share", "dismiss"])),
        },
    ),
    (
        "track",
        "Rare Blood Match Notified",
        "go",
        "uk",
        {
            "match_id": G(lambda f: f.uuid()),
            "phenotype": Y(
                lambda f: f.pick(["Ro (cDe)", "Kell negative", "Fy(a-b-)", "U negative", "Vel negative"]),
                "condition",
            ),
            "hla_typed": G(lambda f: f.pick([True, False])),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "emergency"])),
            "requesting_hospital": G(
                lambda f: f.pick(
                    ["Great Ormond Street Hospital", "King's College Hospital", "Leeds General Infirmary"]
                )
            ),
            "invited_via": G(lambda f: f.pick(["phone", "push", "email"])),
        },
    ),
    # --------------------------------------------------------------------------- organ donation (UK)
    (
        "track",
        "Organ Donation Decision Registered",
        "web",
        "uk",
        {
            "registration_id": G(lambda f: "ODR" + f.digits(9)),
            "decision": G(lambda f: f.pick(["opt_in", "opt_out", "nominate_representative"])),
            "organs": Many(
                G(lambda f: f.pick(["heart", "lungs", "kidneys", "liver", "corneas", "pancreas", "tissue"])),
                6,
            ),
            "nhs_number": RED(nhs_number, "health id"),
            "faith_or_belief": Y(
                lambda f: f.pick(
                    ["Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "No religion"]
                ),
                "religion",
            ),
            "faith_consideration_requested": G(lambda f: f.pick([True, False])),
            "ethnic_group": Y(
                lambda f: f.pick(
                    ["Asian or Asian British", "Black or Black British", "White", "Mixed", "Other"]
                ),
                "ethnicity",
            ),
            "date_of_birth": Y(dob, "birthdate"),
            "postcode": Y(uk_postcode, "zipcode"),
            "channel": G(lambda f: f.pick(["web", "driving_licence_application", "gp_registration"])),
        },
    ),
    (
        "track",
        "Next Of Kin Added",
        "web",
        "uk",
        {
            "registration_id": G(lambda f: "ODR" + f.digits(9)),
            "next_of_kin": {
                "full_name": Y(full("uk"), "name"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "partner", "parent", "son", "daughter", "sibling", "friend"])
                ),
                "phone": Y(uk_mobile, "phone"),
                "email": Y(email("uk"), "email"),
                "address": Y(one_line_address("uk"), "address"),
            },
            "discussed_decision": G(lambda f: f.pick([True, False])),
            "kin_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Gift Aid Declared",
        "php",
        "uk",
        {
            "declaration_id": G(lambda f: "GAD-" + f.digits(8)),
            "title": G(lambda f: f.pick(["Mr", "Mrs", "Ms", "Dr", "Mx"])),
            "first_name": Y(first("uk"), "name"),
            "last_name": Y(last("uk"), "name"),
            "house_name_or_number": Y(
                lambda f: f.pick([str(f.r.randint(1, 240)), "Rose Cottage", "Flat 4", "The Old Barn"]),
                "address|street",
            ),
            "postcode": Y(uk_postcode, "zipcode"),
            "uk_taxpayer": G(lambda f: True),
            "donation_amount": G(lambda f: f.pick([5, 10, 20, 50])),
            "currency": G(lambda f: "GBP"),
            "fund": G(lambda f: f.pick(["pet_blood_bank", "research", "general"])),
        },
    ),
    # -------------------------------------------------------------------------------- pet blood bank
    (
        "track",
        "Pet Donor Registered",
        "web",
        "uk",
        {
            "pet_id": G(lambda f: "PET" + f.digits(6)),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Poppy", "Bella", "Alfie", "Nala"])),
            "species": G(lambda f: "dog"),
            "breed": G(
                lambda f: f.pick(
                    [
                        "Labrador Retriever",
                        "Greyhound",
                        "Golden Retriever",
                        "German Shepherd",
                        "Staffordshire Bull Terrier",
                    ]
                )
            ),
            "pet_weight_kg": G(lambda f: f.r.randint(25, 45)),
            "pet_blood_type": G(lambda f: f.pick(["DEA 1 negative", "DEA 1 positive"])),
            "pet_date_of_birth": G(date_between(2016, 2022)),
            "microchip_number": G(lambda f: "826" + f.digits(12)),
            "vet_practice": G(
                lambda f: f.pick(["Vets4Pets Leeds", "Medivet Didsbury", "Village Vets Bristol"])
            ),
            "vet_practice_phone": G(lambda f: f.pick(["0113 496 0123", "0161 496 0877", "0117 496 0321"])),
            "owner": {
                "name": Y(full("uk"), "name"),
                "email": Y(email("uk"), "email"),
                "mobile": Y(uk_mobile, "phone"),
                "postcode": Y(uk_postcode, "zipcode"),
            },
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        "php",
        "uk",
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "account_holder": Y(full("uk"), "name"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-93-74", "09-01-28"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "amount": G(lambda f: f.pick([3, 5, 8, 10])),
            "frequency": G(lambda f: "monthly"),
            "provider": G(lambda f: "gocardless"),
        },
    ),
    (
        "track",
        "Donor Profile Updated",
        "swift",
        "uk",
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["email", "phone", "address", "preferred_name", "photo"])), 3
            ),
            "previous_email": Y(email("uk"), "email"),
            "new_email": Y(email("uk"), "email"),
            "preferred_name": Y(first("uk"), "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "profile_photo_url": Y(
                lambda f: f"https://media.bloodlink.example.org.uk/avatars/{f.hexid(16)}.jpg", "photo"
            ),
            "gp_surgery": G(
                lambda f: f.pick(
                    ["Park Road Medical Practice", "Beeston Village Surgery", "The Avenue Surgery"]
                )
            ),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parking Permit Issued",
        "web",
        "uk",
        {
            "permit_id": G(lambda f: "PP" + f.digits(6)),
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "vehicle_registration": Y(
                lambda f: (
                    f"{f.pick(['LS', 'MA', 'BD', 'YK', 'CU'])}{f.r.randint(10, 74)} "
                    f"{''.join(f.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
                ),
                "license",
            ),
            "valid_from": G(appt_time),
            "duration_hours": G(lambda f: f.pick([2, 3, 4])),
            "blue_badge_holder": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    # -------------------------------------------------------------------------------- centre staff
    (
        "track",
        "Shift Started",
        "kotlin",
        "uk",
        {
            "staff_id": G(lambda f: "S" + f.digits(6)),
            "staff_name": Y(full("uk"), "name"),
            "role": G(
                lambda f: f.pick(
                    ["Donor Carer", "Registered Nurse", "Team Leader", "Donor Relations Assistant"]
                )
            ),
            "nmc_pin": Y(
                lambda f: (
                    f"{f.r.randint(0, 99):02d}{f.pick('ABCDEFGHIJ')}"
                    f"{f.r.randint(1000, 9999)}{f.pick('EONWS')}"
                ),
                "license",
            ),
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "shift_start": G(lambda f: f.iso()),
            "hourly_rate": Y(lambda f: round(f.r.uniform(11.44, 24.5), 2), "salary"),
            "badge_number": G(lambda f: f.digits(5)),
            "contract_type": G(lambda f: f.pick(["permanent", "bank", "agency"])),
        },
    ),
    (
        "track",
        "Staff Portal Login",
        "web",
        "uk",
        {
            "username": Y(
                lambda f: (
                    f"{_ascii(f.pick(FIRST['uk']))}.{_ascii(f.pick(LAST['uk']))}@bloodlink.example.org.uk"
                ),
                "email",
            ),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "push"])),
            "mfa_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "login_success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "sso_provider": G(lambda f: f.pick(["azure_ad", "none"])),
        },
    ),
    (
        "track",
        "Incident Reported",
        "ruby",
        "uk",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "category": G(lambda f: f.pick(["donor_reaction", "equipment", "process", "complaint"])),
            "severity": G(lambda f: f.pick(["low", "moderate", "serious"])),
            "donor_id": G(lambda f: f.uuid()),
            "description": Y(incident_description, "name", True),
            "reported_by_staff_id": G(lambda f: "S" + f.digits(6)),
            "riddor_reportable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Donor Note Added",
        "ruby",
        "uk",
        {
            "note_id": G(lambda f: f.uuid()),
            "donor_id": G(lambda f: f.uuid()),
            "text": Y(crm_note, "phone", True),
            "author_staff_id": G(lambda f: "S" + f.digits(6)),
            "visibility": G(lambda f: f.pick(["team", "private"])),
        },
    ),
    (
        "track",
        "Kiosk Heartbeat",
        "go",
        "uk",
        {
            "kiosk_id": G(lambda f: "KIOSK-" + f.digits(3)),
            "lan_ip": G(lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 250)}"),
            "firmware": G(lambda f: f.pick(["2.4.1", "2.4.3", "2.5.0"])),
            "uptime_s": G(lambda f: f.r.randint(60, 900000)),
            "printer_status": G(lambda f: f.pick(["ok", "paper_low", "offline"])),
            "serial_number": G(lambda f: "KSK" + f.digits(8)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "web",
        "uk",
        {
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Quick and friendly",
                        "Waited 40 minutes past my slot",
                        "Biscuits were great",
                        "Parking was difficult",
                        "",
                    ]
                )
            ),
            "staff_mentioned": Y(
                lambda f: f.pick(["Nurse " + f.pick(FIRST["uk"]), f.pick(FIRST["uk"]), full("uk")(f)]),
                "name",
                True,
            ),
            "centre_id": G(lambda f: "C" + f.digits(4)),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    # --------------------------------------------------------------------------- UK web pages, email
    (
        "page",
        "Find a Centre",
        "web",
        "uk",
        {
            "path": G(lambda f: f.pick(PAGES["uk"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.bbc.co.uk/news"])),
            "search": G(lambda f: f.pick(["", "?postcode_search=1", "?utm_campaign=o_neg_urgent"])),
            "title": G(
                lambda f: f.pick(["Find a centre | BloodLink UK", "BloodLink UK", "Book | BloodLink UK"])
            ),
            "url": G(lambda f: SITES["uk"][0] + f.pick(PAGES["uk"])),
            "category": G(lambda f: f.pick(["donate", "account", "organ"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web",
        "uk",
        {
            "email": Y(email("uk"), "email"),
            "list_id": G(lambda f: f.hexid(10)),
            "source": G(lambda f: f.pick(["footer", "post_donation", "appeal_landing"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Opened",
        "node",
        "uk",
        {
            "email": Y(email("uk"), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(6)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(12)}.{f.hexid(4)}@ismtpd{f.digits(4)}>"),
            "category": Many(G(lambda f: f.pick(["reminder", "appeal", "results", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
            "event": G(lambda f: "open"),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        "uk",
        {
            "full-name": Y(full("uk"), "name"),
            "email-address": Y(email("uk"), "email"),
            "phone-number": Y(uk_mobile, "phone"),
            "topic": G(lambda f: f.pick(["appointment", "eligibility", "results", "complaint", "other"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "How long after a tattoo can I donate?",
                        "Is there parking at the centre?",
                        "Can I donate while breastfeeding?",
                        "I didn't receive my reminder text",
                        "Do you need O negative this week?",
                    ]
                )
            ),
            "consent-to-contact": G(lambda f: f.pick([True, False])),
            "form-name": G(lambda f: "contact-us"),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        "web",
        "uk",
        {
            "conversation_id": G(lambda f: f.hexid(16)),
            "message": G(
                lambda f: f.pick(
                    [
                        "What's the minimum weight to give blood?",
                        "opening times leeds",
                        "how often can i give plasma",
                        "agent please",
                        "thanks",
                    ]
                )
            ),
            "intent": G(
                lambda f: f.pick(["eligibility", "opening_hours", "frequency", "handoff", "smalltalk"])
            ),
            "confidence": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
            "handed_to_agent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "python",
        "uk",
        {
            "name": G(
                lambda f: f.pick(["Globex Leeds", "Yorkshire Water", "University of Sheffield", "Initech UK"])
            ),
            "industry": G(lambda f: f.pick(["Utilities", "Education", "Software", "Retail"])),
            "employees": G(lambda f: f.r.randint(50, 20000)),
            "main_phone": G(lambda f: f.pick(["0113 496 0999", "0114 496 0200", "0345 496 0101"])),
            "address": {
                "street": G(lambda f: f.pick(["Western House, Halifax Road", "Western Bank", "1 Park Row"])),
                "city": G(lambda f: f.pick(["Leeds", "Sheffield", "Bradford"])),
                "postalCode": G(lambda f: f.pick(["LS1 5AA", "S10 2TN", "BD6 2SZ"])),
            },
            "drive_coordinator_name": Y(full("uk"), "name"),
            "drive_coordinator_email": Y(email("uk"), "email"),
            "blood_drives_hosted": G(lambda f: f.r.randint(0, 40)),
            "plan": G(lambda f: f.pick(["corporate_partner", "community_partner"])),
        },
    ),
    (
        "alias",
        None,
        "swift",
        "uk",
        None,
    ),
    # ------------------------------------------------------------------------------ warehouse sync
    (
        "identify",
        None,
        "retl",
        "uk",
        {
            "DONOR_ID": G(lambda f: f.uuid()),
            "EMAIL": Y(email("uk"), "email"),
            "FIRST_NAME": Y(first("uk"), "name"),
            "LAST_NAME": Y(last("uk"), "name"),
            "HOME_POSTCODE": Y(uk_postcode, "zipcode"),
            "BLOOD_TYPE": Y(lambda f: f.pick(BLOOD_GROUPS), "condition"),
            "CMV_STATUS": Y(lambda f: f.pick(["NEG", "POS"]), "diagnosis"),
            "LIFETIME_DONATIONS": G(lambda f: f.r.randint(0, 150)),
            "LAST_DONATION_DATE": G(date_between(2020, 2024)),
            "IS_PLATELET_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "LAPSED_SEGMENT": G(lambda f: f.pick(["ACTIVE", "LAPSING_12M", "LAPSED_24M"])),
            "CHURN_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "AGE_BAND": G(lambda f: f.pick(["17-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    # ---------------------------------------------------------------------------------- Spain
    (
        "identify",
        None,
        "kotlin",
        "es",
        {
            "nombre": Y(first("es"), "name"),
            "apellidos": Y(apellidos, "name"),
            "dni": RED(dni_or_nie, "national id"),
            "fecha_nacimiento": Y(dob, "birthdate"),
            "sexo": Y(lambda f: f.pick(["M", "H", "X"]), "sex|gender"),
            "grupo_sanguineo": Y(lambda f: f.pick(["0+", "0-", "A+", "A-", "B+", "AB+"]), "condition"),
            "telefono_movil": Y(es_mobile, "phone"),
            "correo_electronico": Y(email("es"), "email"),
            "codigo_postal": Y(es_cp, "zipcode"),
            "municipio": Y(city("es"), "city"),
            "provincia": G(lambda f: f.pick(ES_PROVINCIAS)),
            "nacionalidad": Y(
                lambda f: f.pick(["española", "rumana", "marroquí", "colombiana", "italiana"]), "citizenship"
            ),
            "tarjeta_sanitaria": RED(tarjeta_sanitaria, "health id"),
            "numero_donante": G(lambda f: "ES" + f.digits(9)),
            "donaciones_totales": G(lambda f: f.r.randint(0, 90)),
            "acepta_comunicaciones": G(lambda f: f.pick([True, False])),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
        },
    ),
    (
        "track",
        "Cita Reservada",
        "web",
        "es",
        {
            "id_cita": G(lambda f: f.digits(8)),
            "centro": G(lambda f: f.pick(CENTRES["es"])),
            "fecha_cita": G(date_between(2024, 2025)),
            "hora": G(lambda f: f.pick(["09:00", "10:30", "12:15", "17:45", "19:00"])),
            "tipo_donacion": G(lambda f: f.pick(["sangre_total", "plasma", "plaquetas"])),
            "nombre_completo": Y(lambda f: f"{f.pick(FIRST['es'])} {apellidos(f)}", "name"),
            "telefono": Y(es_mobile, "phone"),
            "email": Y(email("es"), "email"),
            "dni": RED(dni_or_nie, "national id"),
            "primera_donacion": G(lambda f: f.pick([True, False])),
            "comentarios": G(
                lambda f: f.pick(["", "Llegaré 10 minutos tarde", "Vengo con un amigo", "¿Hay aparcamiento?"])
            ),
        },
    ),
    (
        "track",
        "Punto Móvil Buscado",
        "flutter",
        "es",
        {
            "query": G(lambda f: f.pick(["Madrid centro", "Vigo", "Getafe", "Sant Cugat", "Triana"])),
            "results_count": G(lambda f: f.r.randint(0, 9)),
            "radius_km": G(lambda f: f.pick([5, 10, 20])),
            "date_from": G(date_between(2024, 2024)),
        },
    ),
    (
        "screen",
        "Mis Donaciones",
        "flutter",
        "es",
        {
            "total_donations": G(lambda f: f.r.randint(0, 90)),
            "next_eligible_date": G(date_between(2024, 2025)),
            "level": G(lambda f: f.pick(["bronce", "plata", "oro"])),
        },
    ),
    (
        "track",
        "Donación Registrada",
        "java",
        "es",
        {
            "codigo_donacion": G(isbt_din),
            "centro_extraccion": G(lambda f: f.pick(CENTRES["es"])),
            "grupo_sanguineo": Y(lambda f: f.pick(["0+", "0-", "A+", "A-", "B+", "AB+"]), "condition"),
            "rh": Y(lambda f: f.pick(["positivo", "negativo"]), "condition"),
            "volumen_ml": G(lambda f: f.pick([450, 470, 600])),
            "hemoglobina": Y(lambda f: round(f.r.uniform(12.5, 17.0), 1), "condition|diagnosis"),
            "tension_arterial": Y(
                lambda f: f"{f.r.randint(100, 150)}/{f.r.randint(60, 95)}", "condition|diagnosis"
            ),
            "apto": G(lambda f: f.pick([True, True, False])),
            "motivo_exclusion": Y(
                lambda f: f.pick(
                    ["hemoglobina_baja", "tension_alta", "toma_antibioticos", "embarazo", "ninguno"]
                ),
                "condition",
            ),
            "enfermero": Y(lambda f: f"{f.pick(FIRST['es'])} {f.pick(LAST['es'])}", "name"),
            "duracion_min": G(lambda f: f.r.randint(7, 60)),
        },
    ),
    (
        "track",
        "Tarjeta de Donante Solicitada",
        "php",
        "es",
        {
            "nombre": Y(first("es"), "name"),
            "apellidos": Y(apellidos, "name"),
            "dni": RED(dni_or_nie, "national id"),
            "domicilio": Y(es_street, "address"),
            "localidad": Y(city("es"), "city"),
            "codigo_postal": Y(es_cp, "zipcode"),
            "provincia": G(lambda f: f.pick(ES_PROVINCIAS)),
            "organos": Many(
                G(lambda f: f.pick(["todos", "riñones", "hígado", "corazón", "córneas", "tejidos"])), 4
            ),
            "familiar_contacto": {
                "nombre": Y(lambda f: f"{f.pick(FIRST['es'])} {f.pick(LAST['es'])}", "name"),
                "telefono": Y(es_mobile, "phone"),
                "parentesco": G(lambda f: f.pick(["madre", "padre", "cónyuge", "hermano", "hija", "pareja"])),
            },
            "formato_tarjeta": G(lambda f: f.pick(["digital", "fisica"])),
        },
    ),
    (
        "track",
        "Donativo Realizado",
        "php",
        "es",
        {
            "importe": G(lambda f: f.pick([10, 20, 30, 50, 100])),
            "moneda": G(lambda f: "EUR"),
            "periodicidad": G(lambda f: f.pick(["unica", "mensual", "anual"])),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "titular_cuenta": Y(lambda f: f"{f.pick(FIRST['es'])} {apellidos(f)}", "name"),
            "dni": RED(dni_or_nie, "national id"),
            "desgrava": G(lambda f: f.pick([True, False])),
            "referencia_mandato": G(lambda f: "DV-" + f.digits(10)),
        },
    ),
    (
        "track",
        "Cuestionario Enviado",
        "flutter",
        "es",
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "form_version": G(lambda f: f.pick(["2024.03", "2024.06", "2023.11"])),
            "travel_last_12_months": Many(G(lambda f: f.pick(["MX", "CO", "MA", "PE", "FR", "SN"])), 3),
            "takes_medication": Y(lambda f: f.pick([True, False]), "medication"),
            "medications": Many(
                Y(
                    lambda f: f.pick(["ibuprofeno", "enalapril", "omeprazol", "sintrom", "eutirox"]),
                    "medication",
                ),
                2,
            ),
            "weight_kg": G(lambda f: f.r.randint(50, 120)),
            "pregnant_last_6_months": Y(lambda f: f.pick([True, False]), "condition"),
            "tattoo_last_4_months": G(lambda f: f.pick([True, False])),
            "preliminary_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recordatorio Enviado",
        "java",
        "es",
        {
            "id_envio": G(lambda f: f.uuid()),
            "destinatario": Y(es_mobile, "phone", True),
            "texto": Y(
                lambda f: f.pick(
                    [
                        f"Hola {f.pick(FIRST['es'])}, te esperamos mañana a las {f.pick(['9:00', '17:30'])} "
                        f"en {f.pick(CENTRES['es'])}. ¡Gracias por donar!",
                        f"{f.pick(FIRST['es'])}, ya puedes volver a donar. Reserva tu cita en la app",
                        f"Gracias {f.pick(FIRST['es'])}: tu donación ya está ayudando a pacientes "
                        f"de {f.pick(CITIES['es'])}.",
                    ]
                ),
                "name",
                True,
            ),
            "canal": G(lambda f: f.pick(["sms", "whatsapp"])),
            "estado": G(lambda f: f.pick(["enviado", "entregado", "fallido"])),
            "plantilla": G(lambda f: f.pick(["recordatorio_cita", "apto_de_nuevo", "agradecimiento"])),
        },
    ),
    # ------------------------------------------------------------------------------- US plasma
    (
        "identify",
        None,
        "dotnet",
        "us",
        {
            "FirstName": Y(first("us"), "name"),
            "LastName": Y(last("us"), "name"),
            "EmailAddress": Y(email("us"), "email"),
            "MobilePhone": Y(us_phone, "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "SsnLast4": RED(ssn_last4, "social security number"),
            "StreetAddress": Y(us_street, "address|street"),
            "City": Y(city("us"), "city"),
            "State": G(lambda f: f.pick(US_STATES)),
            "ZipCode": Y(us_zip, "zipcode"),
            "DonorId": G(lambda f: f.digits(9)),
            "HomeCenterId": G(lambda f: f.digits(4)),
            "HomeCenterName": G(lambda f: f.pick(CENTRES["us"])),
            "IsVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "PreferredLanguage": G(lambda f: f.pick(["en", "es"])),
            "LoyaltyTier": G(lambda f: f.pick(["Silver", "Gold", "Platinum"])),
            "TotalDonations": G(lambda f: f.r.randint(0, 400)),
            "SmsConsent": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Donor Identity Verified",
        "php",
        "us",
        {
            "inquiry_id": G(lambda f: "inq_" + f.hexid(24)),
            "verification_vendor": G(lambda f: f.pick(["persona", "veriff"])),
            "id_type": G(lambda f: f.pick(["drivers_license", "state_id", "passport"])),
            "id_state": G(lambda f: f.pick(US_STATES)),
            "license_number": Y(us_license, "license"),
            "passport_number": RED(lambda f: f.pick(["5", "A", "C"]) + f.digits(8), "passport"),
            "id_expiry": G(date_between(2025, 2032)),
            "selfie_url": Y(lambda f: f"https://files.example.com/kyc/{f.hexid(20)}.jpg", "photo"),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "status": G(lambda f: f.pick(["approved", "needs_review", "declined"])),
        },
    ),
    (
        "track",
        "Plasma Donation Completed",
        "dotnet",
        "us",
        {
            "donationId": G(lambda f: f.digits(12)),
            "centerId": G(lambda f: f.digits(4)),
            "centerName": G(lambda f: f.pick(CENTRES["us"])),
            "volumeMl": G(lambda f: f.pick([690, 825, 880])),
            "weightLbs": G(lambda f: f.r.randint(110, 290)),
            "totalProteinGdl": Y(lambda f: round(f.r.uniform(6.0, 8.8), 1), "condition|diagnosis"),
            "hematocritPct": Y(lambda f: f.r.randint(38, 54), "condition|diagnosis"),
            "pulseBpm": Y(lambda f: f.r.randint(50, 100), "condition|diagnosis"),
            "compensationUsd": G(lambda f: f.pick([50, 70, 100, 125, 150])),
            "visitNumberThisMonth": G(lambda f: f.r.randint(1, 8)),
            "phlebotomistName": Y(full("us"), "name"),
            "machineSerial": G(lambda f: "PCS2-" + f.digits(7)),
            "adverseEvent": Y(
                lambda f: f.pick(["None", "Citrate reaction", "Infiltration", "Vasovagal"]), "condition"
            ),
            "completedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rewards Card Activated",
        "dotnet",
        "us",
        {
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard"])),
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "ActivationCode": RED(lambda f: f"{f.r.randint(100000, 999999)}", "token"),
            "CardToken": RED(lambda f: "ctk_" + f.hexid(24), "token"),
            "CardholderName": Y(full("us"), "name"),
            "ExpirationDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 30)}"),
            "ProgramName": G(lambda f: f.pick(["Lifestream Rewards Visa Prepaid", "Lifestream Plus"])),
            "Issuer": G(lambda f: f.pick(["Pathward", "Sutton Bank"])),
        },
    ),
    (
        "track",
        "Plasma Reward Earned",
        "node",
        "us",
        {
            "reward_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([20, 40, 50, 70, 100])),
            "currency": G(lambda f: "USD"),
            "reason": G(
                lambda f: f.pick(["donation", "new_donor_bonus", "referral_bonus", "monthly_loyalty"])
            ),
            "promo_code": G(lambda f: f.pick(["NEWDONOR900", "SUMMER50", "", "FRIEND25"])),
            "donations_this_month": G(lambda f: f.r.randint(1, 8)),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "balance_after": G(lambda f: f.money(0, 900)),
        },
    ),
    (
        "track",
        "Payout Method Updated",
        "python",
        "us",
        {
            "method": G(lambda f: f.pick(["ach", "paypal", "venmo", "prepaid_card"])),
            "bank_account": {
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
                "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Navy Federal"])),
            },
            "paypal_email": Y(email("us"), "email"),
            "venmo_handle": Y(
                lambda f: f"@{f.pick(FIRST['us'])}-{f.pick(LAST['us'])}-{f.r.randint(1, 99)}", "name"
            ),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        "us",
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
            "invitee_name": Y(full("us"), "name"),
            "invitee_phone": Y(us_phone, "phone"),
            "bonus_amount": G(lambda f: f.pick([25, 50])),
            "referrals_sent_total": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Login Code Requested",
        "rn",
        "us",
        {
            "input": Y(lambda f: f.pick([email("us"), us_phone])(f), "email|phone", True),
            "input_type": G(lambda f: f.pick(["email", "phone"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "delivery": G(lambda f: f.pick(["sms", "email"])),
        },
    ),
    (
        "track",
        "Login Code Verified",
        "rn",
        "us",
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "success": G(lambda f: f.pick([True, False])),
            "seconds_to_enter": G(lambda f: f.r.randint(5, 280)),
            "remember_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Rewards",
        "rn",
        "us",
        {
            "balance": G(lambda f: f.money(0, 900)),
            "tier": G(lambda f: f.pick(["Silver", "Gold", "Platinum"])),
            "offers_shown": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        "web",
        "us",
        {
            "utm_source": G(lambda f: f.pick(["google", "bing", "facebook"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "utm_campaign": G(lambda f: f.pick(["new_donor_900", "plasma_near_me", "spanish_language"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                ),
                "advertising id",
            ),
            "landing_variant": G(lambda f: f.pick(["A", "B", "C"])),
            "center_slug": G(lambda f: f.pick(["phoenix-west", "el-paso", "columbus-north", "tulsa"])),
        },
    ),
    (
        "track",
        "Schedule Completed",
        "node",
        "us",
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "em": Y(sha256_hex, "email"),
            "ph": Y(sha256_hex, "phone"),
            "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 100])),
                "currency": G(lambda f: "USD"),
                "center_id": G(lambda f: f.digits(4)),
            },
        },
    ),
    (
        "track",
        "Household Member Added",
        "kotlin",
        "us",
        {
            "member": {
                "first_name": Y(first("us"), "name"),
                "birth_year": Y(lambda f: f.r.randint(1950, 2008), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "parent", "roommate"])),
                "is_donor": G(lambda f: f.pick([True, False])),
            },
            "household_size": G(lambda f: f.r.randint(2, 6)),
            "marital_status": G(lambda f: f.pick(["married", "single", "divorced", "domestic_partner"])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "dotnet",
        "us",
        {
            "EmergencyContactName": Y(full("us"), "name"),
            "EmergencyContactPhone": Y(us_phone, "phone"),
            "Relationship": G(lambda f: f.pick(["Spouse", "Mother", "Father", "Sibling", "Friend"])),
            "IsPrimary": G(lambda f: f.pick([True, False])),
            "UpdatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "java",
        "us",
        {
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "employee_name": Y(full("us"), "name"),
            "employee_email": Y(
                lambda f: (
                    f"{_ascii(f.pick(FIRST['us']))}.{_ascii(f.pick(LAST['us']))}@lifestreamplasma.example.com"
                ),
                "email",
            ),
            "job_title": G(
                lambda f: f.pick(["Phlebotomist", "Medical Screener", "Center Manager", "Plasma Processor"])
            ),
            "center_id": G(lambda f: f.digits(4)),
            "hours_regular": G(lambda f: f.pick([32, 36, 40])),
            "hours_overtime": G(lambda f: round(f.r.uniform(0, 9), 1)),
            "hourly_wage": Y(lambda f: round(f.r.uniform(15.5, 29.0), 2), "salary"),
            "home_address": Y(one_line_address("us"), "address"),
            "pay_period_end": G(date_between(2024, 2024)),
        },
    ),
    (
        "track",
        "Blood Drive Sign Up",
        "web",
        "us",
        {
            "blood_drive_id": G(lambda f: "BD" + f.digits(6)),
            "host_organization": G(
                lambda f: f.pick(
                    ["Westview High School", "Initech Tempe", "St. Mary's Parish", "Globex Omaha"]
                )
            ),
            "first_name": Y(first("us"), "name"),
            "last_name": Y(last("us"), "name"),
            "email": Y(email("us"), "email"),
            "phone": Y(us_phone, "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "home_zip": Y(us_zip, "zipcode"),
            "employer": G(lambda f: f.pick(["Initech", "Globex", "Westview USD", "Self-employed"])),
            "time_slot": G(lambda f: f.pick(["08:00", "09:30", "11:00", "13:30", "15:00"])),
            "shirt_size": G(lambda f: f.pick(["S", "M", "L", "XL", "2XL"])),
            "is_minor": G(lambda f: f.pick([True, False])),
            "parent_guardian": {
                "name": Y(full("us"), "name"),
                "phone": Y(us_phone, "phone"),
                "consent_signed": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Account Created",
        "web",
        "us",
        {
            "email": Y(email("us"), "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Plasma", "Summer", "Donor", "Lifestream", "Phoenix"])
                    + f.pick(["2024!", "#1", "123", "_99", "$$"])
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "accepted_terms": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "signup_source": G(lambda f: f.pick(["landing_page", "center_kiosk", "referral_link"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        "us",
        {
            "email": Y(email("us"), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "request_ip": Y(lambda f: f.ipv4(), "ip"),
            "expires_in_min": G(lambda f: f.pick([15, 30, 60])),
            "requests_last_24h": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Donor Letter Generated",
        "python",
        "uk",
        {
            "letter_id": G(lambda f: "LTR-" + f.digits(9)),
            "template_code": G(
                lambda f: f.pick(["DEFERRAL_TEMP", "THANK_YOU_10", "RESULTS_FOLLOWUP", "LAPSED_INVITE"])
            ),
            "recipient": {
                "salutation": G(lambda f: f.pick(["Mr", "Mrs", "Ms", "Dr", "Mx"])),
                "name": Y(full("uk"), "name"),
                "address_line_1": Y(uk_street, "address|street"),
                "town": Y(city("uk"), "city"),
                "postcode": Y(uk_postcode, "zipcode"),
            },
            "print_vendor": G(lambda f: f.pick(["Royal Mail MailMark", "CFH Docmail"])),
            "pages": G(lambda f: f.pick([1, 2, 3])),
            "second_class": G(lambda f: f.pick([True, False])),
        },
    ),
    # ------------------------------------------------------------------------------- rewards shop
    (
        "track",
        "Product Added",
        "web",
        "us",
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(
                lambda f: f"LSP-{f.pick(['TEE', 'HOOD', 'BTL', 'CAP'])}-{f.pick(['S', 'M', 'L', 'XL'])}"
            ),
            "name": G(
                lambda f: f.pick(
                    ["Lifesaver Tee", "Plasma Hero Hoodie", "Insulated Water Bottle", "Donor Cap"]
                )
            ),
            "category": G(lambda f: f.pick(["Apparel", "Drinkware", "Accessories"])),
            "price": G(lambda f: f.pick([0, 12.0, 25.0, 35.0])),
            "points_price": G(lambda f: f.pick([500, 1200, 2500])),
            "quantity": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        "us",
        {
            "order_id": G(lambda f: "LSP" + f.digits(8)),
            "total": G(lambda f: f.money(0, 80)),
            "points_redeemed": G(lambda f: f.r.randint(0, 6000)),
            "shipping": G(lambda f: f.pick([0, 4.99, 7.5])),
            "currency": G(lambda f: "USD"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(
                        lambda f: (
                            f"LSP-{f.pick(['TEE', 'HOOD', 'BTL', 'CAP'])}-{f.pick(['S', 'M', 'L', 'XL'])}"
                        )
                    ),
                    "name": G(
                        lambda f: f.pick(
                            ["Lifesaver Tee", "Plasma Hero Hoodie", "Insulated Water Bottle", "Donor Cap"]
                        )
                    ),
                    "price": G(lambda f: f.pick([0, 12.0, 25.0, 35.0])),
                    "quantity": G(lambda f: f.r.randint(1, 2)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full("us"), "name"),
                "line1": Y(us_street, "address|street"),
                "city": Y(city("us"), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postal_code": Y(us_zip, "zipcode"),
                "country": G(lambda f: "US"),
            },
            "billing_address": Y(one_line_address("us"), "address"),
        },
    ),
]


def message(f: Fake, kind, name, client, region, body, labels):
    msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if f.r.random() < 0.8:
        msg["userId"] = f.pick(["dnr_" + f.digits(7), f.uuid(), f.digits(9)])
    msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
        msg["userId"] = "dnr_" + f.digits(7)
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](region), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, body in EVENTS:
            events.append(message(f, kind, name, client, region, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=66, repeats=30)
    write(Path(__file__).parent, "holdout66_", events, labels)
