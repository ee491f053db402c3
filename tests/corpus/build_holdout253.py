"""Writes holdout253: tests/corpus/holdout253_events.jsonl and holdout253_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for its format) and the
reference's matcher table only, without reading the detection engine, its vocabularies, its
tests or any other corpus's labels, and without running the engine on these events.

Domain: a household-survey and census data-collection platform (CAPI, in the manner of Survey
Solutions and ODK/KoboToolbox) used by statistics offices in Nepal, Peru and Ethiopia.
Enumerators' Android tablets (analytics-kotlin), iPads (analytics-swift) and a listing app
(flutter) sync interviews; a respondents' self-response census site and the headquarters
dashboard run analytics.js; a panel respondents' app runs analytics-react-native; server
libraries (python, node, go, java, ruby, php, .NET) send the sync server's, payment service's,
SMS gateway's, publications shop's and Survey Solutions-style headquarters' events. Covered:
household rosters (names, relationship to head, age, sex, education, disability, ethnicity and
caste, mother tongue, religion, national ids), dwelling GPS points and photos, consent and
signatures, callbacks with respondents' phones, income, employment, assets, health and child
anthropometry, mortality, migrants' documents and status, supervisors' reviews, enumerators'
identities, pay and bank accounts, tablets' hardware ids, a KoboToolbox REST-service payload, a
Twilio SMS webhook, a reverse-ETL sync from a warehouse, a publications and microdata shop
(e-commerce spec), travel for field staff.

Conventions: mostly snake_case and camelCase; PascalCase from the .NET headquarters and Twilio;
kebab-case from one Node service; SCREAMING_SNAKE from the warehouse sync; Spanish (Peru),
romanised Nepali and romanised Amharic questionnaire keys; coded variables (q101, hh_02) and
Kobo's group/question keys with slashes. Values are country-coherent per event: Nepali,
Peruvian (two surnames) and Ethiopian (given, father's, grandfather's name) names; national
phone formats; Bikram Sambat and Ethiopian-calendar birth dates next to Gregorian ones; DNI,
carné de extranjería, Nepali citizenship certificate, Fayda and kebele id numbers; Peruvian CCI,
Ethiopian and Nepali bank accounts, IBANs with mod-97 check digits, Luhn-valid cards.

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- Each leaf path: classification, type (the reference's matcher name, or bank account,
  geolocation, secret, national id, health id, advertising id, political opinion, trade union;
  `a|b` when either name is fair) and value_only (the key does not say what the value is).
- PII when the values are personal data about a natural person: the user, respondents, household
  members, children, the deceased, enumerators, supervisors, consultants, travellers. Colour: the
  reference's default for the matcher; outside it, red for secrets/tokens, card numbers, bank
  accounts, government and health ids; yellow otherwise.
- Green: ids the platform or the office issues (interview, assignment, household, EA codes,
  asset tags, usernames issued as `int_xxx_0412`, confirmation numbers), versions, timestamps,
  hashes of files, amounts other than pay, enums, counters and booleans under PII-sounding keys,
  product / plan / company / employer / hotel names, country, province / department / region /
  district / woreda, locale, language, timezone, currency, user agents, OS-issued device ids.
  Card brand, last four, BIN, expiry, SWIFT/BIC and bank branch codes are green.
- Published policy: green for member / frequent-flyer numbers, ages, marital status, job titles,
  employers, a business's own phones and mailboxes (the office's caller id and SMS number,
  billing@ / support@); yellow for insurers' member numbers (`identification`), pay and daily
  rates (`salary`), vehicle plates (`license`), gclid/fbclid (`advertising id`), billing and
  home addresses (`address`), party preference (`political opinion`), union membership
  (`trade union`); red for payment-method tokens, one-time codes and PINs, reset-link tokens,
  a health post's clinical-record number (`health id`), identity documents' numbers (`national
  id` / `passport`), migration status and work permits (`visa`).
- Special categories as booleans or enums are PII of that category: pregnancy, chronic illness,
  recent diarrhoea or fever, oedema and nutrition status (`condition`); Washington Group
  disability answers (`disability`, red); ex-army status (`veteran`, red); religion, ethnicity
  and caste (yellow).
- value_only PII paths hold that PII in every value; free text is labelled by what every one of
  its values carries, green when none carries PII (no path here mixes PII and clean values).
Rules chosen where the brief is silent (what a careful privacy owner would want flagged):
- The household's municipality / district-of-residence name (Peru's distrito, Nepal's palika,
  an Ethiopian town) is the person's `city` (yellow); numeric ward, kebele and EA codes and the
  6-digit ubigeo are administrative codes (green); larger units are state-like (green).
- A house number or a Peruvian address `referencia` is the person's `address`.
- A person's mother tongue and the interview language are languages: green.
- Raw body measurements (weight, height, MUAC, age in months) are green; a status or sign that
  states a condition (oedema, SAM/MAM) is `condition`; a death's cause is `diagnosis|condition`.
- Photos of the dwelling and signature images are `photo`. Birth-registration certificate
  numbers are identity-document numbers: red `national id|certificate`.
- Tablets assigned to one enumerator: IMEI, serial, SIM ICCID (`serial`) and Wi-Fi MAC (`mac`)
  are yellow; the office's asset tags and shared equipment ids (scales) are green.
- Cloud storage keys and API bearer tokens are red (`secret` / `token`); an FCM push token too.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- country-coherent values --------------------------------------------------------------------

NP_GIVEN = [
    "Sita",
    "Gita",
    "Ram Bahadur",
    "Hari Prasad",
    "Krishna",
    "Bishnu Maya",
    "Sunita",
    "Anita",
    "Pasang",
    "Dawa",
    "Lhakpa",
    "Kamala",
    "Saraswati",
    "Bikash",
    "Suman",
    "Prakash",
    "Dil Kumari",
    "Man Bahadur",
    "Rita",
    "Sabina",
    "Nirmala",
    "Rajesh",
    "Mohammad Sahid",
    "Aaisha",
    "Januka",
]
NP_SURNAME = [
    "Gurung",
    "Tamang",
    "Thapa",
    "Magar",
    "Rai",
    "Limbu",
    "Sherpa",
    "Shrestha",
    "Maharjan",
    "Sharma",
    "Adhikari",
    "Poudel",
    "Khadka",
    "Karki",
    "Bhattarai",
    "Yadav",
    "Chaudhary",
    "B.K.",
    "Pariyar",
    "Ansari",
    "Shah",
    "Lama",
    "Dahal",
    "Thapa Magar",
]
PE_GIVEN = [
    "Juan Carlos",
    "María Elena",
    "Rosa",
    "Luis Alberto",
    "Carmen",
    "Jorge",
    "Ana Lucía",
    "Pedro",
    "Flor de María",
    "Wilber",
    "Yesenia",
    "Edwin",
    "Nélida",
    "Hilda",
    "Percy",
    "Maribel",
    "Julio César",
    "Gladys",
    "Teodoro",
    "Mariela",
    "Yorgelis",
    "Deivis",
    "Sonia",
]
PE_SURNAME = [
    "Quispe",
    "Mamani",
    "Huamán",
    "Condori",
    "Flores",
    "Chávez",
    "Rojas",
    "Vargas",
    "Ramos",
    "Gutiérrez",
    "Sánchez",
    "Torres",
    "Ccori",
    "Apaza",
    "Choque",
    "Cusi",
    "Ticona",
    "Paredes",
    "Díaz",
    "Castillo",
    "Huanca",
    "Ñaupari",
    "Pérez",
]
ET_GIVEN = [
    "Abebe",
    "Tigist",
    "Mulugeta",
    "Hiwot",
    "Dawit",
    "Selamawit",
    "Getachew",
    "Meseret",
    "Yohannes",
    "Almaz",
    "Chaltu",
    "Gemechu",
    "Fatuma",
    "Kedir",
    "Aster",
    "Bereket",
    "Mekdes",
    "Lemlem",
    "Tsehay",
    "Worku",
    "Ayana",
    "Jemal",
    "Birtukan",
    "Hana",
    "Tewodros",
]
ET_FATHER = [
    "Bekele",
    "Haile",
    "Tesfaye",
    "Girma",
    "Alemu",
    "Gemechu",
    "Kebede",
    "Tadesse",
    "Mohammed",
    "Worku",
    "Negash",
    "Desta",
    "Woldemariam",
    "Ayele",
    "Mekonnen",
    "Assefa",
    "Abdi",
    "Tolossa",
]
CITIES = {
    "NP": [
        "Kathmandu",
        "Lalitpur",
        "Pokhara",
        "Biratnagar",
        "Kirtipur",
        "Bharatpur",
        "Dhangadhi",
        "Butwal",
        "Janakpur",
        "Hetauda",
        "Birendranagar",
    ],
    "PE": [
        "Villa El Salvador",
        "San Juan de Lurigancho",
        "Juliaca",
        "Puno",
        "Ayacucho",
        "Iquitos",
        "Cusco",
        "Huancayo",
        "Comas",
        "Ate",
        "Chimbote",
    ],
    "ET": [
        "Addis Ababa",
        "Bahir Dar",
        "Adama",
        "Hawassa",
        "Mekelle",
        "Dire Dawa",
        "Jimma",
        "Gondar",
        "Dessie",
        "Shashemene",
    ],
}
REGIONS = {
    "NP": ["Bagmati", "Gandaki", "Koshi", "Lumbini", "Madhesh", "Karnali", "Sudurpashchim"],
    "PE": ["Lima", "Puno", "Cusco", "Loreto", "Ayacucho", "Junín", "Áncash"],
    "ET": ["Oromia", "Amhara", "Tigray", "Sidama", "Somali", "Addis Ababa", "Central Ethiopia"],
}
DISTRICTS = {
    "NP": ["Kathmandu", "Kaski", "Morang", "Jhapa", "Rupandehi", "Dolakha", "Humla", "Sindhupalchok"],
    "PE": ["Lima", "San Román", "Huamanga", "Maynas", "Huancayo", "Santa", "Cusco"],
    "ET": ["Yeka", "Bole", "Adama Zuria", "Bahir Dar Zuria", "Hawassa Zuria", "Jimma Arjo", "Dessie"],
}
LOCALES = {
    "NP": ["ne-NP", "en-NP", "en-US"],
    "PE": ["es-PE", "es-419", "qu-PE"],
    "ET": ["am-ET", "en-ET", "om-ET"],
}
TZ = {"NP": "Asia/Kathmandu", "PE": "America/Lima", "ET": "Africa/Addis_Ababa"}
CARRIERS = {
    "NP": ["Ncell", "Nepal Telecom", "NTC"],
    "PE": ["Claro", "Movistar", "Entel", "Bitel"],
    "ET": ["Ethio telecom", "Safaricom ET", "ethio telecom"],
}
CURRENCY = {"NP": "NPR", "PE": "PEN", "ET": "ETB"}
BANKS = {
    "NP": ["Nabil Bank", "Nepal Investment Mega Bank", "Rastriya Banijya Bank", "Global IME Bank"],
    "PE": ["BCP", "Interbank", "Banco de la Nación", "BBVA Perú"],
    "ET": ["Commercial Bank of Ethiopia", "Awash Bank", "Dashen Bank", "Bank of Abyssinia"],
}
OFFICE = {"NP": "National Statistics Office Nepal", "PE": "INEI", "ET": "Ethiopian Statistics Service"}
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]
STAFF_DOMAINS = {"NP": "nso.example.gov.np", "PE": "inei.example.gob.pe", "ET": "ess.example.gov.et"}
QUESTIONNAIRES = [
    "NLSS IV Household",
    "ENAHO 2024 Módulo 100-200",
    "ESS LSMS-ISA Wave 5",
    "Censo Nacional 2025 Piloto",
    "Nepal Census Listing 2078",
    "ENDES 2024 Hogar",
]
EDU = ["none", "primary", "lower secondary", "secondary", "bachelor", "master"]


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Census(Fake):
    """Fake values coherent with the country set per message (`country`)."""

    country = "NP"

    def given(self) -> str:
        return self.pick({"NP": NP_GIVEN, "PE": PE_GIVEN, "ET": ET_GIVEN}[self.country])

    def surname(self) -> str:
        return self.pick({"NP": NP_SURNAME, "PE": PE_SURNAME, "ET": ET_FATHER}[self.country])

    def person(self) -> str:
        if self.country == "PE":
            return f"{self.given()} {self.surname()} {self.surname()}"
        if self.country == "ET":
            return f"{self.given()} {self.pick(ET_FATHER)} {self.pick(ET_FATHER)}"
        return f"{self.given()} {self.surname()}"

    def staff(self) -> str:
        return self.person() if self.r.random() < 0.8 else self.full_name()

    def mail(self, name: str | None = None) -> str:
        parts = plain(name or self.person()).lower().replace(".", "").split()
        user = self.pick([".", "_", ""]).join(parts[:2])
        if self.r.random() < 0.6:
            user += str(self.r.randint(1, 99))
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def staff_mail(self) -> str:
        parts = plain(self.person()).lower().replace(".", "").split()
        return f"{parts[0][0]}{parts[-1]}@{STAFF_DOMAINS[self.country]}"

    def mobile(self) -> str:
        r = self.r
        if self.country == "NP":
            n = f"{self.pick(['984', '985', '986', '980', '981', '982', '976'])}{r.randint(1000000, 9999999)}"
            return self.pick([f"+977 {n}", n, f"+977-{n}", f"{n[:5]} {n[5:]}"])
        if self.country == "PE":
            n = f"9{r.randint(10000000, 99999999)}"
            return self.pick([f"+51 {n[:3]} {n[3:6]} {n[6:]}", n, f"+51{n}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        n = f"{self.pick(['91', '92', '93', '94', '70', '71'])}{r.randint(1000000, 9999999)}"
        return self.pick(
            [f"+251 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+251-{n[:2]}-{n[2:5]}-{n[5:]}", f"251{n}"]
        )

    def office_phone(self) -> str:
        return {"NP": "+977-1-4245946", "PE": "+51 1 433 4223", "ET": "+251 11 155 3011"}[self.country]

    def national_id(self) -> str:
        r = self.r
        if self.country == "PE":
            return f"{r.randint(0, 7)}{r.randint(1000000, 9999999)}"
        if self.country == "NP":
            return self.pick(
                [
                    f"{r.randint(1, 77):02d}-{r.randint(1, 3):02d}-{r.randint(60, 80)}-"
                    f"{r.randint(1, 99999):05d}",
                    f"{r.randint(100, 999)}/{r.randint(1000, 9999)}",
                    f"{r.randint(1000000000, 9999999999)}",
                ]
            )
        fan = "".join(str(r.randint(0, 9)) for _ in range(16))
        return self.pick([" ".join(fan[i : i + 4] for i in range(0, 16, 4)), fan, fan[:12]])

    def passport(self) -> str:
        r = self.r
        return {
            "NP": f"{r.randint(10000000, 19999999)}",
            "PE": f"{r.randint(100000000, 129999999)}",
            "ET": f"EP{r.randint(1000000, 9999999)}",
        }[self.country]

    def bank_account(self) -> str:
        r = self.r
        if self.country == "PE":
            return self.pick(
                [
                    f"{r.randint(190, 194)}-{r.randint(10000000, 99999999)}-0-{r.randint(10, 99)}",
                    f"04-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
                ]
            )
        if self.country == "ET":
            return self.pick(
                [f"1000{r.randint(100000000, 999999999)}", f"0132{r.randint(1000000000, 9999999999)}"]
            )
        return self.pick([f"0{r.randint(1000000000000, 9999999999999)}", f"{r.randint(10**15, 10**16 - 1)}"])

    def cci(self) -> str:
        r = self.r
        raw = f"00{self.pick(['2', '3', '9', '11'])}".ljust(3, "0")[:3] + f"{r.randint(100, 999)}"
        raw += f"{r.randint(10**11, 10**12 - 1)}{r.randint(10, 99)}"
        return self.pick([raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:18]}-{raw[18:]}"])

    def birthdate(self, start=1940, end=2006) -> str:
        r = self.r
        if self.country == "NP":  # Bikram Sambat, about 56.7 years ahead
            return f"{r.randint(start + 57, end + 56)}-{r.randint(1, 12):02d}-{r.randint(1, 32):02d}"
        if self.country == "ET":  # Ethiopian calendar, 13 months, about 8 years behind
            month = r.randint(1, 13)
            day = r.randint(1, 5 if month == 13 else 30)
            return f"{day:02d}/{month:02d}/{r.randint(start - 8, end - 7)}"
        return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(start, end)}"

    def lat(self) -> float:
        lo, hi = {"NP": (26.4, 30.4), "PE": (-18.3, -0.1), "ET": (3.5, 14.8)}[self.country]
        return round(self.r.uniform(lo, hi), self.pick([5, 6, 7]))

    def lon(self) -> float:
        lo, hi = {"NP": (80.1, 88.2), "PE": (-81.3, -68.7), "ET": (33.0, 47.9)}[self.country]
        return round(self.r.uniform(lo, hi), self.pick([5, 6, 7]))

    def home_city(self) -> str:
        return self.pick(CITIES[self.country])

    def region(self) -> str:
        return self.pick(REGIONS[self.country])

    def district(self) -> str:
        return self.pick(DISTRICTS[self.country])

    def address(self) -> str:
        r = self.r
        if self.country == "NP":
            tole = self.pick(["Naya Bazar", "Chabahil", "Lakeside", "Baneshwor", "Dhalko", "Tinkune"])
            return self.pick(
                [
                    f"{tole} Tole, Ward No. {r.randint(1, 32)}, {self.home_city()}",
                    f"Ghar No. {r.randint(1, 999)}, {tole}-{r.randint(1, 20)}, {self.home_city()}",
                ]
            )
        if self.country == "PE":
            street = self.pick(
                ["Jr. Los Pinos", "Av. Los Incas", "Calle Real", "Jr. Lampa", "Av. Túpac Amaru"]
            )
            return self.pick(
                [
                    f"{street} {r.randint(100, 2999)}, {self.home_city()}",
                    f"Mz. {self.pick('ABCDEFGH')} Lt. {r.randint(1, 40)}, AA.HH. Nuevo Progreso",
                    f"{street} {r.randint(100, 999)} Dpto {r.randint(101, 504)}",
                ]
            )
        sub = self.pick(["Yeka", "Bole", "Kolfe Keranio", "Arada", "Kirkos", "Lideta"])
        return self.pick(
            [
                f"Woreda {r.randint(1, 14):02d}, Kebele {r.randint(1, 20):02d}, "
                f"H.No. {r.randint(1, 3000)}, {sub} Sub-city",
                f"Kebele {r.randint(1, 20):02d}, {self.home_city()}",
                f"{sub} Sub-city, Woreda {r.randint(1, 14)}, House No. {r.randint(100, 2999)}",
            ]
        )

    def ea_code(self) -> str:
        r = self.r
        return f"{r.randint(1, 77):02d}{r.randint(1, 99):02d}{r.randint(1, 999):03d}-{r.randint(1, 60):03d}"

    def hh_id(self) -> str:
        r = self.r
        district, ward = r.randint(1, 77), r.randint(1, 20)
        return f"{self.country}-{district:02d}-{ward:02d}-{r.randint(1, 9999):04d}-{r.randint(1, 30):03d}"

    def username(self) -> str:
        area = {
            "NP": ["ktm", "pkr", "brt", "hmb"],
            "PE": ["lim", "pun", "cus", "ayc"],
            "ET": ["aa", "bdr", "adm", "hws"],
        }
        return f"{self.pick(['int', 'sup'])}_{self.pick(area[self.country])}_{self.r.randint(1, 999):04d}"

    def interview_key(self) -> str:
        return "-".join(f"{self.r.randint(0, 99):02d}" for _ in range(4))

    def photo_name(self) -> str:
        r = self.r
        return f"IMG_2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(70000, 185959)}.jpg"

    def plate(self) -> str:
        r = self.r
        return {
            "NP": f"Ba {r.randint(1, 99)} Pa {r.randint(1000, 9999)}",
            "PE": f"{self.pick('ABCDMVW')}{r.randint(1, 9)}{self.pick('ABCXY')}-{r.randint(100, 999)}",
            "ET": f"3-{self.pick(['AA', 'OR', 'AM'])} {r.randint(10000, 99999)}",
        }[self.country]


def country_of(f: Census) -> str:
    return {"NP": "Nepal", "PE": "Peru", "ET": "Ethiopia"}[f.country]


def pick_by_country(**options):
    return lambda f: f.pick(options[f.country])


# -- contexts sent by the client libraries ----------------------------------------------------------


def location_block():
    return {
        "latitude": Y(lambda f: f.lat(), "geolocation"),
        "longitude": Y(lambda f: f.lon(), "geolocation"),
        "speed": G(lambda f: f.pick([0.0, 1.2, 3.4, 11.8])),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "FieldLedger Interviewer"),
            "version": G(lambda f: f.pick(["24.06.3", "24.06.5", "24.09.1"])),
            "build": G(lambda f: f.pick(["34027", "34051", "35002"])),
            "namespace": G(lambda f: "org.fieldledger.interviewer"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-X200", "SM-T225", "TB-X606F", "AGS3-W09"])),
            "name": G(lambda f: f.pick(["gta8wifi", "gta7litewifi", "X606F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.country])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 1.3312501])),
            "height": G(lambda f: f.pick([1200, 1340, 1920])),
            "width": G(lambda f: f.pick([1920, 800, 1200])),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-X200 Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TB-X606F Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-T225 Build/TP1A.220624.014)",
                ]
            )
        ),
        "location": location_block(),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "name": Y(lambda f: f.staff(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "staff_code": G(lambda f: f"EN-{f.r.randint(1, 2999):04d}"),
            "role": G(lambda f: f.pick(["interviewer", "supervisor", "listing_enumerator"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "FieldLedger Interviewer"),
            "version": G(lambda f: f.pick(["24.6.2", "24.6.4", "24.9.0"])),
            "build": G(lambda f: f.pick(["1187", "1193", "1210"])),
            "namespace": G(lambda f: "org.fieldledger.interviewer.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad12,1", "iPad13,18", "iPad14,1"])),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([810, 820, 744])),
            "height": G(lambda f: f.pick([1080, 1180, 1133])),
        },
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: f"enum_{f.digits(5)}"),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "ESS Listing"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["41", "42", "47"])),
            "namespace": G(lambda f: "et.gov.ess.listing"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Infinix"])),
            "model": G(lambda f: f.pick(["SM-T505", "TECNO KI7", "Infinix X6831"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.1.7"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13"]))},
        "screen": {
            "width": G(lambda f: f.pick([1200, 720, 1080])),
            "height": G(lambda f: f.pick([1920, 1612, 2460])),
            "density": G(lambda f: f.pick([2.0, 1.75, 2.625])),
        },
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "team": G(lambda f: f"ESS-{f.pick(['AA', 'OR', 'AM', 'SD'])}-{f.r.randint(1, 40):02d}"),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Mi Hogar ENAHO"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2", "3.2.4"])),
            "build": G(lambda f: f.pick(["310", "322", "324"])),
            "namespace": G(lambda f: "pe.gob.inei.mihogar"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A145M", "Redmi Note 12", "moto g32", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "devonn", "iPhone"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.country])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.5.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 414])),
            "height": G(lambda f: f.pick([1600, 2400, 896])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]


def web_hq_context():
    pages = ["/hq/interviews", "/hq/map", "/hq/assignments", "/hq/reports/progress", "/hq/users"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://hq.fieldledger.example/hq/interviews",
                        "https://hq.fieldledger.example/login",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?status=Completed", "?team=PUN-03&page=2", "?questionnaire=enaho24"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Interviews · Headquarters", "Map · Headquarters", "Progress report", "Users"]
                )
            ),
            "url": G(lambda f: "https://hq.fieldledger.example" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
    }


def web_census_context():
    pages = ["/", "/ingresar", "/hogar/miembros", "/hogar/vivienda", "/confirmacion"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://m.facebook.com/", "https://www.gob.pe/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=sms&utm_campaign=autoempadronamiento", "?utm_source=radio", "?lang=qu"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Censo en línea", "Ingrese su código", "Miembros del hogar", "Confirmación"]
                )
            ),
            "url": G(lambda f: "https://censo.example.gob.pe" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES[f.country])),
        "timezone": G(lambda f: TZ[f.country]),
        "campaign": {
            "name": G(lambda f: f.pick(["autoempadronamiento", "censo2025", "recordatorio_2"])),
            "source": G(lambda f: f.pick(["sms", "radio", "facebook", "google"])),
            "medium": G(lambda f: f.pick(["sms", "cpc", "social", "offline"])),
            "content": G(lambda f: f.pick(["banner_quechua", "texto_corto", "video_15s"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.0", "3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.4.0", "2.4.2"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    context: dict[str, Any] = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
    }
    if lib in ("node", "go", "php"):
        context["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        context["userAgent"] = G(
            lambda f: f.pick([*WEB_UAS, "okhttp/4.12.0", "FieldLedger/24.06.3 (Android 14)"])
        )
    if lib == "python":
        context["groupId"] = G(lambda f: f"team_{f.r.randint(1, 300):03d}")
    if lib == "dotnet":
        context["traits"] = {
            "UserName": G(lambda f: f.username()),
            "Role": G(lambda f: f.pick(["Headquarter", "Supervisor", "Interviewer"])),
        }
    if lib == "ruby":
        context["traits"] = {"email": Y(lambda f: f.mail(), "email")}
    return context


CONTEXTS = {
    "kotlin": kotlin_context,
    "swift": swift_context,
    "flutter": flutter_context,
    "rn": rn_context,
    "hq": web_hq_context,
    "census": web_census_context,
}


# -- shared fragments ------------------------------------------------------------------------------

REL_NP = ["gharmuli", "srimati", "chhora", "chhori", "buhari", "nati", "aama", "buwa"]
REL_PE = ["Jefe/a", "Esposo/a", "Hijo/a", "Yerno/Nuera", "Nieto/a", "Padre/Madre", "Otro pariente"]
REL_ET = ["head", "spouse", "son", "daughter", "grandchild", "parent", "other relative"]
WG_PE = ["No tiene dificultad", "Sí, alguna dificultad", "Sí, mucha dificultad", "No puede hacerlo"]


def gps(lat="latitude", lon="longitude"):
    return {
        lat: Y(lambda f: f.lat(), "geolocation"),
        lon: Y(lambda f: f.lon(), "geolocation"),
    }


def product():
    return {
        "product_id": G(lambda f: f"pub_{f.r.randint(1000, 9999)}"),
        "sku": G(lambda f: f"{f.pick(['MD', 'PUB', 'MAP'])}-{f.r.randint(2015, 2024)}-{f.r.randint(10, 99)}"),
        "name": G(
            lambda f: f.pick(
                [
                    "ENAHO 2023 microdatos (licencia académica)",
                    "Nepal Living Standards Survey IV - Statistical Report",
                    "Atlas censal de Puno",
                    "ESS Agricultural Sample Survey 2022 Vol. II",
                    "Census 2021 ward profile pack",
                    "Boletín de pobreza monetaria 2023",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["microdata", "report", "maps", "tables"])),
        "price": G(lambda f: f.money(5, 400)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "format": G(lambda f: f.pick(["PDF", "Stata 14", "SPSS", "CSV", "Shapefile"])),
    }


def sms_text(f: Census) -> str:
    name, day = f.person(), f.r.randint(1, 28)
    if f.country == "PE":
        return f.pick(
            [
                f"Estimado/a {name}, el INEI visitará su vivienda el {day}/0{f.r.randint(1, 9)}. Gracias.",
                f"{name}: su entrevista de la ENAHO quedó reprogramada para el sábado a las 10am.",
                f"Hola {name}, complete el censo en https://censo.example.gob.pe con el código de su carta.",
            ]
        )
    if f.country == "NP":
        return f.pick(
            [
                f"Namaste {name} ji, NSO enumerator will visit your house on {day} gate. Dhanyabad.",
                f"Dear {name}, your NLSS interview is rescheduled to Saturday 10am. NSO Nepal",
                f"{name} ji, please keep your citizenship certificate ready for tomorrow's visit.",
            ]
        )
    return f.pick(
        [
            f"Selam {name}, the ESS enumerator will visit your household on {day}. Thank you.",
            f"Dear {name}, your LSMS interview moved to Saturday morning. ESS",
            f"{name}, please be at home tomorrow afternoon for the survey. Amesegnalehu.",
        ]
    )


def callback_note(f: Census) -> str:
    phone = f.mobile()
    options = {
        "NP": [
            f"Head away in Kathmandu, call son on {phone} after 6pm",
            f"Respondent asked to call {phone} before coming, farm work in mornings",
            f"Gharmuli ko chhora: {phone}, beluka phone garnu",
        ],
        "PE": [
            f"Llamar al {phone} (vecina) para coordinar visita",
            f"Esposa trabaja en el mercado, celular {phone}",
            f"Respondent asked to call {phone} before coming, farm work in mornings",
        ],
        "ET": [
            f"Wife's number {phone}, husband works nights",
            f"ስልክ {phone} ከሰዓት በኋላ ይደውሉ",
            f"Call the kebele chairman's son on {phone} to find the house",
        ],
    }
    return f.pick(options[f.country])


def ticket_text(f: Census) -> str:
    mail = f.mail()
    return f.pick(
        [
            f"Tablet stuck on 'Synchronizing', please reset my account and email me at {mail}",
            f"No puedo ingresar con mi usuario {f.username()}, favor de escribir a {mail}",
            f"Assignment missing after sync. Contact {mail}",
            f"GPS question freezes app. Reply to {mail} please",
        ]
    )


def map_label(f: Census) -> str:
    return f"{f.person()} (HH {f.r.randint(1, 40):03d})"


def reject_comment(f: Census) -> str:
    return f.pick(
        [
            "Roster incomplete: check age of member 3",
            "GPS point outside the EA boundary, please recapture",
            "Interview too short (<15 min), verify consumption module",
            "Falta la sección 400 de salud",
            "Age heaping on 30/40/50, confirm with documents",
            "Photo of dwelling missing",
        ]
    )


# -- events ----------------------------------------------------------------------------------------
# (type, event or screen/page name, client, country or None for any, body)

EVENTS: list[tuple[str, str | None, str, str | None, dict]] = [
    # -- enumerators: identity, teams, sign-in ------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        None,
        {
            "name": Y(lambda f: f.staff(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "staff_code": G(lambda f: f"EN-{f.r.randint(1, 2999):04d}"),
            "username": G(lambda f: f.username()),
            "role": G(lambda f: f.pick(["interviewer", "supervisor", "listing_enumerator"])),
            "team": G(
                lambda f: f"{f.country}-{f.pick(['KTM', 'PUN', 'AA', 'PKR', 'CUS'])}-{f.r.randint(1, 40):02d}"
            ),
            "region": G(lambda f: f.region()),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "birthday": Y(lambda f: f.date(1970, 2003), "birthdate"),
            "languages": Many(
                G(
                    lambda f: f.pick(
                        [
                            "Nepali",
                            "Maithili",
                            "Quechua",
                            "Aymara",
                            "Spanish",
                            "Amharic",
                            "Afaan Oromoo",
                            "Tigrinya",
                        ]
                    )
                ),
                3,
            ),
            "hired_at": G(lambda f: f.iso()),
            "device_asset_tag": G(lambda f: f"{f.country}-TAB-{f.r.randint(1, 4999):05d}"),
        },
    ),
    (
        "identify",
        None,
        "swift",
        "PE",
        {
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f"{f.surname()} {f.surname()}", "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "mobilePhone": Y(lambda f: f.mobile(), "phone"),
            "staffId": G(lambda f: f"INEI-{f.digits(6)}"),
            "teamId": G(lambda f: f"PUN-{f.r.randint(1, 40):02d}"),
            "supervisorName": Y(lambda f: f.person(), "name"),
            "supervisorEmail": Y(lambda f: f.staff_mail(), "email"),
            "contractEnd": G(lambda f: f"2024-{f.r.randint(6, 12):02d}-{f.r.randint(1, 28):02d}"),
            "dailyRate": Y(lambda f: f.pick([80, 95, 110, 120, 135]), "salary"),
            "currency": G(lambda f: "PEN"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "NP",
        {
            "ENUMERATOR_ID": G(lambda f: f.digits(6)),
            "FULL_NAME": Y(lambda f: f.person(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "PHONE_NUMBER": Y(lambda f: f.mobile(), "phone"),
            "CITIZENSHIP_NO": RED(lambda f: f.national_id(), "national id"),
            "PAN_NO": RED(lambda f: f.digits(9), "national id"),
            "BANK_ACCOUNT_NO": RED(lambda f: f.bank_account(), "bank account"),
            "BANK_NAME": G(lambda f: f.pick(BANKS["NP"])),
            "BRANCH_CODE": G(lambda f: f"{f.r.randint(1, 350):03d}"),
            "DAILY_ALLOWANCE_NPR": Y(lambda f: f.pick([1500, 1800, 2000, 2250]), "salary"),
            "DISTRICT": G(lambda f: f.district()),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1975, 2003), "birthdate"),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        "kotlin",
        None,
        {
            "team_name": G(lambda f: f"Team {f.district()} {f.r.randint(1, 12):02d}"),
            "supervisor_name": Y(lambda f: f.staff(), "name"),
            "supervisor_phone": Y(lambda f: f.mobile(), "phone"),
            "region": G(lambda f: f.region()),
            "district": G(lambda f: f.district()),
            "ea_count": G(lambda f: f.r.randint(3, 25)),
            "members": G(lambda f: f.r.randint(3, 9)),
        },
    ),
    (
        "group",
        None,
        "hq",
        None,
        {
            "organization_name": G(lambda f: OFFICE[f.country]),
            "plan": G(lambda f: f.pick(["government", "enterprise", "government-plus"])),
            "country": G(lambda f: country_of(f)),
            "seats": G(lambda f: f.r.randint(50, 4000)),
            "billing_email": G(
                lambda f: f.pick(["billing@", "finanzas@", "accounts-payable@"]) + STAFF_DOMAINS[f.country]
            ),
        },
    ),
    ("alias", None, "hq", None, {}),
    (
        "track",
        "Interviewer Logged In",
        "swift",
        None,
        {
            "username": G(lambda f: f.username()),
            "method": G(lambda f: f.pick(["password", "pin", "offline_pin"])),
            "pinLength": G(lambda f: f.pick([4, 6])),
            "passwordChangedAt": G(lambda f: f.iso()),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "failedAttempts": G(lambda f: f.r.randint(0, 4)),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "hq",
        None,
        {
            "username": G(lambda f: f.username()),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_by_supervisor": G(lambda f: f.pick([True, False])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tablet Registered",
        "kotlin",
        None,
        {
            "asset_tag": G(lambda f: f"{f.country}-TAB-{f.r.randint(1, 4999):05d}"),
            "imei": Y(lambda f: f.luhn_complete("35" + f.digits(12)), "serial"),
            "serial_number": Y(lambda f: "R" + f.pick(["52N", "9TT", "83W"]) + f.hexid(8).upper(), "serial"),
            "sim_iccid": Y(lambda f: f.luhn_complete("8977" + f.digits(14)), "serial"),
            "wifi_mac": Y(lambda f: f.mac(), "mac"),
            "mdm_enrollment_code": RED(lambda f: f"{f.hexid(4)}-{f.hexid(4)}-{f.hexid(4)}".upper(), "token"),
            "storage_free_mb": G(lambda f: f.r.randint(800, 48000)),
            "enrolled_by": Y(lambda f: f.staff(), "name"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        None,
        {
            "contactName": Y(lambda f: f.person(), "name"),
            "contactPhone": Y(lambda f: f.mobile(), "phone"),
            "relationship": G(lambda f: f.pick(["mother", "spouse", "brother", "friend"])),
            "contactAddress": Y(lambda f: f.address(), "address"),
            "isPrimary": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- interviews ------------------------------------------------------------------------------
    (
        "screen",
        "Questionnaire Section",
        "kotlin",
        None,
        {
            "section": G(
                lambda f: f.pick(["Cover", "Roster", "Education", "Health", "Income", "Assets", "Consent"])
            ),
            "section_code": G(lambda f: f.pick(["s00", "s01", "s02", "s04", "s07", "s09"])),
            "question_count": G(lambda f: f.r.randint(3, 60)),
            "interview_id": G(lambda f: f.uuid()),
            "roster_level": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Interview Started",
        "kotlin",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "interview_key": G(lambda f: f.interview_key()),
            "assignment_id": G(lambda f: f.r.randint(10000, 999999)),
            "questionnaire_id": G(lambda f: f"{f.hexid(32)}${f.r.randint(1, 12)}"),
            "questionnaire_title": G(lambda f: f.pick(QUESTIONNAIRES)),
            "language": G(
                lambda f: f.pick(["Nepali", "English", "Español", "Quechua", "Amharic", "Afaan Oromoo"])
            ),
            "ea_code": G(lambda f: f.ea_code()),
            "hh_id": G(lambda f: f.hh_id()),
            "started_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Household Roster Completed",
        "kotlin",
        "NP",
        {
            "interview_id": G(lambda f: f.uuid()),
            "hh_id": G(lambda f: f.hh_id()),
            "gharmuli_ko_naam": Y(lambda f: f.person(), "name"),
            "sadasya_sankhya": G(lambda f: f.r.randint(1, 12)),
            "mobile_no": Y(lambda f: f.mobile(), "phone"),
            "thegana": Y(lambda f: f.address(), "address"),
            "members": Many(
                {
                    "line_no": G(lambda f: f.r.randint(1, 12)),
                    "naam": Y(lambda f: f.given(), "name"),
                    "thar": Y(lambda f: f.surname(), "name"),
                    "nata": G(lambda f: f.pick(REL_NP)),
                    "umer": G(lambda f: f.r.randint(0, 95)),
                    "linga": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "sex|gender"),
                    "janma_miti": Y(lambda f: f.birthdate(), "birthdate"),
                    "jat_jati": Y(
                        lambda f: f.pick(
                            [
                                "Chhetri",
                                "Brahman-Hill",
                                "Magar",
                                "Tharu",
                                "Tamang",
                                "Newar",
                                "Kami",
                                "Yadav",
                                "Musalman",
                            ]
                        ),
                        "ethnicity",
                    ),
                    "dharma": Y(lambda f: f.pick(["Hindu", "Bauddha", "Islam", "Kirat", "Isai"]), "religion"),
                    "matribhasha": G(
                        lambda f: f.pick(["Nepali", "Maithili", "Bhojpuri", "Tharu", "Tamang", "Newari"])
                    ),
                    "shaikshik_yogyata": G(lambda f: f.pick(["nirakshar", "sakshar", "SEE", "+2", "snatak"])),
                    "baibahik_sthiti": G(
                        lambda f: f.pick(["abibahit", "bibahit", "bidhwa/bidhur", "chhutiyeko"])
                    ),
                    "apangata": RED(
                        lambda f: f.pick(["chhaina", "sharirik", "drishti", "shravan", "baudhik"]),
                        "disability",
                    ),
                    "pesha": G(lambda f: f.pick(["krishi", "shikshak", "byapar", "gharayasi", "bidyarthi"])),
                    "nagarikta_no": RED(lambda f: f.national_id(), "national id"),
                    "purba_sainik": RED(lambda f: f.pick([True, False]), "veteran"),
                    "masik_aamdani": Y(lambda f: f.r.randint(8000, 90000), "salary"),
                },
                6,
            ),
        },
    ),
    (
        "track",
        "Roster Member Added",
        "swift",
        "PE",
        {
            "id_vivienda": G(lambda f: f"{f.r.randint(10000, 99999)}{f.r.randint(100, 999)}"),
            "id_hogar": G(lambda f: f.r.randint(1, 3)),
            "numero_orden": G(lambda f: f.r.randint(1, 12)),
            "nombres": Y(lambda f: f.given(), "name"),
            "apellido_paterno": Y(lambda f: f.surname(), "name"),
            "apellido_materno": Y(lambda f: f.surname(), "name"),
            "parentesco": G(lambda f: f.pick(REL_PE)),
            "sexo": Y(lambda f: f.pick(["Hombre", "Mujer"]), "sex|gender"),
            "edad": G(lambda f: f.r.randint(0, 98)),
            "fecha_nacimiento": Y(lambda f: f.birthdate(), "birthdate"),
            "dni": RED(lambda f: f.national_id(), "national id"),
            "tiene_dni": G(lambda f: f.pick([True, False])),
            "celular": Y(lambda f: f.mobile(), "phone"),
            "correo": Y(lambda f: f.mail(), "email"),
            "estado_civil": G(
                lambda f: f.pick(["Soltero/a", "Casado/a", "Conviviente", "Viudo/a", "Separado/a"])
            ),
            "nivel_educativo": G(
                lambda f: f.pick(
                    ["Sin nivel", "Primaria completa", "Secundaria incompleta", "Superior universitaria"]
                )
            ),
            "lengua_materna": G(lambda f: f.pick(["Castellano", "Quechua", "Aimara", "Asháninka", "Awajún"])),
            "religion": Y(
                lambda f: f.pick(["Católica", "Evangélica", "Adventista", "Ninguna", "Testigo de Jehová"]),
                "religion",
            ),
            "autoidentificacion_etnica": Y(
                lambda f: f.pick(
                    ["Quechua", "Aimara", "Mestizo", "Afroperuano", "Nativo de la Amazonía", "Blanco"]
                ),
                "ethnicity|race",
            ),
            "nacionalidad": Y(
                lambda f: f.pick(["peruana", "venezolana", "colombiana", "boliviana"]), "citizenship"
            ),
            "seguro_salud": G(lambda f: f.pick(["SIS", "EsSalud", "Ninguno", "Privado"])),
            "limitaciones": {
                "ver": RED(lambda f: f.pick(WG_PE), "disability"),
                "oir": RED(lambda f: f.pick(WG_PE), "disability"),
                "caminar": RED(lambda f: f.pick(WG_PE), "disability"),
                "entender": RED(lambda f: f.pick(WG_PE), "disability"),
            },
        },
    ),
    (
        "track",
        "Migrante Registrado",
        "swift",
        "PE",
        {
            "numero_orden": G(lambda f: f.r.randint(1, 12)),
            "nacionalidad": Y(
                lambda f: f.pick(["venezolana", "colombiana", "ecuatoriana", "haitiana"]), "citizenship"
            ),
            "calidad_migratoria": RED(
                lambda f: f.pick(
                    ["CPP", "PTP vencido", "Residente", "Turista", "Irregular", "Solicitante de refugio"]
                ),
                "visa",
            ),
            "permiso_trabajo": RED(
                lambda f: f.pick(["vigente", "en trámite", "sin permiso", "vencido"]), "visa"
            ),
            "carne_extranjeria": RED(lambda f: f"00{f.r.randint(1000000, 9999999)}", "national id"),
            "pasaporte": RED(lambda f: f.pick(["", "V"]) + f.digits(9), "passport"),
            "anio_llegada": G(lambda f: f.r.randint(2015, 2024)),
            "documento_visto": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Roster Synced",
        "flutter",
        "ET",
        {
            "interviewId": G(lambda f: f.uuid()),
            "hhId": G(lambda f: f.hh_id()),
            "abal": Many(
                {
                    "tera_kutir": G(lambda f: f.r.randint(1, 12)),
                    "sim": Y(lambda f: f.given(), "name"),
                    "ye_abat_sim": Y(lambda f: f.pick(ET_FATHER), "name"),
                    "ye_ayat_sim": Y(lambda f: f.pick(ET_FATHER), "name"),
                    "zemed_ginignet": G(lambda f: f.pick(REL_ET)),
                    "edme": G(lambda f: f.r.randint(0, 90)),
                    "tsota": Y(lambda f: f.pick(["wend", "set"]), "sex|gender"),
                    "yetewoldebet_ken": Y(lambda f: f.birthdate(), "birthdate"),
                    "haymanot": Y(
                        lambda f: f.pick(["Orthodox", "Muslim", "Protestant", "Catholic", "Waaqeffanna"]),
                        "religion",
                    ),
                    "behereseb": Y(
                        lambda f: f.pick(
                            ["Oromo", "Amhara", "Tigray", "Somali", "Sidama", "Gurage", "Wolaita"]
                        ),
                        "ethnicity",
                    ),
                    "ye_gabcha_huneta": G(lambda f: f.pick(["yalageba", "yageba", "yefata", "ye_mote_bet"])),
                    "yetimhirt_dereja": G(
                        lambda f: f.pick(["yalitemare", "1-4", "5-8", "9-12", "diploma", "degree"])
                    ),
                    "sira": G(lambda f: f.pick(["gebere", "negade", "memhir", "temari", "yebet_emebet"])),
                    "fayda_id": RED(lambda f: f.national_id(), "national id"),
                    "kebele_id": RED(
                        lambda f: (
                            f"{f.pick(['AA', 'AD', 'BD'])}/{f.r.randint(1, 20):02d}/"
                            f"{f.r.randint(100000, 999999)}"
                        ),
                        "national id",
                    ),
                },
                6,
            ),
        },
    ),
    (
        "track",
        "Household Listed",
        "flutter",
        "ET",
        {
            "structure_number": G(lambda f: f.r.randint(1, 400)),
            "ye_beteseb_hala_sim": Y(lambda f: f.person(), "name"),
            "silk_kutir": Y(lambda f: f.mobile(), "phone"),
            "yebet_kutir": Y(lambda f: f"H.No. {f.r.randint(1, 3000)}", "address"),
            "tsota_hala": Y(lambda f: f.pick(["wend", "set"]), "sex|gender"),
            "ye_beteseb_bzat": G(lambda f: f.r.randint(1, 14)),
            "kebele": G(lambda f: f"{f.r.randint(1, 20):02d}"),
            "woreda": G(lambda f: f.district()),
            "kilil": G(lambda f: f.region()),
            "gps": {**gps("lat", "lng"), "accuracy": G(lambda f: f.money(2, 30))},
            "listing_status": G(lambda f: f.pick(["occupied", "vacant", "refused", "not_at_home"])),
        },
    ),
    (
        "track",
        "Dwelling Geolocated",
        "kotlin",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "hh_id": G(lambda f: f.hh_id()),
            "dwelling_gps": {
                **gps(),
                "accuracy": G(lambda f: f.money(2, 60)),
                "altitude": G(lambda f: f.money(50, 4200)),
                "timestamp": G(lambda f: f.epoch_ms()),
            },
            "method": G(lambda f: f.pick(["device", "manual_map", "external_gnss"])),
            "inside_ea_boundary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dwelling Photo Captured",
        "kotlin",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "photo_file": Y(lambda f: f.photo_name(), "photo"),
            "photo_url": Y(
                lambda f: f"https://files.fieldledger.example/{f.country.lower()}/dwellings/{f.uuid()}.jpg",
                "photo",
            ),
            "sha256": G(lambda f: f.hexid(64)),
            "size_bytes": G(lambda f: f.r.randint(180000, 4200000)),
            "faces_blurred": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Consent Recorded",
        "kotlin",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "consent_given": G(lambda f: f.pick([True, True, False])),
            "respondent_name": Y(lambda f: f.person(), "name"),
            "respondent_line_no": G(lambda f: f.r.randint(1, 8)),
            "respondent_age": G(lambda f: f.r.randint(15, 90)),
            "respondent_phone": Y(lambda f: f.mobile(), "phone"),
            "signature_image": Y(lambda f: f"signature_{f.uuid()}.png", "photo"),
            "witness_name": Y(lambda f: f.person(), "name"),
            "recording_consent": G(lambda f: f.pick([True, False])),
            "signature_captured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Scheduled",
        "flutter",
        None,
        {
            "interviewId": G(lambda f: f.uuid()),
            "callbackAt": G(lambda f: f.iso()),
            "respondentPhone": Y(lambda f: f.mobile(), "phone"),
            "alternatePhone": Y(lambda f: f.mobile(), "phone"),
            "phoneOwner": G(lambda f: f.pick(["self", "neighbour", "relative", "landlord"])),
            "bestTimeToCall": G(lambda f: f.pick(["morning", "afternoon", "evening", "weekend"])),
            "reason": G(lambda f: f.pick(["not_at_home", "busy", "respondent_ill", "language_barrier"])),
            "attemptNo": G(lambda f: f.r.randint(1, 5)),
            "phoneVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Note Added",
        "flutter",
        None,
        {
            "interviewId": G(lambda f: f.uuid()),
            "note": Y(callback_note, "phone", True),
            "noteLength": G(lambda f: f.r.randint(20, 140)),
            "visibility": G(lambda f: f.pick(["team", "supervisor", "private"])),
        },
    ),
    (
        "track",
        "Interview Completed",
        "kotlin",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "interview_key": G(lambda f: f.interview_key()),
            "duration_sec": G(lambda f: f.r.randint(600, 9000)),
            "errors_count": G(lambda f: f.r.randint(0, 12)),
            "completed_at": G(lambda f: f.iso()),
            "respondent_was_head": G(lambda f: f.pick([True, False])),
            "interviewer_comment": G(
                lambda f: f.pick(
                    [
                        "Household very cooperative",
                        "Head absent, spouse responded",
                        "Interview in two visits",
                        "Entrevista en quechua con apoyo de traductor",
                        "Rain, finished under the eaves",
                        "",
                    ]
                )
            ),
            "gps_captured": G(lambda f: f.pick([True, False])),
            "dni_seen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Question Answered",
        "kotlin",
        None,
        {
            "variable": G(lambda f: f.pick(["q101", "hh_05", "s4q12", "inc_07", "anthro_w", "gps_dwelling"])),
            "answer_time_ms": G(lambda f: f.r.randint(300, 60000)),
            "section": G(
                lambda f: f.pick(["Cover", "Roster", "Education", "Health", "Income", "Assets", "Consent"])
            ),
            "roster_level": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Respondent Name Corrected",
        "kotlin",
        None,
        {
            "field": G(lambda f: f.pick(["respondent_name", "hh_head_name", "member_name"])),
            "old_value": Y(lambda f: f.person(), "name", True),
            "new_value": Y(lambda f: f.person(), "name", True),
            "corrected_by": G(lambda f: f.username()),
            "reason": G(lambda f: f.pick(["spelling", "document_shown", "nickname_replaced"])),
        },
    ),
    (
        "track",
        "Interview Synced",
        "kotlin",
        None,
        {
            "sync_id": G(lambda f: f.uuid()),
            "interviews_uploaded": G(lambda f: f.r.randint(0, 25)),
            "bytes": G(lambda f: f.r.randint(20000, 90000000)),
            "result": G(lambda f: f.pick(["success", "partial", "failed"])),
        },
    ),
    (
        "track",
        "Enumerator Location Ping",
        "kotlin",
        None,
        {
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lon": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(lambda f: f.money(3, 80)),
            "battery_pct": G(lambda f: f.r.randint(3, 100)),
            "provider": G(lambda f: f.pick(["gps", "network", "fused"])),
        },
    ),
    (
        "track",
        "Field Visit Logged",
        "kotlin",
        None,
        {
            "visit_id": G(lambda f: f.uuid()),
            "travel_mode": G(lambda f: f.pick(["motorbike", "bus", "walk", "boat", "mule"])),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "distance_km": G(lambda f: f.money(0.5, 140)),
            "households_visited": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    (
        "track",
        "Incident Reported",
        "flutter",
        None,
        {
            "incidentType": G(
                lambda f: f.pick(["road_blocked", "device_damaged", "weather", "refusal", "security"])
            ),
            "summary": G(
                lambda f: f.pick(
                    [
                        "Road blocked by landslide near the EA",
                        "Tablet dropped, screen cracked",
                        "Heavy rain, visits postponed",
                        "Bridge washed out, used alternative route",
                        "Household refused, aggressive dog",
                        "Paro de transportistas, sin movilidad",
                    ]
                )
            ),
            "reportedAt": G(lambda f: f.iso()),
            "location": gps("lat", "lng"),
        },
    ),
    # -- modules ---------------------------------------------------------------------------------
    (
        "track",
        "Anthropometry Measured",
        "kotlin",
        None,
        {
            "child_line_no": G(lambda f: f.r.randint(2, 10)),
            "child_name": Y(lambda f: f.given(), "name"),
            "child_sex": Y(lambda f: f.pick(["male", "female"]), "sex"),
            "child_birthdate": Y(lambda f: f.birthdate(2019, 2024), "birthdate"),
            "age_months": G(lambda f: f.r.randint(0, 59)),
            "weight_kg": G(lambda f: round(f.r.uniform(2.4, 22.0), 1)),
            "height_cm": G(lambda f: round(f.r.uniform(45.0, 118.0), 1)),
            "muac_mm": G(lambda f: f.r.randint(95, 175)),
            "oedema": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "nutrition_status": Y(lambda f: f.pick(["normal", "MAM", "SAM", "normal"]), "condition"),
            "measurer_code": G(lambda f: f"EN-{f.r.randint(1, 2999):04d}"),
            "scale_id": G(lambda f: f"UNICEF-SCALE-{f.r.randint(1, 400):04d}"),
        },
    ),
    (
        "track",
        "Modulo Salud Completado",
        "swift",
        "PE",
        {
            "numero_orden": G(lambda f: f.r.randint(1, 12)),
            "embarazada": Y(lambda f: f.pick([True, False]), "condition"),
            "enfermedad_cronica": Y(
                lambda f: f.pick(["Ninguna", "Diabetes", "Hipertensión", "Asma", "Tuberculosis"]), "condition"
            ),
            "diagnostico_tbc": Y(lambda f: f.pick([True, False]), "diagnosis"),
            "medicamentos": Many(
                Y(
                    lambda f: f.pick(["Metformina", "Enalapril", "Isoniazida", "Salbutamol", "Paracetamol"]),
                    "medication",
                ),
                2,
            ),
            "numero_historia_clinica": RED(lambda f: f"HC-{f.r.randint(10000, 999999)}", "health id"),
            "establecimiento_salud": G(
                lambda f: f.pick(
                    ["P.S. Alto Puno", "C.S. Juliaca", "Hospital Regional de Ayacucho", "P.S. Santa Rosa"]
                )
            ),
            "tipo_seguro": G(lambda f: f.pick(["SIS", "EsSalud", "Ninguno", "FFAA/PNP"])),
            "numero_afiliacion_sis": Y(lambda f: f"{f.r.randint(100, 999)}-{f.digits(8)}", "identification"),
            "vacunas": Many(
                Y(
                    lambda f: f.pick(["BCG", "Pentavalente", "SPR", "Influenza", "COVID-19 3a dosis"]),
                    "procedure",
                ),
                3,
            ),
            "consulto_establecimiento": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Child Health Recorded",
        "flutter",
        "ET",
        {
            "childLineNo": G(lambda f: f.r.randint(2, 10)),
            "hadDiarrhoeaLast2Weeks": Y(lambda f: f.pick([True, False]), "condition"),
            "hadFeverLast2Weeks": Y(lambda f: f.pick([True, False]), "condition"),
            "vaccinationCardSeen": G(lambda f: f.pick([True, False])),
            "vaccinesReceived": Many(
                Y(
                    lambda f: f.pick(["BCG", "Penta 1", "Penta 3", "Measles 1", "OPV 0", "PCV 2"]),
                    "procedure",
                ),
                4,
            ),
            "cbhiEnrolled": G(lambda f: f.pick([True, False])),
            "cbhiMemberNumber": Y(
                lambda f: f"CBHI-{f.pick(['OR', 'AM', 'SD'])}-{f.digits(7)}", "identification"
            ),
            "motherLineNo": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Death Recorded",
        "kotlin",
        None,
        {
            "deceased_line_no": G(lambda f: f.r.randint(1, 12)),
            "deceased_name": Y(lambda f: f.person(), "name"),
            "age_at_death": G(lambda f: f.r.randint(0, 99)),
            "deceased_sex": Y(lambda f: f.pick(["male", "female"]), "sex"),
            "cause_of_death": Y(
                lambda f: f.pick(
                    [
                        "tuberculosis",
                        "road accident",
                        "complications of childbirth",
                        "malaria",
                        "heart disease",
                        "pneumonia",
                    ]
                ),
                "diagnosis|condition",
            ),
            "date_of_death": G(lambda f: f.date(2021, 2024)),
            "death_registered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Birth Registration Checked",
        "kotlin",
        "NP",
        {
            "child_line_no": G(lambda f: f.r.randint(2, 10)),
            "birth_registered": G(lambda f: f.pick([True, False])),
            "birth_certificate_no": RED(
                lambda f: (
                    f"{f.r.randint(1, 77)}-{f.r.randint(1, 30)}-"
                    f"{f.r.randint(2070, 2081)}-{f.r.randint(1, 9999)}"
                ),
                "national id|certificate",
            ),
            "registration_office": G(
                lambda f: f.pick(
                    ["Ward Office 5, Kirtipur", "Ward Office 12, Pokhara", "Ward Office 3, Dhangadhi"]
                )
            ),
            "certificate_seen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Income Module Saved",
        "kotlin",
        None,
        {
            "hh_id": G(lambda f: f.hh_id()),
            "main_income_source": G(
                lambda f: f.pick(["agriculture", "wages", "remittances", "business", "pension"])
            ),
            "wage_monthly": Y(lambda f: f.r.randint(300, 90000), "salary"),
            "remittances_received": G(lambda f: f.pick([True, False])),
            "remittance_amount": G(lambda f: f.r.randint(0, 600000)),
            "remittance_country": G(
                lambda f: f.pick(["Qatar", "Malaysia", "Saudi Arabia", "India", "Chile", "USA", "UAE"])
            ),
            "social_transfers": Many(
                G(
                    lambda f: f.pick(
                        ["Juntos", "Pensión 65", "PSNP", "Social Security Allowance", "Child Grant"]
                    )
                ),
                2,
            ),
            "has_mobile_money": G(lambda f: f.pick([True, False])),
            "mobile_money_number": Y(lambda f: f.mobile(), "phone"),
            "currency": G(lambda f: CURRENCY[f.country]),
        },
    ),
    (
        "track",
        "Empleo Registrado",
        "swift",
        "PE",
        {
            "numero_orden": G(lambda f: f.r.randint(1, 12)),
            "ocupacion_principal": G(
                lambda f: f.pick(
                    ["Agricultor", "Comerciante", "Docente", "Mototaxista", "Trabajadora del hogar"]
                )
            ),
            "centro_trabajo": G(
                lambda f: f.pick(
                    ["Municipalidad de Puno", "Minera Aruntani", "Mercado Túpac Amaru", "I.E. 70025"]
                )
            ),
            "ruc_empleador": G(lambda f: f"20{f.digits(9)}"),
            "ingreso_mensual": Y(lambda f: f.r.randint(400, 6000), "salary"),
            "horas_semana": G(lambda f: f.r.randint(4, 72)),
            "miembro_sindicato": Y(lambda f: f.pick([True, False]), "trade union"),
            "tiene_contrato": G(lambda f: f.pick([True, False])),
            "aporta_pension": G(lambda f: f.pick(["ONP", "AFP", "No aporta"])),
        },
    ),
    (
        "track",
        "Assets Recorded",
        "flutter",
        None,
        {
            "hasTelevision": G(lambda f: f.pick([True, False])),
            "mobilePhonesCount": G(lambda f: f.r.randint(0, 6)),
            "cattleCount": G(lambda f: f.r.randint(0, 30)),
            "landOwnedHa": G(lambda f: f.money(0, 12)),
            "plotGps": gps("lat", "lng"),
            "dwellingOwnership": G(lambda f: f.pick(["owned", "rented", "provided_free", "squatting"])),
            "waterSource": G(
                lambda f: f.pick(["piped_into_dwelling", "public_tap", "protected_well", "river"])
            ),
            "cookingFuel": G(lambda f: f.pick(["firewood", "lpg", "dung", "electricity"])),
        },
    ),
    (
        "track",
        "CATI Call Completed",
        "hq",
        None,
        {
            "call_id": G(lambda f: f.uuid()),
            "dialed_number": Y(lambda f: f.mobile(), "phone"),
            "caller_id": G(lambda f: f.office_phone()),
            "call_duration_s": G(lambda f: f.r.randint(0, 2400)),
            "outcome": G(lambda f: f.pick(["complete", "partial", "no_answer", "refused", "wrong_number"])),
            "party_preference": Y(
                lambda f: f.pick(["Nepali Congress", "CPN-UML", "Maoist Centre", "RSP", "none", "refused"]),
                "political opinion",
            ),
            "interviewer_code": G(lambda f: f"EN-{f.r.randint(1, 2999):04d}"),
            "attempt": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- supervisors and headquarters -------------------------------------------------------------
    (
        "page",
        "Interviews",
        "hq",
        None,
        {
            "path": G(lambda f: f.pick(["/hq/interviews", "/hq/map", "/hq/assignments"])),
            "title": G(lambda f: f.pick(["Interviews · Headquarters", "Map · Headquarters", "Assignments"])),
            "url": G(
                lambda f: (
                    "https://hq.fieldledger.example"
                    + f.pick(["/hq/interviews", "/hq/map", "/hq/assignments"])
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://hq.fieldledger.example/login", "https://hq.fieldledger.example/hq/map"]
                )
            ),
            "name": G(lambda f: f.pick(["Interviews", "Map", "Assignments"])),
            "category": G(lambda f: f.pick(["HQ", "Supervisor", "Reports"])),
        },
    ),
    (
        "track",
        "Supervisor Review Opened",
        "hq",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "interview_key": G(lambda f: f.interview_key()),
            "status": G(
                lambda f: f.pick(
                    ["Completed", "RejectedBySupervisor", "ApprovedBySupervisor", "InterviewerAssigned"]
                )
            ),
            "responsible": G(lambda f: f.username()),
            "team": G(
                lambda f: f"{f.country}-{f.pick(['KTM', 'PUN', 'AA', 'PKR', 'CUS'])}-{f.r.randint(1, 40):02d}"
            ),
            "errors": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Interview Rejected",
        "hq",
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "reason_code": G(lambda f: f.pick(["R01", "R02", "R05", "R09"])),
            "comment": G(reject_comment),
            "comment_count": G(lambda f: f.r.randint(1, 9)),
            "rejected_at": G(lambda f: f.iso()),
            "reassigned_to": G(lambda f: f.username()),
        },
    ),
    (
        "track",
        "Map Marker Tapped",
        "hq",
        None,
        {
            "label": Y(map_label, "name", True),
            "marker_type": G(lambda f: f.pick(["household", "interview", "enumerator", "ea_centroid"])),
            "ea_code": G(lambda f: f.ea_code()),
            "zoom": G(lambda f: f.r.randint(8, 19)),
        },
    ),
    (
        "track",
        "Households Searched",
        "hq",
        None,
        {
            "q": Y(lambda f: f.person(), "name", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "status": G(lambda f: f.pick(["any", "Completed", "Rejected"])),
                "team": G(lambda f: f.pick(["all", "PUN-03", "KTM-11", "AA-07"])),
            },
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "hq",
        None,
        {
            "ticket_id": G(lambda f: f"FL-{f.r.randint(10000, 99999)}"),
            "category": G(lambda f: f.pick(["sync", "login", "gps", "export", "billing"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "description": Y(ticket_text, "email", True),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "support@fieldledger.example",
                        "soporte@fieldledger.example",
                        "helpdesk@fieldledger.example",
                    ]
                )
            ),
            "support_phone": G(lambda f: f.pick(["+1 202 555 0142", "+51 1 640 9000", "+977-1-5970012"])),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Reminder SMS Sent",
        "python",
        None,
        {
            "template_id": G(lambda f: f.pick(["tpl_visit_24h", "tpl_selfresp_1", "tpl_resched"])),
            "text": Y(sms_text, "name", True),
            "recipient": Y(lambda f: f.mobile(), "phone", True),
            "provider": G(lambda f: f.pick(["twilio", "sparrow_sms", "ethio_sms_gw"])),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "cost": G(lambda f: f.money(0.01, 0.2)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.mobile(), "phone"),
            "To": G(lambda f: f.pick(["+51 1 640 9000", "+977 31001", "+251 8181"])),
            "Body": G(
                lambda f: f.pick(
                    ["SI", "NO", "Llamar mañana", "ok", "ho", "awo", "STOP", "Pasado mañana en la tarde"]
                )
            ),
            "FromCountry": G(lambda f: f.country),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    (
        "track",
        "sms-gateway-delivery",
        "node",
        None,
        {
            "message-id": G(lambda f: f.uuid()),
            "recipient-msisdn": Y(lambda f: f.mobile(), "phone"),
            "delivery-status": G(lambda f: f.pick(["DELIVRD", "UNDELIV", "EXPIRED", "ACCEPTD"])),
            "operator": G(lambda f: f.pick(CARRIERS[f.country])),
            "retry-count": G(lambda f: f.r.randint(0, 3)),
            "sent-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Interview Approved",
        "dotnet",
        None,
        {
            "InterviewId": G(lambda f: f.uuid()),
            "InterviewKey": G(lambda f: f.interview_key()),
            "QuestionnaireId": G(lambda f: f"{f.uuid()}${f.r.randint(1, 12)}"),
            "Status": G(lambda f: f.pick(["ApprovedBySupervisor", "ApprovedByHeadquarters", "Completed"])),
            "ResponsibleName": G(lambda f: f.username()),
            "TeamLeadName": G(lambda f: f.username()),
            "InterviewerFullName": Y(lambda f: f.staff(), "name"),
            "InterviewerPhone": Y(lambda f: f.mobile(), "phone"),
            "ErrorsCount": G(lambda f: f.r.randint(0, 9)),
            "Comment": G(reject_comment),
            "AssignmentId": G(lambda f: f.r.randint(10000, 999999)),
            "UpdateDateUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Assignment Created",
        "dotnet",
        None,
        {
            "AssignmentId": G(lambda f: f.r.randint(10000, 999999)),
            "ResponsibleName": G(lambda f: f.username()),
            "Quantity": G(lambda f: f.pick([1, 1, 5, -1])),
            "QuestionnaireId": G(lambda f: f"{f.uuid()}${f.r.randint(1, 12)}"),
            "WebMode": G(lambda f: f.pick([True, False])),
            "Email": Y(lambda f: f.mail(), "email"),
            "Password": RED(lambda f: f.pick(["", "P"]) + f.hexid(6).upper(), "password"),
            "ProtectedVariables": Many(G(lambda f: f.pick(["hh_02", "hh_03", "q101", "gps_dwelling"])), 3),
        },
    ),
    (
        "track",
        "HQ User Created",
        "dotnet",
        None,
        {
            "UserId": G(lambda f: f.uuid()),
            "UserName": G(lambda f: f.username()),
            "Role": G(lambda f: f.pick(["Interviewer", "Supervisor", "Headquarter", "Observer"])),
            "FullName": Y(lambda f: f.staff(), "name"),
            "Email": Y(lambda f: f.mail(), "email"),
            "PhoneNumber": Y(lambda f: f.mobile(), "phone"),
            "CreationDate": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Storage Integration Configured",
        "java",
        None,
        {
            "provider": G(lambda f: f.pick(["s3", "azure_blob", "minio"])),
            "bucket": G(lambda f: f.pick(["nso-capi-exports", "inei-enaho-raw", "ess-lsms-backup"])),
            "region": G(lambda f: f.pick(["ap-south-1", "sa-east-1", "af-south-1", "eu-west-1"])),
            "access_key_id": RED(
                lambda f: "AKIA" + "".join(f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                "secret",
            ),
            "secret_access_key": RED(
                lambda f: "".join(
                    f.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+")
                    for _ in range(40)
                ),
                "secret",
            ),
            "configured_by": G(lambda f: f.uuid()),
            "encryption": G(lambda f: f.pick(["SSE-S3", "SSE-KMS", "none"])),
        },
    ),
    (
        "track",
        "Lookup Performed",
        "java",
        "PE",
        {
            "source": G(lambda f: f.pick(["reniec", "migraciones", "sunat"])),
            "tipo_documento": G(lambda f: f.pick(["DNI", "DNI", "CE", "PTP"])),
            "numero": RED(
                lambda f: f.national_id() if f.r.random() < 0.7 else f"00{f.r.randint(1000000, 9999999)}",
                "national id",
                True,
            ),
            "matched": G(lambda f: f.pick([True, False])),
            "response_ms": G(lambda f: f.r.randint(40, 4000)),
        },
    ),
    (
        "track",
        "API Request",
        "go",
        None,
        {
            "endpoint": G(
                lambda f: f.pick(["/api/v2/interviews", "/api/v1/assignments", "/graphql", "/api/v1/export"])
            ),
            "method": G(lambda f: f.pick(["GET", "POST", "PATCH"])),
            "status": G(lambda f: f.pick([200, 201, 401, 404, 500])),
            "latency_ms": G(lambda f: f.r.randint(3, 9000)),
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
        },
    ),
    # -- respondents: self-response census and panel app --------------------------------------------
    (
        "page",
        "Censo en línea",
        "census",
        "PE",
        {
            "path": G(lambda f: f.pick(["/", "/ingresar", "/hogar/miembros", "/confirmacion"])),
            "title": G(
                lambda f: f.pick(
                    ["Censo en línea", "Ingrese su código", "Miembros del hogar", "Confirmación"]
                )
            ),
            "url": G(
                lambda f: "https://censo.example.gob.pe" + f.pick(["/", "/ingresar", "/hogar/miembros"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.gob.pe/"])),
            "name": G(lambda f: f.pick(["Inicio", "Ingresar", "Miembros", "Confirmación"])),
        },
    ),
    (
        "track",
        "Census Login",
        "census",
        "PE",
        {
            "household_code": G(lambda f: f"PE-{f.r.randint(10000, 259999):06d}-{f.r.randint(1, 9999):04d}"),
            "access_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "login_method": G(lambda f: f.pick(["letter_code", "sms_link", "qr"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "identify",
        None,
        "census",
        "PE",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f"{f.surname()} {f.surname()}", "name"),
            "household_code": G(lambda f: f"PE-{f.r.randint(10000, 259999):06d}-{f.r.randint(1, 9999):04d}"),
            "preferred_language": G(lambda f: f.pick(["es", "qu", "ay"])),
            "contact_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Campaign Landing",
        "census",
        "PE",
        {
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "sms"])),
            "utm_campaign": G(lambda f: f.pick(["autoempadronamiento", "censo2025", "recordatorio_2"])),
            "landing_page": G(lambda f: f.pick(["/", "/ingresar", "/preguntas-frecuentes"])),
        },
    ),
    (
        "track",
        "Address Confirmed",
        "census",
        "PE",
        {
            "address": {
                "line1": Y(lambda f: f.address(), "address|street"),
                "referencia": Y(
                    lambda f: (
                        f.pick(
                            [
                                "Frente al colegio N° ",
                                "Al costado de la posta ",
                                "Espalda del mercado ",
                                "Cerca al paradero ",
                            ]
                        )
                        + str(f.r.randint(1, 90))
                    ),
                    "address",
                ),
                "district": Y(lambda f: f.home_city(), "city"),
                "province": G(lambda f: f.district()),
                "department": G(lambda f: f.region()),
                "ubigeo": G(lambda f: f"{f.r.randint(10000, 259999):06d}"),
                "postal_code": Y(lambda f: f"{f.r.randint(1, 25):02d}{f.r.randint(0, 999):03d}", "zipcode"),
            },
            "address_changed": G(lambda f: f.pick([True, False])),
            "geocode": {
                **gps("lat", "lng"),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "session_token": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "census",
        "PE",
        {
            "input": Y(lambda f: f.address()[: f.r.randint(14, 30)], "address", True),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "session_token": G(lambda f: f.uuid()),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        },
    ),
    (
        "track",
        "Self-Response Submitted",
        "census",
        "PE",
        {
            "household_code": G(lambda f: f"PE-{f.r.randint(10000, 259999):06d}-{f.r.randint(1, 9999):04d}"),
            "members_count": G(lambda f: f.r.randint(1, 12)),
            "confirmation_number": G(lambda f: f"CNF-{f.hexid(8).upper()}"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "receipt_sent": G(lambda f: f.pick([True, False])),
            "email_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "screen",
        "Mis Datos",
        "rn",
        "PE",
        {
            "screen_class": G(lambda f: f.pick(["ProfileScreen", "SurveyListScreen", "IncentiveScreen"])),
            "from_notification": G(lambda f: f.pick([True, False])),
            "wave": G(lambda f: f.pick([1, 2, 3, 4])),
        },
    ),
    (
        "track",
        "Celular Actualizado",
        "rn",
        "PE",
        {
            "campo": G(lambda f: f.pick(["celular", "celular_alterno", "whatsapp"])),
            "valor_anterior": Y(lambda f: f.mobile(), "phone", True),
            "valor_nuevo": Y(lambda f: f.mobile(), "phone", True),
            "verificado_por_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Incentive Paid",
        "node",
        None,
        {
            "incentive_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([10, 20, 30, 50, 100, 200])),
            "currency": G(lambda f: CURRENCY[f.country]),
            "channel": G(lambda f: f.pick(["yape", "plin", "telebirr", "esewa", "khalti", "airtime"])),
            "msisdn": Y(lambda f: f.mobile(), "phone"),
            "provider_reference": G(lambda f: f.pick(["TB", "YP", "ES"]) + f.digits(10)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
            "hh_id": G(lambda f: f.hh_id()),
        },
    ),
    # -- staff pay and travel ----------------------------------------------------------------------
    (
        "track",
        "Enumerator Payment Processed",
        "node",
        None,
        {
            "payment_id": G(lambda f: f.uuid()),
            "enumerator_id": G(lambda f: f.digits(6)),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
            "days_worked": G(lambda f: f.r.randint(5, 26)),
            "daily_rate": Y(lambda f: f.pick([95, 120, 1800, 2000, 650, 800]), "salary"),
            "gross_pay": Y(lambda f: f.r.randint(1000, 60000), "salary"),
            "currency": G(lambda f: CURRENCY[f.country]),
            "bank_name": G(lambda f: f.pick(BANKS[f.country])),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "beneficiary_name": Y(lambda f: f.person(), "name"),
            "transfer_reference": G(lambda f: f"PAY-{f.r.randint(2024, 2024)}-{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Pago CCI Registrado",
        "node",
        "PE",
        {
            "cci": RED(lambda f: f.cci(), "bank account"),
            "banco": G(lambda f: f.pick(BANKS["PE"])),
            "titular": Y(lambda f: f.person(), "name"),
            "titular_dni": RED(lambda f: f.national_id(), "national id"),
            "validado": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Consultant Invoice Paid",
        "ruby",
        None,
        {
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.r.randint(1, 999):03d}"),
            "consultant_name": Y(lambda f: f.full_name(), "name"),
            "consultant_email": Y(lambda f: f.email(), "email"),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"])), "bank account"),
            "swift_bic": G(lambda f: f.pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "ABNANL2A"])),
            "daily_fee": Y(lambda f: f.pick([450, 550, 650, 800]), "salary"),
            "days": G(lambda f: f.r.randint(5, 40)),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "mission_country": G(lambda f: country_of(f)),
        },
    ),
    (
        "track",
        "Lodging Booked",
        "node",
        None,
        {
            "booking_ref": G(lambda f: f.hexid(8).upper()),
            "hotel_name": G(
                lambda f: f.pick(
                    [
                        "Hotel Yak & Yeti",
                        "Hostal Los Andes",
                        "Ghion Hotel",
                        "Hotel Libertador Puno",
                        "Kuriftu Resort",
                    ]
                )
            ),
            "hotel_city": G(lambda f: f.pick(["Pokhara", "Puno", "Bahir Dar", "Cusco", "Hawassa"])),
            "hotel_phone": G(lambda f: f.office_phone()),
            "nights": G(lambda f: f.r.randint(1, 14)),
            "guest_name": Y(lambda f: f.staff(), "name"),
            "guest_phone": Y(lambda f: f.mobile(), "phone"),
            "check_in": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Flight Booked",
        "ruby",
        None,
        {
            "pnr": G(lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
            "traveller_name": Y(lambda f: f.staff(), "name"),
            "traveller_dob": Y(lambda f: f.date(1965, 1998), "birthdate"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "frequent_flyer_number": G(lambda f: f.pick(["ET", "LA", "QR"]) + f.digits(9)),
            "origin": G(lambda f: f.pick(["KTM", "LIM", "ADD", "JUL", "BJR"])),
            "destination": G(lambda f: f.pick(["PKR", "CUZ", "BJR", "AYP", "MQX"])),
        },
    ),
    # -- publications and microdata shop --------------------------------------------------------
    (
        "track",
        "Products Searched",
        "census",
        None,
        {
            "query": G(
                lambda f: f.pick(
                    ["enaho 2023", "censo 2017 puno", "nlss", "pobreza distrital", "lsms ethiopia"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "census",
        None,
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["PEN", "USD"])),
            "value": G(lambda f: f.money(5, 400)),
        },
    ),
    (
        "track",
        "Product Added",
        "census",
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        "census",
        None,
        {
            "order_id": G(lambda f: f"ORD-{f.digits(7)}"),
            "value": G(lambda f: f.money(5, 900)),
            "revenue": G(lambda f: f.money(5, 900)),
            "tax": G(lambda f: f.money(0, 160)),
            "coupon": G(lambda f: f.pick(["", "UNIV20", "ESTUDIANTE", "INVESTIGA10"])),
            "currency": G(lambda f: f.pick(["PEN", "USD"])),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "census",
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"ORD-{f.digits(7)}"),
            "payment_method": G(lambda f: f.pick(["card", "yape", "pagoefectivo"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "diners"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["455788", "540027", "377753", "421355"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "billing": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "address_line1": Y(lambda f: f.address(), "address"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postal_code": Y(lambda f: f"{f.r.randint(1, 25):02d}{f.r.randint(0, 999):03d}", "zipcode"),
                "country": G(lambda f: f.pick(["PE", "NP", "ET", "BO"])),
            },
        },
    ),
    (
        "track",
        "Payment Declined",
        "php",
        None,
        {
            "order_id": G(lambda f: f"ORD-{f.digits(7)}"),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "05"])),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "cc_type": G(lambda f: f.pick(["VISA", "MC", "AMEX", "DISCOVER"])),
            "amount": G(lambda f: f.money(5, 900)),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        None,
        {
            "order_id": G(lambda f: f"ORD-{f.digits(7)}"),
            "total": G(lambda f: f.money(5, 900)),
            "subtotal": G(lambda f: f.money(5, 800)),
            "tax": G(lambda f: f.money(0, 160)),
            "currency": G(lambda f: f.pick(["PEN", "USD"])),
            "products": Many(product()),
            "customer_email": Y(lambda f: f.mail(), "email"),
            "billing_address": Y(lambda f: f.address(), "address"),
            "institution": G(
                lambda f: f.pick(
                    [
                        "Universidad Nacional del Altiplano",
                        "Tribhuvan University",
                        "Addis Ababa University",
                        "PUCP",
                    ]
                )
            ),
            "institution_tax_id": G(lambda f: f"20{f.digits(9)}"),
            "invoice_number": G(lambda f: f"F001-{f.r.randint(1, 99999):08d}"),
        },
    ),
    # -- a KoboToolbox REST-service submission relayed by a small python service --------------------------
    (
        "track",
        "Survey Response",
        "python",
        None,
        {
            "_id": G(lambda f: f.r.randint(100000000, 399999999)),
            "_uuid": G(lambda f: f.uuid()),
            "formhub/uuid": G(lambda f: f.hexid(32)),
            "start": G(lambda f: f.iso()),
            "end": G(lambda f: f.iso()),
            "deviceid": G(
                lambda f: (
                    "collect:"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(16)
                    )
                )
            ),
            "_submission_time": G(lambda f: f.iso()[:19]),
            "_submitted_by": G(lambda f: f.username()),
            "_xform_id_string": G(lambda f: f.pick(["aKx8dP3mQw9vRTy2", "hh_listing_v4", "enaho_mod100"])),
            "meta/instanceID": G(lambda f: "uuid:" + f.uuid()),
            # Kobo sends [latitude, longitude]; the label is moved to the `[]` path in build().
            "_geolocation": Y(lambda f: [f.lat(), f.lon()], "geolocation"),
            "consent/consent_ok": G(lambda f: f.pick(["yes", "no"])),
            "gps_dwelling": Y(
                lambda f: f"{f.lat()} {f.lon()} {f.r.randint(50, 4000)}.0 {f.r.randint(3, 30)}.0",
                "geolocation",
            ),
            "q101": Y(lambda f: f.person(), "name", True),
            "q102": Y(lambda f: f.mobile(), "phone", True),
            "q103": G(lambda f: f.r.randint(15, 95)),
            "q104": Y(lambda f: f.pick(["female", "male"]), "sex", True),
            "hh_roster": Many(
                {
                    "hh_roster/hh_01": G(lambda f: f.r.randint(1, 12)),
                    "hh_roster/hh_02": Y(lambda f: f.given(), "name", True),
                    "hh_roster/hh_03": Y(lambda f: f.pick(["female", "male"]), "sex", True),
                    "hh_roster/hh_04": G(
                        lambda f: f.pick(["head", "spouse", "child", "grandchild", "other"])
                    ),
                    "hh_roster/hh_05": G(lambda f: f.r.randint(0, 95)),
                },
                5,
            ),
            "_attachments": Many(
                {
                    "download_url": Y(
                        lambda f: (
                            f"https://kc.kobotoolbox.example/media/original?media_file=nso%2Fattachments%2F{f.hexid(12)}%2F{f.photo_name()}"
                        ),
                        "photo",
                        True,
                    ),
                    "filename": Y(lambda f: f"nso/attachments/{f.hexid(12)}/{f.photo_name()}", "photo", True),
                    "mimetype": G(lambda f: "image/jpeg"),
                    "id": G(lambda f: f.r.randint(10000000, 99999999)),
                },
                2,
            ),
        },
    ),
]

# How often each template is sent, relative to 1 (everyday events more often).
WEIGHTS = {
    "Questionnaire Section": 2,
    "Question Answered": 2,
    "Interview Started": 2,
    "Interview Completed": 2,
    "Interview Synced": 2,
    "Enumerator Location Ping": 2,
    "Interviews": 2,
}


def message(f: Census, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f"u_{f.digits(7)}",
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = f"grp_{f.digits(5)}"
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    context = CONTEXTS[client]() if client in CONTEXTS else server_context(client)
    msg["context"] = render(context, f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Census(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, country, body in EVENTS:
            for _ in range(WEIGHTS.get(event or "", 1)):
                f.country = country or f.pick(["NP", "PE", "ET"])
                events.append(message(f, kind, event, client, body, labels))
    labels["properties._geolocation[]"] = labels.pop("properties._geolocation")
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=253, repeats=24)
    write(Path(__file__).parent, "holdout253_", events, labels)
