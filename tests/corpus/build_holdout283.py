"""Writes holdout283: tests/corpus/holdout283_events.jsonl and holdout283_labels.json.

Sealed: written from the labelling brief, REFERENCE.md and the corpus helpers only, without reading
the detection engine, its vocabularies, its tests, other corpora's labels or any score. It is a
holdout for unseen scoring; nothing here was tuned to the engine. Run it with
`.venv/bin/python -m tests.corpus.build_holdout283` (seeded, deterministic).

Domain: a community-health-worker (CHW) programme for maternal, newborn and child health home
visits run by health ministries and NGOs in Malawi, Bangladesh and Guatemala. Sources:
- the offline-first CHW Android app (analytics-kotlin) and its Flutter rewrite (analytics_flutter):
  household registration and enumeration, pregnancy registration, ANC and postnatal visits, danger
  signs, births, immunisation, growth monitoring (MUAC, weight-for-age), iCCM treatment, referrals,
  consent, stock counts, PIN/OTP sign-in, training;
- the supervisor dashboard (analytics.js) and a supervisor iPad app (analytics-swift): searches,
  exports, invitations, supply requisitions in the e-commerce spec, support tickets, plus the
  programme's donation site (campaign params, gclid/fbclid, a Facebook CAPI-shaped payload);
- the Java sync backend (context.traits and context.externalIds), the Go device/sync/mobile-money
  services, the Python SMS reminder service (Africa's Talking / Twilio-shaped delivery reports),
  the Ruby and PHP backends of the Bangladesh programme (romanised Bengali keys), the Node backend
  of the Malawi registry (Chichewa keys) and the .NET payroll export of the Guatemala programme
  (PascalCase, Guatemalan Spanish keys).
Calls: identify, track, page, screen, group and alias.

Conventions: mostly snake_case and camelCase English keys; about 15 % PascalCase (.NET),
kebab-case (device service), SCREAMING_SNAKE (warehouse export) and Chichewa / Bengali
(romanised) / Spanish keys. Values are coherent per event with the programme country: local
names (Chewa, Tumbuka, Bengali, K'iche'/Q'eqchi' and Ladino), local phone formats (+265, +880,
+502, with and without the country code), Malawi NRIS ids, Bangladesh NID / birth-registration
numbers, Guatemalan CUI/DPI with its mod-11 check digit and NIT with its check digit, mod-97 IBANs
for donors, facility register numbers. Field paths are those of `portal.events.flatten`.

Labelling rules (the product's default colours):
- Personal data about a natural person (a CHW, a client, a household member, a newborn, a donor,
  a supervisor, a clinician, an escort, a village chief, a deceased person) is red or yellow, in the
  reference's default colour for the matcher; outside the reference: red for credentials, secrets,
  tokens, one-time codes, bank accounts, government ids and health ids; yellow otherwise
  (geolocation, advertising id, ...). Type is the matcher name, `a|b` when either is fair.
- Green: ids the programme issues (household, client, pregnancy, referral, CHW, payment and
  mobile-money transaction ids, referral slip codes), UUIDs, versions, timestamps, hashes of
  non-personal data, amounts that are not pay, enums, counters and booleans even under
  PII-sounding keys (`phone_verified`, `email_count`, `pin_length`), product, drug-as-stock-item,
  organisation, facility and NGO names, places that are not the person's (facilities, their
  coordinates, district / upazila / municipio / department / traditional authority), country,
  locale, language, timezone, currency, user agents, OS-issued device ids (Android ID,
  context.device.id), ages and age bands, marital status, job titles, the organisation's own
  phone numbers, role mailboxes, SMS sender ids and short codes.
- Contested cases follow the product's published policy (brief): pay and incentive amounts are
  `salary` (yellow); insurer member numbers `identification`; facility register / patient numbers
  (ANC register, ART number, MRN, EPI card, expediente) are red `health id`; identity documents
  red `national id`; payment tokens (pm_...), OTPs, activation codes and invitation / reset link
  tokens red `token`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing addresses yellow;
  the IGSS affiliation number (a social health insurer's member number) yellow `identification`;
  rx numbers yellow `medication`; ambulance plates yellow `license`.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would flag):
  * Health: named conditions, danger signs, diagnoses (also ICD-10 codes), test results, and
    booleans / enums that reveal a condition (pregnant, HIV status, MUAC colour, nutrition status,
    oedema, birth outcome, client category pregnant/postpartum/lactating) are yellow `condition`
    or `diagnosis`; delivery mode and previous caesarean are `procedure`; medicines and vaccines
    given to a person, and contraceptive method, are yellow `medication` / `medication|procedure`;
    disability is red (reference). Raw measurements and counts (weight, height, MUAC in mm, blood
    pressure, Hb, temperature, breaths per minute, gestational weeks, gravida, parity, dose
    numbers) are green, as are the same drug and vaccine names when they are stock items.
  * Dates of events (visit, LMP, EDD, next due, report dates) are green; a person's birth date,
    including a newborn's delivery date, is yellow `birthdate`.
  * A household's village (mudzi / gram / aldea) is the person's locality: yellow `city|address`;
    household GPS and the CHW device's location are yellow `geolocation`.
  * IMEI, ICCID and hardware serials are yellow `serial`; push tokens red `token` (as the main
    corpus); Wi-Fi MAC yellow `mac`.
  * Hashed e-mail / phone sent for ad matching (CAPI `em`, `ph`) keep their type, yellow.
  * Names of deceased persons, village headmen (`mfumu`) and staff (clinicians, drivers,
    vaccinators, approvers) are yellow `name`; ethnicity and linguistic community yellow
    `ethnicity`; religion yellow.
- value_only is true when the key does not say what the value is (`to`, `from`, `q`, `value`,
  `body`, `note`, `externalIds[].id`, ...); such a path carries its PII in every value. Free text
  is labelled by what every one of its values carries, green when none does (feedback comments,
  error messages, keyword SMS replies are written without personal data).
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- country-aware values ------------------------------------------------------------------------

FIRST_F = {
    "MW": [
        "Chikondi",
        "Tiyamike",
        "Mphatso",
        "Thokozani",
        "Madalitso",
        "Chisomo",
        "Alinafe",
        "Tadala",
        "Chimwemwe",
        "Esnart",
        "Loveness",
        "Agness",
        "Memory",
        "Eneless",
        "Tamanda",
        "Towera",
    ],
    "BD": [
        "Fatema",
        "Nasrin",
        "Rahima",
        "Shirin",
        "Rina",
        "Taslima",
        "Sharmin",
        "Marjina",
        "Moushumi",
        "Jannatul",
        "Ayesha",
        "Lipi",
        "Sathi",
        "Mst. Rokeya",
        "Shapla",
        "Kulsum",
    ],
    "GT": [
        "María",
        "Juana",
        "Rosa",
        "Francisca",
        "Josefa",
        "Ana Lucía",
        "Marta",
        "Catarina",
        "Manuela",
        "Candelaria",
        "Sandra",
        "Elena",
        "Dominga",
        "Micaela",
        "Ixchel",
        "Yesenia",
    ],
}
FIRST_M = {
    "MW": [
        "Kondwani",
        "Blessings",
        "Yamikani",
        "Wongani",
        "Limbani",
        "Gift",
        "Pemphero",
        "Chifundo",
        "Mayeso",
        "Lusungu",
    ],
    "BD": [
        "Md. Abdul Karim",
        "Anwar",
        "Rafiqul",
        "Mizanur",
        "Habibur",
        "Sujon",
        "Arif",
        "Tapan",
        "Shahidul",
        "Nurul",
    ],
    "GT": [
        "Juan",
        "Diego",
        "Pedro",
        "Tomás",
        "Francisco",
        "Mateo",
        "Sebastián",
        "Domingo",
        "Baltazar",
        "Efraín",
    ],
}
LAST = {
    "MW": [
        "Banda",
        "Phiri",
        "Mwale",
        "Chirwa",
        "Nyirenda",
        "Mbewe",
        "Kachale",
        "Gondwe",
        "Tembo",
        "Msiska",
        "Kumwenda",
        "Chisale",
        "Mvula",
        "Kamanga",
        "Jere",
        "Ngwira",
        "Kalua",
        "Munthali",
    ],
    "BD": [
        "Begum",
        "Akter",
        "Khatun",
        "Sultana",
        "Das",
        "Hossain",
        "Rahman",
        "Islam",
        "Uddin",
        "Mia",
        "Sarkar",
        "Roy",
        "Chowdhury",
        "Biswas",
        "Barman",
        "Mondal",
    ],
    "GT": [
        "Xiloj",
        "Tzul",
        "Ixcoy",
        "Pérez",
        "Chávez",
        "Cux",
        "Tzoc",
        "Batz",
        "Caal",
        "Choc",
        "Ajanel",
        "López",
        "Tum",
        "Coc",
        "Sic",
        "Baten",
        "Gómez",
        "Us",
    ],
}
VILLAGES = {
    "MW": [
        "Mkanda",
        "Chisitu",
        "Kalumbu",
        "Nkhwazi",
        "Chinkhwiri",
        "Mtandire",
        "Kauma",
        "Chigoneka",
        "Mgona",
        "Mbwatalika",
        "Kachere",
        "Nsipe",
    ],
    "BD": [
        "Char Kukri",
        "Baliadangi",
        "Shibpur",
        "Rampur",
        "Kashipur",
        "Dhononjoypur",
        "Narayanpur",
        "Haripur",
        "Bhelabari",
        "Jatrapur",
    ],
    "GT": [
        "Chuicacá",
        "Xecaracoj",
        "Pachaj",
        "Chiquisis",
        "Xequemeyá",
        "Paxtocá",
        "Chuanoj",
        "Sacpulup",
        "Chichicastenango Centro",
        "Tzanimacabaj",
    ],
}
DISTRICTS = {
    "MW": ["Ntcheu", "Zomba", "Neno", "Mangochi", "Chitipa", "Kasungu", "Lilongwe", "Nkhata Bay"],
    "BD": ["Kurigram", "Sunamganj", "Habiganj", "Rangpur", "Netrokona", "Bhola"],
    "GT": ["Quiché", "Huehuetenango", "Totonicapán", "Alta Verapaz", "Sololá", "San Marcos"],
}
SUBDISTRICTS = {
    "MW": ["TA Mlauli", "TA Chikowi", "TA Kalumbu", "TA Njolomole", "STA Mwambo"],
    "BD": ["Rowmari", "Chilmari", "Derai", "Baniachong", "Madan", "Char Fasson"],
    "GT": ["Santa Cruz del Quiché", "Chichicastenango", "Momostenango", "Cobán", "Nahualá", "Joyabaj"],
}
FACILITIES = {
    "MW": [
        "Chileka Health Centre",
        "Neno District Hospital",
        "Lisungwi Community Hospital",
        "Matope Health Centre",
        "Mwanza District Hospital",
        "Kapiri Health Centre",
    ],
    "BD": [
        "Rowmari Upazila Health Complex",
        "Bhelabari Community Clinic",
        "Kurigram District Hospital",
        "Derai UHC",
        "Jatrapur Union Sub-Centre",
    ],
    "GT": [
        "Puesto de Salud Xecaracoj",
        "Centro de Salud Santa Cruz del Quiché",
        "Hospital Regional de Cobán",
        "Puesto de Salud Paxtocá",
        "CAP Joyabaj",
    ],
}
FACILITY_CODE = {"MW": "MW-{}-{:03d}", "BD": "DGHS-{}{:05d}", "GT": "PS-{}-{:04d}"}
CURRENCY = {"MW": "MWK", "BD": "BDT", "GT": "GTQ"}
LOCALE = {
    "MW": ["en-MW", "ny-MW", "en-GB"],
    "BD": ["bn-BD", "en-BD", "en-US"],
    "GT": ["es-GT", "es-419", "es-US"],
}
TZ = {"MW": "Africa/Blantyre", "BD": "Asia/Dhaka", "GT": "America/Guatemala"}
CARRIER = {
    "MW": ["Airtel MW", "TNM"],
    "BD": ["Grameenphone", "Robi", "Banglalink", "Teletalk"],
    "GT": ["Tigo", "Claro GT"],
}
MOMO = {
    "MW": ["Airtel Money", "TNM Mpamba"],
    "BD": ["bKash", "Nagad", "Rocket"],
    "GT": ["Tigo Money", "BI Pagos"],
}
ROLES = {
    "MW": ["HSA", "Senior HSA", "CHW Supervisor"],
    "BD": ["Shasthya Kormi", "Shasthya Shebika", "FWA", "Programme Organiser"],
    "GT": ["promotora", "comadrona", "auxiliar de enfermería", "educadora"],
}
NGOS = [
    "Ministry of Health Malawi",
    "Partners In Health Malawi",
    "BRAC Health Programme",
    "Save the Children Bangladesh",
    "Ministerio de Salud Pública y Asistencia Social",
    "Wuqu' Kawoq",
    "Living Goods Partners",
]


class CHWFake(Fake):
    """Fake with a programme country (`cc`), set per message so every value of an event agrees."""

    cc = "MW"

    def lfirst(self, sex=None):
        sex = sex or self.pick("FFFM")
        return self.pick(FIRST_F[self.cc] if sex == "F" else FIRST_M[self.cc])

    def llast(self):
        return self.pick(LAST[self.cc])

    def lname(self, sex=None):
        if self.cc == "GT":
            return f"{self.lfirst(sex)} {self.llast()} {self.llast()}"
        return f"{self.lfirst(sex)} {self.llast()}"

    def lphone(self, style=None):
        r = self.r
        if self.cc == "MW":
            pre = self.pick(["99", "98", "88", "89", "99"])
            rest = f"{r.randint(0, 9999999):07d}"
            style = style or self.pick(["plus", "local", "plus_space", "local_space"])
            return {
                "plus": f"+265{pre}{rest}",
                "local": f"0{pre}{rest}",
                "plus_space": f"+265 {pre}{rest[0]} {rest[1:4]} {rest[4:]}",
                "local_space": f"0{pre}{rest[0]} {rest[1:4]} {rest[4:]}",
                "msisdn": f"265{pre}{rest}",
            }[style]
        if self.cc == "BD":
            op = self.pick("3456789")
            rest = f"{r.randint(0, 99999999):08d}"
            style = style or self.pick(["plus", "local", "plus_space", "local_dash"])
            return {
                "plus": f"+8801{op}{rest}",
                "local": f"01{op}{rest}",
                "plus_space": f"+880 1{op}{rest[:2]} {rest[2:]}",
                "local_dash": f"01{op}{rest[:2]}-{rest[2:]}",
                "msisdn": f"8801{op}{rest}",
            }[style]
        first = self.pick("345")
        rest = f"{r.randint(0, 9999999):07d}"
        style = style or self.pick(["plus", "local", "plus_space", "local_dash"])
        return {
            "plus": f"+502{first}{rest}",
            "local": f"{first}{rest}",
            "plus_space": f"+502 {first}{rest[:3]} {rest[3:]}",
            "local_dash": f"{first}{rest[:3]}-{rest[3:]}",
            "msisdn": f"502{first}{rest}",
        }[style]

    def lemail(self, name=None):
        name = name or self.lname()
        plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
        parts = [p for p in plain.replace(".", " ").replace("'", "").split() if p not in ("md", "mst")]
        clean = f"{parts[0]}_{parts[-1]}"
        domain = self.pick(["example.com", "mail.example.org", "example.net", "moh.example.org"])
        return f"{clean.replace('_', self.pick(['.', '_', '']))}{self.r.randint(1, 98)}@{domain}"

    def village(self):
        return self.pick(VILLAGES[self.cc])

    def district(self):
        return self.pick(DISTRICTS[self.cc])

    def subdistrict(self):
        return self.pick(SUBDISTRICTS[self.cc])

    def facility(self):
        return self.pick(FACILITIES[self.cc])

    def facility_code(self):
        area = {
            "MW": self.pick(["NTC", "ZOM", "NEN", "MAN"]),
            "BD": self.pick(["10", "30", "55"]),
            "GT": self.pick(["QUI", "HUE", "AVE"]),
        }[self.cc]
        return FACILITY_CODE[self.cc].format(area, self.r.randint(1, 999))

    def national_id(self):
        if self.cc == "MW":
            alnum = string.ascii_uppercase + string.digits
            return "".join(self.r.choice(alnum) for _ in range(8))
        if self.cc == "BD":
            kind = self.pick([10, 13, 17])
            if kind == 17:
                return str(self.r.randint(1970, 2004)) + self.digits(13)
            return self.digits(kind)
        return self.cui()

    def cui(self, spaced=None):
        while True:
            body = self.digits(8)
            check = sum(int(d) * (i + 2) for i, d in enumerate(body)) % 11
            if check < 10:
                break
        dept = self.r.randint(1, 22)
        muni = self.r.randint(1, 20)
        raw = f"{body}{check}{dept:02d}{muni:02d}"
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return f"{raw[:4]} {raw[4:9]} {raw[9:]}" if spaced else raw

    def nit(self):
        body = self.digits(self.pick([6, 7, 7, 8]))
        total = sum(int(d) * w for d, w in zip(body, range(len(body) + 1, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        return f"{body}-{'K' if check == 10 else check}"

    def brn(self):
        return str(self.r.randint(2015, 2024)) + self.digits(13)

    def bank_account(self):
        if self.cc == "MW":
            return self.pick(["1", "9", "0"]) + self.digits(12)
        if self.cc == "BD":
            return f"{self.digits(3)}.{self.digits(3)}.{self.digits(5)}"
        return f"{self.r.randint(1, 4)}-{self.digits(3)}-{self.digits(5)}-{self.r.randint(0, 9)}"

    def health_id(self):
        if self.cc == "MW":
            return f"{self.pick(['ZCH', 'NNO', 'LSG', 'MTP', 'QECH'])}-ARV-{self.r.randint(1, 9999)}"
        if self.cc == "BD":
            return f"HID-{self.digits(4)}-{self.digits(4)}-{self.digits(2)}"
        return f"EXP-{self.r.randint(2015, 2024)}-{self.r.randint(1, 99999):05d}"

    def lgps(self):
        box = {
            "MW": (-15.9, -13.2, 33.8, 35.4),
            "BD": (22.1, 25.6, 88.8, 91.9),
            "GT": (14.6, 15.8, -91.7, -89.9),
        }
        la0, la1, lo0, lo1 = box[self.cc]
        return round(self.r.uniform(la0, la1), 6), round(self.r.uniform(lo0, lo1), 6)

    def lat_(self):
        return self.lgps()[0]

    def lon_(self):
        return self.lgps()[1]

    def money_local(self, lo, hi):
        scale = {"MW": 1000, "BD": 60, "GT": 4}[self.cc]
        return round(self.r.uniform(lo, hi) * scale, -1 if self.cc == "MW" else 0)

    def hh_id(self):
        return f"HH-{self.cc}-{self.r.randint(1, 999999):06d}"

    def chw_id(self):
        return f"CHW-{self.cc}-{self.r.randint(1, 4200):04d}"

    def imei(self):
        return self.luhn_complete("35" + self.digits(12))

    def iccid(self):
        prefix = {"MW": "89265", "BD": "89880", "GT": "89502"}[self.cc]
        return self.luhn_complete(prefix + self.digits(13))

    def recent_date(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def child_dob(self):
        return f"{self.r.randint(2019, 2024)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def woman_dob(self):
        return self.date(1978, 2008)


# -- value pools -----------------------------------------------------------------------------------

DANGER_SIGNS = [
    "severe headache",
    "blurred vision",
    "vaginal bleeding",
    "convulsions",
    "high fever",
    "reduced fetal movement",
    "swelling of face and hands",
    "severe abdominal pain",
    "leaking fluid before labour",
]
NEWBORN_SIGNS = [
    "not feeding well",
    "fast breathing",
    "chest indrawing",
    "fever",
    "hypothermia",
    "yellow palms and soles",
    "umbilical redness",
    "convulsions",
]
CONDITIONS = [
    "hypertension",
    "anaemia",
    "gestational diabetes",
    "previous stillbirth",
    "multiple pregnancy",
    "HIV positive",
    "malaria in pregnancy",
    "pre-eclampsia",
]
ICD10 = ["O14.1", "O13", "O99.0", "O24.4", "O44.1", "B54", "J18.9", "A09", "E43", "P07.3", "O72.1"]
REFERRAL_REASONS = [
    "pre-eclampsia",
    "severe anaemia",
    "severe pneumonia",
    "severe acute malnutrition",
    "postpartum haemorrhage",
    "neonatal sepsis",
    "obstructed labour",
    "severe dehydration",
]
VACCINES = [
    "BCG",
    "OPV0",
    "OPV1",
    "Penta1",
    "Penta2",
    "Penta3",
    "PCV1",
    "PCV3",
    "Rota1",
    "Rota2",
    "Measles-Rubella 1",
    "MR2",
    "IPV",
    "TCV",
]
STOCK_ITEMS = [
    ("AMX-DT-250", "Amoxicillin DT 250mg (10x10)"),
    ("ORS-20.5", "ORS sachet 20.5g"),
    ("ZNC-20", "Zinc sulphate 20mg dispersible"),
    ("ALU-1X6", "Artemether-lumefantrine 1x6"),
    ("RUTF-92", "RUTF paste 92g sachet"),
    ("CHX-7.1", "Chlorhexidine 7.1% gel 10g"),
    ("MUAC-C", "MUAC tape (child)"),
    ("MRDT-PF", "mRDT P. falciparum test kit"),
    ("IFA-60", "Ferrous-folic acid 60mg/400mcg"),
    ("DMPA-SC", "DMPA-SC (Sayana Press)"),
    ("PENTA-10", "Pentavalent vaccine 10-dose vial"),
    ("GLV-M", "Examination gloves M"),
]
MEDICINES_GIVEN = [
    "Amoxicillin DT 250mg",
    "ORS + Zinc",
    "Artemether-lumefantrine",
    "Paracetamol 120mg",
    "Iron/folic acid",
    "Sulfadoxine-pyrimethamine (IPTp)",
    "Mebendazole 500mg",
    "Vitamin A 200,000 IU",
]
FP_METHODS = [
    "implant",
    "injectable (DMPA-SC)",
    "combined oral pill",
    "IUD",
    "tubal ligation",
    "condoms",
    "lactational amenorrhoea",
]
CHW_NOTE_CONDITIONS = [
    "Complains of swelling of feet and face for 3 days, BP high, referred",
    "Mother reports bleeding since morning, advised to go to facility now",
    "Child has fast breathing and cough for 4 days, given amoxicillin",
    "Baby not feeding well, temperature 38.6, referred to HC",
    "Woman has severe headache and blurred vision, escorted to facility",
    "Child with watery diarrhoea x5/day, ORS and zinc given",
    "Known HIV positive, on ART, missed refill last month",
    "MUAC red with bilateral oedema, referred to NRU",
]
SMS_TEMPLATES = {
    "MW": [
        "Moni {n}! Ulendo wanu wa ANC ndi pa {d} ku {fac}. Musaiwale buku lanu la health passport.",
        "{n}, mwana wanu akuyenera kulandira katemera pa {d} ku {fac}. Zikomo.",
        "Dear {n}, your next ANC visit is on {d} at {fac}. Reply 1 to confirm.",
    ],
    "BD": [
        "Priyo {n}, apnar shishur tika dewar tarikh {d}, {fac}. Dhonnobad.",
        "{n}, apnar gorbhokalin sheba porjobekkhon {d} tarikhe. Shasthya Kormi apnar barite ashben.",
        "Dear {n}, your child's vaccination is due on {d} at {fac}.",
    ],
    "GT": [
        "Hola {n}, recuerde su control prenatal el {d} en {fac}. Traiga su carné.",
        "{n}, la vacuna de su bebé le toca el {d} en {fac}. Gracias.",
        "Buenos días {n}, la promotora la visitará el {d}. Responda SI para confirmar.",
    ],
}
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
]
ANDROID_MODELS = [
    ("samsung", "SM-A145F", "a14"),
    ("TECNO", "TECNO KI5q", "TECNO-KI5q"),
    ("itel", "itel A665L", "itel-A665L"),
    ("Xiaomi", "Redmi 12C", "earth"),
    ("samsung", "SM-A047F", "a04s"),
]


def gps(f):
    return {"lat": Y(lambda f: f.lat_(), "geolocation"), "lng": Y(lambda f: f.lon_(), "geolocation")}


# -- contexts --------------------------------------------------------------------------------------


def kotlin_context(f: CHWFake):
    model = f.pick(ANDROID_MODELS)
    return {
        "app": {
            "name": G(lambda f: "Amayi+ CHW"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.3", "4.13.0"])),
            "build": G(lambda f: f.pick(["41200", "41203", "41300"])),
            "namespace": G(lambda f: "org.amayiplus.chw"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: model[0]),
            "model": G(lambda f: model[1]),
            "name": G(lambda f: model[2]),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False, False])),
            "cellular": G(lambda f: f.pick([True, True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIER[f.cc])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2408])),
        },
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 13; {model[1]} Build/TP1A.220624.014)"),
        "location": {
            "latitude": Y(lambda f: f.lat_(), "geolocation"),
            "longitude": Y(lambda f: f.lon_(), "geolocation"),
            "accuracy": G(lambda f: f.pick([4.8, 12.0, 35.5, 64.0])),
        },
    }


def flutter_context(f: CHWFake):
    model = f.pick(ANDROID_MODELS)
    return {
        "app": {
            "name": G(lambda f: "Amayi+ CHW"),
            "version": G(lambda f: f.pick(["5.0.0-beta.3", "5.0.1", "5.1.0"])),
            "build": G(lambda f: f.pick(["500", "501", "510"])),
            "namespace": G(lambda f: "org.amayiplus.chw"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: model[0]),
            "model": G(lambda f: model[1]),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "os": {"name": G(lambda f: "android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "width": G(lambda f: f.pick([360, 393, 412])),
            "height": G(lambda f: f.pick([800, 873, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


def web_context(f: CHWFake, page="/dashboard"):
    host = f.pick(["https://dashboard.amayiplus.example.org", "https://supervise.amayiplus.example.org"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(lambda f: f.pick(["", host + "/dashboard", host + "/households"])),
            "search": G(
                lambda f: f.pick(["", "?district=" + f.district().replace(" ", "+"), "?period=2024Q2"])
            ),
            "title": G(
                lambda f: f.pick(["Amayi+ Supervisor", "CHW performance | Amayi+", "Households | Amayi+"])
            ),
            "url": G(lambda f: host + page),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "Linux", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def donate_context(f: CHWFake):
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "next-1.70.1")},
        "page": {
            "path": G(lambda f: "/donate"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.facebook.com/", ""])),
            "title": G(lambda f: "Give a mother a safe birth | Amayi+"),
            "url": G(lambda f: "https://give.amayiplus.example.org/donate"),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-DE", "nl-NL", "es-ES"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Europe/Berlin"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["mothers_day_2024", "giving_tuesday", "safe_birth_appeal"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "header_link"])),
            "term": G(lambda f: f.pick(["maternal health charity", "donate midwife", ""])),
        },
    }


def swift_context(f: CHWFake):
    return {
        "app": {
            "name": G(lambda f: "Amayi+ Supervisor"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "org.amayiplus.supervisor"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad12,1", "iPad13,18"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.2"]))},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
    }


SERVER_LIBS = {
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(kind):
    def build(f: CHWFake):
        name, versions = SERVER_LIBS[kind]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if kind == "java":
            # the sync backend forwards the device's IP and the CHW's profile
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["traits"] = {
                "name": Y(lambda f: f.lname(), "name"),
                "phone": Y(lambda f: f.lphone(), "phone"),
                "district": G(lambda f: f.district()),
                "role": G(lambda f: f.pick(ROLES[f.cc])),
            }
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.lphone("msisdn"), "phone", True),
                    "type": G(lambda f: "msisdn"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if kind == "go":
            ctx["protocols"] = {"sourceId": G(lambda f: "src_" + f.hexid(10))}
        if kind == "node":
            ctx["groupId"] = G(lambda f: "org_" + f.digits(4))
        return ctx

    return build


CONTEXTS = {
    "kotlin": kotlin_context,
    "flutter": flutter_context,
    "web": web_context,
    "donate": donate_context,
    "swift": swift_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}

# -- events ------------------------------------------------------------------------------------------
# (type, event, clients, countries, body, page path for web)

ALL = ("MW", "BD", "GT")
APP = ("kotlin", "flutter")

EVENTS = [
    # -- CHW sign-in, identity ------------------------------------------------------------------------
    (
        "identify",
        None,
        APP,
        ALL,
        {
            "name": Y(lambda f: f.lname(), "name"),
            "phone": Y(lambda f: f.lphone(), "phone"),
            "email": Y(lambda f: f.lemail(), "email"),
            "chwId": G(lambda f: f.chw_id()),
            "role": G(lambda f: f.pick(ROLES[f.cc])),
            "district": G(lambda f: f.district()),
            "healthFacility": G(lambda f: f.facility()),
            "catchmentHouseholds": G(lambda f: f.r.randint(80, 450)),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "dateOfBirth": Y(lambda f: f.date(1965, 2000), "birthdate"),
            "nationalId": RED(lambda f: f.national_id(), "national id"),
            "mobileMoneyProvider": G(lambda f: f.pick(MOMO[f.cc])),
            "mobileMoneyNumber": Y(lambda f: f.lphone(), "phone"),
            "homeVillage": Y(lambda f: f.village(), "city|address"),
            "trainingCohort": G(lambda f: f.pick(["2022-A", "2023-B", "2024-A"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: {"MW": "ny", "BD": "bn", "GT": "es"}[f.cc]),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed In",
        APP,
        ALL,
        {
            "method": G(lambda f: f.pick(["pin", "otp", "biometric"])),
            "pin_length": G(lambda f: f.pick([4, 6])),
            "pin_attempts": G(lambda f: f.r.randint(1, 3)),
            "offline": G(lambda f: f.pick([True, False])),
            "days_since_last_sync": G(lambda f: f.r.randint(0, 21)),
            "pending_records": G(lambda f: f.r.randint(0, 140)),
        },
    ),
    (
        "track",
        "OTP Verified",
        APP,
        ALL,
        {
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_masked": G(
                lambda f: "+" + {"MW": "265", "BD": "880", "GT": "502"}[f.cc] + "******" + f.digits(3)
            ),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Device Enrolled",
        ("go",),
        ALL,
        {
            "enrollment-id": G(lambda f: f.uuid()),
            "imei": Y(lambda f: f.imei(), "serial"),
            "serial-number": Y(lambda f: f.pick(["R58", "R9N", "TK"]) + f.hexid(8).upper(), "serial"),
            "sim-iccid": Y(lambda f: f.iccid(), "serial"),
            "msisdn": Y(lambda f: f.lphone("msisdn"), "phone"),
            "android-id": G(lambda f: f.hexid(16)),
            "wifi-mac": Y(lambda f: f.mac(), "mac"),
            "push-token": RED(lambda f: f.hexid(11) + ":APA91b" + f.hexid(40), "token"),
            "assigned-chw-id": G(lambda f: f.chw_id()),
            "mdm-policy": G(lambda f: f.pick(["kiosk-v3", "standard-v2"])),
            "battery-pct": G(lambda f: f.r.randint(5, 100)),
            "storage-free-mb": G(lambda f: f.r.randint(200, 24000)),
            "enrolled-at": G(lambda f: f.iso()),
        },
    ),
    # -- households -------------------------------------------------------------------------------------
    (
        "track",
        "Household Registered",
        APP,
        ALL,
        {
            "household_id": G(lambda f: f.hh_id()),
            "household_head_name": Y(lambda f: f.lname("M"), "name"),
            "head_phone": Y(lambda f: f.lphone(), "phone"),
            "village": Y(lambda f: f.village(), "city|address"),
            "subdistrict": G(lambda f: f.subdistrict()),
            "district": G(lambda f: f.district()),
            "gps": {**gps(None), "accuracy_m": G(lambda f: f.pick([3.9, 8.0, 15.2, 40.0]))},
            "members_count": G(lambda f: f.r.randint(1, 12)),
            "under_five_count": G(lambda f: f.r.randint(0, 4)),
            "water_source": G(lambda f: f.pick(["borehole", "protected well", "river", "piped"])),
            "has_latrine": G(lambda f: f.pick([True, False])),
            "has_bednet": G(lambda f: f.pick([True, False])),
            "roof_material": G(lambda f: f.pick(["thatch", "iron sheets", "tiles"])),
            "enumeration_round": G(lambda f: f.pick(["2024R1", "2024R2"])),
            "form_version": G(lambda f: f.pick(["hh_reg_v7", "hh_reg_v8"])),
            "registered_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Household Member Added",
        APP,
        ALL,
        {
            "household_id": G(lambda f: f.hh_id()),
            "member_id": G(lambda f: f.uuid()),
            "relationship_to_head": G(lambda f: f.pick(["spouse", "child", "grandchild", "parent", "head"])),
            "given_name": Y(lambda f: f.lfirst(), "name"),
            "family_name": Y(lambda f: f.llast(), "name"),
            "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "dob": Y(lambda f: f.pick([f.woman_dob(), f.child_dob()]), "birthdate"),
            "dob_estimated": G(lambda f: f.pick([True, False])),
            "age_years": G(lambda f: f.r.randint(0, 80)),
            "national_id": RED(lambda f: f.national_id(), "national id"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "has_disability": RED(lambda f: f.pick([True, False, False]), "disability"),
            "disability_type": RED(
                lambda f: f.pick(["visual", "physical", "hearing", "intellectual"]), "disability"
            ),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "occupation": G(
                lambda f: f.pick(["farmer", "student", "trader", "housewife", "casual labourer"])
            ),
            "education_level": G(lambda f: f.pick(["none", "primary", "secondary", "tertiary"])),
            "religion": Y(
                lambda f: f.pick(["Christian", "Muslim", "Hindu", "Catholic", "Evangélica"]), "religion"
            ),
        },
    ),
    (
        "track",
        "Household Visit Started",
        APP,
        ALL,
        {
            "visit_id": G(lambda f: f.uuid()),
            "household_id": G(lambda f: f.hh_id()),
            "visit_type": G(
                lambda f: f.pick(["routine", "anc_followup", "pnc", "child_followup", "enumeration"])
            ),
            "gps": {**gps(None), "accuracy_m": G(lambda f: f.pick([3.9, 8.0, 15.2, 40.0]))},
            "within_catchment": G(lambda f: f.pick([True, True, False])),
            "members_present": G(lambda f: f.r.randint(1, 7)),
            "language_used": G(
                lambda f: f.pick(
                    {
                        "MW": ["Chichewa", "Chiyao", "Chitumbuka"],
                        "BD": ["Bangla"],
                        "GT": ["K'iche'", "Q'eqchi'", "Español"],
                    }[f.cc]
                )
            ),
            "started_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Household Visit Ended",
        APP,
        ALL,
        {
            "visit_id": G(lambda f: f.uuid()),
            "duration_s": G(lambda f: f.r.randint(240, 3600)),
            "forms_completed": G(lambda f: f.r.randint(1, 5)),
            "services": Many(
                G(lambda f: f.pick(["anc", "pnc", "immunisation_check", "growth", "iccm", "fp"])), 3
            ),
            "next_visit_date": G(lambda f: f.recent_date()),
            "outcome": G(lambda f: f.pick(["completed", "nobody_home", "refused", "moved_away"])),
        },
    ),
    (
        "track",
        "Consent Recorded",
        APP,
        ALL,
        {
            "consent_id": G(lambda f: f.uuid()),
            "consent_type": G(lambda f: f.pick(["registration", "data_sharing", "photo"])),
            "consent_given": G(lambda f: f.pick([True, True, False])),
            "method": G(lambda f: f.pick(["signature", "thumbprint", "verbal"])),
            "guardian_name": Y(lambda f: f.lname(), "name"),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "grandmother", "aunt"])),
            "witness_name": Y(lambda f: f.lname(), "name"),
            "consent_form_version": G(lambda f: f.pick(["v3.1", "v4.0"])),
        },
    ),
    # -- pregnancy and ANC ------------------------------------------------------------------------------
    (
        "track",
        "Pregnancy Registered",
        APP,
        ALL,
        {
            "pregnancy_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.uuid()),
            "household_id": G(lambda f: f.hh_id()),
            "woman_name": Y(lambda f: f.lname("F"), "name"),
            "husband_name": Y(lambda f: f.lname("M"), "name"),
            "woman_phone": Y(lambda f: f.lphone(), "phone"),
            "age_years": G(lambda f: f.r.randint(15, 45)),
            "lmp_date": G(lambda f: f.recent_date()),
            "edd": G(lambda f: f.recent_date()),
            "gestational_age_weeks": G(lambda f: f.r.randint(6, 38)),
            "gravida": G(lambda f: f.r.randint(1, 8)),
            "parity": G(lambda f: f.r.randint(0, 7)),
            "previous_csection": Y(lambda f: f.pick([True, False, False]), "procedure"),
            "hiv_status": Y(lambda f: f.pick(["negative", "positive", "unknown"]), "condition|diagnosis"),
            "risk_factors": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "anc_register_no": RED(
                lambda f: f"ANC/{f.r.randint(2023, 2024)}/{f.r.randint(1, 2999):04d}", "health id"
            ),
            "planned_delivery_place": G(lambda f: f.facility()),
        },
    ),
    (
        "track",
        "ANC Visit Completed",
        APP,
        ALL,
        {
            "visit_id": G(lambda f: f.uuid()),
            "pregnancy_id": G(lambda f: f.uuid()),
            "anc_contact": G(lambda f: f.r.randint(1, 8)),
            "visit_date": G(lambda f: f.recent_date()),
            "gestational_age_weeks": G(lambda f: f.r.randint(8, 40)),
            "bp_systolic": G(lambda f: f.r.randint(95, 170)),
            "bp_diastolic": G(lambda f: f.r.randint(60, 115)),
            "weight_kg": G(lambda f: f.money(42, 90)),
            "hb_g_dl": G(lambda f: f.money(6, 14)),
            "danger_signs": Many(Y(lambda f: f.pick(DANGER_SIGNS), "condition"), 3),
            "danger_signs_count": G(lambda f: f.r.randint(0, 3)),
            "ifa_tablets_given": G(lambda f: f.pick([0, 30, 60, 90])),
            "medicines_given": Many(Y(lambda f: f.pick(MEDICINES_GIVEN), "medication"), 2),
            "counselling_topics": Many(
                G(
                    lambda f: f.pick(
                        [
                            "birth preparedness",
                            "nutrition",
                            "danger signs",
                            "breastfeeding",
                            "family planning",
                        ]
                    )
                ),
                3,
            ),
            "referred": G(lambda f: f.pick([True, False])),
            "chw_notes": Y(lambda f: f.pick(CHW_NOTE_CONDITIONS), "condition", True),
            "next_visit_date": G(lambda f: f.recent_date()),
        },
    ),
    (
        "track",
        "Danger Sign Reported",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "client_category": Y(
                lambda f: f.pick(["pregnant", "postpartum", "lactating"]), "condition", True
            ),
            "sign": Y(lambda f: f.pick(DANGER_SIGNS), "condition"),
            "severity": G(lambda f: f.pick(["urgent", "emergency"])),
            "reported_via": G(lambda f: f.pick(["app", "sms", "call"])),
            "action_taken": G(lambda f: f.pick(["referred", "called_ambulance", "advised"])),
            "location": {
                "latitude": Y(lambda f: f.lat_(), "geolocation"),
                "longitude": Y(lambda f: f.lon_(), "geolocation"),
            },
            "reporter_role": G(lambda f: f.pick(ROLES[f.cc])),
        },
    ),
    # -- birth and postnatal ---------------------------------------------------------------------------
    (
        "track",
        "Birth Recorded",
        APP,
        ALL,
        {
            "birth_id": G(lambda f: f.uuid()),
            "mother_client_id": G(lambda f: f.uuid()),
            "baby_name": Y(lambda f: f.lfirst(), "name"),
            "baby_sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
            "delivery_date": Y(lambda f: f.recent_date(), "birthdate"),
            "place_of_delivery": G(lambda f: f.pick(["facility", "home", "en_route"])),
            "facility_name": G(lambda f: f.facility()),
            "delivery_mode": Y(
                lambda f: f.pick(["SVD", "caesarean section", "vacuum assisted"]), "procedure"
            ),
            "birth_outcome": Y(lambda f: f.pick(["live birth", "stillbirth", "neonatal death"]), "condition"),
            "birth_weight_g": G(lambda f: f.r.randint(1400, 4300)),
            "birth_attendant": G(lambda f: f.pick(["midwife", "nurse", "TBA", "doctor", "none"])),
            "attendant_name": Y(lambda f: f.lname(), "name"),
            "breastfed_within_1h": G(lambda f: f.pick([True, False])),
            "birth_registration_no": RED(lambda f: f.brn() if f.cc != "GT" else f.cui(False), "national id"),
            "multiple_birth": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Postnatal Visit Completed",
        APP,
        ALL,
        {
            "visit_id": G(lambda f: f.uuid()),
            "birth_id": G(lambda f: f.uuid()),
            "pnc_day": G(lambda f: f.pick([1, 3, 7, 42])),
            "mother_danger_signs": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "heavy bleeding",
                            "fever",
                            "foul-smelling discharge",
                            "severe headache",
                            "depressed mood",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "newborn_danger_signs": Many(Y(lambda f: f.pick(NEWBORN_SIGNS), "condition"), 2),
            "cord_care": G(lambda f: f.pick(["chlorhexidine", "dry", "other"])),
            "exclusive_breastfeeding": G(lambda f: f.pick([True, False])),
            "baby_weight_g": G(lambda f: f.r.randint(1800, 5200)),
            "fp_method_chosen": Y(lambda f: f.pick(FP_METHODS), "medication|procedure"),
            "kmc_started": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Death Reported",
        APP,
        ALL,
        {
            "report_id": G(lambda f: f.uuid()),
            "deceased_name": Y(lambda f: f.lname(), "name"),
            "category": G(lambda f: f.pick(["maternal", "neonatal", "child_u5", "stillbirth"])),
            "age_at_death_days": G(lambda f: f.r.randint(0, 1800)),
            "date_of_death": G(lambda f: f.recent_date()),
            "place_of_death": G(lambda f: f.pick(["home", "facility", "en_route"])),
            "suspected_cause": Y(
                lambda f: f.pick(
                    [
                        "postpartum haemorrhage",
                        "eclampsia",
                        "sepsis",
                        "birth asphyxia",
                        "pneumonia",
                        "severe malnutrition",
                    ]
                ),
                "condition|diagnosis",
            ),
            "informant_name": Y(lambda f: f.lname(), "name"),
            "informant_phone": Y(lambda f: f.lphone(), "phone"),
            "verbal_autopsy_scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- child health ---------------------------------------------------------------------------------
    (
        "track",
        "Immunization Given",
        APP,
        ALL,
        {
            "child_id": G(lambda f: f.uuid()),
            "child_name": Y(lambda f: f.lname(), "name"),
            "vaccine": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "dose_number": G(lambda f: f.r.randint(1, 3)),
            "lot_number": G(lambda f: f.pick(["A", "B", "L"]) + f.digits(6)),
            "vvm_stage": G(lambda f: f.pick([1, 2])),
            "injection_site": G(lambda f: f.pick(["left thigh", "right thigh", "left upper arm", "oral"])),
            "given_at": G(lambda f: f.iso()),
            "next_due_date": G(lambda f: f.recent_date()),
            "was_defaulter": G(lambda f: f.pick([True, False])),
            "epi_card_no": RED(lambda f: f"EPI-{f.r.randint(2019, 2024)}-{f.digits(6)}", "health id"),
            "mother_phone": Y(lambda f: f.lphone(), "phone"),
            "outreach_session": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Growth Monitoring Recorded",
        APP,
        ALL,
        {
            "child_id": G(lambda f: f.uuid()),
            "age_months": G(lambda f: f.r.randint(0, 59)),
            "child_dob": Y(lambda f: f.child_dob(), "birthdate"),
            "weight_kg": G(lambda f: f.money(2.5, 20)),
            "height_cm": G(lambda f: f.money(45, 115)),
            "muac_mm": G(lambda f: f.r.randint(98, 165)),
            "muac_colour": Y(lambda f: f.pick(["green", "yellow", "red"]), "condition"),
            "waz": G(lambda f: round(f.r.uniform(-4, 2), 2)),
            "nutrition_status": Y(lambda f: f.pick(["normal", "MAM", "SAM"]), "condition"),
            "bilateral_oedema": Y(lambda f: f.pick([False, False, True]), "condition"),
            "rutf_sachets_given": G(lambda f: f.pick([0, 0, 14, 21])),
            "measured_by": G(lambda f: f.chw_id()),
            "scale_type": G(lambda f: f.pick(["salter", "digital", "uniscale"])),
        },
    ),
    (
        "track",
        "Sick Child Assessed",
        APP,
        ALL,
        {
            "assessment_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: f.uuid()),
            "age_months": G(lambda f: f.r.randint(2, 59)),
            "temperature_c": G(lambda f: f.money(35.5, 40.5)),
            "breaths_per_minute": G(lambda f: f.r.randint(24, 70)),
            "rdt_result": Y(lambda f: f.pick(["positive", "negative", "invalid"]), "condition|diagnosis"),
            "classification": Y(
                lambda f: f.pick(
                    ["pneumonia", "malaria", "diarrhoea", "fast breathing", "severe malnutrition"]
                ),
                "diagnosis",
            ),
            "treatment": {
                "drug": Y(lambda f: f.pick(MEDICINES_GIVEN), "medication"),
                "dose_mg": G(lambda f: f.pick([125, 250, 500])),
                "duration_days": G(lambda f: f.pick([3, 5, 10])),
            },
            "caregiver_name": Y(lambda f: f.lname("F"), "name"),
            "caregiver_phone": Y(lambda f: f.lphone(), "phone"),
            "danger_signs_present": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- referrals ------------------------------------------------------------------------------------
    (
        "track",
        "Referral Created",
        APP,
        ALL,
        {
            "referral_id": G(lambda f: f.uuid()),
            "referral_code": G(lambda f: "".join(f.r.choice("ACDEFHJKMNPRTUVWXY3479") for _ in range(6))),
            "from_chw_id": G(lambda f: f.chw_id()),
            "to_facility": G(lambda f: f.facility()),
            "facility_code": G(lambda f: f.facility_code()),
            "facility_gps": {"lat": G(lambda f: f.lat_()), "lng": G(lambda f: f.lon_())},
            "reason": Y(lambda f: f.pick(REFERRAL_REASONS), "condition|diagnosis"),
            "icd10_code": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "emergency"])),
            "transport": G(
                lambda f: f.pick(["bicycle ambulance", "motorbike ambulance", "walking", "tuk-tuk", "pickup"])
            ),
            "patient_name": Y(lambda f: f.lname(), "name"),
            "patient_phone": Y(lambda f: f.lphone(), "phone"),
            "patient_age_years": G(lambda f: f.r.randint(0, 45)),
            "escort": {
                "name": Y(lambda f: f.lname(), "name"),
                "relationship": G(
                    lambda f: f.pick(["husband", "mother", "mother-in-law", "sister", "neighbour"])
                ),
            },
            "slip_photo_url": Y(
                lambda f: "https://media.amayiplus.example.org/slips/" + f.hexid(16) + ".jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Referral Completed",
        ("go",),
        ALL,
        {
            "referral_id": G(lambda f: f.uuid()),
            "arrived_at": G(lambda f: f.iso()),
            "seen_by": Y(lambda f: f.lname(), "name", True),
            "outcome_diagnosis": Y(lambda f: f.pick(REFERRAL_REASONS), "diagnosis"),
            "admitted": G(lambda f: f.pick([True, False])),
            "mrn": RED(lambda f: f.health_id(), "health id"),
            "rx_number": Y(lambda f: f"RX{f.r.randint(23, 24)}-{f.digits(6)}", "medication"),
            "days_to_completion": G(lambda f: f.r.randint(0, 9)),
            "feedback_sent_to_chw": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- supplies -------------------------------------------------------------------------------------
    (
        "track",
        "Stock Count Submitted",
        APP,
        ALL,
        {
            "count_id": G(lambda f: f.uuid()),
            "reporting_period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05", "2024-06"])),
            "facility_code": G(lambda f: f.facility_code()),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(STOCK_ITEMS)[0]),
                    "item_name": G(lambda f: f.pick(STOCK_ITEMS)[1]),
                    "quantity_on_hand": G(lambda f: f.r.randint(0, 400)),
                    "quantity_expired": G(lambda f: f.r.randint(0, 20)),
                    "batch_no": G(lambda f: f.pick(["BX", "LT", "K"]) + f.digits(5)),
                    "expiry": G(lambda f: f"{f.r.randint(2024, 2027)}-{f.r.randint(1, 12):02d}"),
                    "stockout_days": G(lambda f: f.r.randint(0, 30)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web",),
        ALL,
        {
            "order_id": G(lambda f: "REQ-" + f.digits(7)),
            "affiliation": G(lambda f: f.pick(["Central Medical Stores Trust", "CMSD Dhaka", "PROAM"])),
            "total": G(lambda f: f.money(50, 4000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(5)),
                    "sku": G(lambda f: f.pick(STOCK_ITEMS)[0]),
                    "name": G(lambda f: f.pick(STOCK_ITEMS)[1]),
                    "category": G(lambda f: f.pick(["medicines", "vaccines", "diagnostics", "consumables"])),
                    "price": G(lambda f: f.money(0.1, 40)),
                    "quantity": G(lambda f: f.r.randint(10, 500)),
                },
                4,
            ),
            "shipping_address": {
                "name": G(lambda f: f.facility()),
                "city": G(lambda f: f.district()),
                "country": G(lambda f: f.cc),
            },
            "approved_by": Y(lambda f: f.lname(), "name"),
        },
        "/supplies/cart",
    ),
    (
        "track",
        "Products Searched",
        ("web",),
        ALL,
        {"query": G(lambda f: f.pick(["amoxicillin", "ORS", "rutf", "muac tape", "gloves", "penta"]))},
        "/supplies",
    ),
    # -- supervisor dashboard ---------------------------------------------------------------------------
    (
        "identify",
        None,
        ("web", "swift"),
        ALL,
        {
            "email": Y(lambda f: f.lemail(), "email"),
            "name": Y(lambda f: f.lname(), "name"),
            "phone": Y(lambda f: f.lphone(), "phone"),
            "role": G(
                lambda f: f.pick(["district_supervisor", "programme_manager", "data_officer", "admin"])
            ),
            "organisation": G(lambda f: f.pick(NGOS)),
            "district": G(lambda f: f.district()),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "passwordChangedAt": G(lambda f: f.iso()),
            "lastLogin": G(lambda f: f.iso()),
            "chwsSupervised": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    (
        "group",
        None,
        ("web", "node"),
        ALL,
        {
            "organisation_name": G(lambda f: f.pick(NGOS)),
            "organisation_type": G(lambda f: f.pick(["ministry", "ngo", "faith_based"])),
            "country": G(lambda f: f.cc),
            "plan": G(lambda f: f.pick(["national", "district_pilot"])),
            "employees": G(lambda f: f.r.randint(20, 4000)),
            "office_phone": G(
                lambda f: {"MW": "+265 1 789 400", "BD": "+880 2 9881265", "GT": "+502 2444 7474"}[f.cc]
            ),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "support@amayiplus.example.org",
                        "info@moh.example.org",
                        "no-reply@amayiplus.example.org",
                    ]
                )
            ),
            "office_address": G(
                lambda f: {
                    "MW": "Capital Hill, Lilongwe 3",
                    "BD": "Mohakhali, Dhaka 1212",
                    "GT": "6a Avenida 3-45, Zona 11, Ciudad de Guatemala",
                }[f.cc]
            ),
            "website": G(lambda f: "https://amayiplus.example.org"),
        },
    ),
    (
        "track",
        "Household Searched",
        ("web",),
        ALL,
        {
            "q": Y(
                lambda f: f.pick([f.lname(), f.lphone(), f.llast() + " " + f.lfirst()]), "name|phone", True
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
            "search_field": G(lambda f: f.pick(["any", "name", "phone"])),
            "district_filter": G(lambda f: f.district()),
        },
        "/households",
    ),
    (
        "page",
        "CHW Performance",
        ("web",),
        ALL,
        {
            "path": G(lambda f: "/chw/performance"),
            "title": G(lambda f: "CHW performance | Amayi+"),
            "url": G(lambda f: "https://dashboard.amayiplus.example.org/chw/performance"),
            "referrer": G(lambda f: f.pick(["", "https://dashboard.amayiplus.example.org/dashboard"])),
            "period": G(lambda f: f.pick(["2024Q1", "2024Q2", "2024-05"])),
            "chw_id": G(lambda f: f.chw_id()),
        },
        "/chw/performance",
    ),
    (
        "track",
        "Report Exported",
        ("web",),
        ALL,
        {
            "report_type": G(
                lambda f: f.pick(
                    ["anc_coverage", "immunisation_defaulters", "stock_status", "incentive_payroll"]
                )
            ),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "row_count": G(lambda f: f.r.randint(10, 20000)),
            "date_range": {"from": G(lambda f: f.recent_date()), "to": G(lambda f: f.recent_date())},
            "filters": {
                "district": G(lambda f: f.district()),
                "facility": G(lambda f: f.facility()),
                "indicator": G(lambda f: f.pick(["ANC4", "Penta3", "SAM cure rate"])),
            },
            "exported_by_email": Y(lambda f: f.lemail(), "email"),
            "includes_pii": G(lambda f: f.pick([True, False])),
        },
        "/reports",
    ),
    (
        "track",
        "User Invited",
        ("web",),
        ALL,
        {
            "invitee_email": Y(lambda f: f.lemail(), "email"),
            "invitee_name": Y(lambda f: f.lname(), "name"),
            "role": G(lambda f: f.pick(["district_supervisor", "data_officer", "viewer"])),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
            "invited_by": G(lambda f: "usr_" + f.digits(5)),
        },
        "/settings/users",
    ),
    (
        "track",
        "Password Reset Requested",
        ("web",),
        ALL,
        {
            "reset_link": RED(
                lambda f: "https://dashboard.amayiplus.example.org/reset?token=" + f.hexid(32), "token"
            ),
            "email_sent": G(lambda f: True),
            "requests_last_24h": G(lambda f: f.r.randint(1, 4)),
            "password_strength_prev": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        "/login",
    ),
    (
        "track",
        "Feedback Submitted",
        ("web", "swift"),
        ALL,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Map loads slowly on 3G",
                        "Please add export by village",
                        "Great, the defaulter list saves us hours",
                        "Sync status unclear",
                        "",
                    ]
                )
            ),
            "contact_ok": G(lambda f: f.pick([True, False])),
            "screen": G(lambda f: f.pick(["dashboard", "households", "stock"])),
        },
        "/dashboard",
    ),
    (
        "track",
        "Supervision Visit Logged",
        ("swift", "flutter"),
        ALL,
        {
            "supervision_id": G(lambda f: f.uuid()),
            "supervisor_id": G(lambda f: "usr_" + f.digits(5)),
            "chw_id": G(lambda f: f.chw_id()),
            "checklist_score": G(lambda f: f.r.randint(40, 100)),
            "observed_visit": G(lambda f: f.pick([True, False])),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Good counselling, improve MUAC technique",
                        "Registers up to date",
                        "Needs refresher on danger signs",
                        "",
                    ]
                )
            ),
            "next_supervision_date": G(lambda f: f.recent_date()),
        },
        None,
    ),
    (
        "screen",
        "Defaulter List",
        ("swift",),
        ALL,
        {
            "defaulters_count": G(lambda f: f.r.randint(0, 80)),
            "antigen_filter": G(lambda f: f.pick(VACCINES)),
            "sort": G(lambda f: f.pick(["due_date", "village", "age"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("node",),
        ALL,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Sync stuck at 80%",
                            "Cannot log in after update",
                            "Stock form crash",
                            "Wrong incentive amount",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "tags": Many(G(lambda f: f.pick(["sync", "login", "payroll", "android"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp"]))},
                "requester": {
                    "name": Y(lambda f: f.lname(), "name"),
                    "email": Y(lambda f: f.lemail(), "email"),
                },
                "assignee": {
                    "name": Y(lambda f: f.lname(), "name"),
                    "email": Y(lambda f: f.lemail(), "email"),
                },
            },
        },
    ),
    # -- SMS reminders --------------------------------------------------------------------------------
    (
        "track",
        "Reminder SMS Sent",
        ("python",),
        ALL,
        {
            "message_id": G(lambda f: f.uuid()),
            "to": Y(lambda f: f.lphone(f.pick(["plus", "msisdn"])), "phone", True),
            "body": Y(
                lambda f: f.pick(SMS_TEMPLATES[f.cc]).format(
                    n=f.lfirst("F"), d=f"{f.r.randint(1, 28)}/{f.r.randint(1, 12):02d}", fac=f.facility()
                ),
                "name",
                True,
            ),
            "template_id": G(lambda f: f.pick(["anc_reminder_v2", "imm_due_v3", "pnc_visit_v1"])),
            "language": G(lambda f: f.pick({"MW": ["ny", "en"], "BD": ["bn", "en"], "GT": ["es"]}[f.cc])),
            "segments": G(lambda f: f.pick([1, 2])),
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "sslwireless"])),
            "sender_id": G(lambda f: {"MW": "MOH-MW", "BD": "16263", "GT": "MSPAS"}[f.cc]),
            "cost": G(lambda f: f.money(0.005, 0.08)),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "SMS Delivery Report",
        ("python",),
        ALL,
        {
            "id": G(lambda f: "ATXid_" + f.hexid(32)),
            "status": G(lambda f: f.pick(["Success", "Failed", "Rejected", "Buffered"])),
            "phoneNumber": Y(lambda f: f.lphone("plus"), "phone"),
            "networkCode": G(lambda f: f.pick(["65001", "65010", "47001", "47003", "70401"])),
            "failureReason": G(
                lambda f: f.pick(["", "InsufficientCredit", "UserInBlacklist", "DeliveryFailure"])
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Twilio Status Callback",
        ("python",),
        ("GT",),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.lphone("plus"), "phone", True),
            "From": G(lambda f: f.pick(["+15017122661", "+50223001800"])),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ("python",),
        ALL,
        {
            "from": Y(lambda f: f.lphone("plus"), "phone", True),
            "text": G(lambda f: f.pick(["1", "2", "YES", "STOP", "Inde", "Ayi", "HA", "SI", "NO", "HELP"])),
            "short_code": G(lambda f: {"MW": "8811", "BD": "16263", "GT": "1543"}[f.cc]),
            "keyword_matched": G(lambda f: f.pick(["confirm", "optout", "help", "none"])),
            "linked_client": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- sync backend ---------------------------------------------------------------------------------
    (
        "track",
        "Sync Completed",
        ("java", "go"),
        ALL,
        {
            "sync_id": G(lambda f: f.uuid()),
            "device_id": G(lambda f: f.hexid(16)),
            "records_uploaded": G(lambda f: f.r.randint(0, 600)),
            "records_downloaded": G(lambda f: f.r.randint(0, 2000)),
            "conflicts": G(lambda f: f.r.randint(0, 6)),
            "conflict_fields": Many(G(lambda f: f.pick(["dob", "phone", "village", "edd", "weight_kg"])), 2),
            "bytes": G(lambda f: f.r.randint(2000, 5_000_000)),
            "duration_ms": G(lambda f: f.r.randint(300, 90000)),
            "payload_sha256": G(lambda f: f.hexid(64)),
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "server_region": G(lambda f: f.pick(["af-south-1", "ap-south-1", "us-east-1"])),
            "app_version": G(lambda f: f.pick(["4.12.3", "5.0.1"])),
        },
    ),
    (
        "track",
        "Sync Failed",
        ("java", "go"),
        ALL,
        {
            "sync_id": G(lambda f: f.uuid()),
            "error_code": G(lambda f: f.pick(["E_TIMEOUT", "E_409_CONFLICT", "E_AUTH_EXPIRED", "E_502"])),
            "error_message": G(
                lambda f: f.pick(
                    [
                        "upstream timed out after 30s",
                        "record version mismatch",
                        "token expired",
                        "bad gateway from sync-2",
                    ]
                )
            ),
            "retry_in_s": G(lambda f: f.pick([30, 60, 300])),
            "session_token": RED(lambda f: f.jwt(), "token"),
            "x_forwarded_for": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip"),
            "network_type": G(lambda f: f.pick(["2G", "3G", "4G", "wifi"])),
        },
    ),
    (
        "alias",
        None,
        APP,
        ALL,
        {},
    ),
    (
        "screen",
        "Client Profile",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "tab": G(lambda f: f.pick(["summary", "visits", "immunisation", "growth"])),
            "from_screen": G(lambda f: f.pick(["search", "household", "defaulters"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    (
        "screen",
        "Training Module",
        ("flutter",),
        ALL,
        {
            "module_id": G(lambda f: f.pick(["M01", "M04", "M07", "M12"])),
            "module_title": G(
                lambda f: f.pick(
                    ["Danger signs in pregnancy", "MUAC measurement", "iCCM: fast breathing", "Newborn care"]
                )
            ),
            "video_progress_pct": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Training Quiz Completed",
        ("flutter",),
        ALL,
        {
            "module_id": G(lambda f: f.pick(["M01", "M04", "M07", "M12"])),
            "score_pct": G(lambda f: f.r.randint(30, 100)),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "passed": G(lambda f: f.pick([True, False])),
            "certificate_issued": G(lambda f: f.pick([True, False])),
            "time_spent_s": G(lambda f: f.r.randint(60, 1800)),
        },
    ),
    # -- incentives and payroll -----------------------------------------------------------------------
    (
        "track",
        "Incentive Paid",
        ("java",),
        ALL,
        {
            "payment_id": G(lambda f: f.uuid()),
            "chw_id": G(lambda f: f.chw_id()),
            "chw_name": Y(lambda f: f.lname(), "name"),
            "incentive_amount": Y(lambda f: f.money_local(8, 60), "salary"),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "provider": G(lambda f: f.pick(MOMO[f.cc])),
            "wallet_msisdn": Y(lambda f: f.lphone("msisdn"), "phone"),
            "transaction_ref": G(lambda f: f.hexid(10).upper()),
            "period": G(lambda f: f.pick(["2024-04", "2024-05", "2024-06"])),
            "visits_counted": G(lambda f: f.r.randint(10, 140)),
            "per_visit_rate": Y(lambda f: f.money_local(0.2, 1.0), "salary"),
            "status": G(lambda f: f.pick(["success", "pending", "failed"])),
        },
    ),
    (
        "track",
        "Mobile Money Callback",
        ("go",),
        ("MW", "BD"),
        {
            "transaction": {
                "id": G(lambda f: f.uuid()),
                "airtel_money_id": G(
                    lambda f: "MP" + f.digits(6) + "." + f.digits(4) + "." + f.hexid(6).upper()
                ),
                "status_code": G(lambda f: f.pick(["TS", "TF", "TIP"])),
                "message": G(lambda f: f.pick(["Transaction Success", "Transaction Failed", "In progress"])),
                "amount": Y(lambda f: f.money_local(8, 60), "salary"),
            },
            "subscriber": {
                "msisdn": Y(lambda f: f.lphone("msisdn")[3:], "phone"),
                "country": G(lambda f: f.cc),
                "currency": G(lambda f: CURRENCY[f.cc]),
            },
            "reference": G(lambda f: "INC-" + f.digits(8)),
        },
    ),
    (
        "track",
        "Payroll Exported",
        ("dotnet",),
        ("GT",),
        {
            "EmployeeId": G(lambda f: "EMP" + f.digits(5)),
            "FullName": Y(lambda f: f.lname(), "name"),
            "Dpi": RED(lambda f: f.cui(), "national id"),
            "Nit": RED(lambda f: f.nit(), "national id"),
            "BankName": G(lambda f: f.pick(["Banrural", "Banco Industrial", "BAM"])),
            "AccountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "MonthlySalary": Y(lambda f: f.money_local(300, 900), "salary"),
            "IgssAffiliationNo": Y(lambda f: f.digits(10), "identification"),
            "Currency": G(lambda f: "GTQ"),
            "PayPeriod": G(lambda f: f.pick(["2024-05", "2024-06"])),
            "Department": G(lambda f: f.district()),
            "Position": G(lambda f: f.pick(ROLES["GT"])),
            "IsActive": G(lambda f: True),
        },
    ),
    (
        "track",
        "STIPEND_LEDGER_ROW",
        ("python",),
        ("MW", "BD"),
        {
            "CHW_ID": G(lambda f: f.chw_id()),
            "CHW_FULL_NAME": Y(lambda f: f.lname(), "name"),
            "BANK_ACCOUNT_NO": RED(lambda f: f.bank_account(), "bank account"),
            "BANK_BRANCH_CODE": G(lambda f: f.digits(4)),
            "GROSS_STIPEND": Y(lambda f: f.money_local(40, 120), "salary"),
            "DEDUCTIONS": G(lambda f: f.money_local(0, 5)),
            "CURRENCY_CODE": G(lambda f: CURRENCY[f.cc]),
            "LOAD_TS": G(lambda f: f.iso()),
            "BATCH_NO": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    # -- country backends with local-language keys ------------------------------------------------------
    (
        "track",
        "Mwana Walembetsedwa",
        ("node",),
        ("MW",),
        {
            "nambala_ya_banja": G(lambda f: f.hh_id()),
            "dzina_la_mwana": Y(lambda f: f.lfirst(), "name"),
            "dzina_la_mayi": Y(lambda f: f.lname("F"), "name"),
            "tsiku_lobadwa": Y(lambda f: f.child_dob(), "birthdate"),
            "mudzi": Y(lambda f: f.village(), "city|address"),
            "mfumu": Y(lambda f: "Village Headman " + f.llast(), "name"),
            "boma": G(lambda f: f.district()),
            "foni_ya_mayi": Y(lambda f: f.lphone(), "phone"),
            "katemera_womaliza": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "zaka_za_mayi": G(lambda f: f.r.randint(15, 45)),
            "chiwerengero_cha_ana": G(lambda f: f.r.randint(1, 8)),
            "walembetsa": G(lambda f: f.chw_id()),
        },
    ),
    (
        "track",
        "Garbhobotir Nibondhon",
        ("ruby", "php"),
        ("BD",),
        {
            "naam": Y(lambda f: f.lname("F"), "name"),
            "shamir_naam": Y(lambda f: f.lname("M"), "name"),
            "mobile_nombor": Y(lambda f: f.lphone(), "phone"),
            "gram": Y(lambda f: f.village(), "city|address"),
            "upazila": G(lambda f: f.subdistrict()),
            "jela": G(lambda f: f.district()),
            "jonmo_tarikh": Y(lambda f: f.woman_dob(), "birthdate"),
            "nid_nombor": RED(lambda f: f.national_id(), "national id"),
            "boyosh": G(lambda f: f.r.randint(15, 45)),
            "gorbhokal_saptaho": G(lambda f: f.r.randint(6, 38)),
            "jhuki_lokkhon": Many(
                Y(
                    lambda f: f.pick(
                        ["uchcho rokto chap", "rokto shollota", "khichuni", "age gorbhopat", "joma baccha"]
                    ),
                    "condition",
                ),
                2,
            ),
            "dhormo": Y(lambda f: f.pick(["Islam", "Hindu", "Bouddho", "Khristan"]), "religion"),
            "shasthya_kormi_id": G(lambda f: f.chw_id()),
            "nibondhon_tarikh": G(lambda f: f.recent_date()),
        },
    ),
    (
        "track",
        "Control Prenatal Registrado",
        ("php", "node"),
        ("GT",),
        {
            "nombre_completo": Y(lambda f: f.lname("F"), "name"),
            "cui": RED(lambda f: f.cui(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.woman_dob(), "birthdate"),
            "telefono": Y(lambda f: f.lphone(), "phone"),
            "aldea": Y(lambda f: f.village(), "city|address"),
            "municipio": G(lambda f: f.subdistrict()),
            "departamento": G(lambda f: f.district()),
            "comunidad_linguistica": Y(
                lambda f: f.pick(["K'iche'", "Q'eqchi'", "Kaqchikel", "Mam", "Ladina"]), "ethnicity"
            ),
            "edad": G(lambda f: f.r.randint(15, 45)),
            "semanas_gestacion": G(lambda f: f.r.randint(6, 38)),
            "signos_peligro": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "sangrado vaginal",
                            "dolor de cabeza fuerte",
                            "visión borrosa",
                            "fiebre",
                            "hinchazón de cara y manos",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "comadrona": Y(lambda f: f.lname("F"), "name"),
            "numero_expediente": RED(lambda f: f.health_id(), "health id"),
            "puesto_salud": G(lambda f: f.facility()),
            "registrado_por": G(lambda f: f.chw_id()),
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        ("GT",),
        {
            "FirstName": Y(lambda f: f.lfirst(), "name"),
            "LastName": Y(lambda f: f.llast() + " " + f.llast(), "name"),
            "Email": Y(lambda f: f.lemail(), "email"),
            "MobilePhone": Y(lambda f: f.lphone(), "phone"),
            "JobTitle": G(lambda f: f.pick(ROLES["GT"])),
            "Employer": G(lambda f: f.pick(["MSPAS", "Wuqu' Kawoq", "Asociación Pies de Occidente"])),
            "HireDate": G(lambda f: f.date(2015, 2024)),
            "ContractType": G(lambda f: f.pick(["021", "029", "081"])),
            "HasMotorbike": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- donation site --------------------------------------------------------------------------------
    (
        "track",
        "Donation Completed",
        ("donate",),
        ALL,
        {
            "donation_id": G(lambda f: "don_" + f.hexid(14)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "recurring": G(lambda f: f.pick([True, False])),
            "donor": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "payment_method_id": RED(
                lambda f: (
                    "pm_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))
                ),
                "token",
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "DE", "NL"])),
            },
            "dedication": {
                "in_honour_of": Y(lambda f: f.full_name(), "name"),
                "notify_email": Y(lambda f: f.email(), "email"),
            },
            "gift_aid": G(lambda f: f.pick([True, False])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
        },
    ),
    (
        "track",
        "Bank Transfer Pledged",
        ("donate",),
        ALL,
        {
            "pledge_id": G(lambda f: f.uuid()),
            "donor_name": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "NL", "FR"])), "bank account"),
            "mandate_reference": G(lambda f: "AMY-" + f.digits(8)),
            "monthly_amount": G(lambda f: f.pick([5, 10, 20, 50])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(50), "advertising id"),
        },
    ),
    (
        "track",
        "Purchase",
        ("node",),
        ALL,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: hashlib.sha256(f.email().encode()).hexdigest(), "email"),
                "ph": Y(lambda f: hashlib.sha256(f.digits(11).encode()).hexdigest(), "phone"),
                "external_id": G(lambda f: hashlib.sha256(f.uuid().encode()).hexdigest()),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([10, 25, 50, 100])),
                "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
                "content_name": G(lambda f: f.pick(["Safe birth kit", "Train a CHW", "Monthly giving"])),
            },
        },
    ),
    (
        "page",
        "Donate",
        ("donate",),
        ALL,
        {
            "path": G(lambda f: "/donate"),
            "url": G(lambda f: "https://give.amayiplus.example.org/donate"),
            "title": G(lambda f: "Give a mother a safe birth | Amayi+"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.facebook.com/", ""])),
            "suggested_amount": G(lambda f: f.pick([25, 50, 100])),
            "variant": G(lambda f: f.pick(["A", "B"])),
        },
    ),
    (
        "identify",
        None,
        ("donate",),
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "DE", "NL"])),
            },
            "newsletter": G(lambda f: f.pick([True, False])),
            "donorSince": G(lambda f: f.date(2015, 2024)),
            "lifetimeGiving": G(lambda f: f.money(10, 5000)),
        },
    ),
]

# A few more events so the corpus covers the everyday long tail of a CHW programme.
EVENTS += [
    (
        "track",
        "Family Planning Visit",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "method_current": Y(lambda f: f.pick(FP_METHODS), "medication|procedure"),
            "method_switched": G(lambda f: f.pick([True, False])),
            "dmpa_sc_self_inject": G(lambda f: f.pick([True, False])),
            "units_dispensed": G(lambda f: f.r.randint(0, 4)),
            "next_injection_due": G(lambda f: f.recent_date()),
            "counselled_by": G(lambda f: f.chw_id()),
        },
    ),
    (
        "track",
        "Note Added",
        APP,
        ALL,
        {
            "note_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.uuid()),
            "note": Y(lambda f: f.pick(CHW_NOTE_CONDITIONS), "condition", True),
            "visibility": G(lambda f: f.pick(["chw_only", "supervisor", "facility"])),
            "chars": G(lambda f: f.r.randint(20, 160)),
        },
    ),
    (
        "track",
        "Client Photo Captured",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "photo_url": Y(
                lambda f: "https://media.amayiplus.example.org/clients/" + f.uuid() + ".jpg", "photo"
            ),
            "purpose": G(lambda f: f.pick(["identification", "muac_evidence"])),
            "width_px": G(lambda f: f.pick([640, 1024])),
            "consent_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Contact Added",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.lname(), "name", True),
            "value": Y(lambda f: f.lphone(), "phone", True),
            "relationship": G(lambda f: f.pick(["husband", "neighbour", "sister", "mother-in-law"])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Alternative Phone Form Input",
        ("web",),
        ALL,
        {
            "form_id": G(lambda f: f.pick(["client_edit", "hh_edit"])),
            "field_name": G(lambda f: f.pick(["alt_phone", "phone"])),
            "input": Y(lambda f: f.lphone(), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
        "/clients/edit",
    ),
    (
        "track",
        "Outreach Session Scheduled",
        ("web",),
        ALL,
        {
            "session_id": G(lambda f: f.uuid()),
            "venue": G(
                lambda f: f.pick(
                    ["Church hall", "Primary school", "Under the mango tree near market", "Community clinic"]
                )
            ),
            "venue_gps": {"lat": G(lambda f: f.lat_()), "lng": G(lambda f: f.lon_())},
            "date": G(lambda f: f.recent_date()),
            "services": Many(G(lambda f: f.pick(["immunisation", "growth", "anc", "fp"])), 3),
            "expected_children": G(lambda f: f.r.randint(10, 120)),
            "vaccinator_name": Y(lambda f: f.lname(), "name"),
            "contact_number": G(
                lambda f: {"MW": "+265 1 525 300", "BD": "16263", "GT": "+502 7755 1212"}[f.cc]
            ),
        },
        "/outreach/new",
    ),
    (
        "track",
        "Stock Requested",
        ("web", "flutter"),
        ALL,
        {
            "request_id": G(lambda f: "REQ-" + f.digits(7)),
            "requested_by_phone": Y(lambda f: f.lphone(), "phone"),
            "lines": Many(
                {
                    "sku": G(lambda f: f.pick(STOCK_ITEMS)[0]),
                    "qty": G(lambda f: f.r.randint(5, 300)),
                    "unit": G(lambda f: f.pick(["tablet", "sachet", "vial", "kit", "piece"])),
                },
                4,
            ),
            "priority": G(lambda f: f.pick(["normal", "emergency"])),
            "delivery_facility": G(lambda f: f.facility()),
        },
        "/supplies/request",
    ),
    (
        "track",
        "Account Activated",
        ("go",),
        ALL,
        {
            "user_id": G(lambda f: "usr_" + f.digits(5)),
            "activation_code": RED(lambda f: f"{f.digits(3)}-{f.digits(3)}", "token"),
            "activated_via": G(lambda f: f.pick(["sms_link", "supervisor"])),
            "activation_link": RED(lambda f: "https://a.amayiplus.example.org/act/" + f.hexid(24), "token"),
            "recipient": Y(lambda f: f.lphone("plus"), "phone", True),
        },
    ),
]


EVENTS += [
    (
        "track",
        "Emergency Transport Requested",
        APP,
        ALL,
        {
            "dispatch_id": G(lambda f: f.uuid()),
            "caller_name": Y(lambda f: f.lname(), "name"),
            "caller_phone": Y(lambda f: f.lphone(), "phone"),
            "pickup": Y(lambda f: f"{f.lat_()},{f.lon_()}", "geolocation", True),
            "pickup_village": Y(lambda f: f.village(), "city|address"),
            "ambulance_type": G(lambda f: f.pick(["bicycle", "motorbike", "4x4", "boat"])),
            "ambulance_id": G(lambda f: "AMB-" + f.digits(3)),
            "driver": {
                "name": Y(lambda f: f.lname("M"), "name"),
                "phone": Y(lambda f: f.lphone(), "phone"),
                "vehicle_plate": Y(
                    lambda f: {
                        "MW": f"NU {f.digits(4)}",
                        "BD": f"KURIGRAM-HA-{f.digits(2)}-{f.digits(4)}",
                        "GT": f"M-{f.digits(3)}{f.pick(['BCD', 'FGH', 'KLM'])}",
                    }[f.cc],
                    "license",
                ),
            },
            "eta_min": G(lambda f: f.r.randint(10, 240)),
            "dispatched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Caregiver Contacts Updated",
        APP,
        ALL,
        {
            "client_id": G(lambda f: f.uuid()),
            "contacts": Many(
                {
                    "name": Y(lambda f: f.lname(), "name"),
                    "phone": Y(lambda f: f.lphone(), "phone"),
                    "relationship": G(
                        lambda f: f.pick(["husband", "mother", "neighbour", "sister", "grandmother"])
                    ),
                    "can_receive_sms": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Shishu Tika Deya Hoyeche",
        ("php",),
        ("BD",),
        {
            "shishur_naam": Y(lambda f: f.lfirst(), "name"),
            "mayer_naam": Y(lambda f: f.lname("F"), "name"),
            "pitar_naam": Y(lambda f: f.lname("M"), "name"),
            "jonmo_nibondhon_nombor": RED(lambda f: f.brn(), "national id"),
            "tika_naam": Y(lambda f: f.pick(VACCINES), "medication|procedure"),
            "tika_tarikh": G(lambda f: f.recent_date()),
            "epi_kendro": G(lambda f: f.facility()),
            "dose_kromik": G(lambda f: f.r.randint(1, 3)),
            "ward_nombor": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Device Heartbeat",
        ("go",),
        ALL,
        {
            "device-id": G(lambda f: f.hexid(16)),
            "last-known-lat": Y(lambda f: f.lat_(), "geolocation"),
            "last-known-lng": Y(lambda f: f.lon_(), "geolocation"),
            "battery-pct": G(lambda f: f.r.randint(5, 100)),
            "app-version": G(lambda f: f.pick(["4.12.3", "5.0.1", "5.1.0"])),
            "unsynced-records": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "CHW Profile Updated",
        ("web",),
        ALL,
        {
            "chw_id": G(lambda f: f.chw_id()),
            "changed_fields": Many(
                G(lambda f: f.pick(["phone", "facility", "emergency_contact", "bank"])), 3
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.lname(), "name"),
                "phone": Y(lambda f: f.lphone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling"])),
            },
            "new_facility": G(lambda f: f.facility()),
            "approved": G(lambda f: f.pick([True, False])),
        },
        "/chw/edit",
    ),
]


def build(seed: int, repeats: int):
    f = CHWFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, countries, body, *rest in EVENTS:
            f.cc = f.pick(countries)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.chw_id() if client in APP else "usr_" + f.digits(5),
            }
            if kind in ("track", "page", "screen") and event:
                msg["event" if kind == "track" else "name"] = event
            if kind == "group":
                msg["groupId"] = "org_" + f.digits(4)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            if client == "web":
                page = rest[0] if rest and rest[0] else "/dashboard"
                ctx = web_context(f, page)
            else:
                ctx = CONTEXTS[client](f)
            msg["context"] = render(ctx, f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=283, repeats=28)
    write(Path(__file__).parent, "holdout283_", events, labels)
