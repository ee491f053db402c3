"""Writes holdout234: tests/corpus/holdout234_events.jsonl and holdout234_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels (only build.py, fake.py and build_holdout3.py were read, for their
helpers and format), and never scored by its author.

Domain: a refugee resettlement and humanitarian case-management platform working in Jordan,
Germany and Uganda. Household registration by enumerators on tablets (UNHCR-style case numbers,
family members with dates of birth, nationalities, Washington Group disability questions and
specific-needs codes), cash assistance (prepaid cards, iris ATMs, MTN MoMo-shaped disbursement
callbacks, Flutter wallet app, SEPA transfers of German benefits), shelter and camp plot
allocation with GPS, medical referrals and dispensing, MHPSS sessions, legal and asylum
appointments, family reunification, birth registration, a hotline (Twilio-shaped webhooks), SMS and
e-mail (SendGrid-shaped), WhatsApp (Meta Cloud API-shaped), a caseworker web portal, a donor gift
shop (Segment e-commerce spec), partner organisations as `group` calls and `alias` calls.

Clients: analytics.js (portal and donor site), analytics-swift (German iOS app),
analytics-kotlin (Jordan Android app), analytics-react-native (field tablets with a location
plugin), analytics_flutter (Uganda wallet), and server libraries python, node, go, java, ruby, php
and .NET. Keys are mostly camelCase and snake_case English; about 15 % are PascalCase (.NET),
kebab-case (a referral directory webhook), SCREAMING_SNAKE (a warehouse sync), German, Luganda and
Arabic (romanised and in Arabic script).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the beneficiary, family members, landlords,
  sponsors, interpreters, donors, and staff (a caseworker's name and work e-mail are PII; role
  mailboxes, hotlines, offices, clinics, shops and agencies are the business's own: green).
- Colours: the reference's default for its matchers; outside it, red for credentials/secrets,
  tokens, one-time codes, card numbers, bank accounts, government and identity-document ids and
  health ids (`health id`), yellow otherwise (`geolocation`, `advertising id`, `ip`).
- Green: ids we issue (case numbers, household/referral/appointment ids, UUIDs), versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys (`phoneVerified`,
  `tokenNumber` of a queue, a shelter's `condition`), job titles, employers, ages and age bands,
  marital status, household size, language, country, governorate / state / sub-county, places
  that are not the person's (a facility's city, a searched district), user agents, device ids.
- Domain rules decided here (a careful privacy owner's call, stated so the labels can be checked):
  * Case and file numbers (UNHCR-style case numbers, BAMF Aktenzeichen, voucher and invoice
    numbers) are numbers an organisation issues, like claim numbers: green. Numbers printed on an
    identity document the person carries (asylum-seeker certificate, MoI service card, OPM refugee
    id, residence permit, passport, national id, NIN, Steuer-ID, birth certificate): red
    `national id` / `passport`.
  * Asylum, residence and refugee status, work permits and a person's population group
    (refugee / asylum seeker / host community): immigration status, red `visa`.
  * Nationality and country of origin of a person: yellow `citizenship`; the country someone is
    in or an office's country: green. Clan / tribe: yellow `ethnicity`.
  * The person's own residence place is an address: camp or settlement = `city`; zone, village,
    block and plot = `address`; GPS of a household or a field worker = `geolocation`.
  * Disability answers (Washington Group, wheelchair access, disability flags): red `disability`.
    Survivors of sexual / gender-based violence or torture: special-category health data, red
    `health`. Specific-needs code lists mixing these: red `disability|health`. Chronic illness,
    pregnancy, mental-health scores: yellow `condition`. German health-card numbers (KVNR) and
    hospital MRNs: red `health id`. Prescription numbers: yellow `medication`.
  * Earnings, stipends and hourly rates of a person: yellow `salary`; rent, debts, transfers and
    benefit amounts: green.
  * A mobile-money number is the person's phone number: yellow `phone`.
  * Vehicle plates: yellow `license`.
- value_only is true when the key does not say what the value is (`partyId`, `from`, `wa_id`, `q`,
  `value`, `input`, `text`, `body`, `fileName`, `nachricht`, `dedication`, `clinicalNote`); such a
  path holds that PII in every value. Free text is labelled by what every one of its values
  carries (every case-note and SMS `body` names a person, every chat `text` holds a phone number),
  and green when none of its values carries PII (`comment`, `note`, `text_body`, `ملاحظات`).

Run: `.venv/bin/python -m tests.corpus.build_holdout234`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers ---------------------------------------------------------------------

AR_M = [
    "Mohammad",
    "Ahmad",
    "Omar",
    "Khaled",
    "Yousef",
    "Mahmoud",
    "Hussein",
    "Ali",
    "Ibrahim",
    "Bashar",
    "Tareq",
]
AR_F = [
    "Fatima",
    "Rania",
    "Hiba",
    "Aya",
    "Noor",
    "Zainab",
    "Maryam",
    "Lina",
    "Rasha",
    "Huda",
    "Amal",
    "Sawsan",
]
AR_LAST = [
    "Al-Hassan",
    "Khalil",
    "Darwish",
    "Al-Masri",
    "Haddad",
    "Abu Zeid",
    "Al-Khatib",
    "Nasser",
    "Al-Hamwi",
    "Shaheen",
    "Al-Halabi",
    "Qassem",
    "Othman",
    "Al-Jubouri",
]
AR_SCRIPT_FIRST = [
    "محمد",
    "أحمد",
    "عمر",
    "خالد",
    "يوسف",
    "فاطمة",
    "رانيا",
    "هبة",
    "نور",
    "زينب",
    "مريم",
    "آمنة",
]
AR_SCRIPT_LAST = ["الحسن", "خليل", "درويش", "المصري", "حداد", "الخطيب", "ناصر", "الحموي", "شاهين", "الحلبي"]
EA_FIRST = [
    "Deng",
    "Nyibol",
    "Achol",
    "Gatluak",
    "Nyakuoth",
    "Amani",
    "Espérance",
    "Jean-Baptiste",
    "Bahati",
    "Furaha",
    "Lado",
    "Poni",
    "Juma",
    "Aluel",
    "Riek",
    "Hodan",
]
EA_LAST = [
    "Garang",
    "Akech",
    "Mabior",
    "Ruot",
    "Uwimana",
    "Mugisha",
    "Niyonzima",
    "Habimana",
    "Lokuji",
    "Wani",
    "Kenyi",
    "Nyandeng",
    "Tut",
    "Abdi Farah",
]
UG_NAMES = [
    "Nakato Sarah",
    "Ssemakula Joseph",
    "Namubiru Grace",
    "Okello David",
    "Atim Florence",
    "Mugerwa Brian",
    "Nansubuga Ruth",
    "Ocen Patrick",
    "Akello Winnie",
    "Kato Ivan",
    "Nalwoga Esther",
    "Lubega Henry",
]
DE_FIRST = ["Lena", "Jonas", "Katrin", "Tobias", "Miriam", "Felix", "Sabine", "Jan", "Anja", "Moritz", "Ülkü"]
DE_LAST = [
    "Schneider",
    "Weber",
    "Hoffmann",
    "Becker",
    "Wagner",
    "Schulz",
    "Koch",
    "Richter",
    "Wolf",
    "Neumann",
]
NEWCOMERS_DE = [
    "Zahra Ahmadi",
    "Farid Rahimi",
    "Mariam Sultani",
    "Hamid Karimi",
    "Semhar Tesfay",
    "Yonas Gebremedhin",
    "Feven Haile",
    "Oksana Kovalenko",
    "Dmytro Shevchuk",
    "Iryna Bondarenko",
    "Shilan Ahmed",
    "Elif Yılmaz",  # noqa: RUF001
    "Ahmad Al-Halabi",
    "Rasha Darwish",
]
JO_STAFF = [
    "Dana Al-Rawashdeh",
    "Suha Obeidat",
    "Laith Haddad",
    "Ruba Al-Zoubi",
    "Hamza Bani Hani",
    "Tala Qudah",
    "Majd Al-Momani",
    "Sarah Jensen",
    "Marco Bellini",
]
NATIONALITIES = [
    "Syrian",
    "Iraqi",
    "Yemeni",
    "Sudanese",
    "Somali",
    "South Sudanese",
    "Congolese",
    "Afghan",
    "Eritrean",
]
CAMPS_JO = {"Zaatari": (32.29, 36.32), "Azraq": (31.90, 36.58), "Emirati Jordanian Camp": (32.06, 36.45)}
SETTLEMENTS_UG = {
    "Bidibidi": (3.47, 31.38),
    "Nakivale": (-0.78, 30.95),
    "Kyangwali": (1.21, 30.80),
    "Rhino Camp": (2.99, 31.40),
    "Palabek": (3.45, 32.57),
}
GOVERNORATES = ["Amman", "Irbid", "Mafraq", "Zarqa", "Balqa", "Karak"]
LANGS = ["ar", "en", "ku", "so", "fa", "ti", "lg", "sw", "fr", "de", "uk"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def translit(s: str) -> str:
    table = str.maketrans({"é": "e", "ü": "u", "Ü": "U", "ı": "i", "'": "", " ": "", "-": ""})  # noqa: RUF001
    return s.translate(table).lower()


class H(Fake):
    # names
    def ar_name(self):
        return f"{self.pick(AR_M + AR_F)} {self.pick(AR_LAST)}"

    def ar_first(self):
        return self.pick(AR_M + AR_F)

    def ar_script_name(self):
        return f"{self.pick(AR_SCRIPT_FIRST)} {self.pick(AR_SCRIPT_LAST)}"

    def ea_name(self):
        return f"{self.pick(EA_FIRST)} {self.pick(EA_LAST)}"

    def ug_name(self):
        return self.pick(UG_NAMES)

    def de_name(self):
        return f"{self.pick(DE_FIRST)} {self.pick(DE_LAST)}"

    def newcomer(self):
        return self.pick(NEWCOMERS_DE)

    def any_beneficiary(self):
        return self.pick([self.ar_name, self.ea_name, self.newcomer, self.ar_script_name])()

    def staff(self):
        return self.pick([self.pick(JO_STAFF), self.ug_name(), self.de_name()])

    # contacts
    def jo_phone(self):
        n = f"7{self.pick('789')}{self.digits(7)}"
        return self.pick([f"+962{n}", f"0{n}", f"+962 {n[:2]} {n[2:5]} {n[5:]}", f"00962{n}"])

    def ug_phone(self):
        n = f"7{self.pick(['0', '5', '7', '8', '4'])}{self.digits(7)}"
        return self.pick([f"+256{n}", f"0{n}", f"+256 {n[:3]} {n[3:]}", f"256{n}"])

    def de_phone(self):
        n = f"1{self.pick(['51', '52', '57', '60', '70', '76'])}{self.digits(8)}"
        return self.pick([f"+49{n}", f"0{n}", f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}"])

    def any_phone(self):
        return self.pick([self.jo_phone, self.ug_phone, self.de_phone])()

    def email_of(self, name):
        parts = [translit(p) for p in name.split(" ") if p]
        parts = [p for p in parts if p.isascii()] or ["user"]
        user = self.pick([".".join(parts), parts[0] + str(self.r.randint(1, 99)), "_".join(parts[::-1])])
        domain = self.pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "web.de", "gmx.de"])
        return f"{user}@{domain}"

    def person_email(self):
        return self.email_of(self.pick([self.ar_name, self.ea_name, self.newcomer, self.de_name])())

    def staff_email(self):
        first, last = self.staff().split(" ", 1)
        return f"{translit(first)}.{translit(last)}@manara-aid.org"

    # dates
    def dob(self, start=1940, end=2023):
        return self.date(start, end)

    # documents and numbers
    def case_no(self):
        yy = self.r.randint(12, 24)
        return self.pick(
            [f"945-{yy}C{self.digits(5)}", f"800-{yy}C{self.digits(5)}", f"JOR-{yy}-{self.digits(6)}"]
        )

    def aktenzeichen(self):
        return f"{self.digits(7)}-{self.pick(['475', '423', '224', '432', '166'])}"

    def syrian_passport(self):
        return "N0" + self.digits(8)

    def syrian_nid(self):
        return self.pick(["01", "02", "03", "05", "08", "09", "12"]) + self.digits(9)

    def moi_card(self):
        return self.pick(["A", "B", "K"]) + self.digits(8)

    def jordan_nn(self):
        return self.pick(["9", "2"]) + str(self.r.randint(70, 99)) + self.digits(7)

    def opm_id(self):
        return f"RN{self.r.randint(1, 3)}-{self.digits(7)}"

    def ug_nin(self):
        letters = "".join(self.pick("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))
        return f"C{self.pick('MF')}{self.r.randint(60, 99)}{self.digits(6)}{letters}"

    def de_doc_no(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        return self.pick("LMNY") + "".join(self.pick(alphabet) for _ in range(8))

    def steuer_id(self):
        while True:
            body = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(9)]
            counts = sorted((body.count(d) for d in set(body)), reverse=True)
            if counts[0] in (2, 3) and counts[1] == 1:
                break
        product = 10
        for d in body:
            total = (d + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, body)) + str(check)

    def kvnr(self):
        letter = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        body = self.digits(8)
        digits = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, c in enumerate(digits):
            v = int(c) * (1 if i % 2 == 0 else 2)
            total += v // 10 + v % 10
        return f"{letter}{body}{total % 10}"

    def jo_iban(self):
        bban = self.pick(["CAAB", "ARAB", "HBHO", "JONB", "ETIH"]) + self.digits(4) + self.digits(18)
        numeric = "".join(str(int(c, 36)) for c in bban + "JO00")
        raw = f"JO{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def prepaid_card(self):
        number = self.luhn_complete(self.pick(["5167", "5351", "4847", "5218"]) + self.digits(11))
        return number if self.r.random() < 0.5 else " ".join(number[i : i + 4] for i in range(0, 16, 4))

    def pm_token(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_" + "".join(self.pick(alnum) for _ in range(24))

    def camp_point(self, sites):
        name = self.pick(sorted(sites))
        lat, lon = sites[name]
        return name, round(lat + self.r.uniform(-0.03, 0.03), 6), round(lon + self.r.uniform(-0.03, 0.03), 6)

    def pin(self, sites):
        """Picks a camp and remembers a point in it, so the lat/lon rendered next agree with it."""
        self.here = self.camp_point(sites)
        return self.here[0]

    def icd10(self):
        return self.pick(["E11.9", "I10", "J45.909", "O24.419", "F43.10", "N18.3", "B20", "C50.911", "Q21.0"])

    def jo_ip(self):
        return self.pick(
            [
                f"176.29.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"94.249.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"41.210.{self.r.randint(128, 191)}.{self.r.randint(1, 254)}",
                f"2a02:908:{self.r.randint(4096, 65535):x}:{self.r.randint(0, 65535):x}"
                f"::{self.r.randint(1, 4095):x}",
                self.ipv4(),
            ]
        )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: H):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/cases", "/cases/search", "/donate", "/shop/winter-kit", "/dashboard"])
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://cases.manara-aid.org/dashboard", "https://www.google.com/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=notes", "?utm_source=newsletter&utm_medium=email", "?page=2"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Manara Cases", "Case file | Manara", "Donate | Manara Aid", "Winter Kit - Manara Shop"]
                )
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://cases.manara-aid.org/cases",
                        "https://manara-aid.org/donate",
                        "https://shop.manara-aid.org/p/winter-kit",
                    ]
                )
            ),
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
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["ar-JO", "en-US", "de-DE", "en-GB", "en-UG"])),
        "timezone": G(lambda f: f.pick(["Asia/Amman", "Europe/Berlin", "Africa/Kampala", "Europe/London"])),
        "ip": Y(lambda f: f.jo_ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["winter_appeal_2024", "ramadan_giving", "staff_digest"])),
            "source": G(lambda f: f.pick(["newsletter", "google", "facebook"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "social"])),
            "content": G(lambda f: f.pick(["hero_button", "footer_link", "story_card"])),
        },
    }


def swift_context(f: H):
    return {
        "app": {
            "name": G(lambda f: "Ankommen"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.1", "2.5.2"])),
            "build": G(lambda f: f.pick(["240", "251", "252"])),
            "namespace": G(lambda f: "org.manara.ankommen"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "ar-DE", "fa-DE", "uk-DE", "en-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {"width": G(lambda f: f.pick([375, 390])), "height": G(lambda f: f.pick([667, 844]))},
        "timezone": G(lambda f: "Europe/Berlin"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.jo_ip(), "ip"),
        "traits": {
            "email": Y(lambda f: f.person_email(), "email"),
            "name": Y(lambda f: f.newcomer(), "name"),
        },
    }


def kotlin_context(f: H):
    return {
        "app": {
            "name": G(lambda f: "Manara"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "org.manara.beneficiary"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "TECNO", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "TECNO KI5k", "SM-A057F"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "KI5k"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["ar-JO", "en-JO", "ar"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Zain JO", "Orange JO", "Umniah"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.75])),
            "width": G(lambda f: 720),
            "height": G(lambda f: f.pick([1600, 1560])),
        },
        "timezone": G(lambda f: "Asia/Amman"),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)"),
        "ip": Y(lambda f: f.jo_ip(), "ip"),
        "traits": {
            "firstName": Y(lambda f: f.ar_first(), "name"),
            "phone": Y(lambda f: f.jo_phone(), "phone"),
            "caseNumber": G(lambda f: f.case_no()),
        },
    }


def rn_context(f: H):
    site = f.pick([CAMPS_JO, SETTLEMENTS_UG])
    _, lat, lon = f.camp_point(site)
    return {
        "app": {
            "name": G(lambda f: "Manara Field"),
            "version": G(lambda f: f.pick(["7.0.3", "7.1.0"])),
            "build": G(lambda f: f.pick(["703", "710"])),
            "namespace": G(lambda f: "org.manara.field"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-T225", "SM-X205", "TB-X306F"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "11"]))},
        "screen": {"width": G(lambda f: 800), "height": G(lambda f: 1340)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["MTN UG", "Airtel UG", "Zain JO", ""])),
        },
        "locale": G(lambda f: f.pick(["en-UG", "ar-JO", "en-US"])),
        "timezone": G(lambda f: f.pick(["Africa/Kampala", "Asia/Amman"])),
        "traits": {
            "name": Y(lambda f: f.staff(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
            "role": G(lambda f: f.pick(["enumerator", "protection assistant", "shelter engineer"])),
        },
        "location": {
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
            "accuracy": G(lambda f: f.pick([4.2, 8.0, 12.5, 30.1])),
        },
    }


def flutter_context(f: H):
    return {
        "app": {
            "name": G(lambda f: "Manara Wallet"),
            "version": G(lambda f: f.pick(["1.8.2", "1.9.0"])),
            "build": G(lambda f: f.pick(["82", "90"])),
            "namespace": G(lambda f: "ug.manara.wallet"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "itel", "samsung"])),
            "model": G(lambda f: f.pick(["TECNO BF7", "itel A662L", "SM-A045F"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1612)},
        "network": {"carrier": G(lambda f: f.pick(["MTN UG", "Airtel UG"])), "cellular": G(lambda f: True)},
        "locale": G(lambda f: f.pick(["en-UG", "lg-UG", "sw-UG", "ar-SS"])),
        "timezone": G(lambda f: "Africa/Kampala"),
        "ip": Y(lambda f: f.jo_ip(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib):
    name, version = SERVER_LIBS[lib]

    def ctx(f: H):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if lib in ("python", "ruby", "php", "node"):
            c["ip"] = Y(lambda f: f.jo_ip(), "ip")
        if lib == "php":
            c["library"]["consumer"] = G(lambda f: "LibCurl")
        if lib == "node":
            c["userAgent"] = G(lambda f: f.pick(UAS))
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}


# -- shared pieces ----------------------------------------------------------------------------------


def gift():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["WK-2024-01", "HK-STD-02", "SL-SOLAR-10", "SB-KIDS-05", "DK-DIG-100"])),
        "name": G(
            lambda f: f.pick(["Winter Kit", "Hygiene Kit", "Solar Lamp", "School Bag", "Digital Gift Card"])
        ),
        "category": G(lambda f: f.pick(["Shelter", "WASH", "Education", "Energy"])),
        "price": G(lambda f: f.pick([25.0, 40.0, 60.0, 120.0])),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "url": G(lambda f: f"https://shop.manara-aid.org/p/{f.r.randint(100, 199)}"),
    }


def wg():
    return RED(
        lambda f: f.pick(["no difficulty", "some difficulty", "a lot of difficulty", "cannot do at all"]),
        "disability",
    )


NEEDS_CODES = ["DS-PM", "DS-BD", "SV-GM", "SV-SS", "TR-PI", "SM-CI", "DS-MM", "TR-HO"]


def needs(f: H) -> str:
    return f.pick(NEEDS_CODES)


# -- events: (type, event or screen/page name, client, body) -------------------------------------

EVENTS = [
    # ===== beneficiary Android app, Jordan (kotlin) =====
    (
        "identify",
        None,
        "kotlin",
        {
            "firstName": Y(lambda f: f.ar_first(), "name"),
            "lastName": Y(lambda f: f.pick(AR_LAST), "name"),
            "phone": Y(lambda f: f.jo_phone(), "phone"),
            "caseNumber": G(lambda f: f.case_no()),
            "preferredLanguage": G(lambda f: f.pick(["ar", "en", "ku", "so"])),
            "nationality": Y(lambda f: f.pick(NATIONALITIES), "citizenship"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "dateOfBirth": Y(lambda f: f.dob(1945, 2005), "birthdate"),
            "householdSize": G(lambda f: f.r.randint(1, 11)),
            "governorate": G(lambda f: f.pick(GOVERNORATES)),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "registeredAt": G(lambda f: f.iso()),
            "assistanceStatus": G(lambda f: f.pick(["active", "suspended", "pending_verification"])),
        },
    ),
    (
        "screen",
        "Case Summary",
        "kotlin",
        {
            "caseNumber": G(lambda f: f.case_no()),
            "tab": G(lambda f: f.pick(["overview", "payments", "appointments", "documents"])),
            "unreadMessages": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        "kotlin",
        {
            "appointmentId": G(lambda f: f.uuid()),
            "service": G(
                lambda f: f.pick(
                    ["registration renewal", "cash assistance", "legal counselling", "psychosocial support"]
                )
            ),
            "center": G(
                lambda f: f.pick(
                    ["Khalda Registration Centre", "Irbid Field Office", "Mafraq Community Centre"]
                )
            ),
            "slotStart": G(lambda f: f.iso()),
            "bringDocuments": Many(
                G(lambda f: f.pick(["asylum_certificate", "moi_card", "family_book", "lease"])), 3
            ),
            "reminderPhone": Y(lambda f: f.jo_phone(), "phone"),
            "companionCount": G(lambda f: f.r.randint(0, 3)),
            "needsInterpreter": G(lambda f: f.pick([True, False])),
            "requiresWheelchairAccess": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Message Sent",
        "kotlin",
        {
            "threadId": G(lambda f: f.hexid(12)),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp_bridge"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "My new number is " + f.jo_phone() + " please update it",
                        "رقمي الجديد " + f.jo_phone(),
                        "Please call my husband on " + f.jo_phone() + ", my phone is broken",
                        "I changed my line, call " + f.jo_phone(),
                    ]
                ),
                "phone",
                True,
            ),
            "attachmentCount": G(lambda f: f.r.randint(0, 2)),
            "language": G(lambda f: f.pick(["ar", "en"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "kotlin",
        {
            "feedbackId": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["distribution", "staff_conduct", "app", "cash_delay"])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "anonymous": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    [
                        "The distribution started two hours late.",
                        "شكرا لكم على المساعدة",
                        "The app does not open on my phone",
                        "Queue at the centre was very long",
                        "",
                    ]
                )
            ),
            "contactBack": G(lambda f: f.pick([True, False])),
            "callbackNumber": Y(lambda f: f.jo_phone(), "phone"),
        },
    ),
    ("alias", None, "kotlin", None),
    (
        "track",
        "Profile Updated",
        "kotlin",
        {
            "fieldsChanged": Many(G(lambda f: f.pick(["phone", "address", "language", "householdSize"])), 3),
            "newAddress": {
                "street": Y(
                    lambda f: (
                        f.pick(["Al-Yarmouk St", "Prince Hassan St", "Al-Quds St", "Shafiq Rshaidat St"])
                        + f" {f.r.randint(1, 90)}"
                    ),
                    "street|address",
                ),
                "area": Y(
                    lambda f: f.pick(["Jabal Al-Nuzha", "Hashmi Al-Shamali", "Marka", "Sahab", "Al-Husn"]),
                    "address",
                ),
                "city": Y(lambda f: f.pick(["Amman", "Irbid", "Mafraq", "Zarqa", "Ramtha"]), "city"),
                "postalCode": Y(lambda f: f.pick(["11118", "11134", "21110", "25110", "13110"]), "zipcode"),
            },
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailAdded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Distribution Attended",
        "kotlin",
        {
            "distributionId": G(lambda f: "DST-" + f.digits(6)),
            "site": G(lambda f: f.pick(["Zaatari Base Camp", "Azraq Village 3", "Mafraq WFP Shop"])),
            "itemsReceived": Many(
                G(lambda f: f.pick(["food_parcel", "hygiene_kit", "blanket", "gas_refill"])), 3
            ),
            "qrCodeScanned": G(lambda f: True),
            "tokenNumber": G(lambda f: f.r.randint(1, 400)),
            "collectedByProxy": G(lambda f: f.pick([True, False])),
            "proxyName": Y(lambda f: f.ar_name(), "name"),
            "proxyIdNumber": RED(lambda f: f.moi_card(), "national id"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "kotlin",
        {
            "formId": G(lambda f: f.pick(["contact_update", "callback_request"])),
            "field": G(lambda f: "mobile"),
            "value": Y(lambda f: f.jo_phone(), "phone", True),
            "durationMs": G(lambda f: f.r.randint(900, 20000)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaignId": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(["Your assistance has been loaded", "Appointment tomorrow", "تم شحن بطاقتك"])
            ),
            "deepLink": G(lambda f: f.pick(["manara://payments", "manara://appointments"])),
            "receivedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    # ===== field tablets (react-native) =====
    (
        "track",
        "Household Registered",
        "rn",
        {
            "householdId": G(lambda f: f.uuid()),
            "caseNumber": G(lambda f: f.case_no()),
            "headOfHousehold": {
                "fullName": Y(lambda f: f.pick([f.ar_name, f.ea_name])(), "name"),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                "dateOfBirth": Y(lambda f: f.dob(1940, 2005), "birthdate"),
                "nationality": Y(lambda f: f.pick(NATIONALITIES), "citizenship"),
                "maritalStatus": G(lambda f: f.pick(["married", "widowed", "single", "divorced"])),
                "phone": Y(lambda f: f.pick([f.jo_phone, f.ug_phone])(), "phone"),
                "documentType": G(lambda f: f.pick(["passport", "national_id", "asylum_certificate"])),
                "documentNumber": RED(
                    lambda f: f.pick([f.syrian_passport, f.syrian_nid, f.opm_id])(), "national id|passport"
                ),
                "occupation": G(lambda f: f.pick(["farmer", "teacher", "tailor", "none", "mechanic"])),
                "educationLevel": G(lambda f: f.pick(["primary", "secondary", "none", "university"])),
                "religion": Y(
                    lambda f: f.pick(["Sunni Muslim", "Christian", "Yazidi", "Shia Muslim", "Catholic"]),
                    "religion",
                ),
            },
            "members": Many(
                {
                    "memberId": G(lambda f: f.uuid()),
                    "firstName": Y(lambda f: f.pick(AR_M + AR_F + EA_FIRST), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "mother", "nephew"])),
                    "dateOfBirth": Y(lambda f: f.dob(1950, 2024), "birthdate"),
                    "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                    "hasDisability": RED(lambda f: f.r.random() < 0.2, "disability"),
                    "attendsSchool": G(lambda f: f.pick([True, False])),
                    "specificNeeds": Many(RED(needs, "disability|health"), 2),
                },
                5,
            ),
            "householdSize": G(lambda f: f.r.randint(1, 11)),
            "arrivalDate": G(lambda f: f.date(2012, 2024)),
            "location": {
                "camp": Y(lambda f: f.pin({**CAMPS_JO, **SETTLEMENTS_UG}), "city"),
                "block": Y(
                    lambda f: f"{f.pick(['D', 'V', 'Z'])}{f.r.randint(1, 12)}-B{f.r.randint(1, 40):02d}",
                    "address",
                ),
                "plot": Y(lambda f: f"P{f.r.randint(1, 300):03d}", "address"),
                "latitude": Y(lambda f: f.here[1], "geolocation"),
                "longitude": Y(lambda f: f.here[2], "geolocation"),
            },
            "consentGiven": G(lambda f: True),
            "enumeratorId": G(lambda f: "EN-" + f.digits(4)),
            "formVersion": G(lambda f: f.pick(["2024.03.1", "2024.05.2"])),
            "durationSec": G(lambda f: f.r.randint(600, 4000)),
            "biometricsCaptured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vulnerability Assessment Completed",
        "rn",
        {
            "assessmentId": G(lambda f: f.uuid()),
            "caseNumber": G(lambda f: f.case_no()),
            "score": G(lambda f: f.money(0, 1)),
            "tier": G(lambda f: f.pick(["highly vulnerable", "severely vulnerable", "moderate", "low"])),
            "sgbvSurvivor": RED(lambda f: f.pick([True, False]), "health"),
            "survivorOfTorture": RED(lambda f: f.pick([True, False]), "health"),
            "unaccompaniedMinor": G(lambda f: f.pick([True, False])),
            "seriousMedicalCondition": Y(lambda f: f.pick([True, False]), "condition"),
            "chronicIllnesses": Many(
                Y(
                    lambda f: f.pick(
                        ["hypertension", "diabetes", "kidney failure", "thalassemia", "epilepsy"]
                    ),
                    "condition",
                ),
                2,
            ),
            "pregnantOrLactating": Y(lambda f: f.pick([True, False]), "condition"),
            "femaleHeaded": G(lambda f: f.pick([True, False])),
            "washingtonGroup": {
                "seeing": wg(),
                "hearing": wg(),
                "walking": wg(),
                "remembering": wg(),
                "selfCare": wg(),
                "communicating": wg(),
            },
            "monthlyIncomeJod": Y(lambda f: f.r.randint(0, 350), "salary"),
            "rentJod": G(lambda f: f.r.randint(0, 250)),
            "debtJod": G(lambda f: f.r.randint(0, 2000)),
            "copingStrategies": Many(
                G(lambda f: f.pick(["reduced meals", "borrowed money", "child labour", "sold assets"])), 3
            ),
        },
    ),
    (
        "screen",
        "Member Details",
        "rn",
        {
            "memberIndex": G(lambda f: f.r.randint(0, 8)),
            "section": G(lambda f: f.pick(["bio", "needs", "documents"])),
        },
    ),
    (
        "track",
        "Plot Allocated",
        "rn",
        {
            "allocationId": G(lambda f: "ALC-" + f.digits(7)),
            "settlement": Y(lambda f: f.pin(SETTLEMENTS_UG), "city"),
            "zone": Y(lambda f: f"Zone {f.r.randint(1, 5)}", "address"),
            "village": Y(lambda f: f"Village {f.r.randint(1, 19)}", "address"),
            "plotNumber": Y(
                lambda f: f"Z{f.r.randint(1, 5)}-V{f.r.randint(1, 19):02d}-{f.r.randint(1, 500):04d}",
                "address",
            ),
            "plotSizeM2": G(lambda f: f.pick([900, 1200, 2500])),
            "gps": {
                "lat": Y(lambda f: f.here[1], "geolocation"),
                "lng": Y(lambda f: f.here[2], "geolocation"),
                "accuracyM": G(lambda f: f.pick([3.9, 5.0, 11.2])),
            },
            "householdHead": Y(lambda f: f.ea_name(), "name"),
            "shelterKitIssued": G(lambda f: f.pick([True, False])),
            "landPartner": G(lambda f: f.pick(["OPM", "LWF", "DRC"])),
        },
    ),
    (
        "track",
        "Photo Captured",
        "rn",
        {
            "photoId": G(lambda f: f.uuid()),
            "purpose": G(lambda f: f.pick(["registration", "id_card_reprint"])),
            "photoUrl": Y(lambda f: f"https://files.manara-aid.org/portraits/{f.uuid()}.jpg", "photo"),
            "sizeKb": G(lambda f: f.r.randint(80, 900)),
            "faceDetected": G(lambda f: f.pick([True, False])),
            "mimeType": G(lambda f: "image/jpeg"),
        },
    ),
    (
        "track",
        "Shelter Inspection Completed",
        "rn",
        {
            "inspectionId": G(lambda f: f.uuid()),
            "shelterType": G(lambda f: f.pick(["caravan", "tent", "apartment", "unfinished building"])),
            "condition": G(lambda f: f.pick(["poor", "adequate", "good", "critical"])),
            "occupants": G(lambda f: f.r.randint(1, 12)),
            "leaks": G(lambda f: f.pick([True, False])),
            "landlordName": Y(
                lambda f: (
                    f.pick(
                        ["Abu Khaled Al-Shdeifat", "Um Ali Al-Sarhan", "Nidal Al-Khaldi", "Fawwaz Al-Masaeid"]
                    )
                    + f.pick(["", " (owner)"])
                ),
                "name",
            ),
            "landlordPhone": Y(lambda f: f.jo_phone(), "phone"),
            "rentJod": G(lambda f: f.r.randint(0, 250)),
            "leaseExpiry": G(lambda f: f.date(2024, 2026)),
            "address": Y(
                lambda f: (
                    f"{f.pick(['Al-Yarmouk St', 'King Talal St', 'Al-Hashmi St'])} {f.r.randint(1, 80)}, "
                    f"{f.pick(['Mafraq', 'Irbid', 'Zarqa'])}"
                ),
                "address",
            ),
            "photos": Many(
                {"url": G(lambda f: f"https://files.manara-aid.org/shelter/{f.hexid(10)}.jpg")}, 3
            ),
            "inspectorId": G(lambda f: "ST-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Field Visit Logged",
        "rn",
        {
            "visit_id": G(lambda f: f.uuid()),
            "vehicle_plate": Y(lambda f: f"{f.r.randint(10, 99)}-{f.digits(5)}", "license"),
            "driver_name": Y(lambda f: f.pick(JO_STAFF + UG_NAMES), "name"),
            "odometer_start": G(lambda f: f.r.randint(20000, 180000)),
            "sites": Many(G(lambda f: f.pick(["Zaatari D5", "Azraq V2", "Mafraq town", "Bidibidi Z3"])), 3),
            "households_visited": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    # ===== cash assistance =====
    (
        "track",
        "Cash Top-Up Completed",
        "node",
        {
            "topUpId": G(lambda f: f.uuid()),
            "caseNumber": G(lambda f: f.case_no()),
            "cycle": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "amount": G(lambda f: f.pick([23.0, 50.0, 80.0, 125.0, 155.0])),
            "currency": G(lambda f: "JOD"),
            "channel": G(lambda f: f.pick(["prepaid_card", "iris_atm", "mobile_wallet", "bank_transfer"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBrand": G(lambda f: f.pick(["Mastercard", "Visa"])),
            "cardToken": RED(lambda f: "tok_" + f.hexid(24), "token"),
            "recipientName": Y(lambda f: f.ar_name(), "name"),
            "transferFee": G(lambda f: f.money(0, 2)),
            "batchId": G(lambda f: "B" + f.digits(8)),
            "approvedBy": G(lambda f: "ST-" + f.digits(4)),
            "fundingSource": G(lambda f: f.pick(["ECHO", "BMZ", "BPRM", "UNHCR"])),
        },
    ),
    (
        "track",
        "Card Issued",
        "node",
        {
            "cardId": G(lambda f: f.uuid()),
            "cardNumber": RED(lambda f: f.prepaid_card(), "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 29)}"),
            "cardholderName": Y(lambda f: f.ar_name().upper(), "name"),
            "activationCode": RED(lambda f: f.digits(6), "token"),
            "branch": G(
                lambda f: f.pick(["Cairo Amman Bank - Mafraq", "Cairo Amman Bank - Irbid", "CAB Zaatari ATM"])
            ),
            "issuedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Mobile Money Disbursement Callback",
        "go",
        {
            "financialTransactionId": G(lambda f: f.digits(9)),
            "externalId": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([31000.0, 56000.0, 95000.0, 150000.0])),
            "currency": G(lambda f: "UGX"),
            "payee": {
                "partyIdType": G(lambda f: "MSISDN"),
                "partyId": Y(lambda f: "2567" + f.pick("05784") + f.digits(7), "phone", True),
            },
            "payerMessage": G(lambda f: f.pick(["Cash for food May 2024", "MPCA cycle 3", "Shelter top-up"])),
            "payeeNote": G(lambda f: f.pick(["Manara Aid", "MPCA"])),
            "status": G(lambda f: f.pick(["SUCCESSFUL", "FAILED", "PENDING"])),
            "reason": G(lambda f: f.pick(["", "PAYEE_NOT_FOUND", "NOT_ENOUGH_FUNDS"])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "first_name": Y(lambda f: f.pick(EA_FIRST), "name"),
            "surname": Y(lambda f: f.pick(EA_LAST), "name"),
            "msisdn": Y(lambda f: f.ug_phone(), "phone"),
            "settlement": Y(lambda f: f.pick(sorted(SETTLEMENTS_UG)), "city"),
            "refugee_id": RED(lambda f: f.opm_id(), "national id"),
            "preferred_language": G(lambda f: f.pick(["en", "ar", "sw", "din", "nus"])),
            "household_size": G(lambda f: f.r.randint(1, 12)),
            "wallet_tier": G(lambda f: f.pick(["basic", "full_kyc"])),
            "date_of_birth": Y(lambda f: f.dob(1950, 2006), "birthdate"),
        },
    ),
    (
        "screen",
        "Wallet Home",
        "flutter",
        {
            "balance": G(lambda f: f.r.randint(0, 500000)),
            "currency": G(lambda f: "UGX"),
            "hasPendingTopUp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Transfer Sent",
        "flutter",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: f.ea_name(), "name"),
            "recipient_msisdn": Y(lambda f: f.ug_phone(), "phone"),
            "amount": G(lambda f: f.r.randint(5, 200) * 1000),
            "fee": G(lambda f: f.pick([0, 500, 1000])),
            "relationship": G(lambda f: f.pick(["sibling", "parent", "friend", "child"])),
            "note": G(lambda f: f.pick(["school fees", "for medicine", "rent", "", "transport"])),
        },
    ),
    (
        "track",
        "Wallet Cash Out",
        "flutter",
        {
            "wallet_id": G(lambda f: "W" + f.digits(9)),
            "agent_code": G(lambda f: f.digits(6)),
            "agent_name": G(
                lambda f: f.pick(
                    ["Kiiza Mobile Money Point", "Bidibidi Z3 Airtel Shop", "Nakivale Base MoMo"]
                )
            ),
            "amount_ugx": G(lambda f: f.r.randint(10, 300) * 1000),
            "otp_verified": G(lambda f: f.pick([True, False])),
            "balance_after": G(lambda f: f.r.randint(0, 400000)),
        },
    ),
    (
        "track",
        "Host Household Enrolled",
        "flutter",
        {
            "erinnya": Y(lambda f: f.ug_name(), "name"),
            "essimu": Y(lambda f: f.ug_phone(), "phone"),
            "ekyalo": Y(
                lambda f: f.pick(["Kabazana", "Rubondo", "Juru", "Kashojwa", "Ngarama"]), "address|city"
            ),
            "eggombolola": G(lambda f: f.pick(["Rugaaga", "Kashumba", "Yumbe TC", "Odravu"])),
            "omuwendo_gwabantu": G(lambda f: f.r.randint(1, 14)),
            "nin": RED(lambda f: f.ug_nin(), "national id"),
            "olunaku_lwokuzaalibwa": Y(lambda f: f.dob(1950, 2005), "birthdate"),
            "ekika": Y(lambda f: f.pick(["Ngabi", "Mmamba", "Ffumbe", "Nkima", "Lugave"]), "ethnicity"),
        },
    ),
    (
        "track",
        "Voucher Redeemed",
        "python",
        {
            "voucher_id": G(lambda f: "V-" + f.digits(8)),
            "redemption_code": RED(lambda f: f.digits(4) + "-" + f.digits(4), "token"),
            "shop_name": G(lambda f: f.pick(["Zaatari Tazweed", "Azraq Safeway", "Irbid Sameh Mall"])),
            "shop_phone": G(lambda f: f.pick(["+962 2 623 5180", "+962 6 551 0420"])),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(["RICE-5KG", "OIL-1.8L", "LENT-1KG", "SUGAR-2KG"])),
                    "name": G(
                        lambda f: f.pick(["Rice 5kg", "Sunflower oil 1.8L", "Red lentils", "Sugar 2kg"])
                    ),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.money(0.5, 8)),
                },
                4,
            ),
            "total": G(lambda f: f.money(5, 60)),
            "currency": G(lambda f: "JOD"),
        },
    ),
    # ===== Germany: iOS app (swift) and Sozialamt integration (.NET) =====
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.person_email(), "email"),
            "name": Y(lambda f: f.newcomer(), "name"),
            "mobile": Y(lambda f: f.de_phone(), "phone"),
            "address": {
                "street": Y(
                    lambda f: (
                        f.pick(
                            ["Hauptstraße", "Ostpreußendamm", "Sonnenallee", "Karl-Marx-Str.", "Bahnhofstr."]
                        )
                        + f" {f.r.randint(1, 180)}"
                    ),
                    "street|address",
                ),
                "postalCode": Y(
                    lambda f: f.pick(["12207", "12045", "04315", "50667", "80339", "22089"]), "zipcode"
                ),
                "city": Y(lambda f: f.pick(["Berlin", "Leipzig", "Köln", "München", "Hamburg"]), "city"),
                "state": G(lambda f: f.pick(["BE", "SN", "NW", "BY", "HH"])),
                "country": G(lambda f: "DE"),
            },
            "birthday": Y(lambda f: f.dob(1950, 2006), "birthdate"),
            "nationality": Y(lambda f: f.pick([*NATIONALITIES, "Ukrainian", "Turkish"]), "citizenship"),
            "residenceStatus": RED(
                lambda f: f.pick(
                    [
                        "Aufenthaltsgestattung",
                        "Duldung",
                        "Aufenthaltserlaubnis §24",
                        "Niederlassungserlaubnis",
                    ]
                ),
                "visa",
            ),
            "languages": Many(G(lambda f: f.pick(LANGS)), 3),
            "bamfFileNumber": G(lambda f: f.aktenzeichen()),
            "interpreterNeeded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Termine",
        "swift",
        {
            "upcomingCount": G(lambda f: f.r.randint(0, 4)),
            "filter": G(lambda f: f.pick(["alle", "diese Woche"])),
        },
    ),
    (
        "track",
        "Termin gebucht",
        "swift",
        {
            "terminId": G(lambda f: f.uuid()),
            "terminart": G(
                lambda f: f.pick(
                    ["Anhörung BAMF", "Ausländerbehörde - Verlängerung", "Sozialamt", "Jobcenter"]
                )
            ),
            "behoerde": G(lambda f: f.pick(["BAMF Außenstelle Berlin", "LEA Berlin", "Jobcenter Neukölln"])),
            "datum": G(lambda f: f.date(2024, 2025)),
            "uhrzeit": G(lambda f: f.pick(["08:30", "10:15", "13:00"])),
            "dolmetscherSprache": G(lambda f: f.pick(["Dari", "Arabisch", "Tigrinya", "Ukrainisch"])),
            "begleitperson": Y(lambda f: f.de_name(), "name"),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "swift",
        {
            "documentId": G(lambda f: f.uuid()),
            "documentType": G(
                lambda f: f.pick(["passport", "residence_permit", "rental_contract", "payslip"])
            ),
            "fileName": Y(
                lambda f: (
                    f.pick(["Reisepass_", "Mietvertrag_", "Scan_", "Bescheid_"])
                    + f.newcomer().replace(" ", "_")
                    + f.pick([".pdf", ".jpg", "_2024.pdf"])
                ),
                "name",
                True,
            ),
            "pages": G(lambda f: f.r.randint(1, 12)),
            "sizeBytes": G(lambda f: f.r.randint(50_000, 6_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "ocrConfidence": G(lambda f: f.money(0, 1)),
        },
    ),
    (
        "track",
        "Wohnungsanfrage gesendet",
        "swift",
        {
            "inseratId": G(lambda f: f.digits(9)),
            "stadtteil": G(lambda f: f.pick(["Neukölln", "Marzahn", "Grünau", "Chorweiler", "Billstedt"])),
            "kaltmiete": G(lambda f: f.r.randint(350, 900)),
            "zimmer": G(lambda f: f.pick([1, 2, 3, 4])),
            "vermieterName": Y(lambda f: f.pick(["Frau ", "Herr "]) + f.pick(DE_LAST), "name"),
            "vermieterTelefon": Y(lambda f: f.de_phone(), "phone"),
            "wbsVorhanden": G(lambda f: f.pick([True, False])),
            "nachricht": Y(
                lambda f: f.pick(
                    [
                        f"Sehr geehrte Damen und Herren, mein Name ist {f.newcomer()} und ich "
                        "interessiere mich für die Wohnung.",
                        f"Guten Tag, ich bin {f.newcomer()}, wir sind eine Familie mit drei Kindern.",
                        f"Hallo, hier ist {f.newcomer()}. Ist die Wohnung noch frei?",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "swift",
        {
            "emergencyContact": {
                "name": Y(lambda f: f.pick([f.newcomer, f.de_name])(), "name"),
                "phone": Y(lambda f: f.de_phone(), "phone"),
                "relation": G(lambda f: f.pick(["brother", "neighbour", "volunteer", "cousin"])),
            },
            "consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Application Opened",
        "swift",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.1", "2.5.2"])),
            "build": G(lambda f: f.pick(["240", "251", "252"])),
            "url": G(lambda f: f.pick(["", "ankommen://termine", "ankommen://dokumente"])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(lambda f: f.newcomer().split(" ")[0], "name"),
            "LastName": Y(lambda f: f.newcomer().split(" ", 1)[1], "name"),
            "EmailAddress": Y(lambda f: f.person_email(), "email"),
            "DateOfBirth": Y(lambda f: f.dob(1950, 2006) + "T00:00:00", "birthdate"),
            "PlaceOfBirth": Y(
                lambda f: f.pick(["Aleppo", "Kabul", "Asmara", "Mosul", "Charkiw", "Herat"]), "city"
            ),
            "Nationality": Y(lambda f: f.pick(["SYR", "AFG", "ERI", "IRQ", "UKR", "TUR"]), "citizenship"),
            "ResidencePermitNumber": RED(lambda f: f.de_doc_no(), "national id"),
            "TaxId": RED(lambda f: f.steuer_id(), "national id"),
            "HealthInsuranceNumber": RED(lambda f: f.kvnr(), "health id"),
            "HealthInsurer": G(
                lambda f: f.pick(["AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"])
            ),
            "Municipality": Y(lambda f: f.pick(["Berlin", "Leipzig", "Köln", "Eisenhüttenstadt"]), "city"),
            "BenefitType": G(lambda f: f.pick(["AsylbLG §3", "AsylbLG §2", "SGB II"])),
            "CaseOfficer": Y(lambda f: f.de_name(), "name"),
            "FileNumber": G(lambda f: f.aktenzeichen()),
            "IsActive": G(lambda f: True),
        },
    ),
    (
        "track",
        "Benefit Decision Issued",
        "dotnet",
        {
            "DecisionId": G(lambda f: f.uuid()),
            "CaseReference": G(lambda f: "SOZ-" + f.digits(8)),
            "Outcome": G(lambda f: f.pick(["granted", "partially_granted", "refused"])),
            "MonthlyAmount": G(lambda f: f.money(180, 560)),
            "ValidFrom": G(lambda f: f.date(2024, 2024)),
            "AppealDeadline": G(lambda f: f.date(2024, 2025)),
            "NotifiedVia": G(lambda f: f.pick(["post", "email", "app"])),
            "RecipientEmail": Y(lambda f: f.person_email(), "email"),
        },
    ),
    (
        "track",
        "Bank Transfer Initiated",
        "dotnet",
        {
            "TransferId": G(lambda f: f.uuid()),
            "AccountHolder": Y(lambda f: f.newcomer(), "name"),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": G(lambda f: f.pick(["BELADEBEXXX", "COBADEFFXXX", "DEUTDEBBXXX", "PBNKDEFF"])),
            "Amount": G(lambda f: f.money(100, 600)),
            "Currency": G(lambda f: "EUR"),
            "Purpose": G(lambda f: f"Leistungen AsylbLG {f.r.randint(1, 12):02d}/2024"),
            "ValueDate": G(lambda f: f.date(2024, 2024)),
            "PaymentType": G(lambda f: f.pick(["SEPA_CT", "SEPA_INST"])),
        },
    ),
    (
        "track",
        "Unterkunft zugewiesen",
        "dotnet",
        {
            "UnterkunftId": G(lambda f: "GU-" + f.digits(3)),
            "UnterkunftName": G(
                lambda f: f.pick(
                    ["GU Ostpreußendamm", "Tempohome Zossener Str.", "LEA Tegel", "GU Leipzig-Grünau"]
                )
            ),
            "Belegung": G(lambda f: f.r.randint(40, 900)),
            "Einzugsdatum": G(lambda f: f.date(2023, 2024)),
            "Bewohner": Y(lambda f: f.newcomer(), "name"),
            "RollstuhlgerechtBenoetigt": RED(lambda f: f.pick([True, False]), "disability"),
            "Haushaltsgroesse": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Integrationskurs angemeldet",
        "php",
        {
            "kurs_id": G(lambda f: f.digits(6)),
            "traeger": G(lambda f: f.pick(["VHS Neukölln", "Caritas Leipzig", "GFBM Akademie"])),
            "niveau": G(lambda f: f.pick(["A1", "A2", "B1"])),
            "vorname": Y(lambda f: f.newcomer().split(" ")[0], "name"),
            "nachname": Y(lambda f: f.newcomer().split(" ", 1)[1], "name"),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.dob(1960, 2006).split("-"))), "birthdate"),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["syrisch", "afghanisch", "eritreisch", "ukrainisch"]), "citizenship"
            ),
            "berechtigungsschein_nr": G(lambda f: f"{f.digits(3)}-{f.digits(5)}"),
            "kinderbetreuung_benoetigt": G(lambda f: f.pick([True, False])),
        },
    ),
    # ===== medical referrals (java) =====
    (
        "track",
        "Referral Created",
        "java",
        {
            "referralId": G(lambda f: "REF-" + f.digits(7)),
            "caseNumber": G(lambda f: f.case_no()),
            "patient": {
                "fullName": Y(lambda f: f.any_beneficiary(), "name"),
                "dateOfBirth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                "mrn": RED(lambda f: f.pick(["JUH", "PHC", "ARH"]) + f.digits(7), "health id"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "diagnosisCode": Y(lambda f: f.icd10(), "diagnosis"),
            "diagnosisText": Y(
                lambda f: f.pick(
                    ["type 2 diabetes", "essential hypertension", "PTSD", "CKD stage 3", "asthma"]
                ),
                "diagnosis",
            ),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "emergency"])),
            "specialty": G(
                lambda f: f.pick(["nephrology", "obstetrics", "psychiatry", "oncology", "paediatrics"])
            ),
            "facility": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Jordan University Hospital",
                            "Al-Bashir Hospital",
                            "Arua Regional Referral Hospital",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Amman", "Arua", "Mbarara"])),
                "phone": G(lambda f: f.pick(["+962 6 535 3444", "+256 476 420 102"])),
            },
            "referringClinician": Y(lambda f: "Dr. " + f.staff(), "name"),
            "clinicianEmail": Y(lambda f: f.staff_email(), "email"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "coverage": G(lambda f: f.pick(["UNHCR Health Fund", "ECHO", "self-pay"])),
            "estimatedCost": G(lambda f: f.money(20, 4000)),
            "consentSigned": G(lambda f: True),
        },
    ),
    (
        "track",
        "Referral Outcome Recorded",
        "java",
        {
            "referralId": G(lambda f: "REF-" + f.digits(7)),
            "outcome": G(lambda f: f.pick(["treated", "admitted", "no_show", "transferred"])),
            "admissionDays": G(lambda f: f.r.randint(0, 14)),
            "procedures": Many(
                Y(
                    lambda f: f.pick(
                        ["haemodialysis", "caesarean section", "appendectomy", "cataract surgery"]
                    ),
                    "procedure",
                ),
                2,
            ),
            "dischargeMedications": Many(
                Y(
                    lambda f: f.pick(["metformin", "amlodipine", "insulin glargine", "sertraline"]),
                    "medication",
                ),
                3,
            ),
            "followUpRequired": G(lambda f: f.pick([True, False])),
            "invoiceNumber": G(lambda f: "INV-" + f.digits(6)),
            "invoiceAmount": G(lambda f: f.money(20, 4000)),
            "clinicalNote": Y(
                lambda f: f.pick(
                    [
                        "Pt stable after dialysis session, CKD stage 4",
                        "Gestational diabetes, insulin started",
                        "Known epileptic, seizure-free 3 months",
                        "Severe asthma exacerbation, nebulised",
                    ]
                ),
                "condition|diagnosis",
                True,
            ),
        },
    ),
    (
        "track",
        "Prescription Dispensed",
        "java",
        {
            "rxNumber": Y(lambda f: "RX" + f.digits(8), "medication"),
            "medication": Y(
                lambda f: f.pick(
                    ["Metformin 500mg", "Salbutamol inhaler", "Amlodipine 5mg", "Ferrous sulfate"]
                ),
                "medication",
            ),
            "quantity": G(lambda f: f.r.randint(1, 90)),
            "pharmacy": G(lambda f: f.pick(["Caritas Clinic Zarqa", "JHAS Mafraq", "MSF Irbid"])),
            "dispensedAt": G(lambda f: f.iso()),
            "patientId": G(lambda f: f.digits(7)),
            "allergiesChecked": G(lambda f: True),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "sulfa drugs", "none known", "aspirin"]), "allergy"), 2
            ),
        },
    ),
    (
        "track",
        "MHPSS Session Logged",
        "python",
        {
            "session_id": G(lambda f: f.uuid()),
            "modality": G(lambda f: f.pick(["individual", "group", "remote"])),
            "counsellor_name": Y(lambda f: f.staff(), "name"),
            "session_number": G(lambda f: f.r.randint(1, 12)),
            "phq9_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "gad7_score": Y(lambda f: f.r.randint(0, 21), "condition"),
            "suicide_risk": Y(lambda f: f.pick(["none", "low", "moderate", "high"]), "condition"),
            "duration_min": G(lambda f: f.pick([45, 60, 90])),
        },
    ),
    # ===== legal and asylum (ruby) =====
    (
        "track",
        "Legal Appointment Scheduled",
        "ruby",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "case_number": G(lambda f: f.case_no()),
            "appointment_type": G(
                lambda f: f.pick(
                    [
                        "RSD interview prep",
                        "resettlement interview",
                        "family reunification",
                        "civil documentation",
                    ]
                )
            ),
            "lawyer_name": Y(lambda f: f.pick(["Adv. ", "RA "]) + f.pick([f.de_name, f.ug_name])(), "name"),
            "lawyer_email": Y(lambda f: f.staff_email(), "email"),
            "client_name": Y(lambda f: f.any_beneficiary(), "name"),
            "client_phone": Y(lambda f: f.any_phone(), "phone"),
            "interpreter_language": G(
                lambda f: f.pick(["Arabic", "Dari", "Juba Arabic", "Kiswahili", "Tigrinya"])
            ),
            "office_address": G(
                lambda f: f.pick(
                    ["Plot 14 Kira Road, Kampala", "Sonnenallee 68, 12045 Berlin", "Wadi Saqra St 21, Amman"]
                )
            ),
            "scheduled_at": G(lambda f: f.iso()),
            "asylum_status": RED(
                lambda f: f.pick(["asylum seeker", "refugee", "rejected - appeal", "subsidiary protection"]),
                "visa",
            ),
            "has_work_permit": RED(lambda f: f.pick([True, False]), "visa"),
        },
    ),
    (
        "track",
        "Family Reunification Request Submitted",
        "ruby",
        {
            "request_id": G(lambda f: "FR-" + f.digits(6)),
            "sponsor": {
                "name": Y(lambda f: f.newcomer(), "name"),
                "residence_permit_no": RED(lambda f: f.de_doc_no(), "national id"),
                "city": Y(lambda f: f.pick(["Berlin", "Leipzig", "Bremen", "Kassel"]), "city"),
            },
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.ar_name(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent"])),
                    "date_of_birth": Y(lambda f: f.dob(1960, 2022), "birthdate"),
                    "passport_number": RED(lambda f: f.syrian_passport(), "passport"),
                    "current_country": G(lambda f: f.pick(["LB", "TR", "JO", "SY"])),
                },
                4,
            ),
            "embassy": G(
                lambda f: f.pick(
                    ["Deutsche Botschaft Beirut", "Deutsche Botschaft Amman", "Generalkonsulat Istanbul"]
                )
            ),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Birth Registered",
        "ruby",
        {
            "registration_id": G(lambda f: f.uuid()),
            "child_name": Y(lambda f: f.ar_name(), "name"),
            "child_dob": Y(lambda f: f.date(2020, 2024), "birthdate"),
            "place_of_birth": Y(lambda f: f.pick(["Zaatari", "Mafraq", "Azraq", "Irbid"]), "city"),
            "mother_name": Y(lambda f: f"{f.pick(AR_F)} {f.pick(AR_LAST)}", "name"),
            "father_name": Y(lambda f: f"{f.pick(AR_M)} {f.pick(AR_LAST)}", "name"),
            "birth_certificate_no": RED(lambda f: f.digits(8), "national id"),
            "registered_late": G(lambda f: f.pick([True, False])),
        },
    ),
    # ===== caseworker portal (analytics.js) =====
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.staff_email(), "email"),
            "name": Y(lambda f: f.staff(), "name"),
            "role": G(lambda f: f.pick(["caseworker", "protection officer", "cash officer", "supervisor"])),
            "office": G(lambda f: f.pick(["Amman", "Mafraq", "Berlin", "Arua", "Mbarara"])),
            "employeeId": G(lambda f: "ST-" + f.digits(4)),
            "languages": Many(G(lambda f: f.pick(LANGS)), 3),
            "createdAt": G(lambda f: f.iso()),
            "twoFactorEnabled": G(lambda f: f.pick([True, False])),
            "phoneExtension": G(lambda f: str(f.r.randint(200, 499))),
        },
    ),
    (
        "page",
        "Case File",
        "web",
        {
            "path": G(lambda f: "/cases/" + f.uuid()),
            "url": G(lambda f: "https://cases.manara-aid.org/cases/" + f.uuid()),
            "title": G(lambda f: "Case file | Manara"),
            "referrer": G(lambda f: f.pick(["https://cases.manara-aid.org/cases", ""])),
            "search": G(lambda f: f.pick(["", "?tab=notes", "?tab=payments"])),
        },
    ),
    (
        "track",
        "Cases Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([f.ar_name, f.ea_name, f.newcomer, f.ar_script_name])(), "name", True),
            "filters": {
                "status": G(lambda f: f.pick(["open", "closed", "any"])),
                "office": G(lambda f: f.pick(["Amman", "Mafraq", "Berlin", "Arua"])),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Case Note Added",
        "web",
        {
            "noteId": G(lambda f: f.uuid()),
            "caseNumber": G(lambda f: f.case_no()),
            "category": G(lambda f: f.pick(["home visit", "phone follow-up", "protection", "cash"])),
            "confidential": G(lambda f: f.pick([True, False])),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Home visit done. {f.ar_name()} reports the landlord is threatening eviction.",
                        f"Called {f.ea_name()}, no answer, will try again Thursday.",
                        f"{f.newcomer()} attended with her brother; documents copied.",
                        f"Met {f.ar_name()} and two children at the centre, referred to legal team.",
                    ]
                ),
                "name",
                True,
            ),
            "wordCount": G(lambda f: f.r.randint(5, 400)),
        },
    ),
    (
        "track",
        "Case Closed",
        "web",
        {
            "caseNumber": G(lambda f: f.case_no()),
            "reason": G(
                lambda f: f.pick(["resettled", "voluntary return", "relocated", "no contact 6 months"])
            ),
            "closedBy": G(lambda f: "ST-" + f.digits(4)),
            "durationDays": G(lambda f: f.r.randint(30, 3000)),
        },
    ),
    (
        "track",
        "Export Downloaded",
        "web",
        {
            "exportId": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["csv", "xlsx"])),
            "rowCount": G(lambda f: f.r.randint(1, 20000)),
            "includesPii": G(lambda f: f.pick([True, False])),
            "emailWhenReady": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "web",
        {
            "email": Y(lambda f: f.staff_email(), "email"),
            "reason": G(lambda f: f.pick(["bad_password", "mfa_timeout", "locked"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "mfaMethod": G(lambda f: f.pick(["totp", "sms", "none"])),
        },
    ),
    (
        "track",
        "Health Record Viewed",
        "web",
        {
            "recordId": G(lambda f: f.uuid()),
            "patientMrn": RED(lambda f: f.pick(["JUH", "PHC", "ARH"]) + f.digits(7), "health id"),
            "viewedSection": G(lambda f: f.pick(["referrals", "prescriptions", "summary"])),
            "reasonCode": G(lambda f: f.pick(["case_review", "referral_followup"])),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "organizationName": G(
                lambda f: f.pick(
                    [
                        "Jordan Health Aid Society",
                        "Refugee Law Project",
                        "Caritas Berlin",
                        "Lutheran World Federation",
                    ]
                )
            ),
            "sector": G(lambda f: f.pick(["health", "legal", "protection", "livelihoods"])),
            "country": G(lambda f: f.pick(["JO", "UG", "DE"])),
            "focalPointName": Y(lambda f: f.staff(), "name"),
            "focalPointEmail": Y(lambda f: f.staff_email(), "email"),
            "generalEmail": G(
                lambda f: f.pick(
                    ["info@jhas.org.jo", "intake@refugeelawproject.org", "kontakt@caritas-berlin.de"]
                )
            ),
            "hotline": G(lambda f: f.pick(["+962 6 460 0106", "+256 800 323 232", "+49 30 666 33 1010"])),
            "officeAddress": G(
                lambda f: f.pick(
                    ["Al-Shmeisani, Amman", "Plot 9 Perryman Gardens, Kampala", "Residenzstr. 90, Berlin"]
                )
            ),
            "staffCount": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    # ===== donor site and gift shop =====
    (
        "page",
        "Donate",
        "web",
        {
            "path": G(lambda f: "/donate"),
            "url": G(lambda f: "https://manara-aid.org/donate"),
            "title": G(lambda f: "Donate | Manara Aid"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.facebook.com/", ""])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email"])),
        },
    ),
    (
        "track",
        "Donate Clicked",
        "web",
        {
            "amount": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "frequency": G(lambda f: f.pick(["once", "monthly"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "buttonLocation": G(lambda f: f.pick(["hero", "sticky_footer", "story"])),
        },
    ),
    ("track", "Product Viewed", "web", {**gift(), "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"]))}),
    ("track", "Product Added", "web", {"cart_id": G(lambda f: f.uuid()), **gift()}),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.money(25, 600)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "products": Many(gift(), 3),
        },
    ),
    (
        "track",
        "Newsletter Signup",
        "web",
        {
            "input": Y(lambda f: f.person_email(), "email", True),
            "source": G(lambda f: f.pick(["footer", "popup", "donate_thanks"])),
            "doubleOptIn": G(lambda f: True),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "email": Y(lambda f: f.email_of(f.de_name()), "email"),
            "first_name": Y(lambda f: f.pick([*DE_FIRST, "Emma", "Oliver", "Chiara"]), "name"),
            "last_name": Y(lambda f: f.pick([*DE_LAST, "Taylor", "Rossi", "Jensen"]), "name"),
            "employer": G(lambda f: f.pick(["Siemens", "Deutsche Bahn", "Allianz", ""])),
            "job_title": G(lambda f: f.pick(["Teacher", "Engineer", "Retired", "Nurse"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "lifetime_value": G(lambda f: f.money(10, 5000)),
            "donor_tier": G(lambda f: f.pick(["friend", "supporter", "champion"])),
            "country": G(lambda f: f.pick(["DE", "GB", "AT", "CH"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "total": G(lambda f: f.money(25, 600)),
            "revenue": G(lambda f: f.money(25, 600)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "GBP"])),
            "products": Many(gift(), 3),
            "donor": {
                "email": Y(lambda f: f.email_of(f.de_name()), "email"),
                "first_name": Y(lambda f: f.pick([*DE_FIRST, "Emma", "Oliver", "Chiara"]), "name"),
                "last_name": Y(lambda f: f.pick([*DE_LAST, "Taylor", "Rossi", "Jensen"]), "name"),
            },
            "billing_address": {
                "line1": Y(
                    lambda f: (
                        f.pick(["Goethestr.", "Lindenallee", "High Street", "Via Roma"])
                        + f" {f.r.randint(1, 120)}"
                    ),
                    "address",
                ),
                "city": Y(lambda f: f.pick(["Berlin", "Hamburg", "London", "Wien", "Zürich"]), "city"),
                "postal_code": Y(lambda f: f.pick(["10115", "20095", "SW1A 1AA", "1010", "8001"]), "zipcode"),
                "country": G(lambda f: f.pick(["DE", "GB", "AT", "CH"])),
            },
            "gift_aid": G(lambda f: f.pick([True, False])),
            "dedication": Y(
                lambda f: f.pick(
                    [
                        f"In memory of {f.de_name()}",
                        f"Für {f.pick(DE_FIRST)}, alles Gute zum Geburtstag",
                        f"In honour of {f.de_name()}'s retirement",
                    ]
                ),
                "name",
                True,
            ),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "sepa_debit"])),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    # ===== hotline, SMS, e-mail, WhatsApp =====
    (
        "track",
        "Hotline Call Completed",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.pick([f.jo_phone, f.ug_phone])(), "phone", True),
            "To": G(lambda f: f.pick(["+96264600106", "+256800323232"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "Direction": G(lambda f: "inbound"),
            "FromCity": Y(lambda f: f.pick(["AMMAN", "IRBID", "ARUA", "KAMPALA", "MBARARA"]), "city"),
            "FromCountry": G(lambda f: f.pick(["JO", "UG"])),
            "queueName": G(lambda f: f.pick(["arabic_general", "protection_urgent", "cash_queries"])),
            "agentName": Y(lambda f: f.staff(), "name"),
            "callerLanguage": G(lambda f: f.pick(["ar", "en", "sw", "lg"])),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        "node",
        {
            "messageSid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.pick([f.jo_phone, f.ug_phone])(), "phone", True),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Dear {f.ar_first()}, your appointment at Khalda centre is on "
                        f"{f.r.randint(1, 28)}/06 at 10:00.",
                        f"عزيزي {f.pick(AR_SCRIPT_FIRST)}، موعدك في مركز إربد يوم {f.r.randint(1, 28)}/6",
                        f"Hello {f.pick(EA_FIRST)}, your cash for this month is ready. Manara Aid",
                    ]
                ),
                "name",
                True,
            ),
            "template": G(lambda f: f.pick(["appt_reminder_ar", "appt_reminder_en", "cash_ready"])),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Email Opened",
        "python",
        {
            "email": Y(lambda f: f.person_email(), "email"),
            "event": G(lambda f: "open"),
            "ip": Y(lambda f: f.jo_ip(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0001p1lon1.sendgrid.net>"),
            "sg_machine_open": G(lambda f: f.pick([True, False])),
            "category": Many(G(lambda f: f.pick(["appointment", "donor_receipt", "newsletter"])), 2),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "node",
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "wa_id": Y(
                lambda f: f.pick(["9627" + f.pick("789"), "2567" + f.pick("0578")]) + f.digits(7),
                "phone",
                True,
            ),
            "from": Y(
                lambda f: f.pick(
                    ["9627" + f.pick("789") + f.digits(7), "2567" + f.digits(8), "4915" + f.digits(9)]
                ),
                "phone",
                True,
            ),
            "profile_name": Y(lambda f: f.pick([f.ar_name, f.ea_name, f.ar_script_name])(), "name"),
            "message_id": G(lambda f: "wamid.HBgM" + f.hexid(30).upper()),
            "type": G(lambda f: f.pick(["text", "image", "audio"])),
            "text_body": G(
                lambda f: f.pick(
                    ["Hello", "When is the next distribution?", "متى التوزيع القادم؟", "Thank you", "1"]
                )
            ),
            "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
        },
    ),
    # ===== staff, interpreters, livelihoods =====
    (
        "track",
        "Password Reset Requested",
        "python",
        {
            "user_email": Y(lambda f: f.staff_email(), "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "reset_link_expires_at": G(lambda f: f.iso()),
            "requested_ip": Y(lambda f: f.jo_ip(), "ip"),
        },
    ),
    (
        "track",
        "Interpreter Booked",
        "python",
        {
            "booking_id": G(lambda f: f.uuid()),
            "interpreter": {
                "name": Y(lambda f: f.pick([f.ar_name, f.newcomer, f.ug_name])(), "name"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "hourly_rate": Y(lambda f: f.pick([12.0, 18.5, 35.0, 45.0]), "salary"),
                "languages": Many(G(lambda f: f.pick(["ar", "ku", "fa", "ti", "sw", "din"])), 3),
            },
            "case_number": G(lambda f: f.case_no()),
            "duration_min": G(lambda f: f.pick([30, 60, 90])),
            "modality": G(lambda f: f.pick(["phone", "video", "in_person"])),
        },
    ),
    (
        "track",
        "Training Enrolled",
        "python",
        {
            "participant_name": Y(lambda f: f.pick([f.ea_name, f.ug_name])(), "name"),
            "participant_phone": Y(lambda f: f.ug_phone(), "phone"),
            "course": G(lambda f: f.pick(["tailoring", "solar installation", "agronomy", "bookkeeping"])),
            "cohort": G(lambda f: f.pick(["2024-A", "2024-B"])),
            "age": G(lambda f: f.r.randint(16, 55)),
            "age_band": G(lambda f: f.pick(["15-17", "18-24", "25-35", "36-59"])),
            "population_group": RED(lambda f: f.pick(["refugee", "host community", "asylum seeker"]), "visa"),
            "employer": G(lambda f: f.pick(["", "BRAC Uganda", "Yumbe Women Tailors Coop"])),
            "monthly_earnings_ugx": Y(lambda f: f.r.randint(0, 60) * 5000, "salary"),
            "has_smartphone": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Incentive Worker Paid",
        "go",
        {
            "worker_name": Y(lambda f: f.ea_name(), "name"),
            "worker_msisdn": Y(lambda f: f.ug_phone(), "phone"),
            "role": G(lambda f: f.pick(["community mobiliser", "teacher assistant", "VHT"])),
            "stipend_ugx": Y(lambda f: f.pick([150000, 200000, 250000]), "salary"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "payment_ref": G(lambda f: "PAY" + f.digits(9)),
        },
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        "python",
        {
            "endpoint_url": G(
                lambda f: f.pick(["https://hooks.manara-aid.org/momo", "https://erp.manara-aid.org/api/cash"])
            ),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "events": Many(
                G(lambda f: f.pick(["disbursement.succeeded", "disbursement.failed", "refund.created"])), 3
            ),
            "enabled": G(lambda f: True),
        },
    ),
    # ===== warehouse sync (SCREAMING_SNAKE) and Arabic keys =====
    (
        "track",
        "Case Synced",
        "python",
        {
            "CASE_NUMBER": G(lambda f: f.case_no()),
            "HEAD_OF_HH_NAME": Y(lambda f: f.ar_name(), "name"),
            "PHONE_PRIMARY": Y(lambda f: f.jo_phone(), "phone"),
            "DOB": Y(lambda f: f.dob(1940, 2005), "birthdate"),
            "GOVERNORATE": G(lambda f: f.pick(GOVERNORATES).upper()),
            "ASSISTANCE_TIER": G(lambda f: f.pick(["T1", "T2", "T3"])),
            "VULNERABILITY_SCORE": G(lambda f: f.money(0, 1)),
            "LAST_TOPUP_AT": G(lambda f: f.iso()),
            "TOTAL_RECEIVED_JOD": G(lambda f: f.money(0, 4000)),
            "SPECIFIC_NEEDS_CODES": RED(
                lambda f: ";".join(sorted({needs(f) for _ in range(f.r.randint(1, 3))})), "disability|health"
            ),
            "DATA_SOURCE": G(lambda f: f.pick(["progres_v4", "kobo", "manual"])),
        },
    ),
    (
        "track",
        "Legacy Form Imported",
        "python",
        {
            "الاسم_الكامل": Y(lambda f: f.ar_script_name(), "name"),
            "رقم_الهاتف": Y(lambda f: f.jo_phone(), "phone"),
            "تاريخ_الميلاد": Y(lambda f: f.dob(1940, 2010), "birthdate"),
            "الجنسية": Y(lambda f: f.pick(["سوري", "عراقي", "يمني", "سوداني"]), "citizenship"),
            "عدد_أفراد_الأسرة": G(lambda f: f.r.randint(1, 11)),
            "المحافظة": G(lambda f: f.pick(["عمان", "إربد", "المفرق", "الزرقاء"])),
            "رقم_الملف": G(lambda f: f.case_no()),
            "الرقم_الوطني": RED(lambda f: f.syrian_nid(), "national id"),
            "ملاحظات": G(lambda f: f.pick(["لا يوجد", "تمت الزيارة", "بحاجة إلى متابعة", ""])),
        },
    ),
    (
        "track",
        "Service Card Verified",
        "go",
        {
            "ism_rab_al_usra": Y(lambda f: f.ar_name(), "name"),
            "raqam_al_jawwal": Y(lambda f: f.jo_phone(), "phone"),
            "tarikh_al_wilada": Y(lambda f: f.dob(1940, 2005), "birthdate"),
            "raqam_bitaqat_al_khidma": RED(lambda f: f.moi_card(), "national id"),
            "al_mukhayyam": Y(lambda f: f.pick(sorted(CAMPS_JO)), "city"),
            "al_hala_al_ijtimaiya": G(lambda f: f.pick(["mutazawwij", "armala", "aazib"])),
            "adad_al_afrad": G(lambda f: f.r.randint(1, 11)),
            "verified": G(lambda f: f.pick([True, False])),
            "verification_channel": G(lambda f: f.pick(["iris", "card", "manual"])),
        },
    ),
    (
        "track",
        "Service Referral Sent",
        "node",
        {
            "referral-id": G(lambda f: f.uuid()),
            "client-name": Y(lambda f: f.pick([f.ea_name, f.ar_name])(), "name"),
            "client-phone": Y(lambda f: f.pick([f.ug_phone, f.jo_phone])(), "phone"),
            "service-type": G(
                lambda f: f.pick(["legal aid", "GBV case management", "livelihoods", "education"])
            ),
            "referred-by": Y(lambda f: f.staff(), "name"),
            "receiving-agency": G(lambda f: f.pick(["Refugee Law Project", "IRC", "TPO Uganda", "JHAS"])),
            "agency-email": G(
                lambda f: f.pick(["intake@rlp.example.org", "referrals@tpo.example.org", "info@jhas.org.jo"])
            ),
            "preferred-language": G(lambda f: f.pick(["ar", "en", "sw", "lg"])),
            "consent-obtained": G(lambda f: True),
            "priority": G(lambda f: f.pick(["normal", "urgent"])),
        },
    ),
    ("alias", None, "swift", None),
    ("alias", None, "flutter", None),
]


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["ben_", "usr_", ""]) + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=234, repeats=26)
    write(Path(__file__).parent, "holdout234_", events, labels)
