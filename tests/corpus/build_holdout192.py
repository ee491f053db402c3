"""Writes holdout192: tests/corpus/holdout192_events.jsonl and holdout192_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the helpers (build.py, fake.py)
and build_holdout3.py (for the format) were read.

What it covers: a network of blood and plasma donation centres in the US, Germany and Brazil.
- Donor app (Flutter, iOS and Android; `analytics_flutter` contexts with IDFA/GAID, push tokens,
  `context.traits`, Android `context.location`): identify, lifecycle events, centre finder,
  booking, the donor health questionnaire, deferral notices, payout accounts, prepaid card
  activation, referrals, points, support chat.
- Web booking and rewards shop (analytics.js: page calls, `context.page`, `context.campaign`,
  form-field events, e-commerce spec events, careers application, guardian consent).
- Kiosk check-in at the centre (iPad, analytics-swift) and the staff screening tablet (Android,
  analytics-kotlin): identity documents, consent signatures, haemoglobin and vitals, donations,
  deferrals, reactions, staff shifts; mobile blood drives (analytics-react-native) and their host
  organisations (`group`).
- Server side: CRM sync (analytics-python, HubSpot-style keys and a warehouse reverse-ETL in
  SCREAMING_SNAKE), auth / messaging / ad-conversion service (analytics-node, Twilio- and
  SendGrid-, Meta CAPI-, Persona- and Zendesk-shaped payloads), prepaid-card payments, direct
  deposit and W-9 (analytics-go), the lab system (analytics-java), referral service
  (analytics-ruby), the German backend (Analytics.NET, PascalCase and German keys) and the
  Brazilian hemocentro site (analytics-php, Portuguese keys).

Conventions: mostly camelCase (app, Java, web booking) and snake_case (shop, Python, Go, Ruby,
PHP); PascalCase (.NET, Twilio), kebab-case (a queue vendor's webhook), SCREAMING_SNAKE (warehouse
sync) and German / Portuguese keys make up the rest. Values are generated per message for one
coherent person (name, e-mail, phone, address of the same country); other people (invitees,
emergency contacts, guardians, staff, a patient receiving a replacement donation, a mother's
name) get their own. Cards pass Luhn, IBANs mod-97, CPF / CNS / RG carry valid check digits,
SSNs follow the SSA's structure, ISBT 128 donation numbers carry their ISO 7064 check character.

Labelling rules (the Privacy Portal's default colours, as the brief states them):
- classification / type / value_only per leaf path; type is the reference matcher name, or
  `bank account`, `geolocation`, `national id`, `health id`, `advertising id`, `token`, `ip`...;
  `a|b` when either is fair. Reference colours; outside the reference red for credentials,
  secrets, card numbers, bank accounts, government ids, health ids; yellow otherwise.
- Green: ids we issue (donor, donation, ISBT DIN, appointment, badge, donor card numbers),
  versions, timestamps, amounts, enums, counters, booleans under PII-sounding keys, product /
  centre / company / hospital names, places that are not the person's (centres, searched places,
  blood-drive venues, a company's headquarters), countries, states, locales, user agents,
  OS-issued device ids, card brand / last four / expiry, bank codes, BIC and branch numbers,
  role mailboxes and the centres' phone numbers, e-mail Message-IDs, UUID session tokens, ages
  and age bands, marital status, job titles and employers, serial numbers of the centres' own
  equipment and kiosks (not a person's).
- Contested cases follow the product policy given in the brief: insurer member numbers
  `identification` (yellow); staff pay `salary` (yellow); ad click ids (gclid, fbclid, fbp, fbc)
  `advertising id` (yellow); the person's billing / shipping / tax address `address` (yellow);
  card tokens, one-time codes and sign-in / reset link tokens `token` (red); a health system's
  patient numbers (Brazil's Cartão SUS, a hospital's prontuário) `health id` (red); an identity
  document's number `national id|passport` (red; a driving licence shown as identity at the
  kiosk is labelled `national id|passport|license`, red); right-to-work and sponsorship answers
  `visa` (red); the last four of an SSN red.
- Rules this corpus had to settle (a careful privacy owner's choice):
  - Health facts about a donor that are not a medication, allergy or procedure - blood group,
    lab results, infectious-disease test results, CMV status, haemoglobin, every measurement taken
    at the health screening (blood pressure, pulse, temperature, weight), deferral reasons,
    adverse reactions, questionnaire answers about illness or pregnancy - are
    `condition|diagnosis`, yellow (the reference's health matchers are yellow; no red "health"
    type is invented for them). Questionnaire booleans about medication use are `medication`,
    about transfusions or surgery `procedure`, about sexual-risk behaviour `sexual orientation`;
    a wheelchair / accessibility need is `disability` (red), a border donor's visa `visa` (red).
    An overall eligibility flag, deferral length, tattoo and travel answers and visited countries
    are green (they name no condition).
  - Donor compensation per donation and its totals are transaction amounts (green); staff
    hourly rates and desired pay are `salary` (yellow).
  - A SHA-256 of an e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`, CRM
    `email_sha256`) is still the person's identifier: yellow, typed as what it hashes; a hash of
    our own donor id is green.
  - A push token (APNs / FCM) is `token`, red. An IDFA / GAID is `advertising id` even when the
    user opted out and it reads as zeros. `context.ip` is labelled `ip` for every source.
  - A house number, address complement (`apto 32`) or neighbourhood (`bairro`) of the person's
    home is `address|street`, yellow.
  - A staff doctor's professional registration number (Brazil's `CRM-SP 123456`) is
    `license|certificate`, yellow, like a phlebotomy certification number (`certificate`).
- value_only is true when the key does not say what the value is (`value`, `q`, `text`, `note`,
  `label`, `input`, `destination`, `recipient`, `Body`, a file name); a value_only PII path holds
  that PII in every one of its values. Free text is labelled by what every one of its values
  carries (green when none does); no free-text field here carries PII only sometimes.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

NAMES = {
    "us": (
        ["Jasmine", "DeShawn", "Emily", "Tyler", "Brianna", "Marcus", "Ashley", "Kevin", "Latoya", "Dakota"],
        ["Johnson", "Washington", "Miller", "Brooks", "Jackson", "Thompson", "Reed", "Coleman", "Murphy"],
    ),
    "hisp": (
        ["Carlos", "Guadalupe", "José", "Ximena", "Alejandro", "María Fernanda", "Luis Ángel", "Yesenia"],
        ["Hernández", "Ramírez", "Gutiérrez", "De la Cruz", "Villarreal", "Treviño", "Ochoa"],
    ),
    "ng": (["Chinedu", "Oluwaseun", "Ngozi", "Babajide", "Adaeze"], ["Adeyemi", "Okonkwo", "Eze", "Balogun"]),
    "vn": (["Minh", "Thu Trang", "Quang", "Linh"], ["Tran", "Pham", "Nguyen", "Le"]),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon"], ["Kim", "Park", "Choi"]),
    "in": (["Anjali", "Arjun", "Priyanka", "Vikram"], ["Iyer", "Reddy", "Chaudhary", "Menon"]),
    "ar": (["Yusuf", "Layla", "Omar", "Rania"], ["Al-Masri", "Haddad", "Nasser", "Khalil"]),
    "de": (
        ["Lukas", "Annika", "Jürgen", "Sophie", "Maximilian", "Hannelore", "Felix", "Jana", "Torsten"],
        ["Schmidt", "Wagner", "Becker", "Hoffmann", "Schäfer", "Weiß", "Krüger", "Neumann", "Vogel"],
    ),
    "tr": (["Emre", "Aylin", "Mehmet", "Zeynep", "Can"], ["Y\u0131lmaz", "Demir", "Öztürk", "Kaya", "Şahin"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Nowak", "Wiśniewski", "Zielińska", "Kowalczyk"]),
    "br": (
        [
            "João Pedro",
            "Ana Clara",
            "Thiago",
            "Francisca",
            "Gabriel",
            "Luíza",
            "Raimundo",
            "Maria das Graças",
        ],
        ["da Silva", "Santos", "Oliveira", "Souza Lima", "Ferreira", "Carvalho", "Nascimento", "Araújo"],
    ),
}
ORIGINS = {
    "US": ["us", "us", "us", "hisp", "hisp", "ng", "vn", "kr", "in", "ar"],
    "DE": ["de", "de", "de", "de", "tr", "pl", "ar"],
    "BR": ["br"],
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "BR": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
}
US_PLACES = [
    ("Houston", "TX", "770", ["Gessner Rd", "Westheimer Rd", "Bissonnet St", "Telephone Rd"]),
    ("El Paso", "TX", "799", ["N Mesa St", "Montana Ave", "Alameda Ave"]),
    ("San Antonio", "TX", "782", ["Culebra Rd", "Fredericksburg Rd"]),
    ("Phoenix", "AZ", "850", ["E Van Buren St", "N 35th Ave", "W Indian School Rd"]),
    ("Atlanta", "GA", "303", ["Peachtree St NE", "Ralph David Abernathy Blvd"]),
    ("Cleveland", "OH", "441", ["Lorain Ave", "Euclid Ave"]),
    ("Memphis", "TN", "381", ["Poplar Ave", "Lamar Ave"]),
    ("Denver", "CO", "802", ["E Colfax Ave", "S Federal Blvd"]),
    ("Laredo", "TX", "780", ["San Bernardo Ave", "Guadalupe St"]),
]
DE_PLACES = [
    ("Berlin", "BE", "10", ["Karl-Marx-Allee", "Sonnenallee", "Hauptstraße", "Schönhauser Allee"]),
    ("München", "BY", "80", ["Leopoldstraße", "Landsberger Str.", "Lindwurmstraße"]),
    ("Köln", "NW", "50", ["Venloer Str.", "Aachener Straße", "Bonner Str."]),
    ("Hamburg", "HH", "22", ["Eppendorfer Weg", "Reeperbahn", "Osterstraße"]),
    ("Leipzig", "SN", "04", ["Eisenbahnstraße", "Karl-Liebknecht-Str.", "Goethestraße"]),
    ("Dortmund", "NW", "44", ["Rheinische Str.", "Bahnhofstraße", "Schillerweg"]),
]
BR_PLACES = [
    (
        "São Paulo",
        "SP",
        "0",
        ["Rua Augusta", "Avenida Paulista", "Rua da Consolação"],
        ["Consolação", "Bela Vista", "Mooca"],
    ),
    (
        "Rio de Janeiro",
        "RJ",
        "2",
        ["Rua Barata Ribeiro", "Rua das Laranjeiras"],
        ["Copacabana", "Laranjeiras", "Tijuca"],
    ),
    ("Belo Horizonte", "MG", "3", ["Rua Padre Eustáquio", "Av. Afonso Pena"], ["Savassi", "Carlos Prates"]),
    ("Recife", "PE", "5", ["Rua da Aurora", "Av. Boa Viagem"], ["Boa Viagem", "Boa Vista"]),
    ("Porto Alegre", "RS", "9", ["Rua Padre Chagas", "Av. Ipiranga"], ["Moinhos de Vento", "Partenon"]),
    ("Salvador", "BA", "4", ["Av. Sete de Setembro", "Rua Chile"], ["Pituba", "Barra"]),
]
US_AREA = {"Houston": 713, "El Paso": 915, "San Antonio": 210, "Phoenix": 602, "Atlanta": 404}
BR_DDD = {"São Paulo": 11, "Rio de Janeiro": 21, "Belo Horizonte": 31, "Recife": 81, "Porto Alegre": 51}
CENTRES = {
    "US": [
        ("US-HOU-03", "Vitalis Plasma Houston Gessner", "Houston", "+1 713-555-0142", 29.7323, -95.5424),
        ("US-ELP-01", "Vitalis Plasma El Paso Mesa", "El Paso", "+1 915-555-0107", 31.8109, -106.5274),
        ("US-PHX-02", "Vitalis Plasma Phoenix Van Buren", "Phoenix", "+1 602-555-0188", 33.4516, -112.0266),
        ("US-ATL-01", "Vitalis Plasma Atlanta Midtown", "Atlanta", "+1 404-555-0119", 33.7812, -84.3838),
    ],
    "DE": [
        ("DE-BER-01", "Vitalis Plasmazentrum Berlin-Mitte", "Berlin", "+49 30 5557 1200", 52.5219, 13.4132),
        (
            "DE-MUC-01",
            "Vitalis Plasmazentrum München Sendling",
            "München",
            "+49 89 5558 4400",
            48.1224,
            11.5487,
        ),
        ("DE-CGN-01", "Vitalis Plasmazentrum Köln Ehrenfeld", "Köln", "+49 221 5559 330", 50.9503, 6.9167),
    ],
    "BR": [
        ("BR-SP-01", "Hemocentro Vitalis Paulista", "São Paulo", "+55 11 5555-0100", -23.5614, -46.6559),
        ("BR-RJ-01", "Hemocentro Vitalis Tijuca", "Rio de Janeiro", "+55 21 5555-0120", -22.9249, -43.2311),
        ("BR-REC-01", "Hemocentro Vitalis Boa Vista", "Recife", "+55 81 5555-0133", -8.0578, -34.8829),
    ],
}
LOCALE = {"US": ["en-US", "en-US", "es-US"], "DE": ["de-DE", "de-DE", "en-DE"], "BR": ["pt-BR"]}
TZ = {
    "US": ["America/Chicago", "America/Denver", "America/Phoenix", "America/New_York"],
    "DE": ["Europe/Berlin"],
    "BR": ["America/Sao_Paulo", "America/Recife"],
}
CARRIER = {
    "US": ["T-Mobile", "Verizon", "AT&T"],
    "DE": ["Telekom.de", "Vodafone.de", "o2 - de"],
    "BR": ["VIVO", "Claro BR", "TIM"],
}
CURRENCY = {"US": "USD", "DE": "EUR", "BR": "BRL"}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
PRODUCTS = [
    ("VR-HOOD-01", "Vitalis Hero Hoodie", "Apparel", 4500),
    ("VR-BTL-02", "Insulated Water Bottle 750ml", "Drinkware", 1800),
    ("VR-TEE-05", "I Gave Plasma Tee", "Apparel", 1200),
    ("VR-CAP-03", "Drop Logo Cap", "Accessories", 1500),
    ("VR-GC-25", "Coffee Gift Card 25", "Gift Cards", 2500),
    ("VR-BAG-07", "Canvas Tote", "Accessories", 900),
]
MEDS = [
    "isotretinoin",
    "finasteride",
    "aspirin",
    "warfarin",
    "amoxicillin",
    "dutasteride",
    "acitretin",
    "clopidogrel",
]
CONDITION_NOTES = [
    "Mild bruising at venipuncture site, cold pack given",
    "Vasovagal reaction, recovered after 10 min lying down",
    "Citrate reaction: tingling lips, return rate slowed",
    "Donor reported dizziness after procedure, fluids given",
    "Infiltration in left arm, procedure stopped early",
    "Donor felt nauseous during return cycle",
    "Hematoma forming, needle removed, pressure applied",
]
DEFERRALS = [
    ("HGB_LOW", "Hemoglobin below minimum"),
    ("BP_HIGH", "Blood pressure above limit"),
    ("TEMP_HIGH", "Elevated temperature"),
    ("MED_ISOTRETINOIN", "Taking isotretinoin"),
    ("PREGNANCY", "Pregnant or gave birth in last 6 weeks"),
    ("ANTIBIOTICS", "Antibiotics in last 7 days"),
    ("PROTEIN_LOW", "Total protein below range"),
    ("RECENT_SURGERY", "Surgery in last 4 months"),
]


def ascii(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("\u0131", "i")
        .replace("ß", "ss")
    )


class DonorFake(Fake):
    """fake.Fake plus a current person per message and the ids this domain uses."""

    cur: dict

    def person(self, country: str) -> dict:
        first_names, last_names = NAMES[self.pick(ORIGINS[country])]
        first, last = self.pick(first_names), self.pick(last_names)
        p = {"country": country, "first": first, "last": last}
        a, b = ascii(first).lower().replace(" ", ""), ascii(last).lower().replace(" ", "").replace("-", "")
        local = self.pick(
            [f"{a}.{b}", f"{a}{b}{self.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{self.r.randint(70, 99)}"]
        )
        p["email"] = f"{local}@{self.pick(MAIL[country])}"
        if country == "US":
            city, state, zip3, streets = self.pick(US_PLACES)
            p.update(city=city, state=state, street=f"{self.r.randint(100, 19999)} {self.pick(streets)}")
            p["zip"] = f"{zip3}{self.r.randint(1, 99):02d}" + (
                f"-{self.digits(4)}" if self.r.random() < 0.2 else ""
            )
            p["line2"] = self.pick(["Apt 4B", "Apt 1203", "Unit 17", "Trlr 22", "#305"])
        elif country == "DE":
            city, state, plz2, streets = self.pick(DE_PLACES)
            p.update(city=city, state=state, streetname=self.pick(streets))
            p["house"] = f"{self.r.randint(1, 180)}{self.pick(['', '', '', 'a', 'b'])}"
            p["street"] = f"{p['streetname']} {p['house']}"
            p["zip"] = f"{plz2}{self.r.randint(100, 999)}"
            p["line2"] = self.pick(["3. OG links", "Hinterhaus", "c/o Yilmaz", "2. OG"])
        else:
            city, state, cep1, streets, bairros = self.pick(BR_PLACES)
            p.update(city=city, state=state, streetname=self.pick(streets), bairro=self.pick(bairros))
            p["house"] = str(self.r.randint(10, 3200))
            p["street"] = f"{p['streetname']}, {p['house']}"
            p["zip"] = f"{cep1}{self.digits(4)}-{self.r.randint(0, 999):03d}"
            p["line2"] = self.pick(["apto 32", "bloco B apto 104", "casa 2", "fundos", "apto 1201"])
        p["phone"] = self.phone_in(country, city)
        p["dob"] = self.date(1956, 2006)
        p["sex"] = self.pick(["F", "M"])
        return p

    def other(self, country: str | None = None) -> dict:
        return self.person(country or self.cur["country"])

    def phone_in(self, country: str, city: str = "") -> str:
        if country == "US":
            area = US_AREA.get(city) or self.pick([832, 281, 346, 210, 480, 623, 678, 216, 901, 720, 956])
            ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area}-{ex}-{line:04d}",
                ]
            )
        if country == "DE":
            pre = self.pick(["151", "152", "157", "160", "162", "170", "172", "176", "178"])
            num = self.digits(self.pick([7, 8]))
            return self.pick(
                [
                    f"+49 {pre} {num}",
                    f"0{pre} {num}",
                    f"+49{pre}{num}",
                    f"0{pre}/{num}",
                    f"030 {self.digits(8)}",
                ]
            )
        ddd = BR_DDD.get(city) or self.pick([11, 21, 31, 71, 85])
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        return self.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a} {b}"])

    def full(self, p: dict | None = None) -> str:
        p = p or self.cur
        return f"{p['first']} {p['last']}"

    def staff(self) -> dict:
        p = self.other()
        dom = {"US": "vitalis-plasma.com", "DE": "vitalis-plasma.de", "BR": "hemovitalis.org.br"}[
            p["country"]
        ]
        p["work_email"] = f"{ascii(p['first'])[0].lower()}.{ascii(p['last']).lower().replace(' ', '')}@{dom}"
        return p

    def centre(self):
        return self.pick(CENTRES[self.cur["country"]])

    def geo(self):
        box = {
            "US": (25.8, 47.5, -122.5, -80.2),
            "DE": (47.6, 54.6, 6.1, 14.8),
            "BR": (-30.0, -3.5, -54.0, -35.0),
        }
        la, lb, oa, ob = box[self.cur["country"]]
        return round(self.r.uniform(la, lb), 6), round(self.r.uniform(oa, ob), 6)

    def cpf(self, formatted=None) -> str:
        n = [self.r.randint(0, 9) for _ in range(9)]
        d1 = (sum(n[i] * (10 - i) for i in range(9)) * 10 % 11) % 10
        d2 = ((sum(n[i] * (11 - i) for i in range(9)) + d1 * 2) * 10 % 11) % 10
        s = "".join(map(str, [*n, d1, d2]))
        formatted = self.r.random() < 0.7 if formatted is None else formatted
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s

    def cns(self) -> str:
        while True:
            d = [int(self.pick("789"))] + [self.r.randint(0, 9) for _ in range(13)]
            last = -sum(v * (15 - i) for i, v in enumerate(d)) % 11
            if last < 10:
                s = "".join(map(str, [*d, last]))
                return self.pick([s, f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"])

    def rg(self) -> str:
        n = [self.r.randint(0, 9) for _ in range(8)]
        dv = 11 - sum(v * (i + 2) for i, v in enumerate(n)) % 11
        c = "X" if dv == 10 else "0" if dv == 11 else str(dv)
        s = "".join(map(str, n))
        return f"{s[:2]}.{s[2:5]}.{s[5:]}-{c}"

    def cnpj(self) -> str:
        n = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(a * b for a, b in zip(n, weights)) % 11
            n.append(0 if r < 2 else 11 - r)
        s = "".join(map(str, n))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

    def ausweis(self) -> str:
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        return self.pick("LMNPRTVWXY") + "".join(self.pick(alphabet) for _ in range(8))

    def id_document(self) -> str:
        kind = self.pick(["tx", "az", "il", "passport", "mx"])
        if kind == "tx":
            return self.digits(8)
        if kind == "az":
            return "D" + self.digits(8)
        if kind == "il":
            return f"{self.cur['last'][0].upper()}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}"
        if kind == "passport":
            return self.pick(["A" + self.digits(8), self.digits(9)])
        return "G" + self.digits(8)

    def din(self) -> str:
        """ISBT 128 donation identification number with its ISO 7064 mod 37-2 check character."""
        chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
        body = f"W{self.r.randint(400, 4999):04d}24{self.digits(6)}"
        total = 0
        for c in body:
            total = ((total + chars.index(c)) * 2) % 37
        check = chars[(38 - total) % 37]
        return self.pick([f"{body[:5]} {body[5:7]} {body[7:]} {check}", body + check])

    def alnum(self, n: int, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def gclid(self) -> str:
        return (
            "Cj0KCQjw"
            + self.alnum(76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            + "_BwE"
        )

    def fbclid(self) -> str:
        return "IwAR" + self.alnum(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def push_token(self, platform: str) -> str:
        if platform == "ios":
            return self.hexid(64)
        return (
            self.alnum(22)
            + ":APA91b"
            + self.alnum(134, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        )

    def idfa(self, upper=True) -> str:
        if self.r.random() < 0.15:
            return "00000000-0000-0000-0000-000000000000"
        u = self.uuid()
        return u.upper() if upper else u

    def money_c(self, lo, hi) -> float:
        return round(self.r.uniform(lo, hi), 2)

    def sha256(self) -> str:
        return self.hexid(64)

    def donor_id(self) -> str:
        return {"US": "D", "DE": "SP", "BR": "DB"}[self.cur["country"]] + self.digits(8)


# -- contexts sent by the client libraries ------------------------------------------------------------


def common_client():
    return {
        "locale": G(lambda f: f.pick(LOCALE[f.cur["country"]])),
        "timezone": G(lambda f: f.pick(TZ[f.cur["country"]])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }


def flutter_context(platform: str):
    if platform == "ios":
        device = {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "token": RED(lambda f: f.push_token("ios"), "token"),
        }
        os_ = {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))}
        screen = {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        }
    else:
        device = {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546B", "moto g54 5G", "Redmi Note 12", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "cancunf", "tapas", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.idfa(upper=False), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
            "token": RED(lambda f: f.push_token("android"), "token"),
        }
        os_ = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))}
        screen = {
            "width": G(lambda f: f.pick([1080, 720])),
            "height": G(lambda f: f.pick([2340, 2400, 1600])),
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
        }
    ctx = {
        "app": {
            "name": G(lambda f: "Vitalis Donor"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "namespace": G(lambda f: "com.vitalis.donor"),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "os": os_,
        "screen": screen,
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIER[f.cur["country"]])),
        },
        **common_client(),
        "traits": {"donorId": G(lambda f: f.cur["donor_id"]), "email": Y(lambda f: f.cur["email"], "email")},
    }
    if platform == "android":
        ctx["location"] = {
            "latitude": Y(lambda f: f.geo()[0], "geolocation"),
            "longitude": Y(lambda f: f.geo()[1], "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4])),
        }
    return ctx


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.67.1"])),
        },
        "page": {
            "path": G(lambda f: f.cur["page"][0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://l.instagram.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=es"])),
            "title": G(lambda f: f.cur["page"][1]),
            "url": G(lambda f: f.cur["page"][2] + f.cur["page"][0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        **common_client(),
        "campaign": {
            "name": G(
                lambda f: f.pick(["new_donor_bonus", "summer_shortage", "o_neg_appeal", "spender_werben"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["donate plasma for money", "plasma center near me", "blutspende termin", "doar sangue"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "cta_bottom"])),
        },
    }


def kiosk_context():
    return {
        "app": {
            "name": G(lambda f: "Vitalis Check-In"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.2"])),
            "build": G(lambda f: f.pick(["2800", "2802"])),
            "namespace": G(lambda f: "com.vitalis.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad14,1"])),
            "name": G(lambda f: f.centre()[0] + "-KIOSK-0" + str(f.r.randint(1, 4))),
            "type": G(lambda f: "ios"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5"]))},
        "screen": {"width": G(lambda f: 1180), "height": G(lambda f: 820)},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        **common_client(),
    }


def screening_context():
    return {
        "app": {
            "name": G(lambda f: "Vitalis Screening"),
            "version": G(lambda f: f.pick(["7.1.0", "7.2.3"])),
            "build": G(lambda f: f.pick(["710", "723"])),
            "namespace": G(lambda f: "com.vitalis.screening"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: "samsung"),
            "model": G(lambda f: f.pick(["SM-X205", "SM-T636B"])),
            "name": G(lambda f: f.pick(["gta8wifi", "gtactive4"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.1"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"density": G(lambda f: 1.5), "width": G(lambda f: 1920), "height": G(lambda f: 1200)},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-X205 Build/UP1A.231005.007)"),
        **common_client(),
        "traits": {
            "email": Y(lambda f: f.cur["staff"]["work_email"], "email"),
            "staffRole": G(
                lambda f: f.pick(["phlebotomist", "screener", "medical_specialist", "centre_manager"])
            ),
        },
    }


def drives_context():
    return {
        "app": {
            "name": G(lambda f: "Vitalis Drives"),
            "version": G(lambda f: f.pick(["1.9.4", "1.10.0"])),
            "build": G(lambda f: f.pick(["194", "200"])),
            "namespace": G(lambda f: "org.vitalis.drives"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-S918B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        **common_client(),
    }


SERVER = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
}


def server_context(client: str):
    name, versions = SERVER[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client == "php":
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["locale"] = G(lambda f: "pt-BR")
    if client == "dotnet":
        ctx["locale"] = G(lambda f: "de-DE")
    return ctx


CONTEXTS = {
    "flutter_ios": lambda: flutter_context("ios"),
    "flutter_android": lambda: flutter_context("android"),
    "web": web_context,
    "kiosk": kiosk_context,
    "screening": screening_context,
    "drives": drives_context,
    **{k: (lambda k=k: server_context(k)) for k in SERVER},
}
APP = ["flutter_ios", "flutter_android"]


# -- events -------------------------------------------------------------------------------------------


def cur(key):
    return lambda f: f.cur[key]


def chat_text(f):
    p = f.cur
    other_number = f.phone_in(p["country"])
    return f.pick(
        {
            "US": [
                f"Hi, I changed my number, it's now {other_number}",
                f"Please send the receipt to {p['email']} thanks",
                f"can you call me back on {p['phone']}? my card didn't load",
                f"my old email stopped working, use {f.other()['email']}",
            ],
            "DE": [
                f"Bitte die Bestätigung an {p['email']} schicken",
                f"Meine neue Handynummer ist {other_number}",
                f"Hallo, bitte ruft mich unter {p['phone']} zurück",
            ],
            "BR": [
                f"Olá, meu novo celular é {other_number}",
                f"pode mandar o atestado para {p['email']}?",
                f"me liga no {p['phone']} por favor",
            ],
        }[p["country"]]
    )


def sms_body(f):
    first, centre, country = f.cur["first"], f.centre()[1], f.cur["country"]
    hour = f"{f.r.randint(7, 17)}:{f.pick(['00', '30'])}"
    return f.pick(
        {
            "US": [
                f"Hi {first}, your appointment at {centre} is tomorrow at {hour}. "
                "Reply C to confirm or R to reschedule.",
                f"{first}, you're eligible to donate again! Book at vitalis.app/book",
            ],
            "DE": [
                f"Hallo {first}, dein Termin im {centre} ist morgen um {hour} Uhr. "
                "Antworte STOP zum Abmelden.",
                f"{first}, du kannst wieder spenden! Termin: vitalis.app/termin",
            ],
            "BR": [
                f"Olá {first}, obrigado pela doação! Você salvou até 4 vidas.",
                f"{first}, sua doação no {centre} é amanhã às {hour}.",
            ],
        }[country]
    )


def lookup_query(f):
    o = f.other()
    return f.pick([o["email"], o["phone"], f"{o['last']}, {o['first']}", f.full(o)])


def partial_address(f):
    p = f.cur
    s = p["street"]
    if p["country"] == "US":  # house number first: a typed prefix still holds it
        return s[: f.r.randint(len(s) - 4, len(s))]
    return s


def resume_name(f):
    p = f.cur
    a, b = ascii(p["first"]).replace(" ", "_"), ascii(p["last"]).replace(" ", "_")
    return f.pick(
        [f"{a}_{b}_Resume.pdf", f"Resume - {p['first']} {p['last']}.docx", f"{b}{a[0]}_CV_2024.pdf"]
    )


def iban_label(f):
    bank = f.pick(["Sparkasse KölnBonn", "Deutsche Bank", "ING", "Commerzbank", "DKB", "N26"])
    return f"{bank} \u2013 {f.iban('DE')}"


def page_body():
    return {
        "path": G(lambda f: f.cur["page"][0]),
        "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=es"])),
        "title": G(lambda f: f.cur["page"][1]),
        "url": G(lambda f: f.cur["page"][2] + f.cur["page"][0]),
    }


def shop_product(full=True):
    body = {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[0] + "-" + f.pick(["S", "M", "L", "XL", "OS"])),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.pick(PRODUCTS)[3] / 100),
        "points_price": G(lambda f: f.pick(PRODUCTS)[3] * 4),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if full:
        body["variant"] = G(lambda f: f.pick(["Navy / M", "Red / L", "750ml", "One Size"]))
        body["image_url"] = G(lambda f: f"https://cdn.vitalis-plasma.com/shop/{f.hexid(10)}.jpg")
    return body


# (kind, event or screen/page name, clients, countries, body, weight)
EVENTS = [
    # -- donor app ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        APP,
        ["US", "DE", "BR"],
        {
            "email": Y(cur("email"), "email"),
            "firstName": Y(cur("first"), "name"),
            "lastName": Y(cur("last"), "name"),
            "phone": Y(cur("phone"), "phone"),
            "birthday": Y(cur("dob"), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "diverse", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(cur("street"), "street|address"),
                "city": Y(cur("city"), "city"),
                "postalCode": Y(cur("zip"), "zipcode"),
                "state": G(cur("state")),
                "country": G(cur("country")),
            },
            "donorId": G(cur("donor_id")),
            "preferredCentreId": G(lambda f: f.centre()[0]),
            "preferredCentreName": G(lambda f: f.centre()[1]),
            "bloodType": Y(lambda f: f.pick(["O+", "O-", "A+", "A-", "B+", "AB+"]), "condition|diagnosis"),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "es", "de", "pt"])),
            "donorStatus": G(lambda f: f.pick(["new", "active", "lapsed", "deferred_temp"])),
            "lifetimeDonations": G(lambda f: f.r.randint(0, 180)),
            "age": G(lambda f: f.r.randint(18, 68)),
            "rewardsTier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
            "rewardsMemberNumber": G(lambda f: "VR" + f.digits(9)),
            "avatarUrl": Y(lambda f: f"https://cdn.vitalis-plasma.com/avatars/{f.hexid(16)}.jpg", "photo"),
        },
        1.5,
    ),
    (
        "track",
        "Application Opened",
        APP,
        ["US", "DE", "BR"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "url": G(
                lambda f: f.pick(
                    ["vitalis://home", "vitalis://appointments", "https://vitalis.app/r/" + f.alnum(6)]
                )
            ),
        },
        1.5,
    ),
    (
        "track",
        "Application Updated",
        APP,
        ["US", "DE", "BR"],
        {
            "previous_version": G(lambda f: f.pick(["4.1.2", "4.2.0"])),
            "previous_build": G(lambda f: f.pick(["412", "420"])),
            "version": G(lambda f: f.pick(["4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["421", "430"])),
        },
        0.5,
    ),
    (
        "screen",
        "Centre Finder",
        APP,
        ["US", "DE", "BR"],
        {
            "userLatitude": Y(lambda f: f.geo()[0], "geolocation"),
            "userLongitude": Y(lambda f: f.geo()[1], "geolocation"),
            "searchTerm": G(
                lambda f: f.pick(["Houston", "77036", "Berlin Mitte", "Paulista", "near me", "Köln"])
            ),
            "searchRadiusKm": G(lambda f: f.pick([10, 25, 50])),
            "resultsCount": G(lambda f: f.r.randint(0, 9)),
            "locationPermission": G(lambda f: f.pick(["whenInUse", "denied", "always"])),
            "nearestCentre": {
                "id": G(lambda f: f.centre()[0]),
                "name": G(lambda f: f.centre()[1]),
                "city": G(lambda f: f.centre()[2]),
                "phone": G(lambda f: f.centre()[3]),
                "lat": G(lambda f: f.centre()[4]),
                "lng": G(lambda f: f.centre()[5]),
                "distanceKm": G(lambda f: f.money_c(0.4, 38)),
                "openNow": G(lambda f: f.pick([True, False])),
            },
        },
        1,
    ),
    (
        "track",
        "Appointment Booked",
        APP,
        ["US", "DE", "BR"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "centreId": G(lambda f: f.centre()[0]),
            "centreName": G(lambda f: f.centre()[1]),
            "donationType": G(lambda f: f.pick(["plasma", "whole_blood", "platelets", "double_red_cells"])),
            "slotStart": G(lambda f: f.iso()),
            "durationMin": G(lambda f: f.pick([45, 60, 90, 120])),
            "isFirstDonation": G(lambda f: f.pick([True, False])),
            "reminderPreference": G(lambda f: f.pick(["sms", "push", "email", "none"])),
            "companionCount": G(lambda f: f.r.randint(0, 2)),
            "accessibilityNeeds": RED(
                lambda f: f.pick(["none", "none", "none", "wheelchair", "step_free_access", "hearing_loop"]),
                "disability",
            ),
        },
        1,
    ),
    (
        "track",
        "Questionnaire Section Completed",
        APP,
        ["US", "DE", "BR"],
        {
            "questionnaireId": G(lambda f: f.pick(["DHQ-US-2.1", "SFB-DE-2023", "TRIAGEM-BR-5"])),
            "questionnaireVersion": G(lambda f: f.pick(["2.1.0", "2023.2", "5.0"])),
            "section": G(lambda f: f.pick(["health_today", "medications", "travel", "risk_behaviour"])),
            "questionsAnswered": G(lambda f: f.r.randint(4, 22)),
            "durationSec": G(lambda f: f.r.randint(30, 600)),
            "answers": {
                "feelingWellToday": Y(lambda f: f.pick([True, True, True, False]), "condition|diagnosis"),
                "takingAntibiotics": Y(lambda f: f.pick([True, False, False]), "medication"),
                "medicationsTaken": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
                "pregnantOrRecentlyPregnant": Y(
                    lambda f: f.pick([False, False, True]), "condition|diagnosis"
                ),
                "malariaEver": Y(lambda f: f.pick([False, False, True]), "condition|diagnosis"),
                "hepatitisHistory": Y(lambda f: f.pick([False, False, False, True]), "condition|diagnosis"),
                "receivedTransfusion": Y(lambda f: f.pick([False, True]), "procedure"),
                "surgeryLast4Months": Y(lambda f: f.pick([False, True]), "procedure"),
                "newSexualPartnerAnalSex3m": Y(lambda f: f.pick([False, False, True]), "sexual orientation"),
                "tattooOrPiercing4m": G(lambda f: f.pick([False, True])),
                "travelledAbroad12m": G(lambda f: f.pick([True, False])),
                "countriesVisited": Many(
                    G(lambda f: f.pick(["MX", "BR", "NG", "IN", "TH", "TR", "US", "PT"])), 3
                ),
            },
        },
        1.3,
    ),
    (
        "track",
        "Deferral Notice Viewed",
        APP,
        ["US", "DE", "BR"],
        {
            "deferralType": G(lambda f: f.pick(["temporary", "temporary", "indefinite"])),
            "deferralReason": Y(lambda f: f.pick(DEFERRALS)[1], "condition|diagnosis"),
            "deferredUntil": G(lambda f: f.date(2024, 2025)),
            "deferralDays": G(lambda f: f.pick([1, 7, 14, 56, 120, 180])),
            "canRebook": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["push", "inbox", "home_banner"])),
        },
        0.8,
    ),
    (
        "track",
        "Payout Account Added",
        APP,
        ["DE"],
        {
            "payoutMethod": G(lambda f: "sepa_credit"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(
                lambda f: f.pick(["COLSDE33XXX", "DEUTDEDBXXX", "INGDDEFFXXX", "BYLADEM1001", "NTSBDEB1XXX"])
            ),
            "accountHolderName": Y(lambda f: f.full(), "name"),
            "bankName": G(lambda f: f.pick(["Sparkasse KölnBonn", "Deutsche Bank", "ING", "DKB", "N26"])),
            "isDefault": G(lambda f: f.pick([True, False])),
            "ibanValidated": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Payout Account Selected",
        APP,
        ["DE"],
        {
            "label": RED(iban_label, "bank account", True),
            "accountsOnFile": G(lambda f: f.r.randint(1, 3)),
            "position": G(lambda f: f.r.randint(0, 2)),
        },
        0.6,
    ),
    (
        "track",
        "Prepaid Card Activated",
        APP,
        ["US"],
        {
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "activationCode": RED(lambda f: f.digits(6), "token"),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard"])),
            "cardProgram": G(lambda f: "Vitalis Rewards Prepaid"),
            "expMonth": G(lambda f: f.r.randint(1, 12)),
            "expYear": G(lambda f: f.r.randint(2026, 2030)),
            "replacementCard": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Referral Invite Sent",
        APP,
        ["US", "DE", "BR"],
        {
            "referralCode": G(lambda f: f.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "contacts", "copy_link"])),
            "invitee": {
                "name": Y(lambda f: f.full(f.other()), "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
                "email": Y(lambda f: f.other()["email"], "email"),
            },
            "rewardAmount": G(lambda f: f.pick([25, 50, 20])),
            "currency": G(lambda f: CURRENCY[f.cur["country"]]),
            "invitesSentTotal": G(lambda f: f.r.randint(1, 30)),
        },
        1,
    ),
    (
        "track",
        "Points Gifted",
        APP,
        ["US", "DE"],
        {
            "points": G(lambda f: f.pick([100, 250, 500])),
            "recipient": Y(lambda f: f.other()["email"], "email", True),
            "message": G(
                lambda f: f.pick(["Thanks for coming with me!", "Danke fürs Mitkommen", "Enjoy!", ""])
            ),
            "giftId": G(lambda f: f.uuid()),
        },
        0.6,
    ),
    (
        "screen",
        "Donation History",
        APP,
        ["US", "DE", "BR"],
        {
            "donationsCount": G(lambda f: f.r.randint(0, 120)),
            "lastDonationDate": G(lambda f: f.date(2023, 2024)),
            "nextEligibleDate": G(lambda f: f.date(2024, 2025)),
            "totalVolumeMl": G(lambda f: f.r.randint(0, 90000)),
            "badgeLevel": G(lambda f: f.pick(["Lifesaver", "Hero", "Legend"])),
        },
        1,
    ),
    (
        "track",
        "Support Chat Message Sent",
        APP,
        ["US", "DE", "BR"],
        {
            "conversationId": G(lambda f: f.uuid()),
            "messageLength": G(lambda f: f.r.randint(20, 120)),
            "text": Y(chat_text, "phone|email", True),
            "agentAssigned": G(lambda f: f.pick([True, False])),
        },
        0.8,
    ),
    (
        "track",
        "Push Notification Opened",
        APP,
        ["US", "DE", "BR"],
        {
            "notificationId": G(lambda f: f.uuid()),
            "campaignId": G(lambda f: "cmp_" + f.digits(6)),
            "title": G(
                lambda f: f.pick(
                    [
                        "O- donors needed today",
                        "Your bonus is waiting",
                        "Spenden Sie diese Woche",
                        "Estoque baixo de O-",
                    ]
                )
            ),
            "deepLink": G(lambda f: f.pick(["vitalis://book", "vitalis://rewards", "vitalis://history"])),
        },
        0.8,
    ),
    (
        "track",
        "Profile Updated",
        APP,
        ["US", "DE", "BR"],
        {
            "fieldsChanged": Many(
                G(lambda f: f.pick(["phone", "email", "address", "emergency_contact", "language"])), 3
            ),
            "emailChanged": G(lambda f: f.pick([True, False])),
            "addressVerified": G(lambda f: f.pick([True, False])),
            "emergencyContact": {
                "name": Y(lambda f: f.full(f.other()), "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "friend", "partner", "son"])),
            },
        },
        0.8,
    ),
    (
        "track",
        "Address Autocomplete Used",
        APP,
        ["US", "DE", "BR"],
        {
            "input": Y(partial_address, "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "predictionsShown": G(lambda f: f.r.randint(0, 5)),
            "selectedIndex": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: "google_places"),
        },
        0.7,
    ),
    # -- web booking and shop -------------------------------------------------------------------------
    ("page", "Book Appointment", ["web"], ["US", "DE", "BR"], page_body(), 1.2),
    (
        "track",
        "Booking Form Field Completed",
        ["web"],
        ["US", "DE", "BR"],
        {
            "formId": G(lambda f: "booking_v3"),
            "fieldName": G(lambda f: f.cur["field"]),
            "value": Y(
                lambda f: f.cur["email"] if f.cur["field"] == "email" else f.cur["phone"], "email|phone", True
            ),
            "durationMs": G(lambda f: f.r.randint(800, 25000)),
            "step": G(lambda f: f.r.randint(1, 4)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Appointment Booked",
        ["web"],
        ["US", "DE", "BR"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "centreId": G(lambda f: f.centre()[0]),
            "centreName": G(lambda f: f.centre()[1]),
            "donationType": G(lambda f: f.pick(["plasma", "whole_blood", "platelets", "double_red_cells"])),
            "slotStart": G(lambda f: f.iso()),
            "isFirstDonation": G(lambda f: f.pick([True, False])),
            "newDonorBonus": G(lambda f: f.pick([0, 50, 100, 30])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "emailDomain": G(lambda f: f.cur["email"].split("@")[1]),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
        1,
    ),
    (
        "identify",
        None,
        ["web"],
        ["US", "DE", "BR"],
        {
            "email": Y(cur("email"), "email"),
            "first_name": Y(cur("first"), "name"),
            "last_name": Y(cur("last"), "name"),
            "phone_number": Y(cur("phone"), "phone"),
            "postal_code": Y(cur("zip"), "zipcode"),
            "country": G(cur("country")),
            "created_at": G(lambda f: f.iso()),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "signup_source": G(lambda f: f.pick(["web_booking", "landing_page", "referral"])),
        },
        0.8,
    ),
    ("track", "Product Viewed", ["web"], ["US"], {**shop_product(), "currency": G(lambda f: "USD")}, 0.8),
    (
        "track",
        "Product Added",
        ["web"],
        ["US"],
        {"cart_id": G(lambda f: f.uuid()), **shop_product(False)},
        0.6,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        ["US"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "points", "card+points"])),
            "payment_method_id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "billing_zip": Y(cur("zip"), "zipcode"),
        },
        0.6,
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        ["US"],
        {
            "order_id": G(lambda f: "VR" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money_c(9, 120)),
            "shipping": G(lambda f: f.pick([0, 5.99, 7.5])),
            "tax": G(lambda f: f.money_c(0, 9)),
            "currency": G(lambda f: "USD"),
            "points_redeemed": G(lambda f: f.pick([0, 2000, 5000, 12000])),
            "coupon": G(lambda f: f.pick(["", "DONOR10", "FIRSTDROP"])),
            "products": Many(shop_product(False), 3),
            "email": Y(cur("email"), "email"),
            "shipping_address": {
                "name": Y(lambda f: f.full(), "name"),
                "address1": Y(cur("street"), "address|street"),
                "address2": Y(cur("line2"), "address|street"),
                "city": Y(cur("city"), "city"),
                "province_code": G(cur("state")),
                "zip": Y(cur("zip"), "zipcode"),
                "country_code": G(lambda f: "US"),
            },
            "gift_note": G(lambda f: f.pick(["", "Happy donor day!", "For the best lifesaver"])),
        },
        0.8,
    ),
    (
        "track",
        "Careers Application Submitted",
        ["web"],
        ["US"],
        {
            "jobId": G(lambda f: "REQ-" + f.digits(5)),
            "jobTitle": G(
                lambda f: f.pick(["Phlebotomist", "Medical Screener", "Centre Manager", "Plasma Processor"])
            ),
            "jobLocation": G(lambda f: f.centre()[2]),
            "applicantName": Y(lambda f: f.full(), "name"),
            "applicantEmail": Y(cur("email"), "email"),
            "applicantPhone": Y(cur("phone"), "phone"),
            "authorizedToWorkInUS": RED(lambda f: f.pick([True, True, False]), "visa"),
            "requiresSponsorship": RED(lambda f: f.pick([False, False, True]), "visa"),
            "desiredHourlyPay": Y(lambda f: f.pick([17.5, 19, 21.25, 24]), "salary"),
            "phlebotomyCertNumber": Y(
                lambda f: f.pick(["CPT1-", "PBT-", "NCPT-"]) + f.digits(6), "certificate"
            ),
            "resumeFileName": Y(resume_name, "name", True),
            "yearsExperience": G(lambda f: f.r.randint(0, 15)),
            "currentEmployer": G(
                lambda f: f.pick(["Quest Diagnostics", "Walgreens", "HCA Houston Healthcare", ""])
            ),
            "heardAboutUs": G(lambda f: f.pick(["indeed", "referral", "walk_in"])),
        },
        0.8,
    ),
    (
        "track",
        "Guardian Consent Submitted",
        ["web"],
        ["US"],
        {
            "donorAge": G(lambda f: f.pick([16, 17])),
            "guardianName": Y(lambda f: f.full(f.other()), "name"),
            "guardianEmail": Y(lambda f: f.other()["email"], "email"),
            "guardianPhone": Y(lambda f: f.other()["phone"], "phone"),
            "relationshipToDonor": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "consentMethod": G(lambda f: f.pick(["e_signature", "paper_upload"])),
            "schoolDrive": G(
                lambda f: f.pick(["Lamar High School Blood Drive", "Bellaire HS Spring Drive", ""])
            ),
        },
        0.6,
    ),
    (
        "track",
        "NPS Survey Submitted",
        ["web"],
        ["US", "DE", "BR"],
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Staff were great",
                        "Long wait at check-in",
                        "Super freundlich!",
                        "Atendimento ótimo",
                        "",
                    ]
                )
            ),
            "centreId": G(lambda f: f.centre()[0]),
            "surveyId": G(lambda f: "nps_" + f.digits(4)),
        },
        0.7,
    ),
    ("alias", None, ["web"], ["US", "DE", "BR"], {}, 0.4),
    # -- kiosk check-in (iPad) ------------------------------------------------------------------------
    (
        "track",
        "Donor Checked In",
        ["kiosk"],
        ["US"],
        {
            "checkInId": G(lambda f: f.uuid()),
            "centreId": G(lambda f: f.centre()[0]),
            "stationId": G(lambda f: f"K{f.r.randint(1, 4)}"),
            "method": G(lambda f: f.pick(["qr_code", "id_scan", "staff_lookup"])),
            "donorId": G(cur("donor_id")),
            "queuePosition": G(lambda f: f.r.randint(1, 40)),
            "waitEstimateMin": G(lambda f: f.r.randint(0, 90)),
            "idDocumentType": G(
                lambda f: f.pick(["drivers_license", "state_id", "passport", "passport_card"])
            ),
            "idDocumentNumber": RED(lambda f: f.id_document(), "national id|passport|license"),
            "idDocumentExpiry": G(lambda f: f.date(2025, 2032)),
            "idIssuingState": G(lambda f: f.pick(["TX", "AZ", "GA", "IL", "MX"])),
            "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "photoUrl": Y(
                lambda f: (
                    f"https://cdn.vitalis-plasma.com/donor-photos/{f.cur['donor_id']}/{f.hexid(12)}.jpg"
                ),
                "photo",
            ),
            "biometricMatchScore": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "firstVisit": G(lambda f: f.pick([True, False])),
            "donorName": Y(lambda f: f.full(), "name"),
            "dateOfBirth": Y(cur("dob"), "birthdate"),
            "visaType": RED(lambda f: f.pick(["B1/B2", "US citizen", "LPR", "B1/B2", "BCC"]), "visa"),
        },
        1.3,
    ),
    (
        "track",
        "Consent Form Signed",
        ["kiosk"],
        ["US", "DE"],
        {
            "consentFormId": G(
                lambda f: f.pick(["PLASMA-INFORMED-CONSENT", "EINWILLIGUNG-PLASMA", "HIPAA-ACK"])
            ),
            "formVersion": G(lambda f: f.pick(["2024.1", "2023.4"])),
            "signerName": Y(lambda f: f.full(), "name"),
            "signatureCaptured": G(lambda f: True),
            "signedAt": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["en", "es", "de"])),
            "witnessStaffId": G(lambda f: "EMP" + f.digits(5)),
            "pagesViewed": G(lambda f: f.r.randint(1, 9)),
        },
        0.8,
    ),
    (
        "track",
        "Donor Lookup Performed",
        ["kiosk"],
        ["US", "DE"],
        {
            "q": Y(lookup_query, "email|phone|name", True),
            "resultsCount": G(lambda f: f.r.randint(0, 4)),
            "staffId": G(lambda f: "EMP" + f.digits(5)),
            "lookupMs": G(lambda f: f.r.randint(40, 900)),
        },
        0.8,
    ),
    (
        "screen",
        "Kiosk Idle",
        ["kiosk"],
        ["US", "DE"],
        {
            "idleSeconds": G(lambda f: f.r.randint(30, 3600)),
            "kioskSerial": G(lambda f: "DMPX" + f.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "batteryLevel": G(lambda f: round(f.r.uniform(0.2, 1), 2)),
            "printerStatus": G(lambda f: f.pick(["ok", "paper_low", "offline"])),
        },
        0.5,
    ),
    # -- screening tablet (staff) ---------------------------------------------------------------------
    (
        "track",
        "Screening Vitals Recorded",
        ["screening"],
        ["US", "DE", "BR"],
        {
            "visitId": G(lambda f: f.uuid()),
            "donorId": G(cur("donor_id")),
            "hemoglobinGdl": Y(lambda f: round(f.r.uniform(11.8, 17.6), 1), "condition|diagnosis"),
            "hemoglobinPassed": Y(lambda f: f.pick([True, True, True, False]), "condition|diagnosis"),
            "hematocritPct": Y(lambda f: f.r.randint(36, 52), "condition|diagnosis"),
            "systolicMmHg": Y(lambda f: f.r.randint(98, 178), "condition|diagnosis"),
            "diastolicMmHg": Y(lambda f: f.r.randint(58, 104), "condition|diagnosis"),
            "pulseBpm": Y(lambda f: f.r.randint(52, 104), "condition|diagnosis"),
            "temperatureC": Y(lambda f: round(f.r.uniform(36.0, 37.9), 1), "condition|diagnosis"),
            "weightKg": Y(lambda f: round(f.r.uniform(50, 140), 1), "condition|diagnosis"),
            "totalProteinGdl": Y(lambda f: round(f.r.uniform(5.8, 8.6), 1), "condition|diagnosis"),
            "eligible": G(lambda f: f.pick([True, True, True, False])),
            "screenerStaffId": G(lambda f: "EMP" + f.digits(5)),
            "analyzerSerial": G(lambda f: "HC" + f.digits(7)),
            "station": G(lambda f: f"S{f.r.randint(1, 6)}"),
        },
        1.3,
    ),
    (
        "track",
        "Donation Completed",
        ["screening"],
        ["US", "DE", "BR"],
        {
            "donationId": G(lambda f: f.uuid()),
            "din": G(lambda f: f.din()),
            "donationType": G(lambda f: f.pick(["plasma", "whole_blood", "platelets", "double_red_cells"])),
            "collectedVolumeMl": G(lambda f: f.r.randint(450, 880)),
            "procedureMinutes": G(lambda f: f.r.randint(8, 75)),
            "machineSerial": G(lambda f: "AXI" + f.digits(6)),
            "machineModel": G(lambda f: f.pick(["Aurora Xi", "PCS2", "Trima Accel"])),
            "needleInsertions": G(lambda f: f.pick([1, 1, 1, 2])),
            "adverseReaction": Y(lambda f: f.pick([False, False, False, True]), "condition|diagnosis"),
            "note": Y(lambda f: f.pick(CONDITION_NOTES), "condition|diagnosis", True),
            "phlebotomist": {
                "staffId": G(lambda f: "EMP" + f.digits(5)),
                "name": Y(lambda f: f.full(f.cur["staff"]), "name"),
                "email": Y(lambda f: f.cur["staff"]["work_email"], "email"),
            },
            "compensationAmount": G(lambda f: f.pick([30, 45, 50, 70, 100, 25, 28])),
            "compensationCurrency": G(lambda f: CURRENCY[f.cur["country"]]),
        },
        1.3,
    ),
    (
        "track",
        "Deferral Recorded",
        ["screening"],
        ["US", "DE", "BR"],
        {
            "deferralId": G(lambda f: f.uuid()),
            "donorId": G(cur("donor_id")),
            "deferralCode": Y(lambda f: f.pick(DEFERRALS)[0], "condition|diagnosis"),
            "deferralDays": G(lambda f: f.pick([1, 7, 14, 56, 120, 180])),
            "permanent": G(lambda f: f.pick([False, False, False, True])),
            "reportedToRegistry": G(lambda f: f.pick([True, False])),
            "recordedByStaffId": G(lambda f: "EMP" + f.digits(5)),
        },
        1,
    ),
    (
        "track",
        "Shift Clocked In",
        ["screening"],
        ["US", "DE", "BR"],
        {
            "staffId": G(lambda f: "EMP" + f.digits(5)),
            "staffName": Y(lambda f: f.full(f.cur["staff"]), "name"),
            "role": G(lambda f: f.pick(["Phlebotomist", "Medical Screener", "Centre Manager", "Reception"])),
            "centreId": G(lambda f: f.centre()[0]),
            "hourlyRate": Y(lambda f: f.pick([18.5, 21, 23.75, 16.9, 19.2]), "salary"),
            "badgeNumber": G(lambda f: f.digits(6)),
            "overtimeEligible": G(lambda f: f.pick([True, False])),
            "shiftStart": G(lambda f: f.iso()),
        },
        0.7,
    ),
    # -- mobile blood drives (React Native, staff) -------------------------------------------------------
    (
        "track",
        "Blood Drive Scheduled",
        ["drives"],
        ["US", "DE"],
        {
            "driveId": G(lambda f: "BD-" + f.digits(6)),
            "hostOrganization": G(
                lambda f: f.pick(
                    ["Rice University", "Siemens AG Erlangen", "H-E-B Distribution", "St. Luke's Church"]
                )
            ),
            "venueAddress": G(
                lambda f: f.pick(
                    [
                        "6100 Main St, Houston, TX 77005",
                        "Werner-von-Siemens-Str. 1, Erlangen",
                        "4710 N Mesa St, El Paso, TX",
                    ]
                )
            ),
            "expectedDonors": G(lambda f: f.r.randint(20, 150)),
            "busId": G(lambda f: "BUS-" + f.digits(2)),
            "sponsorContact": {
                "name": Y(lambda f: f.full(f.other()), "name"),
                "email": Y(lambda f: f.other()["email"], "email"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
                "jobTitle": G(
                    lambda f: f.pick(
                        ["HR Manager", "Events Coordinator", "Pastor", "Student Council President"]
                    )
                ),
            },
            "driveDate": G(lambda f: f.date(2024, 2025)),
        },
        0.8,
    ),
    (
        "group",
        None,
        ["drives"],
        ["US", "DE"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Rice University", "Siemens AG", "H-E-B", "St. Luke's Church", "Deutsche Bahn"]
                )
            ),
            "industry": G(lambda f: f.pick(["education", "manufacturing", "retail", "non-profit"])),
            "employees": G(lambda f: f.pick([120, 4000, 32000, 85])),
            "website": G(
                lambda f: f.pick(["https://www.rice.edu", "https://www.siemens.com", "https://www.heb.com"])
            ),
            "partnerTier": G(lambda f: f.pick(["gold", "silver", "community"])),
            "drivesHosted": G(lambda f: f.r.randint(1, 40)),
            "billingEmail": G(
                lambda f: f.pick(
                    ["ap@heb.example.com", "events@rice.example.edu", "blutspende@siemens.example.com"]
                )
            ),
            "primaryContactName": Y(lambda f: f.full(f.other()), "name"),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(["646 S Flores St", "Werner-von-Siemens-Str. 1", "6100 Main St"])
                ),
                "city": G(lambda f: f.pick(["San Antonio", "München", "Houston"])),
                "postalCode": G(lambda f: f.pick(["78204", "80333", "77005"])),
                "country": G(lambda f: f.pick(["US", "DE"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
        0.6,
    ),
    # -- auth, messaging and ad conversions (node) -------------------------------------------------------
    (
        "track",
        "Login Code Sent",
        ["node"],
        ["US", "DE", "BR"],
        {
            "channel": G(lambda f: f.cur["field"]),
            "destination": Y(
                lambda f: f.cur["email"] if f.cur["field"] == "email" else f.cur["phone"], "email|phone", True
            ),
            "otp": RED(lambda f: f.digits(6), "token"),
            "code_length": G(lambda f: 6),
            "expires_in_sec": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        0.8,
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        ["US", "DE", "BR"],
        {
            "email": Y(cur("email"), "email"),
            "reset_url": RED(lambda f: "https://account.vitalis.app/reset?token=" + f.alnum(43), "token"),
            "requested_via": G(lambda f: f.pick(["app", "web"])),
            "password_strength_last": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "resets_last_30d": G(lambda f: f.r.randint(0, 4)),
        },
        0.6,
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["node"],
        ["US", "DE", "BR"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(cur("phone"), "phone"),
            "From": G(lambda f: f.pick(["+17135550199", "VITALIS", "+4930555712", "29876"])),
            "Body": Y(sms_body, "name", True),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        1,
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        ["US", "DE", "BR"],
        {
            "email": Y(cur("email"), "email"),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "category": Many(G(lambda f: f.pick(["appointment_reminder", "receipt", "reactivation"])), 2),
            "from_email": G(lambda f: f.pick(["no-reply@vitalis-plasma.com", "termine@vitalis-plasma.de"])),
            "reply_to": G(
                lambda f: f.pick(
                    ["support@vitalis-plasma.com", "hilfe@vitalis-plasma.de", "contato@hemovitalis.org.br"]
                )
            ),
            "subject": G(
                lambda f: f.pick(["Your appointment is confirmed", "Ihr Termin", "Sua doação foi agendada"])
            ),
            "useragent": G(lambda f: f.pick(UAS)),
            "response": G(lambda f: "250 2.0.0 OK"),
        },
        0.8,
    ),
    (
        "track",
        "Conversion Sent To Meta",
        ["node"],
        ["US", "DE", "BR"],
        {
            "event_name": G(lambda f: f.pick(["Schedule", "CompleteRegistration", "Lead"])),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 100])),
                "currency": G(lambda f: CURRENCY[f.cur["country"]]),
            },
            "pixel_id": G(lambda f: f.digits(15)),
        },
        0.8,
    ),
    (
        "track",
        "Queue Ticket Issued",
        ["node"],
        ["US", "DE"],
        {
            "ticket-number": G(lambda f: f.pick(["A", "B", "P"]) + str(f.r.randint(1, 199))),
            "queue-name": G(lambda f: f.pick(["plasma-returning", "new-donor", "whole-blood"])),
            "donor-first-name": Y(cur("first"), "name"),
            "sms-number": Y(cur("phone"), "phone"),
            "estimated-wait-min": G(lambda f: f.r.randint(0, 75)),
            "station-id": G(lambda f: f"K{f.r.randint(1, 4)}"),
            "issued-at": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["en", "es", "de"])),
        },
        0.8,
    ),
    # -- CRM sync and warehouse (python) ---------------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        ["US", "DE", "BR"],
        {
            "email": Y(cur("email"), "email"),
            "firstname": Y(cur("first"), "name"),
            "lastname": Y(cur("last"), "name"),
            "mobilephone": Y(cur("phone"), "phone"),
            "address": Y(lambda f: f"{f.cur['street']}, {f.cur['city']}", "address"),
            "city": Y(cur("city"), "city"),
            "zip": Y(cur("zip"), "zipcode"),
            "date_of_birth": Y(cur("dob"), "birthdate"),
            "hs_lead_status": G(lambda f: f.pick(["NEW", "OPEN", "CONNECTED"])),
            "lifecyclestage": G(lambda f: f.pick(["lead", "customer", "evangelist"])),
            "donor_tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "last_donation_date": G(lambda f: f.date(2023, 2024)),
            "total_donations": G(lambda f: f.r.randint(0, 150)),
            "blood_type": Y(lambda f: f.pick(["O+", "O-", "A+", "B-", "AB+"]), "condition|diagnosis"),
            "hemoglobin_last": Y(lambda f: round(f.r.uniform(12.0, 17.0), 1), "condition|diagnosis"),
            "email_sha256": Y(lambda f: f.sha256(), "email"),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced", ""])),
            "employer": G(lambda f: f.pick(["Walmart", "Siemens", "Petrobras", "self-employed", ""])),
            "jobtitle": G(lambda f: f.pick(["Nurse", "Truck Driver", "Student", "Engenheira"])),
            "hubspot_owner_id": G(lambda f: f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "CRM Contact Synced",
        ["python"],
        ["US", "DE", "BR"],
        {
            "crm_id": G(lambda f: int(f.digits(9))),
            "sync_direction": G(lambda f: f.pick(["segment_to_hubspot", "hubspot_to_segment"])),
            "changed_properties": Many(
                G(lambda f: f.pick(["email", "mobilephone", "zip", "donor_tier", "last_donation_date"])), 3
            ),
            "record_owner_email": Y(lambda f: f.staff()["work_email"], "email"),
            "duration_ms": G(lambda f: f.r.randint(80, 2400)),
            "batch_id": G(lambda f: f.uuid()),
        },
        0.7,
    ),
    (
        "identify",
        None,
        ["python"],
        ["US", "DE"],
        {
            "DONOR_ID": G(cur("donor_id")),
            "EMAIL_ADDRESS": Y(cur("email"), "email"),
            "FIRST_NAME": Y(cur("first"), "name"),
            "LAST_NAME": Y(cur("last"), "name"),
            "HOME_POSTAL_CODE": Y(cur("zip"), "zipcode"),
            "LAST_DONATION_DATE": G(lambda f: f.date(2023, 2024)),
            "TOTAL_DONATIONS": G(lambda f: f.r.randint(0, 150)),
            "BLOOD_TYPE": Y(lambda f: f.pick(["O+", "O-", "A+", "B+"]), "condition|diagnosis"),
            "CMV_NEGATIVE": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
            "DONOR_SEGMENT": G(lambda f: f.pick(["HIGH_FREQ", "LAPSED_90", "NEW_30D", "AT_RISK"])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
            "HOME_CENTRE_ID": G(lambda f: f.centre()[0]),
            "AGE_BAND": G(lambda f: f.pick(["18_24", "25_34", "35_44", "45_54", "55_PLUS"])),
            "SMS_CONSENT": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
        0.8,
    ),
    # -- payments and tax (go) ------------------------------------------------------------------------
    (
        "track",
        "Donor Payment Loaded",
        ["go"],
        ["US"],
        {
            "payment_id": G(lambda f: "pay_" + f.alnum(16)),
            "donor_id": G(cur("donor_id")),
            "donation_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([30, 45, 50, 70, 100, 125])),
            "currency": G(lambda f: "USD"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_token": RED(lambda f: "crd_" + f.alnum(24), "token"),
            "card_program": G(lambda f: "Vitalis Rewards Prepaid"),
            "processor": G(lambda f: f.pick(["payvision_us", "greenfield_cards"])),
            "processor_ref": G(lambda f: f.digits(12)),
            "bonus_applied": G(lambda f: f.pick([True, False])),
            "promo_code": G(lambda f: f.pick(["", "NEWDONOR", "SUMMER50"])),
            "loaded_at": G(lambda f: f.iso()),
            "ytd_compensation": G(lambda f: f.r.randint(50, 5200)),
        },
        1.2,
    ),
    (
        "track",
        "W9 Submitted",
        ["go"],
        ["US"],
        {
            "tin": RED(lambda f: f.ssn(), "social security number"),
            "tin_type": G(lambda f: "SSN"),
            "legal_name": Y(lambda f: f.full(), "name"),
            "tax_address": Y(
                lambda f: f"{f.cur['street']}, {f.cur['city']}, {f.cur['state']} {f.cur['zip']}", "address"
            ),
            "backup_withholding": G(lambda f: f.pick([False, False, True])),
            "signed_at": G(lambda f: f.iso()),
            "threshold_reached": G(lambda f: f.pick([True, False])),
            "form_version": G(lambda f: "Rev. March 2024"),
        },
        0.6,
    ),
    # -- lab system (java) ----------------------------------------------------------------------------
    (
        "track",
        "Lab Result Released",
        ["java"],
        ["US", "DE", "BR"],
        {
            "donationId": G(lambda f: f.uuid()),
            "din": G(lambda f: f.din()),
            "labId": G(lambda f: f.pick(["LAB-HOU", "LAB-FRA", "LAB-SP"])),
            "testPanel": G(lambda f: f.pick(["NAT_HIV_HCV_HBV", "SEROLOGY_BASIC", "ABO_RH", "FERRITIN"])),
            "testName": G(lambda f: f.pick(["HIV-1/2 Ab", "HBsAg", "Anti-HCV", "Syphilis TPHA", "Ferritin"])),
            "resultStatus": Y(
                lambda f: f.pick(
                    ["non_reactive", "non_reactive", "non_reactive", "reactive", "indeterminate"]
                ),
                "condition|diagnosis",
            ),
            "ferritinNgMl": Y(lambda f: f.r.randint(8, 320), "condition|diagnosis"),
            "aboGroup": Y(lambda f: f.pick(["O", "A", "B", "AB"]), "condition|diagnosis"),
            "rhD": Y(lambda f: f.pick(["POS", "NEG"]), "condition|diagnosis"),
            "analyzerSerial": G(lambda f: "HC" + f.digits(7)),
            "releasedAt": G(lambda f: f.iso()),
            "turnaroundHours": G(lambda f: f.r.randint(6, 72)),
            "donorDateOfBirth": Y(cur("dob"), "birthdate"),
            "donorSex": Y(cur("sex"), "sex|gender"),
            "lookbackTriggered": G(lambda f: f.pick([False, False, False, True])),
        },
        1,
    ),
    # -- referral service (ruby) ------------------------------------------------------------------------
    (
        "track",
        "Referral Reward Earned",
        ["ruby"],
        ["US", "DE"],
        {
            "referrer_donor_id": G(cur("donor_id")),
            "referred_donor_id": G(lambda f: f.donor_id()),
            "referred_first_name": Y(lambda f: f.other()["first"], "name"),
            "reward_amount": G(lambda f: f.pick([20, 25, 50])),
            "reward_currency": G(lambda f: CURRENCY[f.cur["country"]]),
            "qualifying_donations": G(lambda f: f.pick([1, 2])),
            "payout_status": G(lambda f: f.pick(["pending", "loaded", "failed"])),
            "referral_code": G(lambda f: f.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
        0.8,
    ),
    # -- German backend (.NET) --------------------------------------------------------------------------
    (
        "identify",
        None,
        ["dotnet"],
        ["DE"],
        {
            "SpenderNummer": G(cur("donor_id")),
            "Vorname": Y(cur("first"), "name"),
            "Nachname": Y(cur("last"), "name"),
            "Geburtsdatum": Y(lambda f: ".".join(reversed(f.cur["dob"].split("-"))), "birthdate"),
            "Strasse": Y(cur("streetname"), "street|address"),
            "Hausnummer": Y(cur("house"), "address|street"),
            "Postleitzahl": Y(cur("zip"), "zipcode"),
            "Ort": Y(cur("city"), "city"),
            "Bundesland": G(cur("state")),
            "Telefon": Y(cur("phone"), "phone"),
            "EMail": Y(cur("email"), "email"),
            "Geschlecht": Y(lambda f: f.pick(["weiblich", "männlich", "divers"]), "gender"),
            "Staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "syrisch"]), "citizenship"
            ),
            "PersonalausweisNummer": RED(lambda f: f.ausweis(), "national id"),
            "Blutgruppe": Y(
                lambda f: f.pick(["0 Rh+", "A Rh+", "A Rh-", "B Rh+", "AB Rh-"]), "condition|diagnosis"
            ),
            "Spenderausweis": G(lambda f: f.digits(10)),
            "Erstspender": G(lambda f: f.pick([True, False])),
            "LetzteSpende": G(lambda f: f.date(2023, 2024)),
            "AnzahlSpenden": G(lambda f: f.r.randint(0, 120)),
            "NewsletterEinwilligung": G(lambda f: f.pick([True, False])),
            "Familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden"])),
        },
        1,
    ),
    (
        "track",
        "Aufwandsentschaedigung Ausgezahlt",
        ["dotnet"],
        ["DE"],
        {
            "SpenderNummer": G(cur("donor_id")),
            "SpendeId": G(lambda f: f.uuid()),
            "Betrag": G(lambda f: f.pick([25.0, 28.0, 30.0, 35.0])),
            "Waehrung": G(lambda f: "EUR"),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": G(lambda f: f.pick(["COLSDE33XXX", "DEUTDEDBXXX", "INGDDEFFXXX", "BYLADEM1001"])),
            "Kontoinhaber": Y(lambda f: f.full(), "name"),
            "Verwendungszweck": G(lambda f: f"Aufwandsentschaedigung Spende Nr. {f.digits(7)}"),
            "AusgezahltAm": G(lambda f: f.iso()),
            "Zahlungsstatus": G(lambda f: f.pick(["ausgefuehrt", "abgelehnt", "in_bearbeitung"])),
            "SepaMandatReferenz": G(lambda f: "VIT-" + f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Termin Storniert",
        ["dotnet"],
        ["DE"],
        {
            "TerminId": G(lambda f: f.uuid()),
            "Zentrum": G(lambda f: f.centre()[1]),
            "Grund": G(lambda f: f.pick(["Terminkonflikt", "Urlaub", "Arbeit", "Verkehr", "Sonstiges"])),
            "StorniertAm": G(lambda f: f.iso()),
            "StundenVorTermin": G(lambda f: f.r.randint(1, 96)),
            "Kanal": G(lambda f: f.pick(["App", "Web", "Telefon"])),
        },
        0.7,
    ),
    # -- Brazilian hemocentro site (php) -------------------------------------------------------------------
    (
        "identify",
        None,
        ["php"],
        ["BR"],
        {
            "nome_completo": Y(lambda f: f.full(), "name"),
            "nome_mae": Y(lambda f: f.full(f.other()), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "cartao_sus": RED(lambda f: f.cns(), "health id"),
            "data_nascimento": Y(lambda f: "/".join(reversed(f.cur["dob"].split("-"))), "birthdate"),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "raca_cor": Y(
                lambda f: f.pick(["parda", "branca", "preta", "amarela", "indígena"]), "race|ethnicity"
            ),
            "telefone_celular": Y(cur("phone"), "phone"),
            "email": Y(cur("email"), "email"),
            "endereco": {
                "logradouro": Y(cur("streetname"), "street|address"),
                "numero": Y(cur("house"), "address|street"),
                "complemento": Y(cur("line2"), "address|street"),
                "bairro": Y(cur("bairro"), "address|street"),
                "cidade": Y(cur("city"), "city"),
                "uf": G(cur("state")),
                "cep": Y(cur("zip"), "zipcode"),
            },
            "tipo_sanguineo": Y(lambda f: f.pick(["O+", "O-", "A+", "B+", "AB-"]), "condition|diagnosis"),
            "profissao": G(lambda f: f.pick(["professora", "motorista", "estudante", "enfermeiro"])),
            "estado_civil": G(lambda f: f.pick(["solteiro(a)", "casado(a)", "união estável"])),
            "doador_medula": G(lambda f: f.pick([True, False])),
            "primeira_doacao": G(lambda f: f.pick([True, False])),
            "hemocentro": G(lambda f: f.centre()[1]),
        },
        1,
    ),
    (
        "track",
        "doacao_agendada",
        ["php"],
        ["BR"],
        {
            "agendamento_id": G(lambda f: int(f.digits(7))),
            "hemocentro": G(lambda f: f.centre()[1]),
            "data_hora": G(lambda f: f.iso()),
            "tipo_doacao": G(lambda f: f.pick(["sangue_total", "plaquetas_aferese", "reposicao"])),
            "reposicao": {
                "nome_paciente": Y(lambda f: f.full(f.other()), "name"),
                "hospital": G(
                    lambda f: f.pick(
                        ["Hospital das Clínicas", "Santa Casa de Misericórdia", "Hospital Português"]
                    )
                ),
                "prontuario": RED(lambda f: f.digits(f.pick([7, 8])), "health id"),
                "leito": G(lambda f: f.pick(["UTI-04", "312B", "Enf. 7"])),
            },
            "canal": G(lambda f: f.pick(["site", "whatsapp", "telefone"])),
            "lembrete_whatsapp": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "atestado_emitido",
        ["php"],
        ["BR"],
        {
            "atestado_id": G(lambda f: "AT-" + f.digits(8)),
            "empregador": G(
                lambda f: f.pick(["Petrobras", "Magazine Luiza", "Prefeitura do Recife", "Itaú Unibanco"])
            ),
            "cnpj_empregador": G(lambda f: f.cnpj()),
            "data_doacao": G(lambda f: f.date(2024, 2024)),
            "horas_abono": G(lambda f: f.pick([4, 8])),
            "enviado_por_email": G(lambda f: f.pick([True, False])),
        },
        0.8,
    ),
    # -- added paths: direct deposit, German and Brazilian screening, contact forms -----------------------
    (
        "track",
        "Direct Deposit Enrolled",
        ["go"],
        ["US"],
        {
            "enrollment_id": G(lambda f: "dd_" + f.alnum(14)),
            "donor_id": G(cur("donor_id")),
            "routing_number": G(
                lambda f: f.pick(["111000025", "113000023", "061000104", "122105155", "021000021"])
            ),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: f.full(), "name"),
            "bank_name": G(lambda f: f.pick(["Wells Fargo", "Chase", "Bank of America", "Frost Bank"])),
            "verification_method": G(lambda f: f.pick(["micro_deposits", "instant"])),
        },
        0.7,
    ),
    (
        "track",
        "Spende Abgeschlossen",
        ["dotnet"],
        ["DE"],
        {
            "SpenderNummer": G(cur("donor_id")),
            "SpendeId": G(lambda f: f.uuid()),
            "Spendeart": G(lambda f: f.pick(["Plasmapherese", "Vollblut", "Thrombozytapherese"])),
            "HbWert": Y(lambda f: round(f.r.uniform(12.0, 17.5), 1), "condition|diagnosis"),
            "Blutdruck": Y(
                lambda f: f"{f.r.randint(100, 175)}/{f.r.randint(60, 100)}", "condition|diagnosis"
            ),
            "Puls": Y(lambda f: f.r.randint(50, 105), "condition|diagnosis"),
            "GewichtKg": Y(lambda f: f.r.randint(52, 130), "condition|diagnosis"),
            "Koerpertemperatur": Y(lambda f: round(f.r.uniform(36.1, 37.8), 1), "condition|diagnosis"),
            "SpendenvolumenMl": G(lambda f: f.r.randint(600, 880)),
            "FreigabeArzt": Y(lambda f: "Dr. " + f.full(f.cur["staff"]), "name"),
            "Spendezentrum": G(lambda f: f.centre()[1]),
            "Abgeschlossen": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "triagem_inaptidao_registrada",
        ["php"],
        ["BR"],
        {
            "doacao_id": G(lambda f: int(f.digits(8))),
            "hemoglobina": Y(lambda f: round(f.r.uniform(12.0, 17.5), 1), "condition|diagnosis"),
            "pressao_arterial": Y(
                lambda f: f"{f.r.randint(10, 16)}x{f.r.randint(6, 10)}", "condition|diagnosis"
            ),
            "peso_kg": Y(lambda f: round(f.r.uniform(50, 120), 1), "condition|diagnosis"),
            "inapto_ate": G(lambda f: f.date(2024, 2025)),
            "motivo_inaptidao": Y(
                lambda f: f.pick(
                    ["anemia", "hipertensão", "gripe recente", "uso de antibiótico", "gestação"]
                ),
                "condition|diagnosis",
            ),
            "medico_responsavel": Y(lambda f: "Dr(a). " + f.full(f.cur["staff"]), "name"),
            "crm_medico": Y(
                lambda f: f"CRM-{f.cur['state']} {f.r.randint(10000, 199999)}", "license|certificate"
            ),
            "hemocentro": G(lambda f: f.centre()[1]),
        },
        1,
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        ["US", "DE", "BR"],
        {
            "topic": G(lambda f: f.pick(["payment_issue", "appointment", "eligibility", "feedback"])),
            "full_name": Y(lambda f: f.full(), "name"),
            "email": Y(cur("email"), "email"),
            "phone": Y(cur("phone"), "phone"),
            "preferred_contact": G(lambda f: f.pick(["email", "phone", "whatsapp"])),
            "message_length": G(lambda f: f.r.randint(20, 900)),
        },
        0.7,
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        ["US", "DE", "BR"],
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "requester": {
                "name": Y(lambda f: f.full(), "name"),
                "email": Y(cur("email"), "email"),
                "locale_id": G(lambda f: f.pick([1, 8, 19])),
            },
            "subject": G(
                lambda f: f.pick(
                    ["Card not loaded", "Termin verschieben", "Atestado não chegou", "Bonus missing"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["payments", "app", "de", "br", "us", "vip"])), 3),
            "via_channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"])),
            "assignee_id": G(lambda f: int(f.digits(11))),
        },
        0.7,
    ),
    (
        "track",
        "Walk-in Donor Registered",
        ["drives"],
        ["US", "DE"],
        {
            "driveId": G(lambda f: "BD-" + f.digits(6)),
            "registrationId": G(lambda f: f.uuid()),
            "donorFirstName": Y(cur("first"), "name"),
            "donorLastName": Y(cur("last"), "name"),
            "donorDob": Y(cur("dob"), "birthdate"),
            "donorMobile": Y(cur("phone"), "phone"),
            "donorEmail": Y(cur("email"), "email"),
            "donorZip": Y(cur("zip"), "zipcode"),
            "employeeOfHost": G(lambda f: f.pick([True, False])),
            "offline": G(lambda f: f.pick([True, False, False])),
            "queuedForSyncMs": G(lambda f: f.r.randint(0, 600000)),
        },
        0.7,
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        ["US"],
        {
            "type": G(lambda f: f.pick(["inquiry.completed", "inquiry.approved", "inquiry.failed"])),
            "data": {
                "id": G(lambda f: "inq_" + f.alnum(24)),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "approved", "failed", "needs_review"])),
                    "reference-id": G(cur("donor_id")),
                    "name-first": Y(cur("first"), "name"),
                    "name-last": Y(cur("last"), "name"),
                    "birthdate": Y(cur("dob"), "birthdate"),
                    "address-street-1": Y(cur("street"), "address|street"),
                    "address-city": Y(cur("city"), "city"),
                    "address-subdivision": G(cur("state")),
                    "address-postal-code": Y(cur("zip"), "zipcode"),
                    "identification-number": RED(lambda f: f.id_document(), "national id|passport|license"),
                    "created-at": G(lambda f: f.iso()),
                    "completed-at": G(lambda f: f.iso()),
                },
            },
            "template_id": G(lambda f: "itmpl_" + f.alnum(24)),
        },
        0.7,
    ),
]


# -- build --------------------------------------------------------------------------------------------

PAGES = {
    "US": [
        ("/book", "Book a Plasma Donation | Vitalis", "https://www.vitalis-plasma.com"),
        ("/rewards/shop", "Rewards Shop", "https://www.vitalis-plasma.com"),
    ],
    "DE": [
        ("/termin", "Termin buchen | Vitalis Plasma", "https://www.vitalis-plasma.de"),
        ("/spenden/ablauf", "So läuft die Spende ab", "https://www.vitalis-plasma.de"),
    ],
    "BR": [
        ("/agendar", "Agende sua doação | Hemocentro Vitalis", "https://www.hemovitalis.org.br"),
        ("/quem-pode-doar", "Quem pode doar", "https://www.hemovitalis.org.br"),
    ],
}


def build(seed: int, repeats: int):
    f = DonorFake(seed)
    labels: dict[str, dict] = {}
    events = []
    contexts = {name: make() for name, make in CONTEXTS.items()}
    for kind, name, clients, countries, body, weight in EVENTS:
        for _ in range(round(repeats * weight)):
            country = f.pick(countries)
            f.cur = f.person(country)
            f.cur["donor_id"] = f.donor_id()
            f.cur["staff"] = f.staff()
            f.cur["field"] = f.pick(["email", "phone"])
            f.cur["page"] = f.pick(PAGES[country])
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("flutter_ios", "flutter_android", "web", "kiosk", "screening", "drives"):
                msg["anonymousId"] = f.uuid()
                msg["sentAt"] = msg["timestamp"]
            msg["userId"] = (
                f.cur["donor_id"] if client not in ("screening", "drives") else "EMP" + f.digits(5)
            )
            if kind == "track":
                msg["event"] = name
            elif kind in ("screen", "page"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(contexts[client], f, "context", labels)
            msg["integrations"] = (
                {"All": True} if f.r.random() < 0.8 else {"All": True, "Facebook Conversions API": False}
            )
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=192, repeats=40)
    write(Path(__file__).parent, "holdout192_", events, labels)
