"""Writes holdout257: tests/corpus/holdout257_events.jsonl and holdout257_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never scored by its author. Only the corpus helpers (build.py,
fake.py), build_holdout3.py's format, ../shared/DESIGN.md and the reference's table of default
matchers were read.

Domain: a savings-group and rotating-credit platform ("CircleSave": susu in Ghana, samity in
Bangladesh, cuchubal in Guatemala). Member registration with national ids (Ghana Card, Bangladesh
NID and birth registration numbers, Guatemalan DPI with its mod-11 check digit), phones in each
country's formats, photos, next of kin; contribution schedules and payout rotation; mobile-money
(MTN MoMo, bKash) and bank payouts (Guatemalan IBANs with valid mod-97 check digits); loans from
group funds with guarantors; meeting attendance and fines; SMS, push and USSD traffic; field
officers' visits and location pings; a bulk-buy marketplace with the e-commerce spec events;
vendor-shaped payloads (Paystack, MTN MoMo, bKash, Twilio, Africa's Talking); a reverse-ETL
source. Calls: identify, track, page, screen, group, alias. Contexts as the client libraries send
them: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter
and the python, node, go, java, ruby, php and .NET server libraries. Keys are mostly camelCase and
snake_case English; the rest are PascalCase (.NET, Twilio), kebab-case, SCREAMING_SNAKE (the
warehouse), romanised Bengali, Twi and Spanish.

Conventions: one label per leaf path (`properties.x`, `traits.x`, `context.x`, arrays as `[]`),
a path means the same thing in every event that carries it (group calls' `traits.name` is the
group's name, so no identify call sends `traits.name`). Values are synthetic: names from Akan, Ewe,
Ga, Dagbani, Bengali, Chakma, Maya and Spanish-speaking families, national phone formats, ids
with their real structure.

Labelling rules (the product's default colours, as the brief gives them):
- PII is data about a natural person: the member, a recipient, next of kin, a guarantor, a
  dependant, a contact, a staff member. Type = the reference matcher's name, else `bank account`,
  `geolocation`, `secret`, `national id`, `health id`, `advertising id`, `credit score`,
  `trade union`, `token`; `a|b` when either is fair. Colour = the reference default for that
  matcher; outside the table red for credentials, secrets, cards, bank accounts, government ids
  and health ids, yellow otherwise.
- Green: ids we issue (member, group, loan, order, claim, receipt and deposit-slip numbers), UUIDs,
  versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (`phoneVerified`, `thumbprintCaptured`), group, product, market and company names, places that
  are not the person's (a meeting venue, a hospital, a store), country, region / district /
  departamento, locale, language, currency, user agents, OS-issued device ids. Card brand, BIN,
  last four and expiry, bank codes and SWIFT BICs are green. Ages, marital status, occupation and
  employer are green (the product's published policy).
- The published policy's contested cases are followed: insurer member numbers `identification`
  yellow; credit scores and internal credit risk bands `credit score` yellow; incomes `salary`
  yellow; click ids (gclid, fbclid) `advertising id` yellow; the person's billing and shipping
  addresses yellow; trade-union membership (e.g. GPRTU) `trade union` yellow; payment tokens,
  one-time codes, session tokens and push tokens red `token`; identity documents' numbers red
  `national id` / `passport`; a health system's numbers red `health id`.
- Decided here (no published rule): a mobile-money wallet number (MoMo, bKash), although written
  as a phone number, is the account money is paid to: red `bank account|phone`. Ghana's NHIS
  number is a national health system's card number, like Medicare: red `health id`. A Ghana Post
  GPS digital address locates a house: yellow `address`. The person's village, town, upazila and
  municipio are yellow `city` (the city level); region, district (zila) and departamento are
  green like a state. Ethnic group and Mayan linguistic community are yellow `ethnicity`. A loan
  purpose enum that includes "medical" is green (a spending category, not a condition); a welfare
  claim's condition and a pregnancy flag are yellow `condition`; prescribed drugs yellow
  `medication`. The last four digits of a Ghana Card number are red `national id`, as the last
  four of an SSN are. A disability flag or type is red `disability`. An id document's expiry
  date, a KYC name-match score and a PEP flag are green. A photo of the person or of their
  identity document is yellow `photo`. A staff member's own name,
  phone, e-mail and location are PII; the business's support line, role mailboxes, SMS sender ids
  and short codes are green.
- value_only is true when the key does not say what the value is (`value`, `label`, `q`, `input`,
  `text`, `body`, `note`, `description`, `partyId`, `externalIds[].id`). Every value of a
  value_only PII path carries that PII (free text always names or numbers someone); free text
  that never carries PII is green.
"""

import re
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three countries ------------------------------------------

GH_FIRST = [
    "Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw", "Kojo", "Kwasi", "Akosua", "Adwoa", "Abenaa",
    "Akua", "Yaa", "Afua", "Ama", "Esi", "Efua", "Selasi", "Edem", "Dzifa", "Mawuli", "Nii",
    "Naa", "Fuseini", "Abdul-Rahman", "Memunatu", "Amina", "Gifty", "Comfort", "Patience",
    "Emmanuel", "Mercy", "Nana", "Adjoa", "Ekow",
]  # fmt: skip
GH_LAST = [
    "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Agyeman", "Appiah", "Amoah",
    "Darko", "Agbeko", "Kpodo", "Dzameshie", "Tetteh", "Quaye", "Lamptey", "Iddrisu", "Zakaria",
    "Alhassan", "Mahama", "Ofori-Atta", "Acheampong", "Nkansah", "Frimpong", "Adjei", "Sarpong",
]  # fmt: skip
BD_FIRST = [
    "Rahima", "Fatema", "Nasima", "Shirin", "Rafiqul", "Abdul", "Jahangir", "Rina Rani",
    "Shila Rani", "Sumon", "Anwara", "Kulsum", "Taslima", "Momena", "Rokeya", "Shahnaz", "Kamrul",
    "Mostafa", "Dipali", "Parvin", "Jesmin", "Hasina", "Monowara", "Sabina", "Joynal", "Alamgir",
]  # fmt: skip
BD_LAST = [
    "Begum", "Khatun", "Akter", "Sultana", "Islam", "Karim", "Alam", "Das", "Saha", "Chakma",
    "Hossain", "Miah", "Rahman", "Uddin", "Sarkar", "Mondal", "Bibi", "Chowdhury", "Talukder",
    "Marma", "Roy", "Ahmed",
]  # fmt: skip
GT_FIRST = [
    "María Josefa", "Juana", "Rosa", "Ana Lucía", "Marta", "Dominga", "Pedro", "José", "Candelaria",
    "Hermelinda", "Sebastiana", "Francisca", "Manuela", "Ixchel", "Lesbia", "Brenda", "Wilson",
    "Byron", "Heidy", "Yesenia", "Santos", "Catarina", "Tomasa", "Olga Marina",
]  # fmt: skip
GT_LAST = [
    "Xiloj", "Tzoc", "Cúmez", "Pérez", "Chávez", "Ixcoy", "Tzunux", "Cutzal", "Quiñónez", "Coc",
    "Poou", "Ajanel", "Batz", "Yac", "López", "García", "Hernández", "Morales", "Sic", "Tum",
    "Chiroy", "Saquic", "de León", "Méndez",
]  # fmt: skip
NAMES = {"GH": (GH_FIRST, GH_LAST), "BD": (BD_FIRST, BD_LAST), "GT": (GT_FIRST, GT_LAST)}

GH_TOWNS = [
    "Kumasi", "Accra", "Tamale", "Ho", "Cape Coast", "Techiman", "Sunyani", "Koforidua", "Madina",
    "Ashaiman", "Obuasi", "Bolgatanga", "Kasoa", "Ejisu", "Hohoe", "Nkawkaw",
]  # fmt: skip
GH_REGIONS = ["Ashanti", "Greater Accra", "Northern", "Volta", "Central", "Bono East", "Eastern"]
GH_STREETS = [
    "Adum Road", "Liberation Road", "Kojo Thompson Road", "Hospital Road", "Zongo Junction Street",
    "Tafo Pankrono Road", "Old Barrier Lane", "Market Circle Street", "Abattoir Road",
]  # fmt: skip
BD_VILLAGES = [
    "Char Kukri", "Baliadangi", "Shibpur", "Rajapur", "Kalikapur", "Dakshin Para", "Bhatiapara",
    "Noapara", "Gopalpur", "Harinakundu",
]  # fmt: skip
BD_UPAZILAS = [
    "Mirpur", "Savar", "Kaliganj", "Companiganj", "Bhola Sadar", "Kurigram Sadar", "Gaibandha Sadar",
    "Rangamati Sadar", "Tangail Sadar", "Netrokona Sadar",
]  # fmt: skip
BD_DISTRICTS = ["Dhaka", "Gazipur", "Bhola", "Kurigram", "Gaibandha", "Rangamati", "Tangail"]
GT_MUNIS = [
    "Quetzaltenango", "Cantel", "Totonicapán", "Sololá", "San Juan La Laguna", "Chichicastenango",
    "Cobán", "Mixco", "Villa Nueva", "Antigua Guatemala", "Santa Cruz del Quiché", "Huehuetenango",
]  # fmt: skip
GT_DEPTOS = ["Quetzaltenango", "Totonicapán", "Sololá", "Quiché", "Alta Verapaz", "Guatemala"]
GT_DEPTO_CODES = [("01", 17), ("03", 16), ("07", 19), ("08", 8), ("09", 24), ("14", 21)]

GROUP_NAMES = [
    "Nkabom Susu Group", "Adom Women's Circle", "Kejetia Traders Susu", "Mawuena Savings Club",
    "Shapla Mohila Samity", "Padma Sonchoy Samity", "Ekota Samity", "Cuchubal Las Flores",
    "Cuchubal Mujeres de Cantel", "Grupo Esperanza Q'anil", "Makola Market Queens", "Tema Fishmongers",
]  # fmt: skip
VENUES = [
    "Kejetia Market, Block C", "Madina Methodist Church hall", "Ejisu Community Centre",
    "Mirpur-10 community hall", "Char Kukri primary school", "Salón comunal, zona 3",
    "Iglesia El Calvario, salón", "Makola No. 2 Market office",
]  # fmt: skip
MARKET_PRODUCTS = [
    ("FERT-NPK-50", "NPK 15-15-15 Fertilizer 50kg", "Farm inputs", 420.0),
    ("RICE-JAS-25", "Jasmine Rice 25kg", "Food", 310.0),
    ("SOLAR-LMP-2", "Solar Lamp with phone charger", "Energy", 185.0),
    ("OIL-PALM-5L", "Palm Oil 5L", "Food", 95.0),
    ("SEWM-BUT-1", "Butterfly Sewing Machine", "Equipment", 1450.0),
    ("SEED-MAIZ-10", "Hybrid Maize Seed 10kg", "Farm inputs", 260.0),
    ("COOK-LPG-6", "LPG Cylinder 6kg", "Energy", 350.0),
    ("UNIF-SCH-S", "School Uniform (small)", "Education", 80.0),
]  # fmt: skip


class Local(Fake):
    """fake.Fake plus the three countries' names, phones, ids and addresses."""

    def country(self):
        return self.pick(["GH", "GH", "BD", "GT"])

    def first_in(self, c):
        return self.pick(NAMES[c][0])

    def last_in(self, c):
        return self.pick(NAMES[c][1])

    def name_in(self, c):
        return f"{self.first_in(c)} {self.last_in(c)}"

    def any_first(self):
        return self.first_in(self.country())

    def any_last(self):
        return self.last_in(self.country())

    def any_name(self):
        return self.name_in(self.country())

    def gh_phone(self, style=None):
        prefix = self.pick(["24", "54", "55", "59", "20", "50", "27", "57", "26", "56"])
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        style = style or self.pick(["local", "intl", "e164", "local_compact"])
        return {
            "local": f"0{prefix} {a} {b}",
            "local_compact": f"0{prefix}{a}{b}",
            "intl": f"+233 {prefix} {a} {b}",
            "e164": f"+233{prefix}{a}{b}",
            "msisdn": f"233{prefix}{a}{b}",
        }[style]

    def bd_phone(self, style=None):
        op = self.pick(["13", "14", "15", "16", "17", "18", "19"])
        rest = f"{self.r.randint(0, 99999999):08d}"
        style = style or self.pick(["local", "intl", "e164", "dash"])
        return {
            "local": f"0{op}{rest}",
            "dash": f"0{op}{rest[:2]}-{rest[2:]}",
            "intl": f"+880 1{op[1]}{rest[:2]}-{rest[2:]}",
            "e164": f"+880{op}{rest}",
            "msisdn": f"880{op}{rest}",
        }[style]

    def gt_phone(self, style=None):
        first = self.pick(["3", "4", "5", "5", "4"])
        a, b = first + f"{self.r.randint(0, 999):03d}", f"{self.r.randint(0, 9999):04d}"
        style = style or self.pick(["local", "intl", "e164", "dash"])
        return {
            "local": f"{a} {b}",
            "dash": f"{a}-{b}",
            "intl": f"+502 {a} {b}",
            "e164": f"+502{a}{b}",
        }[style]

    def phone_in(self, c, style=None):
        return {"GH": self.gh_phone, "BD": self.bd_phone, "GT": self.gt_phone}[c](style)

    def any_phone(self):
        c = self.country()
        if self.r.random() < 0.08:
            return self.phone(self.pick(["e164", "nanp_dash", "uk"]))  # a member abroad
        return self.phone_in(c)

    def wallet(self, c=None):
        c = c or self.pick(["GH", "BD"])
        return self.gh_phone("msisdn") if c == "GH" else self.bd_phone(self.pick(["local", "msisdn"]))

    def mail(self, c=None):
        c = c or self.country()
        first = self.first_in(c).split()[0].lower()
        last = self.last_in(c).split()[-1].lower()
        for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("'", "")):
            first, last = first.replace(a, b), last.replace(a, b)
        sep = self.pick([".", "_", "", ""])
        num = self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2004))])
        domain = self.pick(
            ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "example.com"]
        )
        return f"{first}{sep}{last}{num}@{domain}"

    def ghana_card(self):
        sep = self.pick(["-", "-", ""])
        return f"GHA{sep}{self.digits(9)}{sep}{self.r.randint(0, 9)}"

    def bd_nid(self):
        kind = self.pick(["smart", "smart", "old13", "old17"])
        if kind == "smart":
            return self.digits(10)
        if kind == "old13":
            return f"{self.r.randint(10, 99)}{self.r.randint(10, 99)}{self.digits(9)}"
        return f"{self.r.randint(1955, 1995)}{self.r.randint(10, 99)}{self.digits(11)}"

    def bd_brn(self):
        return f"{self.r.randint(2008, 2020)}{self.digits(13)}"

    def dpi(self, spaced=None):
        while True:
            body = [self.r.randint(0, 9) for _ in range(8)]
            check = sum(d * (i + 2) for i, d in enumerate(body)) % 11
            if check < 10:
                break
        depto, munis = self.pick(GT_DEPTO_CODES)
        raw = "".join(map(str, body)) + str(check) + depto + f"{self.r.randint(1, munis):02d}"
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return f"{raw[:4]} {raw[4:9]} {raw[9:]}" if spaced else raw

    def national_id(self, c):
        return {"GH": self.ghana_card, "BD": self.bd_nid, "GT": self.dpi}[c]()

    def gt_iban(self):
        bank = self.pick(["BRRL", "INDL", "AGRO", "GTCO", "TRAJ"])
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(20))
        numeric = "".join(str(int(ch, 36)) for ch in bban + "GT00")
        raw = f"GT{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def bank_account(self, c):
        if c == "GH":
            return self.digits(13)
        if c == "BD":
            return self.pick([self.digits(13), f"{self.digits(4)}-{self.digits(3)}-{self.digits(6)}"])
        return self.pick(
            [
                self.digits(10),
                f"{self.r.randint(1, 9)}-{self.digits(3)}-{self.digits(5)}-{self.r.randint(0, 9)}",
            ]
        )

    def digital_address(self):
        region = self.pick(["GA", "GE", "AK", "CC", "NT", "VH", "BT", "ER"])
        mid = self.pick([f"{self.r.randint(0, 999):03d}", f"{self.r.randint(0, 9999):04d}"])
        return f"{region}-{mid}-{self.r.randint(0, 9999):04d}"

    def gh_address(self):
        return self.pick(
            [
                f"H/No. {self.r.randint(1, 120)}, {self.pick(GH_STREETS)}, {self.pick(GH_TOWNS)}",
                f"Plot {self.r.randint(1, 40)} Block {self.pick('ABCDEFG')}, {self.pick(GH_TOWNS)}",
                f"{self.r.randint(1, 60)} {self.pick(GH_STREETS)}",
            ]
        )

    def bd_address(self):
        return self.pick(
            [
                f"House {self.r.randint(1, 90)}, Road {self.r.randint(1, 20)}, {self.pick(BD_UPAZILAS)}",
                f"Vill: {self.pick(BD_VILLAGES)}, PO: {self.pick(BD_VILLAGES)}, {self.pick(BD_UPAZILAS)}",
                f"Bari {self.r.randint(1, 300)}, {self.pick(BD_VILLAGES)} ward {self.r.randint(1, 9)}",
            ]
        )

    def gt_address(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(1, 14)}a. Calle {r.randint(1, 30)}-{r.randint(10, 99)} zona {r.randint(1, 12)}",
                f"{r.randint(1, 9)}a. Avenida {r.randint(1, 20)}-{r.randint(10, 80)}, {self.pick(GT_MUNIS)}",
                f"Cantón {self.pick(['Xecam', 'Chuisuc', 'Pachaj', 'Pasajoc'])}, casa {r.randint(1, 200)}",
            ]
        )

    def address_in(self, c):
        return {"GH": self.gh_address, "BD": self.bd_address, "GT": self.gt_address}[c]()

    def any_address(self):
        return self.address_in(self.country())

    def town_in(self, c):
        return self.pick({"GH": GH_TOWNS, "BD": BD_UPAZILAS + BD_VILLAGES, "GT": GT_MUNIS}[c])

    def any_town(self):
        return self.town_in(self.country())

    def gh_lat(self):
        return round(self.r.uniform(5.0, 10.8), 6)

    def gh_lon(self):
        return round(self.r.uniform(-3.1, 1.1), 6)

    def geo_lat(self):
        c = self.pick(["GH", "BD", "GT"])
        return round(
            {
                "GH": self.r.uniform(5.0, 10.8),
                "BD": self.r.uniform(21.0, 26.3),
                "GT": self.r.uniform(13.8, 17.6),
            }[c],
            6,
        )

    def geo_lon(self):
        c = self.pick(["GH", "BD", "GT"])
        return round(
            {
                "GH": self.r.uniform(-3.1, 1.1),
                "BD": self.r.uniform(88.1, 92.6),
                "GT": self.r.uniform(-92.2, -88.3),
            }[c],
            6,
        )

    def uid(self):
        return "mbr_" + self.hexid(10)

    def pesewas(self, lo=500, hi=200000):
        return self.r.randint(lo, hi) // 50 * 50

    def cur(self):
        return self.pick(["GHS", "GHS", "BDT", "GTQ"])

    def day(self, start=2023, end=2024):
        return self.date(start, end)


def one_of(*gens):
    return lambda f: f.pick(gens)(f)


def officer_note(f: Local) -> str:
    """Field officer's free text: always names the member or someone in the household."""
    who = f.any_first()
    other = f.any_name()
    return f.pick(
        [
            f"Met {who} at her stall, says she will pay the arrears on Friday.",
            f"{who} not at home; spoke with her husband {other}.",
            f"Visited {other}. Business doing well, added a second table.",
            f"{who} asked to move to the Tuesday group.",
            f"Guarantor {other} confirmed, signed with thumbprint.",
            f"{who} travelled to her village, grace period agreed with the group leader.",
        ]
    )


def sms_body(f: Local) -> str:
    who = f.any_first()
    amount = f.pick(["GHS 20", "GHS 50", "BDT 500", "Q 100", "GHS 10"])
    return f.pick(
        [
            f"Hi {who}, your contribution of {amount} to {f.pick(GROUP_NAMES)} is due tomorrow.",
            f"{who}, it is your turn! Your payout of {amount} will be sent on Friday.",
            f"Dear {who}, you missed today's meeting. A fine of {amount} has been added.",
            f"Akwaaba {who}! Dial *920*55# to check your susu balance.",
            f"Hola {who}, recuerde su aporte de {amount} al cuchubal este sábado.",
        ]
    )


def ticket_text(f: Local) -> str:
    num = f.any_phone()
    return f.pick(
        [
            f"My payout has not come. Please call me on {num}",
            f"I changed my number, new one is {num}",
            f"Money deducted twice, please call {num}",
            f"Agent collected my money but app shows late. Reach me {num}",
        ]
    )


# -- contexts ------------------------------------------------------------------------------------

KHTML = "AppleWebKit/537.36 (KHTML, like Gecko)"
UA_WEB = [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {KHTML} Chrome/122.0.0.0 Safari/537.36",
    f"Mozilla/5.0 (Linux; Android 13; TECNO KI7) {KHTML} Chrome/121.0.6167.178 Mobile Safari/537.36",
    f"Mozilla/5.0 (Linux; Android 12; itel A665L) {KHTML} Chrome/120.0.6099.230 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]

ANDROID_MODELS = [
    ("TECNO", "TECNO KI7"), ("INFINIX", "Infinix X6525"), ("itel", "itel A665L"),
    ("samsung", "SM-A145F"), ("Xiaomi", "Redmi 12C"), ("samsung", "SM-A057F"), ("OPPO", "CPH2591"),
]  # fmt: skip


def web_ctx(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/dashboard", "/groups", "/members", "/loans", "/signup", "/shop"])),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://l.facebook.com/",
                        "https://admin.circlesave.app/groups",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=active", "?page=2", "?utm_source=facebook&utm_medium=cpc"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["CircleSave Admin", "Members | CircleSave", "Loans | CircleSave", "Join CircleSave"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://admin.circlesave.app"
                    + f.pick(["/dashboard", "/groups", "/members?page=2", "/loans"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand"])),
                    "version": G(lambda f: f.pick(["122", "121", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "bn-BD", "es-GT"])),
        "timezone": G(lambda f: f.pick(["Africa/Accra", "Asia/Dhaka", "America/Guatemala"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["susu_launch_kumasi", "samity_digital_2024", "cuchubal_xela"])),
            "source": G(lambda f: f.pick(["facebook", "google", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral"])),
            "content": G(lambda f: f.pick(["video_a", "carousel_b", "story"])),
        },
    }


def android_device(f, with_ad_id):
    device = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(ANDROID_MODELS)[0]),
        "model": G(lambda f: f.pick(ANDROID_MODELS)[1]),
        "name": G(lambda f: f.pick(["KI7", "X6525", "A665L", "a14", "earth"])),
        "type": G(lambda f: "android"),
    }
    if with_ad_id:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
        device["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
    return device


def common_mobile(f, lib, version, app, namespace):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "283", "291"])),
            "namespace": G(lambda f: namespace),
        },
        "library": {"name": G(lambda f: lib), "version": G(lambda f: version)},
        "locale": G(lambda f: f.pick(["en-GH", "en-US", "bn-BD", "es-GT", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["MTN", "Telecel", "AT", "Grameenphone", "Robi", "Tigo", "Claro"])),
        },
        "timezone": G(
            lambda f: f.pick(["Africa/Accra", "Asia/Dhaka", "America/Guatemala", "America/Los_Angeles"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_ctx(f):
    ctx = common_mobile(f, "analytics-react-native", "2.19.2", "CircleSave", "app.circlesave.member")
    ctx["device"] = android_device(f, with_ad_id=True)
    ctx["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))}
    ctx["screen"] = {
        "width": G(lambda f: f.pick([720, 1080])),
        "height": G(lambda f: f.pick([1600, 2400, 1612])),
        "density": G(lambda f: f.pick([2, 2.75, 3])),
    }
    ctx["traits"] = {
        "firstName": Y(lambda f: f.any_first(), "name"),
        "phone": Y(lambda f: f.any_phone(), "phone"),
        "memberNumber": G(lambda f: "CS-" + f.digits(6)),
    }
    return ctx


def flutter_ctx(f):
    ctx = common_mobile(f, "analytics-flutter", "1.1.4", "CircleSave Samity", "app.circlesave.bd")
    ctx["device"] = android_device(f, with_ad_id=False)
    ctx["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["10", "12", "13"]))}
    ctx["screen"] = {
        "width": G(lambda f: f.pick([720, 1080])),
        "height": G(lambda f: f.pick([1600, 2400, 1612])),
    }
    ctx["traits"] = {
        "phone": Y(lambda f: f.bd_phone(), "phone"),
        "samityId": G(lambda f: "SMT-" + f.digits(4)),
    }
    return ctx


def swift_ctx(f):
    ctx = common_mobile(f, "analytics-swift", "1.5.11", "CircleSave", "app.circlesave.ios")
    ctx["device"] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,8", "iPhone15,4"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "token": RED(lambda f: f.hexid(64), "token"),
    }
    ctx["os"] = {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))}
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 375])), "height": G(lambda f: f.pick([844, 667]))}
    return ctx


def agent_ctx(f):
    ctx = common_mobile(f, "analytics-kotlin", "1.16.3", "CircleSave Agent", "app.circlesave.agent")
    ctx["device"] = android_device(f, with_ad_id=False)
    ctx["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))}
    ctx["screen"] = {
        "density": G(lambda f: f.pick([2, 2.625])),
        "width": G(lambda f: 1080),
        "height": G(lambda f: f.pick([2400, 2340])),
    }
    ctx["userAgent"] = G(
        lambda f: (
            "Dalvik/2.1.0 (Linux; U; Android 13; "
            + f.pick(["SM-A145F", "TECNO KI7", "Redmi 12C"])
            + " Build/TP1A.220624.014)"
        )
    )
    ctx["traits"] = {
        "officerName": Y(lambda f: f.any_name(), "name"),
        "email": Y(lambda f: f.mail(), "email"),
        "staffId": G(lambda f: "STF-" + f.digits(4)),
        "branch": G(lambda f: f.pick(["Kumasi Central", "Tamale", "Bhola", "Xela"])),
    }
    ctx["location"] = {
        "latitude": Y(lambda f: f.geo_lat(), "geolocation"),
        "longitude": Y(lambda f: f.geo_lon(), "geolocation"),
        "speed": G(lambda f: f.pick([0.0, 1.2, 8.5])),
    }
    return ctx


SERVER_LIBS = {
    "py": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "analytics/3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
    "retl": ("analytics-python", "2.3.3"),
}


def server_ctx(client):
    def make(f):
        name, version = SERVER_LIBS[client]
        ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if client in ("node", "php", "dotnet"):
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        if client == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.gh_phone("e164"), "phone", True),
                    "type": G(lambda f: "phone_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "retl":
            ctx["source"] = {
                "type": G(lambda f: "reverse_etl"),
                "model": G(lambda f: f.pick(["member_360", "churn_scores", "daily_balances"])),
            }
        return ctx

    return make


CONTEXTS = {"web": web_ctx, "rn": rn_ctx, "flutter": flutter_ctx, "swift": swift_ctx, "agent": agent_ctx}
CONTEXTS.update({k: server_ctx(k) for k in SERVER_LIBS})

# -- shared fragments ----------------------------------------------------------------------------

AMT = G(lambda f: f.money(5, 2000))
CUR = G(lambda f: f.cur())
GROUP_ID = G(lambda f: "grp_" + f.hexid(8))
MEMBER_ID = G(lambda f: f.uid())
LOAN_ID = G(lambda f: "LN-" + f.digits(7))


def market_product():
    return {
        "product_id": G(lambda f: f.hexid(12)),
        "sku": G(lambda f: f.pick(MARKET_PRODUCTS)[0]),
        "name": G(lambda f: f.pick(MARKET_PRODUCTS)[1]),
        "category": G(lambda f: f.pick(MARKET_PRODUCTS)[2]),
        "price": G(lambda f: f.pick(MARKET_PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 10)),
    }


# -- events: (weight, kind, event name, client, body) --------------------------------------------

EVENTS: list[tuple[int, str, str | None, str, dict]] = [
    # -- registration and identity ----------------------------------------------------------
    (
        3,
        "identify",
        None,
        "rn",
        {
            "firstName": Y(lambda f: f.first_in("GH"), "name"),
            "lastName": Y(lambda f: f.last_in("GH"), "name"),
            "phone": Y(lambda f: f.gh_phone(), "phone"),
            "email": Y(lambda f: f.mail("GH"), "email"),
            "birthday": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "female"]), "gender"),
            "ghanaCardNumber": RED(lambda f: f.ghana_card(), "national id"),
            "ghanaCardVerified": G(lambda f: f.pick([True, False])),
            "digitalAddress": Y(lambda f: f.digital_address(), "address"),
            "town": Y(lambda f: f.town_in("GH"), "city"),
            "region": G(lambda f: f.pick(GH_REGIONS)),
            "occupation": G(
                lambda f: f.pick(["trader", "seamstress", "hairdresser", "farmer", "driver", "fishmonger"])
            ),
            "preferredLanguage": G(lambda f: f.pick(["tw", "en", "ee", "ga", "dag"])),
            "memberNumber": G(lambda f: "CS-" + f.digits(6)),
            "photoUrl": Y(lambda f: f"https://cdn.circlesave.app/members/{f.hexid(12)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "groupsCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        2,
        "identify",
        None,
        "flutter",
        {
            "fullName": Y(lambda f: f.name_in("BD"), "name"),
            "mobile": Y(lambda f: f.bd_phone(), "phone"),
            "nidNumber": RED(lambda f: f.bd_nid(), "national id"),
            "dateOfBirth": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "fatherName": Y(lambda f: f.name_in("BD"), "name"),
            "division": G(lambda f: f.pick(["Dhaka", "Rangpur", "Barishal", "Chattogram"])),
            "district": G(lambda f: f.pick(BD_DISTRICTS)),
            "upazila": Y(lambda f: f.pick(BD_UPAZILAS), "city"),
            "village": Y(lambda f: f.pick(BD_VILLAGES), "city|address"),
            "samityId": G(lambda f: "SMT-" + f.digits(4)),
            "memberSince": G(lambda f: f.day(2019, 2024)),
            "signatureType": G(lambda f: f.pick(["signature", "thumbprint"])),
            "nomineeName": Y(lambda f: f.name_in("BD"), "name"),
            "nomineeNid": RED(lambda f: f.bd_nid(), "national id"),
            "nomineeRelation": G(lambda f: f.pick(["son", "daughter", "husband", "brother"])),
            "nidVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        2,
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: f.first_in("GT"), "name"),
            "lastName": Y(lambda f: f.last_in("GT"), "name"),
            "phone": Y(lambda f: f.pick([f.gt_phone(), f.phone("nanp_dash"), f.phone("e164")]), "phone"),
            "email": Y(lambda f: f.mail("GT"), "email"),
            "birthday": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "dpi": RED(lambda f: f.dpi(), "national id"),
            "address": {
                "street": Y(lambda f: f.pick([f.gt_address(), f.street()]), "address|street"),
                "city": Y(lambda f: f.pick([*GT_MUNIS, "Los Angeles", "Houston", "Omaha"]), "city"),
                "postalCode": Y(lambda f: f.pick([f"0900{f.r.randint(1, 9)}", f.zip()]), "zipcode"),
                "country": G(lambda f: f.pick(["GT", "US", "MX"])),
            },
            "municipio": Y(lambda f: f.pick(GT_MUNIS), "city"),
            "departamento": G(lambda f: f.pick(GT_DEPTOS)),
            "country": G(lambda f: f.pick(["GT", "US", "MX"])),
            "language": G(lambda f: f.pick(["es", "quc", "en"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        2,
        "track",
        "Member Registered",
        "agent",
        {
            "applicationId": G(lambda f: f.uuid()),
            "idType": G(lambda f: f.pick(["GHANA_CARD", "VOTER_ID", "PASSPORT"])),
            "idNumber": RED(
                lambda f: f.pick([f.ghana_card(), f.digits(10), "G" + f.digits(7)]), "national id|passport"
            ),
            "idExpiryDate": G(lambda f: f.day(2026, 2034)),
            "fullName": Y(lambda f: f.name_in("GH"), "name"),
            "phone": Y(lambda f: f.gh_phone(), "phone"),
            "dob": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "F"]), "sex"),
            "selfieUrl": Y(lambda f: f"https://kyc.circlesave.app/selfie/{f.uuid()}.jpg", "photo"),
            "idFrontUrl": Y(lambda f: f"https://kyc.circlesave.app/id/{f.uuid()}-front.jpg", "photo"),
            "thumbprintCaptured": G(lambda f: f.pick([True, False])),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
            "homeGps": Y(lambda f: f"{f.gh_lat()},{f.gh_lon()}", "geolocation"),
            "digitalAddress": Y(lambda f: f.digital_address(), "address"),
            "nhisNumber": RED(lambda f: f.digits(8), "health id"),
            "hasDisability": RED(lambda f: f.pick([True, False, False]), "disability"),
            "disabilityType": RED(
                lambda f: f.pick(["none", "visual", "mobility", "hearing", "none"]), "disability"
            ),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "age": G(lambda f: f.r.randint(19, 68)),
            "officerId": G(lambda f: "OFF-" + f.digits(3)),
            "nextOfKin": {
                "name": Y(lambda f: f.name_in("GH"), "name"),
                "phone": Y(lambda f: f.gh_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["sister", "son", "husband", "mother", "brother"])),
            },
        },
    ),
    (
        1,
        "track",
        "ID Verification Failed",
        "node",
        {
            "reason": G(
                lambda f: f.pick(["NIA_NAME_MISMATCH", "FORMAT_INVALID", "NIA_TIMEOUT", "CARD_EXPIRED"])
            ),
            "input": RED(lambda f: f.ghana_card(), "national id", True),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "provider": G(lambda f: f.pick(["NIA", "smile_identity"])),
            "latencyMs": G(lambda f: f.r.randint(150, 9000)),
        },
    ),
    (
        2,
        "track",
        "ID Verified",
        "node",
        {
            "provider": G(lambda f: f.pick(["NIA", "smile_identity"])),
            "nameMatchScore": G(lambda f: f.money(0, 1)),
            "dobMatch": G(lambda f: f.pick([True, False])),
            "faceMatch": G(lambda f: f.pick([True, False])),
            "isPep": G(lambda f: f.pick([False, False, True])),
            "verificationId": G(lambda f: f.uuid()),
            "jobId": G(lambda f: f.digits(10)),
        },
    ),
    (
        1,
        "track",
        "Next Of Kin Added",
        "flutter",
        {
            "next_of_kin": {
                "name": Y(lambda f: f.name_in("BD"), "name"),
                "mobile": Y(lambda f: f.bd_phone(), "phone"),
                "nid": RED(lambda f: f.bd_nid(), "national id"),
                "relation": G(lambda f: f.pick(["husband", "son", "daughter", "mother", "brother"])),
            },
            "share_percent": G(lambda f: f.pick([50, 100, 25])),
            "is_minor": G(lambda f: f.pick([True, False])),
        },
    ),
    # Bengali-keyed backend (python)
    (
        2,
        "track",
        "Shodossho Nibondhon",
        "py",
        {
            "nam": Y(lambda f: f.name_in("BD"), "name"),
            "pitar_nam": Y(lambda f: f.name_in("BD"), "name"),
            "matar_nam": Y(lambda f: f.name_in("BD"), "name"),
            "swamir_nam": Y(lambda f: f.name_in("BD"), "name"),
            "jonmo_tarikh": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "nid_nombor": RED(lambda f: f.bd_nid(), "national id"),
            "thikana": Y(lambda f: f.bd_address(), "address"),
            "gram": Y(lambda f: f.pick(BD_VILLAGES), "city|address"),
            "upazila": Y(lambda f: f.pick(BD_UPAZILAS), "city"),
            "zila": G(lambda f: f.pick(BD_DISTRICTS)),
            "dhormo": Y(lambda f: f.pick(["Islam", "Hindu", "Buddha", "Khristan", "Islam"]), "religion"),
            "pesha": G(lambda f: f.pick(["grihini", "krishok", "dokandar", "dorji", "rickshaw chalok"])),
            "boyosh": G(lambda f: f.r.randint(19, 65)),
            "lingo": Y(lambda f: f.pick(["mohila", "purush", "mohila"]), "gender|sex"),
            "boibahik_obostha": G(lambda f: f.pick(["bibahito", "obibahito", "bidhoba", "talakprapto"])),
            "poribarer_sodossho": G(lambda f: f.r.randint(2, 9)),
            "mashik_ay": Y(lambda f: f.r.randint(4000, 40000) // 500 * 500, "salary"),
            "mobile_nombor": Y(lambda f: f.bd_phone(), "phone"),
            "samity_code": G(lambda f: "SMT-" + f.digits(4)),
            "nibondhon_tarikh": G(lambda f: f.iso()),
        },
    ),
    # Spanish-keyed backend (php)
    (
        2,
        "track",
        "Socia Registrada",
        "php",
        {
            "nombres": Y(lambda f: f.first_in("GT"), "name"),
            "apellidos": Y(lambda f: f.last_in("GT") + " " + f.last_in("GT"), "name"),
            "dpi": RED(lambda f: f.dpi(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(1958, 2004), "birthdate"),
            "direccion": Y(lambda f: f.gt_address(), "address"),
            "municipio": Y(lambda f: f.pick(GT_MUNIS), "city"),
            "departamento": G(lambda f: f.pick(GT_DEPTOS)),
            "codigo_postal": Y(
                lambda f: f"{f.pick(['01', '08', '09', '07', '14'])}0{f.r.randint(0, 2)}{f.r.randint(0, 9)}",
                "zipcode",
            ),
            "pueblo": Y(lambda f: f.pick(["Maya", "Ladino", "Maya", "Garífuna", "Xinka"]), "ethnicity"),
            "comunidad_linguistica": Y(
                lambda f: f.pick(["K'iche'", "Kaqchikel", "Mam", "Q'eqchi'", "Tz'utujil"]), "ethnicity"
            ),
            "estado_civil": G(lambda f: f.pick(["casada", "soltera", "unida", "viuda"])),
            "ocupacion": G(lambda f: f.pick(["tejedora", "comerciante", "agricultora", "ama de casa"])),
            "sabe_leer": G(lambda f: f.pick([True, False])),
            "cuenta_monetaria": RED(lambda f: f.bank_account("GT"), "bank account"),
            "banco": G(lambda f: f.pick(["Banrural", "Banco Industrial", "G&T Continental", "BAM"])),
            "cuchubal_id": G(lambda f: "CCH-" + f.digits(5)),
            "telefono": Y(lambda f: f.gt_phone(), "phone"),
            "correo": Y(lambda f: f.mail("GT"), "email"),
        },
    ),
    # Twi-keyed IVR registration form (node, Ghana backend)
    (
        1,
        "track",
        "IVR Registration Completed",
        "node",
        {
            "ivrSessionId": G(lambda f: f.uuid()),
            "language": G(lambda f: f.pick(["tw", "ee", "dag"])),
            "mmuae": {
                "din": Y(lambda f: f.name_in("GH"), "name"),
                "fon_noma": Y(lambda f: f.gh_phone("local"), "phone"),
                "kurom": Y(lambda f: f.town_in("GH"), "city"),
                "awoda": Y(lambda f: f.date(1955, 2004), "birthdate"),
                "adwuma": G(lambda f: f.pick(["dwadini", "okuafo", "tailor", "kaya"])),
                "sika_a_wobetua": G(lambda f: f.pick([5, 10, 20, 50])),
                "susu_kuo": G(lambda f: f.pick(GROUP_NAMES)),
            },
            "durationSec": G(lambda f: f.r.randint(60, 600)),
            "callerNumberHash": G(lambda f: f.hexid(64)),
        },
    ),
    # -- groups ---------------------------------------------------------------------------------
    (
        2,
        "group",
        None,
        "rn",
        {
            "name": G(lambda f: f.pick(GROUP_NAMES)),
            "type": G(lambda f: f.pick(["susu", "rosca", "samity", "cuchubal", "vsla"])),
            "contributionAmount": G(lambda f: f.pick([5, 10, 20, 50, 100, 500])),
            "frequency": G(lambda f: f.pick(["daily", "weekly", "monthly"])),
            "meetingDay": G(lambda f: f.pick(["Monday", "Wednesday", "Saturday", "Sunday"])),
            "meetingPlace": G(lambda f: f.pick(VENUES)),
            "memberLimit": G(lambda f: f.pick([10, 12, 20, 25, 30])),
            "createdAt": G(lambda f: f.iso()),
            "country": G(lambda f: f.pick(["GH", "BD", "GT"])),
            "currency": CUR,
            "leaderName": Y(lambda f: f.any_name(), "name"),
            "leaderPhone": Y(lambda f: f.any_phone(), "phone"),
            "plan": G(lambda f: f.pick(["free", "plus", "cooperative"])),
            "treasurerName": Y(lambda f: f.any_name(), "name"),
            "treasurerPhone": Y(lambda f: f.any_phone(), "phone"),
            "bankName": G(lambda f: f.pick(["GCB Bank", "Sonali Bank", "Banrural", "Fidelity Bank"])),
        },
    ),
    (
        2,
        "track",
        "Group Joined",
        "flutter",
        {
            "groupId": GROUP_ID,
            "groupName": G(lambda f: f.pick(GROUP_NAMES)),
            "joinMethod": G(lambda f: f.pick(["invite_link", "qr_code", "officer"])),
            "position": G(lambda f: f.r.randint(1, 25)),
            "membersCount": G(lambda f: f.r.randint(3, 30)),
        },
    ),
    (
        1,
        "track",
        "Contact Picked",
        "rn",
        {
            "label": Y(lambda f: f.any_name(), "name", True),
            "value": Y(lambda f: f.any_phone(), "phone", True),
            "source": G(lambda f: f.pick(["phonebook", "recent", "whatsapp"])),
            "index": G(lambda f: f.r.randint(0, 40)),
            "purpose": G(lambda f: f.pick(["invite", "guarantor", "next_of_kin"])),
        },
    ),
    (
        2,
        "track",
        "Member Invited",
        "rn",
        {
            "groupId": GROUP_ID,
            "inviteChannel": G(lambda f: f.pick(["sms", "whatsapp", "link"])),
            "inviteeName": Y(lambda f: f.any_name(), "name"),
            "inviteePhone": Y(lambda f: f.any_phone(), "phone"),
            "invitesSentToday": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        1,
        "track",
        "Member Search",
        "web",
        {
            "q": Y(
                lambda f: f.pick([f.any_first(), f.any_name(), f.any_last(), f.gh_phone("local_compact")]),
                "name|phone",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "filters": {"status": G(lambda f: f.pick(["active", "arrears", "all"])), "groupId": GROUP_ID},
        },
    ),
    # -- contributions and payouts --------------------------------------------------------------
    (
        4,
        "track",
        "Contribution Made",
        "rn",
        {
            "groupId": GROUP_ID,
            "groupName": G(lambda f: f.pick(GROUP_NAMES)),
            "cycleNumber": G(lambda f: f.r.randint(1, 24)),
            "amount": AMT,
            "currency": CUR,
            "paymentMethod": G(lambda f: f.pick(["momo", "cash", "bank", "card"])),
            "momoNetwork": G(lambda f: f.pick(["MTN", "Telecel", "AirtelTigo"])),
            "momoNumber": RED(lambda f: f.gh_phone(f.pick(["local", "msisdn"])), "bank account|phone"),
            "transactionId": G(lambda f: f.digits(11)),
            "dueDate": G(lambda f: f.day()),
            "isLate": G(lambda f: f.pick([True, False])),
            "lateFee": G(lambda f: f.pick([0, 0, 2, 5])),
            "collectorName": Y(lambda f: f.name_in("GH"), "name"),
            "streakDays": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        2,
        "track",
        "Contribution Schedule Viewed",
        "flutter",
        {
            "groupId": GROUP_ID,
            "schedule": Many(
                {
                    "dueDate": G(lambda f: f.day()),
                    "amount": AMT,
                    "status": G(lambda f: f.pick(["paid", "due", "late", "waived"])),
                },
                4,
            ),
            "nextDueInDays": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        2,
        "track",
        "Payout Received",
        "rn",
        {
            "groupId": GROUP_ID,
            "rotationPosition": G(lambda f: f.r.randint(1, 25)),
            "payoutAmount": AMT,
            "payoutDate": G(lambda f: f.day()),
            "payoutChannel": G(lambda f: f.pick(["momo", "bank", "cash"])),
            "recipient": {
                "name": Y(lambda f: f.any_name(), "name"),
                "momoNumber": RED(lambda f: f.wallet(), "bank account|phone"),
                "relationship": G(lambda f: f.pick(["self", "self", "daughter", "husband", "mother"])),
            },
        },
    ),
    (
        2,
        "track",
        "Rotation Order Set",
        "web",
        {
            "groupId": GROUP_ID,
            "cycleId": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["lottery", "bidding", "seniority", "need"])),
            "order": Many(
                {
                    "position": G(lambda f: f.r.randint(1, 25)),
                    "memberId": MEMBER_ID,
                    "memberName": Y(lambda f: f.any_name(), "name"),
                    "payoutDate": G(lambda f: f.day()),
                },
                5,
            ),
            "setBy": G(lambda f: f.uid()),
        },
    ),
    (
        1,
        "track",
        "Payout Bid Placed",
        "flutter",
        {
            "groupId": GROUP_ID,
            "cycle": G(lambda f: f.r.randint(1, 20)),
            "bidAmount": AMT,
            "discountPct": G(lambda f: f.money(1, 30)),
            "isWinningBid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        2,
        "track",
        "Kisti Jama",
        "py",
        {
            "shodossho_nam": Y(lambda f: f.name_in("BD"), "name"),
            "shodossho_id": G(lambda f: f.digits(6)),
            "samity_nam": G(lambda f: f.pick(GROUP_NAMES[4:7])),
            "kisti_nombor": G(lambda f: f.r.randint(1, 52)),
            "jama_taka": G(lambda f: f.r.randint(50, 5000)),
            "baki_taka": G(lambda f: f.r.randint(0, 40000)),
            "jama_tarikh": G(lambda f: f.day()),
            "mathkormi_nam": Y(lambda f: f.name_in("BD"), "name"),
            "mathkormi_id": G(lambda f: "FW-" + f.digits(4)),
            "bkash_trx_id": G(lambda f: "B" + f.hexid(9).upper()),
        },
    ),
    (
        2,
        "track",
        "Aporte Registrado",
        "php",
        {
            "cuchubal_id": G(lambda f: "CCH-" + f.digits(5)),
            "nombre_socia": Y(lambda f: f.name_in("GT"), "name"),
            "monto_quetzales": G(lambda f: f.pick([50, 100, 150, 200, 500])),
            "numero_turno": G(lambda f: f.r.randint(1, 15)),
            "fecha_aporte": G(lambda f: f.day()),
            "metodo_pago": G(lambda f: f.pick(["efectivo", "deposito", "transferencia"])),
            "boleta_deposito": G(lambda f: f.digits(9)),
            "banco": G(lambda f: f.pick(["Banrural", "Banco Industrial", "G&T Continental", "BAM"])),
            "telefono": Y(lambda f: f.gt_phone(), "phone"),
        },
    ),
    (
        2,
        "track",
        "PayoutTransferred",
        "dotnet",
        {
            "TransferId": G(lambda f: f.uuid()),
            "CuchubalId": G(lambda f: "CCH-" + f.digits(5)),
            "BeneficiaryName": Y(lambda f: f.name_in("GT"), "name"),
            "BeneficiaryIban": RED(lambda f: f.gt_iban(), "bank account"),
            "BankBic": G(lambda f: f.pick(["BRRLGTGC", "INDLGTGC", "AGRCGTGC", "GTCOGTGC"])),
            "AmountGtq": G(lambda f: f.money(300, 9000)),
            "TurnNumber": G(lambda f: f.r.randint(1, 15)),
            "ProcessedAt": G(lambda f: f.iso()),
            "Status": G(lambda f: f.pick(["Completed", "Pending", "Rejected"])),
            "InitiatedBy": G(lambda f: f.uid()),
        },
    ),
    (
        1,
        "track",
        "MemberKycReviewed",
        "dotnet",
        {
            "ReviewId": G(lambda f: f.digits(8)),
            "MemberId": MEMBER_ID,
            "Decision": G(lambda f: f.pick(["Approved", "Rejected", "NeedsInfo"])),
            "ReviewerEmail": Y(
                lambda f: (
                    f"{f.first_in('GT').split()[0].lower()}.{f.last_in('GT').split()[-1].lower()}@circlesave.gt".replace(
                        "á", "a"
                    )
                    .replace("é", "e")
                    .replace("ó", "o")
                    .replace("ú", "u")
                    .replace("í", "i")
                    .replace("ñ", "n")
                ),
                "email",
            ),
            "DocumentType": G(lambda f: f.pick(["DPI", "Pasaporte"])),
            "DocumentExpiry": G(lambda f: f.day(2025, 2033)),
            "RejectionReason": G(lambda f: f.pick(["", "blurry_photo", "name_mismatch", "expired"])),
            "ReviewDurationSec": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    # -- payments vendors -----------------------------------------------------------------------
    (
        2,
        "track",
        "MoMo Disbursement Callback",
        "go",
        {
            "financialTransactionId": G(lambda f: f.digits(9)),
            "externalId": G(lambda f: "pyt_" + f.hexid(12)),
            "amount": AMT,
            "currency": CUR,
            "payee": {
                "partyIdType": G(lambda f: "MSISDN"),
                "partyId": RED(lambda f: f.gh_phone("msisdn"), "bank account|phone", True),
            },
            "payerMessage": G(lambda f: f.pick(["Susu payout cycle 4", "Loan disbursement", "Group refund"])),
            "payeeNote": G(lambda f: f.pick(["CircleSave payout", "Thank you", "Loan"])),
            "status": G(lambda f: f.pick(["SUCCESSFUL", "FAILED", "PENDING"])),
        },
    ),
    (
        2,
        "track",
        "bKash Payment Executed",
        "py",
        {
            "paymentID": G(lambda f: "TR0011" + f.hexid(14).upper()),
            "trxID": G(lambda f: "B" + f.hexid(9).upper()),
            "transactionStatus": G(lambda f: f.pick(["Completed", "Initiated", "Failed"])),
            "amount": AMT,
            "currency": CUR,
            "intent": G(lambda f: "sale"),
            "merchantInvoiceNumber": G(lambda f: "INV" + f.digits(8)),
            "customerMsisdn": RED(lambda f: f.bd_phone("local"), "bank account|phone"),
            "paymentExecuteTime": G(
                lambda f: f.day() + f"T{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:11:330 GMT+0600"
            ),
        },
    ),
    (
        2,
        "track",
        "Paystack Charge Succeeded",
        "node",
        {
            "reference": G(lambda f: f.hexid(16)),
            "amount": AMT,
            "currency": CUR,
            "channel": G(lambda f: f.pick(["card", "mobile_money", "bank_transfer"])),
            "gateway_response": G(
                lambda f: f.pick(["Approved", "Successful", "Approved by Financial Institution"])
            ),
            "paid_at": G(lambda f: f.iso()),
            "fees": G(lambda f: f.r.randint(10, 500)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "authorization": {
                "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
                "bin": G(lambda f: f.pick(["408408", "539983", "506099", "418742"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                "card_type": G(lambda f: f.pick(["visa", "mastercard", "verve"])),
                "bank": G(lambda f: f.pick(["Ecobank Ghana", "GCB Bank", "Stanbic Bank Ghana", "MTN"])),
                "reusable": G(lambda f: f.pick([True, False])),
                "signature": G(lambda f: "SIG_" + f.hexid(20)),
            },
            "customer": {
                "id": G(lambda f: int(f.digits(8))),
                "first_name": Y(lambda f: f.first_in("GH"), "name"),
                "last_name": Y(lambda f: f.last_in("GH"), "name"),
                "email": Y(lambda f: f.mail("GH"), "email"),
                "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                "phone": Y(lambda f: f.gh_phone("e164"), "phone"),
            },
        },
    ),
    (
        1,
        "track",
        "Payment Info Entered",
        "swift",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: "card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.name_in("GT").upper(), "name"),
            "card_token": RED(lambda f: "tok_" + f.hexid(24), "token"),
            "billing_address": {
                "street": Y(lambda f: f.pick([f.gt_address(), f.street()]), "address|street"),
                "city": Y(lambda f: f.pick([*GT_MUNIS, "Los Angeles", "Houston"]), "city"),
                "postal_code": Y(lambda f: f.pick([f"0900{f.r.randint(1, 9)}", f.zip()]), "zipcode"),
                "country": G(lambda f: f.pick(["GT", "US", "MX"])),
            },
        },
    ),
    (
        1,
        "track",
        "Card Added",
        "swift",
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_bin": G(lambda f: f.pick(["411111", "542418", "377700", "601100"])),
            "is_default": G(lambda f: f.pick([True, False])),
            "wallet": G(lambda f: f.pick(["none", "apple_pay", "google_pay"])),
        },
    ),
    # -- loans ----------------------------------------------------------------------------------
    (
        2,
        "track",
        "Loan Application Submitted",
        "rn",
        {
            "loanId": LOAN_ID,
            "productCode": G(lambda f: f.pick(["GRP-FLEX-12", "SCHOOL-FEES", "QARD-HASAN", "AGRI-SEASON"])),
            "amountRequested": AMT,
            "termWeeks": G(lambda f: f.pick([4, 8, 12, 16, 26])),
            "interestRatePct": G(lambda f: f.pick([0, 2.5, 5, 10])),
            "purpose": G(
                lambda f: f.pick(["trading stock", "school fees", "farm inputs", "medical", "rent"])
            ),
            "creditScore": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "riskBand": Y(lambda f: f.pick(["A", "B", "C", "D"]), "credit score"),
            "guarantors": Many(
                {
                    "name": Y(lambda f: f.name_in("GH"), "name"),
                    "phone": Y(lambda f: f.gh_phone(), "phone"),
                    "ghanaCard": RED(lambda f: f.ghana_card(), "national id"),
                    "isMember": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "hasCollateral": G(lambda f: f.pick([True, False])),
            "applicantAge": G(lambda f: f.r.randint(19, 70)),
            "dependantsCount": G(lambda f: f.r.randint(0, 7)),
            "monthlyIncome": Y(lambda f: f.r.randint(300, 6000) // 50 * 50, "salary"),
        },
    ),
    (
        1,
        "track",
        "Guarantor Added",
        "java",
        {
            "loanId": LOAN_ID,
            "guarantor": {
                "fullName": Y(lambda f: f.any_name(), "name"),
                "phoneNumber": Y(lambda f: f.any_phone(), "phone"),
                "nationalId": RED(lambda f: f.national_id(f.pick(["GH", "BD", "GT"])), "national id"),
                "relationship": G(lambda f: f.pick(["friend", "co-member", "sister", "employer"])),
                "memberNumber": G(lambda f: "CS-" + f.digits(6)),
                "occupation": G(lambda f: f.pick(["teacher", "trader", "nurse", "mechanic"])),
                "employer": G(
                    lambda f: f.pick(["Ghana Education Service", "BRAC", "Self-employed", "Cooperativa Xela"])
                ),
                "monthlyIncome": Y(lambda f: f.r.randint(300, 6000) // 50 * 50, "salary"),
            },
            "guarantorsNeeded": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        2,
        "track",
        "Loan Disbursed",
        "go",
        {
            "loan_id": G(lambda f: "LN-" + f.digits(7)),
            "disbursement_id": G(lambda f: f.uuid()),
            "amount_minor": G(lambda f: f.pesewas()),
            "currency": CUR,
            "channel": G(lambda f: f.pick(["mtn_momo", "bkash", "bank"])),
            "wallet_msisdn": RED(lambda f: f.wallet(), "bank account|phone"),
            "provider_reference": G(lambda f: f.digits(10)),
            "fee_minor": G(lambda f: f.r.randint(0, 500)),
            "status": G(lambda f: f.pick(["succeeded", "failed", "pending"])),
        },
    ),
    (
        3,
        "track",
        "Loan Repayment Made",
        "rn",
        {
            "loanId": LOAN_ID,
            "installmentNumber": G(lambda f: f.r.randint(1, 26)),
            "amount": AMT,
            "remainingBalance": G(lambda f: f.money(0, 5000)),
            "daysPastDue": G(lambda f: f.r.randint(0, 30)),
            "paidVia": G(lambda f: f.pick(["momo", "cash_agent", "group_fund"])),
        },
    ),
    (
        1,
        "track",
        "Loan Repayment Missed",
        "java",
        {
            "loanId": LOAN_ID,
            "installmentNumber": G(lambda f: f.r.randint(1, 26)),
            "daysPastDue": G(lambda f: f.r.randint(1, 90)),
            "amountDue": G(lambda f: f.money(10, 800)),
            "penaltyAmount": G(lambda f: f.money(0, 50)),
            "borrowerPhone": Y(lambda f: f.any_phone(), "phone"),
            "collectionsAgent": {
                "id": G(lambda f: "AG-" + f.digits(4)),
                "name": Y(lambda f: f.any_name(), "name"),
            },
            "escalated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        1,
        "track",
        "School Fees Loan Requested",
        "py",
        {
            "loan_id": G(lambda f: "LN-" + f.digits(7)),
            "child_name": Y(lambda f: f.name_in("BD"), "name"),
            "child_birth_reg_no": RED(lambda f: f.bd_brn(), "national id"),
            "child_age": G(lambda f: f.r.randint(5, 17)),
            "school_name": G(
                lambda f: f.pick(
                    ["Char Kukri Govt. Primary School", "Mirpur Girls High School", "BRAC Primary School"]
                )
            ),
            "class": G(lambda f: f.pick(["Class 3", "Class 6", "Class 9"])),
            "fee_amount": G(lambda f: f.r.randint(500, 12000)),
        },
    ),
    (
        1,
        "track",
        "Welfare Claim Submitted",
        "java",
        {
            "claimId": G(lambda f: "WC-" + f.digits(6)),
            "claimType": G(lambda f: f.pick(["funeral", "maternity", "hospitalisation"])),
            "beneficiaryName": Y(lambda f: f.any_name(), "name"),
            "condition": Y(
                lambda f: f.pick(["malaria", "typhoid", "childbirth", "hypertension", "fractured leg"]),
                "condition|diagnosis",
            ),
            "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "hospitalName": G(
                lambda f: f.pick(
                    ["Komfo Anokye Teaching Hospital", "Ridge Hospital", "Tamale Teaching Hospital"]
                )
            ),
            "admissionDate": G(lambda f: f.day()),
            "nhisNumber": RED(lambda f: f.digits(8), "health id"),
            "amountClaimed": G(lambda f: f.money(50, 2000)),
            "deceasedRelation": G(lambda f: f.pick(["", "mother", "father", "spouse"])),
            "doctorName": Y(lambda f: "Dr. " + f.name_in("GH"), "name"),
            "prescribedDrugs": Many(
                Y(
                    lambda f: f.pick(
                        ["Artemether-Lumefantrine", "Amlodipine", "Ciprofloxacin", "Paracetamol"]
                    ),
                    "medication",
                ),
                2,
            ),
        },
    ),
    # -- meetings, attendance, fines, field officers -----------------------------------------------
    (
        2,
        "track",
        "Meeting Attendance Recorded",
        "agent",
        {
            "meetingId": G(lambda f: f.uuid()),
            "groupId": GROUP_ID,
            "meetingDate": G(lambda f: f.day()),
            "attendees": Many(
                {
                    "memberId": MEMBER_ID,
                    "memberName": Y(lambda f: f.any_name(), "name"),
                    "present": G(lambda f: f.pick([True, True, False])),
                    "arrivedLate": G(lambda f: f.pick([True, False])),
                    "fineAmount": G(lambda f: f.pick([0, 0, 1, 2, 5])),
                },
                6,
            ),
            "quorumMet": G(lambda f: f.pick([True, False])),
            "officerId": G(lambda f: "OFF-" + f.digits(3)),
            "gps": {
                "lat": Y(lambda f: f.geo_lat(), "geolocation"),
                "lng": Y(lambda f: f.geo_lon(), "geolocation"),
            },
        },
    ),
    (
        2,
        "track",
        "Fine Issued",
        "agent",
        {
            "fineId": G(lambda f: f.uuid()),
            "memberId": MEMBER_ID,
            "reason": G(
                lambda f: f.pick(["absent", "late", "late_contribution", "phone_ringing", "no_uniform"])
            ),
            "amount": AMT,
            "waived": G(lambda f: f.pick([True, False])),
            "officerRemark": G(
                lambda f: f.pick(["Second time this month", "Group agreed", "Waived by leader", ""])
            ),
        },
    ),
    (
        2,
        "track",
        "Field Visit Completed",
        "agent",
        {
            "visitId": G(lambda f: f.uuid()),
            "officerId": G(lambda f: "OFF-" + f.digits(3)),
            "officerName": Y(lambda f: f.any_name(), "name"),
            "memberId": MEMBER_ID,
            "visitType": G(lambda f: f.pick(["onboarding", "arrears", "loan_appraisal", "monitoring"])),
            "durationMin": G(lambda f: f.r.randint(5, 90)),
            "locationLat": Y(lambda f: f.geo_lat(), "geolocation"),
            "locationLng": Y(lambda f: f.geo_lon(), "geolocation"),
            "addressConfirmed": G(lambda f: f.pick([True, False])),
            "note": Y(officer_note, "name", True),
        },
    ),
    (
        3,
        "track",
        "Officer Location Ping",
        "agent",
        {
            "officerId": G(lambda f: "OFF-" + f.digits(3)),
            "lat": Y(lambda f: f.geo_lat(), "geolocation"),
            "lng": Y(lambda f: f.geo_lon(), "geolocation"),
            "accuracyM": G(lambda f: f.r.randint(3, 80)),
            "batteryPct": G(lambda f: f.r.randint(5, 100)),
            "routeId": G(lambda f: "RT-" + f.digits(3)),
        },
    ),
    (
        3,
        "track",
        "Cash Collected",
        "agent",
        {
            "collectionId": G(lambda f: f.uuid()),
            "memberId": MEMBER_ID,
            "memberName": Y(lambda f: f.any_name(), "name"),
            "amount": AMT,
            "currency": CUR,
            "receiptNo": G(lambda f: "RC" + f.digits(7)),
            "collectorId": G(lambda f: "COL-" + f.digits(4)),
            "thumbprintCaptured": G(lambda f: f.pick([True, False])),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        1,
        "track",
        "Meeting Scheduled",
        "web",
        {
            "meetingId": G(lambda f: f.uuid()),
            "groupId": GROUP_ID,
            "scheduledFor": G(lambda f: f.iso()),
            "venue": G(lambda f: f.pick(VENUES)),
            "agenda": G(
                lambda f: f.pick(
                    ["Payout cycle 5", "Loan approvals", "Election of treasurer", "Year-end share-out"]
                )
            ),
            "reminderHoursBefore": G(lambda f: f.pick([2, 12, 24])),
        },
    ),
    (
        1,
        "track",
        "Meeting Minutes Saved",
        "web",
        {
            "meetingId": G(lambda f: f.uuid()),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Quorum reached, all contributions received.",
                        "Agreed to raise contribution to 20 cedis from next cycle.",
                        "Share-out moved to December.",
                        "Two new members admitted.",
                    ]
                )
            ),
            "decisionsCount": G(lambda f: f.r.randint(0, 5)),
            "totalCollected": AMT,
        },
    ),
    # -- messaging --------------------------------------------------------------------------------
    (
        2,
        "track",
        "OTP Sent",
        "ruby",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_number": Y(lambda f: f.any_phone(), "phone"),
            "otp_length": G(lambda f: f.pick([4, 6])),
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "hubtel", "sslwireless"])),
            "expires_in": G(lambda f: f.pick([120, 300, 600])),
        },
    ),
    (
        2,
        "track",
        "OTP Submitted",
        "rn",
        {
            "otpCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "autoFilled": G(lambda f: f.pick([True, False])),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        3,
        "track",
        "SMS Reminder Sent",
        "ruby",
        {
            "message_id": G(lambda f: "ATXid_" + f.hexid(32)),
            "to": Y(lambda f: f.any_phone(), "phone"),
            "sender_id": G(lambda f: f.pick(["CircleSave", "CSAVE", "20384"])),
            "body": Y(sms_body, "name", True),
            "segments": G(lambda f: f.pick([1, 2, 3])),
            "cost": G(lambda f: f.pick(["GHS 0.0300", "BDT 0.2500", "USD 0.0450"])),
            "status": G(lambda f: f.pick(["Success", "Sent", "InvalidPhoneNumber"])),
            "reminder_type": G(lambda f: f.pick(["contribution_due", "payout", "meeting", "fine"])),
        },
    ),
    (
        2,
        "track",
        "SMS Delivery Report",
        "ruby",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: f.pick([f.gh_phone("e164"), f.gt_phone("e164"), f.bd_phone("e164")]), "phone"),
            "From": G(lambda f: f.pick(["CircleSave", "+12025550143", "+15005550006"])),
            "MessageStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent", "failed"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        2,
        "track",
        "Push Notification Opened",
        "rn",
        {
            "campaign": G(lambda f: f.pick(["contribution_due", "payout_ready", "meeting_tomorrow"])),
            "messageId": G(lambda f: f.uuid()),
            "title": G(lambda f: f.pick(["Contribution due", "Your payout is ready", "Meeting tomorrow"])),
            "body": Y(sms_body, "name", True),
            "openedFromBackground": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        2,
        "track",
        "USSD Transfer Completed",
        "go",
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*920*55#", "*384*2019#", "*713*33#"])),
            "phoneNumber": Y(lambda f: f.gh_phone("e164"), "phone"),
            "networkCode": G(lambda f: f.pick(["62001", "62002", "62006", "62003"])),
            "text": Y(
                lambda f: (
                    f"3*{f.r.randint(1, 2)}*{f.gh_phone('local_compact')}*{f.pick([10, 20, 50, 100])}*1"
                ),
                "phone",
                True,
            ),
            "hops": G(lambda f: f.r.randint(4, 7)),
        },
    ),
    (
        2,
        "track",
        "Reminder Preferences Updated",
        "php",
        {
            "reminder-channel": G(lambda f: f.pick(["sms", "whatsapp", "voice", "push"])),
            "reminder-time": G(lambda f: f.pick(["07:00", "18:30", "20:00"])),
            "whatsapp-number": Y(lambda f: f.any_phone(), "phone"),
            "quiet-hours-start": G(lambda f: f.pick(["20:00", "21:00", "22:00"])),
            "voice-language": G(lambda f: f.pick(["tw", "en", "bn", "es", "quc"])),
            "member-id": MEMBER_ID,
        },
    ),
    # -- support, errors, account -----------------------------------------------------------------
    (
        1,
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticketId": G(lambda f: f.digits(6)),
            "channel": G(lambda f: f.pick(["app", "whatsapp", "call_centre"])),
            "subject": G(
                lambda f: f.pick(["Payout delayed", "Wrong amount", "Change phone number", "Agent complaint"])
            ),
            "description": Y(ticket_text, "phone", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
    ),
    (
        1,
        "track",
        "Support Contact Viewed",
        "rn",
        {
            "supportPhone": G(lambda f: f.pick(["+233 30 296 1100", "0800 100 200", "+880 9612-345678"])),
            "supportEmail": G(
                lambda f: f.pick(["support@circlesave.app", "ayuda@circlesave.gt", "help@circlesave.com.bd"])
            ),
            "whatsappBusiness": G(
                lambda f: f.pick(["+233 55 012 3400", "+502 2312 4400", "+880 1713-000111"])
            ),
            "source": G(lambda f: f.pick(["settings", "payout_screen", "error_dialog"])),
        },
    ),
    (
        2,
        "track",
        "API Error",
        "rn",
        {
            "endpoint": G(lambda f: f.pick(["/v2/contributions", "/v2/groups/members", "/v2/loans/apply"])),
            "statusCode": G(lambda f: f.pick([401, 500, 502, 504])),
            "errorCode": G(lambda f: f.pick(["TOKEN_EXPIRED", "UPSTREAM_TIMEOUT", "MOMO_UNAVAILABLE"])),
            "authToken": RED(lambda f: f.jwt(), "token"),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
            "durationMs": G(lambda f: f.r.randint(80, 30000)),
        },
    ),
    (
        1,
        "track",
        "Member Profile Updated",
        "rn",
        {
            "fieldsChanged": Many(G(lambda f: f.pick(["phone", "photo", "address", "employer", "union"])), 3),
            "unionMembership": Y(
                lambda f: f.pick(["GPRTU", "none", "GPRTU", "ICU Ghana", "GNAT"]), "trade union"
            ),
            "employer": G(
                lambda f: f.pick(["Self-employed", "Kumasi Metro Assembly", "Ghana Health Service"])
            ),
            "jobTitle": G(lambda f: f.pick(["Trotro driver", "Market trader", "Teacher", "Nurse"])),
            "marketAssociation": G(
                lambda f: f.pick(["Kejetia Traders Association", "Makola Market Women", ""])
            ),
            "photoCount": G(lambda f: f.r.randint(0, 3)),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        1,
        "track",
        "Feedback Submitted",
        "flutter",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Very easy to use", "Payout came late", "Please add Bangla voice", "Bhalo app", ""]
                )
            ),
            "category": G(lambda f: f.pick(["payout", "app", "agent"])),
        },
    ),
    (
        1,
        "track",
        "Savings Goal Created",
        "flutter",
        {
            "goalName": G(lambda f: f.pick(["School fees", "Eid", "Shop stock", "Cow", "Tin roof"])),
            "targetAmount": G(lambda f: f.r.randint(1000, 50000)),
            "targetDate": G(lambda f: f.day(2024, 2025)),
            "autoSave": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        2,
        "track",
        "Signup Started",
        "web",
        {
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "referralCode": G(lambda f: f.pick(["AMA20", "KOFI5", "SAMITY10", "XELA"])),
            "landingVariant": G(lambda f: f.pick(["a", "b", "c"])),
            "country": G(lambda f: f.pick(["GH", "BD", "GT"])),
        },
    ),
    (
        2,
        "track",
        "Staff Logged In",
        "web",
        {
            "staffId": G(lambda f: "STF-" + f.digits(4)),
            "role": G(lambda f: f.pick(["admin", "field_officer", "finance", "support"])),
            "email": Y(lambda f: f.mail(), "email"),
            "mfaMethod": G(lambda f: f.pick(["sms", "totp", "none"])),
            "failedAttempts": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        1,
        "track",
        "Statement Downloaded",
        "web",
        {
            "fileName": G(lambda f: f"statement_2024-{f.r.randint(1, 12):02d}_{f.uid()}.pdf"),
            "format": G(lambda f: f.pick(["pdf", "csv", "xlsx"])),
            "groupId": GROUP_ID,
            "rowCount": G(lambda f: f.r.randint(10, 900)),
        },
    ),
    # -- marketplace (e-commerce spec) ------------------------------------------------------------
    (
        2,
        "track",
        "Products Searched",
        "rn",
        {
            "query": G(
                lambda f: f.pick(["fertilizer", "rice 25kg", "solar lamp", "sewing machine", "maize seed"])
            )
        },
    ),
    (
        2,
        "track",
        "Product Viewed",
        "rn",
        {**market_product(), "currency": CUR, "group_buy": G(lambda f: f.pick([True, False]))},
    ),
    (1, "track", "Product Added", "rn", {"cart_id": G(lambda f: f.uuid()), **market_product()}),
    (
        1,
        "track",
        "Checkout Started",
        "rn",
        {
            "order_id": G(lambda f: f.hexid(16)),
            "revenue": G(lambda f: f.money(80, 3000)),
            "currency": CUR,
            "products": Many(market_product(), 3),
        },
    ),
    (
        2,
        "track",
        "Order Completed",
        "rn",
        {
            "order_id": G(lambda f: f.hexid(16)),
            "affiliation": G(lambda f: "CircleSave Group Buy"),
            "total": G(lambda f: f.money(80, 3000)),
            "shipping": G(lambda f: f.pick([0, 15, 25])),
            "currency": CUR,
            "coupon": G(lambda f: f.pick(["", "HARVEST10", "GROUPBUY"])),
            "payment_method": G(lambda f: f.pick(["momo", "group_fund", "cash_on_delivery"])),
            "products": Many(market_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: f.name_in("GH"), "name"),
                "phone": Y(lambda f: f.gh_phone(), "phone"),
                "street": Y(lambda f: f.gh_address(), "address|street"),
                "city": Y(lambda f: f.town_in("GH"), "city"),
                "region": G(lambda f: f.pick(GH_REGIONS)),
                "digital_address": Y(lambda f: f.digital_address(), "address"),
            },
            "pickup_point": G(lambda f: f.pick(["Ejisu Agro Depot", "Madina Station", "Techiman Market"])),
        },
    ),
    (
        2,
        "track",
        "Beneficiary Added",
        "java",
        {
            "beneficiaryId": G(lambda f: f.uuid()),
            "beneficiary": {
                "firstName": Y(lambda f: f.any_first(), "name"),
                "lastName": Y(lambda f: f.any_last(), "name"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "bankAccountNumber": RED(
                    lambda f: f.bank_account(f.pick(["GH", "BD", "GT"])), "bank account"
                ),
                "bankName": G(lambda f: f.pick(["GCB Bank", "Sonali Bank", "Banrural", "Ecobank Ghana"])),
                "branchCode": G(lambda f: f.pick(["040101", "130274", "BR-017", "280102"])),
                "accountType": G(lambda f: f.pick(["savings", "current", "monetaria"])),
                "relationship": G(lambda f: f.pick(["daughter", "son", "sister", "mother", "self"])),
            },
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        1,
        "track",
        "Dependants Updated",
        "flutter",
        {
            "dependants": Many(
                {
                    "name": Y(lambda f: f.name_in("BD"), "name"),
                    "birthDate": Y(lambda f: f.date(2006, 2022), "birthdate"),
                    "relation": G(lambda f: f.pick(["son", "daughter", "mother-in-law", "grandson"])),
                    "inSchool": G(lambda f: f.pick([True, False])),
                    "disability": RED(
                        lambda f: f.pick(["none", "none", "hearing", "intellectual", "physical"]),
                        "disability",
                    ),
                },
                4,
            ),
            "householdSize": G(lambda f: f.r.randint(2, 10)),
        },
    ),
    (
        2,
        "track",
        "Prestamo Solicitado",
        "php",
        {
            "prestamo_id": G(lambda f: "PR-" + f.digits(6)),
            "monto": G(lambda f: f.pick([500, 1000, 1500, 3000, 5000])),
            "plazo_meses": G(lambda f: f.pick([3, 6, 12])),
            "destino": G(lambda f: f.pick(["telar", "hilo y tintes", "siembra de maíz", "tienda", "salud"])),
            "ingreso_mensual": Y(lambda f: f.r.randint(800, 6000) // 50 * 50, "salary"),
            "solicitante": {
                "nombre": Y(lambda f: f.name_in("GT"), "name"),
                "dpi": RED(lambda f: f.dpi(), "national id"),
                "telefono": Y(lambda f: f.gt_phone(), "phone"),
            },
            "fiadores": Many(
                {
                    "nombre": Y(lambda f: f.name_in("GT"), "name"),
                    "dpi": RED(lambda f: f.dpi(), "national id"),
                    "telefono": Y(lambda f: f.gt_phone(), "phone"),
                    "parentesco": G(lambda f: f.pick(["hermana", "vecina", "comadre", "esposo"])),
                    "es_socia": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
    ),
    (
        1,
        "track",
        "Member Photo Captured",
        "agent",
        {
            "memberId": MEMBER_ID,
            "photoUrl": Y(lambda f: f"https://kyc.circlesave.app/portrait/{f.uuid()}.jpg", "photo"),
            "faceDetected": G(lambda f: f.pick([True, True, False])),
            "retakeCount": G(lambda f: f.r.randint(0, 4)),
            "imageWidth": G(lambda f: f.pick([720, 1080, 1440])),
        },
    ),
    (
        2,
        "track",
        "Referral Sent",
        "rn",
        {
            "referralCode": G(lambda f: f.pick(["AMA20", "KOFI5", "SAMITY10", "XELA"])),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "recipientName": Y(lambda f: f.any_name(), "name"),
            "recipientPhone": Y(lambda f: f.any_phone(), "phone"),
            "rewardAmount": G(lambda f: f.pick([5, 10, 20])),
        },
    ),
    (
        2,
        "track",
        "MemberContactUpdated",
        "dotnet",
        {
            "MemberId": MEMBER_ID,
            "OldPhone": Y(lambda f: f.gt_phone(), "phone"),
            "NewPhone": Y(lambda f: f.gt_phone(), "phone"),
            "ChangedBy": G(lambda f: f.pick(["member", "agent", "support"])),
            "VerifiedByOtp": G(lambda f: f.pick([True, False])),
            "ChangedAt": G(lambda f: f.iso()),
        },
    ),
    (
        2,
        "track",
        "Susu Ntoboa",
        "node",
        {
            "din": Y(lambda f: f.name_in("GH"), "name"),
            "fon_noma": Y(lambda f: f.gh_phone(), "phone"),
            "kurom": Y(lambda f: f.town_in("GH"), "city"),
            "boafo_din": Y(lambda f: f.name_in("GH"), "name"),
            "kuo_din": G(lambda f: f.pick(GROUP_NAMES[:4] + GROUP_NAMES[10:])),
            "sika_dodow": G(lambda f: f.pick([5, 10, 20, 50, 100])),
            "da": G(lambda f: f.day()),
            "nkyekyem": G(lambda f: f.r.randint(1, 31)),
        },
    ),
    (
        1,
        "track",
        "Guarantor Consent Recorded",
        "ruby",
        {
            "loan_id": G(lambda f: "LN-" + f.digits(7)),
            "guarantor_name": Y(lambda f: f.any_name(), "name"),
            "guarantor_phone": Y(lambda f: f.any_phone(), "phone"),
            "consent_channel": G(lambda f: f.pick(["ussd", "ivr", "in_person"])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "consented_at": G(lambda f: f.iso()),
        },
    ),
    # -- warehouse (reverse ETL, SCREAMING_SNAKE) -------------------------------------------------
    (
        2,
        "identify",
        None,
        "retl",
        {
            "MEMBER_ID": MEMBER_ID,
            "FIRST_NAME": Y(lambda f: f.any_first(), "name"),
            "LAST_NAME": Y(lambda f: f.any_last(), "name"),
            "PHONE_E164": Y(
                lambda f: f.pick([f.gh_phone("e164"), f.bd_phone("e164"), f.gt_phone("e164")]), "phone"
            ),
            "LIFETIME_CONTRIBUTIONS": G(lambda f: f.money(0, 20000)),
            "GROUPS_ACTIVE": G(lambda f: f.r.randint(0, 4)),
            "CHURN_SCORE": G(lambda f: f.money(0, 1)),
            "LAST_PAYOUT_AT": G(lambda f: f.iso()),
            "COUNTRY_CODE": G(lambda f: f.pick(["GH", "BD", "GT"])),
            "HOME_REGION": G(lambda f: f.pick(GH_REGIONS + BD_DISTRICTS + GT_DEPTOS)),
            "DAYS_SINCE_LAST_CONTRIBUTION": G(lambda f: f.r.randint(0, 200)),
            "IS_GUARANTOR": G(lambda f: f.pick([True, False])),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "GHANA_CARD_LAST4": RED(lambda f: f.digits(3) + str(f.r.randint(0, 9)), "national id"),
        },
    ),
    # -- lifecycle, screens, pages ----------------------------------------------------------------
    (
        2,
        "track",
        "Application Opened",
        "rn",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "283", "291"])),
            "url": G(lambda f: f.pick(["", "circlesave://groups/join", "circlesave://payout"])),
        },
    ),
    (
        1,
        "track",
        "Application Installed",
        "flutter",
        {
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "283", "291"])),
        },
    ),
    (
        1,
        "track",
        "Application Updated",
        "swift",
        {
            "previous_version": G(lambda f: f.pick(["2.7.4", "2.8.0", "2.8.3"])),
            "previous_build": G(lambda f: f.pick(["274", "280", "283"])),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "283", "291"])),
        },
    ),
    (
        3,
        "screen",
        "Screen",
        "rn",
        {
            "screen_class": G(lambda f: f.pick(["GroupHome", "PayoutList", "LoanApply", "Profile"])),
            "tab": G(lambda f: f.pick(["home", "groups", "wallet", "me"])),
        },
    ),
    (
        2,
        "screen",
        "Screen",
        "flutter",
        {"screen_class": G(lambda f: f.pick(["GroupHome", "PayoutList", "LoanApply", "Profile"]))},
    ),
    (
        3,
        "page",
        "Page",
        "web",
        {
            "path": G(lambda f: f.pick(["/dashboard", "/groups", "/members", "/loans"])),
            "url": G(
                lambda f: (
                    "https://admin.circlesave.app" + f.pick(["/dashboard", "/groups", "/members", "/loans"])
                )
            ),
            "title": G(lambda f: f.pick(["CircleSave Admin", "Members | CircleSave", "Loans | CircleSave"])),
            "referrer": G(
                lambda f: f.pick(["", "https://admin.circlesave.app/login", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=active", "?page=2"])),
        },
    ),
    (1, "alias", None, "rn", {}),
    (1, "alias", None, "swift", {}),
]

SCREEN_NAMES = ["Group Home", "Payout Schedule", "Loan Application", "Profile", "Wallet"]
PAGE_NAMES = ["Dashboard", "Members", "Loans", "Groups"]


def message(f: Local, kind, event, client, body, labels):
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.uid(),
    }
    if kind == "track":
        msg["event"] = event
    elif kind == "screen":
        msg["name"] = f.pick(SCREEN_NAMES)
    elif kind == "page":
        msg["name"] = f.pick(PAGE_NAMES)
    elif kind == "group":
        msg["groupId"] = "grp_" + f.hexid(8)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if client in ("rn", "flutter", "swift", "agent", "web"):
        msg["sentAt"] = msg["timestamp"]
    return msg


def check_value_only(events, labels):
    """value_only PII paths hold that PII in every value (checked by shape, not by the engine)."""
    phone = re.compile(r"\+?\d[\d \-().]{6,}\d")
    values: dict[str, list] = {}
    for event in events:
        for path, value in flatten(event):
            values.setdefault(path, []).append(value)
    for path, label in labels.items():
        pii = label["value_only"] and label["classification"] != "green"
        if pii and "phone" in label["type"] and label["type"] != "name|phone":
            bad = [v for v in values.get(path, []) if not phone.search(str(v))]
            assert not bad, (path, bad[:3])


def build(seed: int, rounds: int):
    f = Local(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for weight, kind, event, client, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    check_value_only(events, labels)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=257, rounds=17)
    write(Path(__file__).parent, "holdout257_", events, labels)
