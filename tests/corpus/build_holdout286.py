"""Writes holdout286: tests/corpus/holdout286_events.jsonl and holdout286_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py / fake.py for the helpers and build_holdout3.py for the
format), and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout286`;
the output is deterministic (seeded).

Domain: a hospice and palliative-care provider ("Lantern Hospice") in the US, Poland and South
Africa: referrals and admission, care plans, nurse / aide / chaplain / social-work visits with
EVV-style GPS check-ins, vital signs and ESAS symptom scores, medication administration and
comfort kits, family caregivers and next of kin, advance directives and code status, bereavement
follow-up and memorial services, donations to the hospice foundation (Segment e-commerce spec
events, Stripe / PayU / PayFast-shaped payloads), volunteer scheduling and staff payroll.
Clients: analytics.js (family portal, donation site), analytics-swift (clinician iPad / iPhone),
analytics-kotlin (EVV tablet), analytics-react-native (family app), analytics-flutter (volunteer
app) and the python, node, go, java, ruby, php and .NET server libraries; all six call types.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET services,
SCREAMING_SNAKE from a warehouse (reverse-ETL) identify, kebab-case from a volunteer-scheduling
vendor webhook, Twilio's PascalCase webhook keys, Polish keys (hospicjum domowe backend, PayU),
Afrikaans keys (South African backend, donor records) and isiZulu keys (WhatsApp family check-in).
Values: names from US, Polish, South African and other cultures; national phone formats (NANP,
+48, +27 / 0xx); US, Polish (ul. ..., 00-000) and South African addresses; PESEL, South African ID
numbers (Luhn), Luhn cards, mod-97 Polish IBANs, valid-structure SSNs, NPI and DEA numbers with
check digits, ABA routing numbers with their checksum, Medicare MBIs.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (patient, family member, next of kin, donor,
  honoree, volunteer, staff member): names, contact details, the person's own address or precise
  location, birth dates, government ids, financial accounts, full card numbers, health and other
  special categories, credentials and secrets, IP addresses, advertising ids. Colour: the
  reference matcher's default; outside the reference, red for credentials / secrets / tokens, card
  numbers, bank accounts, government ids and health ids, yellow otherwise (geolocation,
  advertising id, date of death).
- Green: ids we issue, UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, counters,
  enums and booleans under PII-sounding keys, product / plan / company / facility / pet names,
  places that are not the person's (a facility, a pharmacy, the hospice's branch), country, state /
  province / voivodeship, county, locale, language, timezone, currency, user agents, OS-issued
  device ids. Card brand, last four, expiry are green; routing numbers and branch codes are green.
- Published policy: loyalty / member / customer / claim numbers green; ages, marital status, job
  titles, employers green; the business's own phone, e-mail, address (branch, pharmacy, intake@,
  no-reply@, the hospice's Twilio number) green; pets green; UUID tokens (Places session token)
  and e-mail Message-IDs green. Insurer's member numbers (private insurance, medical aid)
  `identification` yellow; rx numbers `medication` yellow; pay rates and salaries `salary`
  yellow; vehicle plates `license` yellow; gclid / fbclid / fbp `advertising id` yellow; billing and
  delivery addresses `address` yellow. Payment-method tokens (Stripe pm_), invitation and
  password-reset tokens, APNs push tokens `token` red; MRN, Medicare MBI and Medicaid ids
  `health id` red; identity numbers (PESEL, SA ID, SSN, SARS tax number) red; right-to-work and
  visa-sponsorship answers `visa` red; veteran status and branch of service `veteran` red.
- Decisions this corpus had to make (a careful privacy owner at a hospice would flag these):
  clinical observations about an identified patient (pain scores, ESAS scores, vital signs,
  PPS score, fall risk, symptoms, grief-risk level, caregiver strain) are health data: yellow
  `condition`; diagnoses and ICD-10 codes `diagnosis`; drug names and comfort-kit contents
  `medication`; code status (DNR / DNI / Full Code) and treatment preferences (CPR, intubation,
  tube feeding) `condition|procedure` / `procedure`; care-plan interventions `procedure`;
  faith, congregation, sacraments and halal / kosher meal choices `religion`; population group
  `race`; HIV status `condition|diagnosis`; a vaccination or TB result `condition`. Service
  enums (level of care, visit type, discipline, payer type, discharge reason), doses, routes and
  visit durations stay green: the drug name or the score is the health fact, not the number of
  milligrams. Clinician NPI and DEA numbers identify a natural person: yellow
  `identification` / `license`; an organisation's NPI / CCN / KRS is green. A person's work
  e-mail (jane.doe@lanternhospice.org) is that person's e-mail: yellow. Patient initials are a
  name: yellow. A date of death is yellow (`date of death`). A city on a person's record or from
  the person's device location is yellow `city`; a suburb / township of the person's home too.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `From`, `wa_id`, `mail.to`, `inscription`, `uwagi`, `Notas`,
  `externalIds[].id`, an unsubscribe URL carrying the address): such a path holds that PII in
  every one of its values. Free text is labelled by what every one of its values carries, green
  when none does (SMS replies such as "YES" / "Thank you").
- Paths are labelled once for the whole corpus: group traits use keys of their own
  (`branch_name`, `main_phone`) so that `traits.name` / `traits.phone` stay the person's.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ----------------------------------------------------------------------------

FIRST = {
    "US": [
        "Dorothy",
        "Walter",
        "Latoya",
        "DeShawn",
        "Guadalupe",
        "Hiroshi",
        "Minh",
        "Esther",
        "Robert",
        "Patricia",
        "Ahmed",
        "Svetlana",
        "Miguel",
        "Shirley",
        "Darnell",
        "Naomi",
        "Kenji",
        "Rosa",
        "Tyrone",
        "Bernadette",
        "Aaliyah",
        "Ezekiel",
    ],
    "PL": [
        "Zofia",
        "Krzysztof",
        "Małgorzata",
        "Stanisław",
        "Jadwiga",
        "Wojciech",
        "Agnieszka",
        "Tadeusz",
        "Halina",
        "Grzegorz",
        "Bożena",
        "Łukasz",
        "Teresa",
        "Zbigniew",
    ],
    "ZA": [
        "Thandiwe",
        "Sibusiso",
        "Nomvula",
        "Johannes",
        "Annelie",
        "Pieter",
        "Lindiwe",
        "Themba",
        "Kavitha",
        "Fatima",
        "Riaan",
        "Zanele",
        "Mpho",
        "Bongani",
        "Elsabé",
        "Nokuthula",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Hernández",
        "Washington",
        "Nguyen",
        "Kim",
        "Goldberg",
        "Abdi",
        "O'Connor",
        "Kowalczyk",
        "Begay",
        "Yazzie",
        "Fischer",
        "Okonkwo",
        "Ramírez",
        "Takahashi",
        "Brooks",
        "Sullivan",
        "Patel",
    ],
    "PL": [
        "Nowak",
        "Kowalska",
        "Wiśniewski",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Zielińska",
        "Szymański",
        "Dąbrowska",
        "Woźniak",
        "Mazur",
        "Krawczyk",
        "Grabowska",
        "Pawłowski",
    ],
    "ZA": [
        "Dlamini",
        "Nkosi",
        "van der Merwe",
        "Botha",
        "Naidoo",
        "Pillay",
        "Mokoena",
        "Khumalo",
        "Pretorius",
        "Ndlovu",
        "Jacobs",
        "Adams",
        "Mahlangu",
        "du Plessis",
        "Govender",
    ],
}
MAILHOSTS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "gmail.com", "onet.pl"],
    "ZA": ["gmail.com", "mweb.co.za", "webmail.co.za", "telkomsa.net", "outlook.com"],
}
STREETS = {
    "US": ["Maple Ave", "W 3rd St", "Oakridge Dr", "Linden Blvd", "Elm Street", "Cherokee Rd", "Bay St"],
    "PL": ["ul. Długa", "ul. Kwiatowa", "ul. Mickiewicza", "al. Jana Pawła II", "ul. Lipowa", "os. Zielone"],
    "ZA": ["Kloof Street", "Jan Smuts Ave", "Voortrekker Rd", "Vilakazi Street", "Musgrave Rd", "Main Road"],
}
CITIES = {
    "US": ["Columbus", "Tucson", "Baltimore", "Fresno", "Omaha", "Savannah", "Albuquerque", "Akron"],
    "PL": ["Kraków", "Warszawa", "Gdańsk", "Łódź", "Wrocław", "Poznań", "Lublin", "Tarnów"],
    "ZA": ["Cape Town", "Durban", "Johannesburg", "Pretoria", "Soweto", "Pietermaritzburg", "Stellenbosch"],
}
STATES = {
    "US": ["OH", "AZ", "MD", "CA", "NE", "GA", "NM"],
    "PL": ["małopolskie", "mazowieckie", "pomorskie", "łódzkie", "dolnośląskie", "lubelskie"],
    "ZA": ["Western Cape", "KwaZulu-Natal", "Gauteng", "Free State"],
}
SUBURBS = ["Gardens", "Umlazi", "KwaMashu", "Orlando West", "Sea Point", "Mitchells Plain", "Chatsworth"]
SYMPTOMS = ["pain", "dyspnea", "nausea", "anxiety", "agitation", "constipation", "fatigue", "delirium"]
DIAGNOSES = [
    ("C25.9", "Malignant neoplasm of pancreas"),
    ("C34.90", "Lung cancer, unspecified"),
    ("I50.9", "Heart failure, unspecified"),
    ("J44.9", "COPD"),
    ("G30.9", "Alzheimer's disease"),
    ("G12.21", "Amyotrophic lateral sclerosis"),
    ("N18.6", "End stage renal disease"),
    ("C50.919", "Malignant neoplasm of breast"),
]
MEDS = [
    "Morphine sulfate 20 mg/mL oral solution",
    "Lorazepam 0.5 mg tablet",
    "Haloperidol 0.5 mg tablet",
    "Atropine 1% ophthalmic drops",
    "Bisacodyl 10 mg suppository",
    "Oxycodone 5 mg",
    "Hydromorphone 2 mg",
    "Glycopyrrolate 0.2 mg/mL",
    "Ondansetron 4 mg ODT",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 "
    "Mobile Safari/537.36",
]


class HFake(Fake):
    """Fake with a market (US / PL / ZA) chosen per message, so a message's people look local."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.region = "US"

    def first(self):
        if self.region == "US" and self.r.random() < 0.25:
            return super().first()
        return self.pick(FIRST[self.region])

    def last(self):
        if self.region == "US" and self.r.random() < 0.2:
            return super().last()
        return self.pick(LAST[self.region])

    def email(self):
        def fold(s):
            table = str.maketrans("ąćęłńóśźżéáíúÁÉŁŚŻ", "acelnoszzeaiuAELSZ")
            return s.translate(table).lower().replace(" ", "").replace("'", "")

        first, last = fold(self.first()), fold(self.last())
        user = self.pick(
            [f"{first}.{last}", f"{first}{last[:1]}{self.r.randint(1, 99)}", f"{first[:1]}{last}"]
        )
        return f"{user}@{self.pick(MAILHOSTS[self.region])}"

    def work_email(self):
        return f"{self.email().split('@')[0]}@lanternhospice.org"

    def phone(self, style=None):
        r = self.r
        if self.region == "PL":
            n = f"{self.pick(['5', '6', '7', '8'])}{r.randint(10, 99)}"
            a, b = r.randint(100, 999), r.randint(100, 999)
            return self.pick([f"+48 {n} {a} {b}", f"{n}-{a}-{b}", f"{n}{a}{b}", f"+48{n}{a}{b}"])
        if self.region == "ZA":
            p = self.pick(["82", "83", "72", "73", "76", "84", "61", "21", "31"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+27 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+27{p}{a}{b}"])
        return super().phone(
            style or self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"])
        )

    def street(self):
        n = self.r.randint(1, 240)
        if self.region == "PL":
            return f"{self.pick(STREETS['PL'])} {n}" + self.pick(["", f"/{self.r.randint(1, 60)}"])
        if self.region == "ZA":
            return f"{n} {self.pick(STREETS['ZA'])}"
        return f"{self.r.randint(10, 9999)} {self.pick(STREETS['US'])}"

    def city(self):
        return self.pick(CITIES[self.region])

    def state(self):
        return self.pick(STATES[self.region])

    def country(self):
        return {"US": "US", "PL": "PL", "ZA": "ZA"}[self.region]

    def zip(self):
        if self.region == "PL":
            return f"{self.r.randint(0, 99):02d}-{self.r.randint(0, 999):03d}"
        if self.region == "ZA":
            return f"{self.r.randint(1, 9999):04d}"
        z = f"{self.r.randint(10000, 99999)}"
        return z + self.pick(["", "", f"-{self.r.randint(1000, 9999)}"])

    def full_address(self):
        return f"{self.street()}, {self.city()} {self.zip()}"

    def pesel(self, year=None):
        y = year or self.r.randint(1928, 1990)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}{self.r.randint(0, 9999):04d}"
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(c) * w for c, w in zip(body, weights)) % 10) % 10
        return body + str(check)

    def sa_id(self):
        y, m, d = self.r.randint(1930, 1995), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 9999):04d}{self.pick(['0', '0', '1'])}8"
        return self.luhn_complete(body)

    def sars_tax(self):
        return self.luhn_complete(self.pick(["0", "1", "2", "3", "9"]) + self.digits(8))

    def mbi(self):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        alnum = letters + "0123456789"
        r = self.r
        parts = [
            str(r.randint(1, 9)),
            r.choice(letters),
            r.choice(alnum),
            str(r.randint(0, 9)),
            r.choice(letters),
            r.choice(alnum),
            str(r.randint(0, 9)),
            r.choice(letters),
            r.choice(letters),
            str(r.randint(0, 9)),
            str(r.randint(0, 9)),
        ]
        s = "".join(parts)
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def npi(self):
        body = self.pick(["1", "1", "2"]) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return body + self.luhn_complete("80840" + body)[-1]

    def dea(self, last=None):
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        initial = (last or self.last()).replace("van der ", "V").replace("du ", "D")[0].upper()
        return self.pick(["A", "B", "F", "M"]) + initial + "".join(map(str, d)) + str(check)

    def aba(self):
        d = [self.pick([0, 1, 2, 3])] + [self.r.randint(0, 9) for _ in range(7)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def pl_iban(self):
        bban = "".join(str(self.r.randint(0, 9)) for _ in range(24))
        numeric = bban + "252100"  # P=25, L=21, 00
        raw = f"PL{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, raw[2:], " ".join([raw[:4]] + [raw[i : i + 4] for i in range(4, 28, 4)])])

    def medicaid_id(self):
        r = self.r
        return self.pick(
            [
                f"{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{self.digits(5)}{r.choice('ABCDEFGH')}",
                self.digits(10),
                "9" + self.digits(10),
            ]
        )

    def mrn(self):
        return self.pick([self.digits(7), "MRN" + self.digits(8), "LH-" + self.digits(6)])

    def icd(self):
        return self.pick(DIAGNOSES)[0]

    def dx(self):
        return self.pick(DIAGNOSES)[1]

    def med(self):
        return self.pick(MEDS)

    def clinical_note(self):
        s1, s2 = self.pick(SYMPTOMS), self.pick(SYMPTOMS)
        return self.pick(
            [
                f"Pt resting, {s1} controlled with current regimen. Family at bedside.",
                f"Increased {s1} overnight per daughter; PRN given x2. Will reassess {s2} tomorrow.",
                f"Reports {s1} 6/10, {s2} mild. O2 2L NC, skin intact.",
                f"Mottling to lower extremities, {s1} noted. Family updated on signs of active dying.",
                f"Wife reports poor intake and {s1}; educated on comfort kit use.",
            ]
        )

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQiA" + "".join(self.r.choice(alnum) for _ in range(60)) + "BwE"

    def token(self, n=32):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "".join(self.r.choice(alnum) for _ in range(n))


# -- contexts ------------------------------------------------------------------------------------


def web_context(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.70.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/donate", "/family/visits", "/grief-support", "/volunteer", "/careers"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.legacy.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=obituary"])),
            "title": G(
                lambda f: f.pick(["Donate | Lantern Hospice", "Family Portal", "Grief Support Groups"])
            ),
            "url": G(
                lambda f: "https://www.lanternhospice.org" + f.pick(["/donate", "/family/visits", "/careers"])
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not A(Brand"])),
                    "version": G(lambda f: f.pick(["122", "121", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA", "af-ZA"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Warsaw", "Africa/Johannesburg"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["giving_tuesday_2024", "memorial_walk", "year_end_appeal"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "content": G(lambda f: f.pick(["hero_banner", "footer_link", "video_ad_15s"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f):
    """The clinicians' app (iPad / iPhone); context.traits are the signed-in clinician's."""
    return {
        "app": {
            "name": G(lambda f: "Lantern Clinician"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["1187", "1203"])),
            "namespace": G(lambda f: "org.lanternhospice.clinician"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPhone15,2", "iPad14,1"])),
            "name": G(lambda f: f.pick(["iPad", "iPhone"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.3.1", "16.7.5"])),
        },
        "screen": {"width": G(lambda f: f.pick([820, 390])), "height": G(lambda f: f.pick([1180, 844]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Warsaw", "Africa/Johannesburg"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: f.work_email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: f.pick(["RN", "LPN", "chaplain", "MSW", "NP"])),
        },
    }


def kotlin_context(f):
    """The EVV tablet (agency-owned Android); location is the device's, i.e. the aide's."""
    return {
        "app": {
            "name": G(lambda f: "Lantern EVV"),
            "version": G(lambda f: f.pick(["2.8.4", "2.9.0"])),
            "build": G(lambda f: f.pick(["20804", "20900"])),
            "namespace": G(lambda f: "org.lanternhospice.evv"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-T505", "SM-X200", "TB-X606F"])),
            "name": G(lambda f: f.pick(["gta4lwifi", "gta8wifi", "X606F"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13"]))},
        "screen": {"density": G(lambda f: 1.5), "width": G(lambda f: 1200), "height": G(lambda f: 1920)},
        "network": {
            "carrier": G(lambda f: f.pick(["Verizon", "AT&T", "T-Mobile"])),
            "wifi": G(lambda f: False),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25.5, 47.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.5, -71.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4])),
        },
        "locale": G(lambda f: "en-US"),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Phoenix", "America/New_York"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-X200 Build/TP1A.220624.014)"),
        "traits": {
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "name": Y(lambda f: f.full_name(), "name"),
        },
    }


def rn_context(f):
    """The family caregivers' app; context.traits carry the signed-in family member's."""
    return {
        "app": {
            "name": G(lambda f: "Lantern Family"),
            "version": G(lambda f: f.pick(["3.4.2", "3.5.0"])),
            "build": G(lambda f: f.pick(["342", "350"])),
            "namespace": G(lambda f: "org.lanternhospice.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodacom", "Play", "Verizon", "MTN"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "en-ZA", "zu-ZA"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/Warsaw", "Africa/Johannesburg"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "niece", "friend"])),
        },
    }


def flutter_context(f):
    """The volunteers' app."""
    return {
        "app": {
            "name": G(lambda f: "Lantern Volunteers"),
            "version": G(lambda f: f.pick(["1.9.3", "2.0.0"])),
            "build": G(lambda f: f.pick(["93", "100"])),
            "namespace": G(lambda f: "org.lanternhospice.volunteers"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "Pixel 7", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["16.6", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([414, 411])), "height": G(lambda f: f.pick([896, 914]))},
        "locale": G(lambda f: f.pick(["en-US", "pl-PL", "af-ZA"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/Warsaw", "Africa/Johannesburg"])),
        "location": {
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: f.country()),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]

    def ctx(f):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php"):  # forwarded from the donor's browser
            c["ip"] = Y(lambda f: f.ipv4(), "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if client == "node":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "php":
            c["locale"] = G(lambda f: f.pick(["pl_PL", "en_ZA", "af_ZA"]))
        if client == "go":
            c["groupId"] = G(lambda f: "branch_" + f.digits(3))
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}


# -- shared pieces -------------------------------------------------------------------------------


def donation_product():
    return {
        "product_id": G(lambda f: "prod_" + f.token(14)),
        "sku": G(
            lambda f: f.pick(["MEM-BRICK-4X8", "CANDLE-TRIB", "BFLY-REL-1", "GIFT-MONTHLY", "WALK-REG-24"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Memorial Brick 4x8",
                    "Tribute Candle",
                    "Butterfly Release",
                    "Monthly Gift",
                    "Memorial Walk Registration",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Tributes", "Recurring Giving", "Events"])),
        "price": G(lambda f: f.pick([25, 50, 100, 150, 250])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "variant": G(lambda f: f.pick(["Granite", "Red brick", "Standard", ""])),
    }


def inscription(f):
    return f.pick(
        [
            f"In loving memory of {f.full_name()}",
            f"{f.full_name()} {f.r.randint(1928, 1960)}\u2013{f.r.randint(2019, 2024)}",
            f"Forever in our hearts, {f.first()} {f.last()}",
            f"Ku kukhumbula {f.full_name()}",
            f"Pamięci {f.full_name()}",
        ]
    )


def caregiver_text(f):
    s = f.pick(SYMPTOMS)
    return f.pick(
        [
            f"Mom's {s} seems worse tonight, can the nurse call?",
            f"Dad had more {s} after lunch. Is it ok to give another dose?",
            f"Her {s} is better since the new patch, thank you",
            f"He is not eating and has {s}. Should we worry?",
            f"Tata ma {f.pick(['duszność', 'silny ból', 'nudności'])} od rana, proszę o kontakt",
        ]
    )


# -- events --------------------------------------------------------------------------------------
# (type, event, client, region or None for any, body)

ADMISSION = [
    (
        "track",
        "Referral Received",
        "java",
        "US",
        {
            "referral_id": G(lambda f: f.uuid()),
            "referral_source_type": G(
                lambda f: f.pick(["hospital", "physician_office", "skilled_nursing", "self_family"])
            ),
            "referring_facility": G(
                lambda f: f.pick(["St. Mary's Medical Center", "Riverside Methodist", "Banner UMC"])
            ),
            "referring_physician_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "referring_physician_npi": Y(lambda f: f.npi(), "identification"),
            "patient_first_name": Y(lambda f: f.first(), "name"),
            "patient_last_name": Y(lambda f: f.last(), "name"),
            "patient_dob": Y(lambda f: f.date(1925, 1965), "birthdate"),
            "patient_phone": Y(lambda f: f.phone(), "phone"),
            "patient_ssn": RED(lambda f: f.ssn(), "social security number"),
            "primary_diagnosis": Y(lambda f: f.dx(), "diagnosis"),
            "icd10_code": Y(lambda f: f.icd(), "diagnosis"),
            "medicare_mbi": RED(lambda f: f.mbi(), "health id"),
            "payer_type": G(lambda f: f.pick(["Medicare", "Medicaid", "Commercial", "Self-pay"])),
            "urgency": G(lambda f: f.pick(["routine", "same_day", "urgent"])),
            "received_at": G(lambda f: f.iso()),
            "ssn_on_file": G(lambda f: f.pick([True, False])),
            "intake_coordinator_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Admission Completed",
        "python",
        None,
        {
            "admission_id": G(lambda f: f.digits(8)),
            "patient_id": G(lambda f: f.uuid()),
            "mrn": RED(lambda f: f.mrn(), "health id"),
            "admit_date": G(lambda f: f.date(2023, 2024)),
            "level_of_care": G(
                lambda f: f.pick(
                    ["routine_home_care", "continuous_home_care", "general_inpatient", "respite"]
                )
            ),
            "admitting_nurse": Y(lambda f: f.full_name(), "name"),
            "attending_physician": Y(lambda f: f.full_name(), "name"),
            "pps_score": Y(lambda f: f.pick([10, 20, 30, 40, 50]), "condition"),
            "terminal_diagnosis": Y(lambda f: f.dx(), "diagnosis"),
            "code_status": Y(
                lambda f: f.pick(["DNR", "Full Code", "DNR/DNI", "Comfort Measures Only"]),
                "condition|procedure",
            ),
            "advance_directive_on_file": G(lambda f: f.pick([True, False])),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "religious_preference": Y(
                lambda f: f.pick(["Catholic", "Baptist", "Jewish", "Muslim", "None", "Dutch Reformed"]),
                "religion",
            ),
            "primary_language": G(lambda f: f.pick(["English", "Spanish", "Polish", "isiZulu", "Afrikaans"])),
            "marital_status": G(lambda f: f.pick(["married", "widowed", "divorced", "single"])),
            "age": G(lambda f: f.r.randint(54, 101)),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "home_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "lives_alone": G(lambda f: f.pick([True, False])),
            "fall_risk_level": Y(lambda f: f.pick(["low", "moderate", "high"]), "condition"),
            "dob_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "python",
        "US",
        {
            "PATIENT_ID": G(lambda f: f.digits(9)),
            "MRN": RED(lambda f: f.mrn(), "health id"),
            "PATIENT_FIRST_NAME": Y(lambda f: f.first(), "name"),
            "PATIENT_LAST_NAME": Y(lambda f: f.last(), "name"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1925, 1965), "birthdate"),
            "DATE_OF_DEATH": Y(lambda f: f.pick([None, f.date(2024, 2024)]), "date of death"),
            "ADMIT_DATE": G(lambda f: f.date(2023, 2024)),
            "DISCHARGE_REASON": G(
                lambda f: f.pick([None, "expired", "revoked", "transferred", "no_longer_terminal"])
            ),
            "LOS_DAYS": G(lambda f: f.r.randint(1, 420)),
            "PRIMARY_DX_CODE": Y(lambda f: f.icd(), "diagnosis"),
            "ZIP_CODE": Y(lambda f: f.zip(), "zipcode"),
            "COUNTY": G(lambda f: f.pick(["Franklin", "Pima", "Baltimore City", "Fresno", "Douglas"])),
            "PAYER": G(lambda f: f.pick(["MEDICARE", "MEDICAID", "AETNA", "HUMANA_MA"])),
            "LAST_PAIN_SCORE": Y(lambda f: f.r.randint(0, 10), "condition"),
            "SSN_LAST4": RED(lambda f: f.digits(4), "social security number"),
            "HOME_PHONE": Y(lambda f: f.phone(), "phone"),
            "TEAM": G(lambda f: f.pick(["TEAM_NORTH", "TEAM_SOUTH", "TEAM_EAST"])),
            "CASE_MANAGER_RN": Y(lambda f: f.full_name().upper(), "name"),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        "ZA",
        {
            "PatientId": G(lambda f: f.uuid()),
            "FirstName": Y(lambda f: f.first(), "name"),
            "Surname": Y(lambda f: f.last(), "name"),
            "IdNumber": RED(lambda f: f.sa_id(), "national id"),
            "DateOfBirth": Y(lambda f: f.date(1930, 1975) + "T00:00:00", "birthdate"),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "HomeLanguage": G(lambda f: f.pick(["isiZulu", "Afrikaans", "English", "isiXhosa", "Sesotho"])),
            "MedicalAidScheme": G(
                lambda f: f.pick(["Discovery Health", "Bonitas", "GEMS", "Momentum", None])
            ),
            "MedicalAidPlan": G(lambda f: f.pick(["Classic Saver", "BonCap", "Emerald", None])),
            "MedicalAidNumber": Y(lambda f: f.digits(9), "identification"),
            "Suburb": Y(lambda f: f.pick(SUBURBS), "city|address"),
            "Province": G(lambda f: f.state()),
            "PostalCode": Y(lambda f: f.zip(), "zipcode"),
            "PopulationGroup": Y(lambda f: f.pick(["Black African", "Coloured", "Indian", "White"]), "race"),
            "HivStatus": Y(lambda f: f.pick(["Positive", "Negative", "Unknown"]), "condition|diagnosis"),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "go",
        "PL",
        {
            "imie": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "data_urodzenia": Y(lambda f: f.date(1928, 1965), "birthdate"),
            "telefon": Y(lambda f: f.phone(), "phone"),
            "adres_email": Y(lambda f: f.email(), "email"),
            "adres": {
                "ulica": Y(lambda f: f.street(), "street|address"),
                "miasto": Y(lambda f: f.city(), "city"),
                "kod_pocztowy": Y(lambda f: f.zip(), "zipcode"),
                "wojewodztwo": G(lambda f: f.state()),
            },
            "rozpoznanie": Y(
                lambda f: f.pick(
                    [
                        "C34.1 Nowotwór złośliwy oskrzela",
                        "C18.7 Nowotwór esicy",
                        "C61 Nowotwór gruczołu krokowego",
                    ]
                ),
                "diagnosis",
            ),
            "oddzial": G(lambda f: f.pick(["Kraków-Nowa Huta", "Warszawa-Praga", "Gdańsk-Oliwa"])),
            "typ_opieki": G(lambda f: f.pick(["hospicjum domowe", "hospicjum stacjonarne", "poradnia"])),
            "data_przyjecia": G(lambda f: f.date(2023, 2024)),
            "lekarz_prowadzacy": Y(lambda f: "lek. " + f.full_name(), "name"),
            "zgoda_rodo": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "node",
        None,
        {
            "branch_name": G(
                lambda f: f.pick(
                    ["Lantern Hospice - Columbus", "Hospicjum Latarnia Kraków", "Lantern Hospice Durban"]
                )
            ),
            "branch_code": G(lambda f: f.pick(["COL", "KRK", "DUR", "TUS"])),
            "organization_npi": G(lambda f: f.pick(["1427385960", "1093817262"])),
            "medicare_ccn": G(lambda f: f.pick(["361534", "031582"])),
            "street_address": G(
                lambda f: f.pick(
                    ["1200 Olentangy River Rd, Columbus, OH 43212", "ul. Fatimska 17, 31-831 Kraków"]
                )
            ),
            "main_phone": G(lambda f: f.pick(["+1 614 555 0142", "+48 12 644 00 00", "+27 31 555 0190"])),
            "intake_email": G(lambda f: f.pick(["intake@lanternhospice.org", "referrals@latarnia.pl"])),
            "administrator_name": Y(lambda f: f.full_name(), "name"),
            "administrator_email": Y(lambda f: f.work_email(), "email"),
            "census": G(lambda f: f.r.randint(40, 380)),
            "plan": G(lambda f: f.pick(["enterprise", "growth"])),
            "industry": G(lambda f: "Healthcare"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
]

FAMILY_AND_STAFF = [
    (
        "identify",
        None,
        "rn",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "relationshipToPatient": G(
                lambda f: f.pick(["daughter", "son", "spouse", "partner", "sibling", "friend"])
            ),
            "isPrimaryCaregiver": G(lambda f: f.pick([True, False])),
            "preferredContactMethod": G(lambda f: f.pick(["sms", "call", "email", "whatsapp"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "avatar": Y(lambda f: f"https://cdn.lanternhospice.org/avatars/{f.hexid(20)}.jpg", "photo"),
            "patientCount": G(lambda f: f.pick([1, 1, 2])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "swift",
        None,
        {
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "email": Y(lambda f: f.work_email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "role": G(
                lambda f: f.pick(
                    ["RN Case Manager", "Hospice Aide", "Chaplain", "Social Worker", "Nurse Practitioner"]
                )
            ),
            "discipline": G(lambda f: f.pick(["SN", "HHA", "SC", "MSW"])),
            "licenseNumber": Y(lambda f: f.pick(["RN", "LPN"]) + f.digits(6), "license"),
            "licenseState": G(lambda f: f.state()),
            "hourlyRate": Y(lambda f: f.money(18, 68), "salary"),
            "team": G(lambda f: f.pick(["North", "South", "Inpatient Unit"])),
            "hireDate": G(lambda f: f.date(2008, 2024)),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "onCall": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Family Member Invited",
        "rn",
        None,
        {
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["grandson", "sister", "son-in-law", "neighbor"])),
            "access_level": G(lambda f: f.pick(["view_only", "full"])),
            "invite_token": RED(lambda f: f.token(43), "token"),
            "invites_sent_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Caregiver Message Sent",
        "rn",
        None,
        {
            "thread_id": G(lambda f: f.uuid()),
            "recipient_role": G(lambda f: f.pick(["care_team", "on_call_nurse", "social_worker"])),
            "text": Y(caregiver_text, "condition", True),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
            "message_length": G(lambda f: f.r.randint(20, 160)),
        },
    ),
    (
        "track",
        "Recipient Selected",
        "rn",
        None,
        {
            "recipient_id": G(lambda f: f.uuid()),
            "recipient_type": G(lambda f: f.pick(["family", "care_team"])),
            "label": Y(
                lambda f: f"{f.full_name()} ({f.pick(['daughter', 'RN', 'son', 'chaplain'])})", "name", True
            ),
            "position": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "track",
        "Signed In",
        "rn",
        None,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google"])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "session_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "screen",
        None,
        "rn",
        None,
        {"name": G(lambda f: f.pick(["Care Team", "Visit Schedule", "Messages", "Comfort Kit Guide"]))},
    ),
    (
        "screen",
        None,
        "swift",
        None,
        {
            "name": G(lambda f: f.pick(["Patient Chart", "MAR", "Visit Summary", "Route"])),
            "patient_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.token(40), "token"),
            "password_last_changed_days": G(lambda f: f.r.randint(1, 900)),
            "portal": G(lambda f: f.pick(["family", "staff"])),
        },
    ),
    (
        "track",
        "Patient Searched",
        "web",
        None,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f"{f.last()}, {f.first()}"]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filter_branch": G(lambda f: f.pick(["all", "COL", "KRK", "DUR"])),
            "search_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "form_id": G(lambda f: f.pick(["next_of_kin", "family_contact"])),
            "field": G(lambda f: f.pick(["mobile", "home_phone", "work_phone"])),
            "value": Y(lambda f: f.phone(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        None,
        {
            "input": Y(lambda f: f.street()[: f.r.randint(9, 16)], "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "selected_place_id": G(lambda f: "ChIJ" + f.token(23)),
            "result_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "page",
        "Page Viewed",
        "web",
        None,
        {
            "name": G(
                lambda f: f.pick(["Donate", "Volunteer", "Family Portal Login", "Grief Support", "Careers"])
            ),
            "path": G(
                lambda f: f.pick(["/donate", "/volunteer", "/family/login", "/grief-support", "/careers"])
            ),
            "url": G(
                lambda f: (
                    "https://www.lanternhospice.org" + f.pick(["/donate", "/volunteer", "/grief-support"])
                )
            ),
            "title": G(lambda f: f.pick(["Donate | Lantern Hospice", "Volunteer with us", "Careers"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
        },
    ),
    ("alias", None, "node", None, None),
]

CARE = [
    (
        "track",
        "Care Plan Updated",
        "java",
        None,
        {
            "care_plan_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: f.uuid()),
            "version": G(lambda f: f.r.randint(1, 30)),
            "problems": Many(
                Y(
                    lambda f: f.pick(
                        ["Pain", "Dyspnea", "Anxiety", "Constipation", "Skin integrity", "Delirium"]
                    ),
                    "condition",
                ),
                3,
            ),
            "interventions": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "Oxygen therapy",
                            "Foley catheter care",
                            "Wound care",
                            "Repositioning q2h",
                            "Oral suctioning",
                        ]
                    ),
                    "procedure",
                ),
                3,
            ),
            "dme_ordered": Many(
                Y(
                    lambda f: f.pick(
                        ["hospital bed", "oxygen concentrator", "bedside commode", "suction machine"]
                    ),
                    "condition",
                ),
                2,
            ),
            "frequency_rn": G(lambda f: f.pick(["2W4", "1W8", "3W2"])),
            "frequency_aide": G(lambda f: f.pick(["3W4", "5W8", "2W4"])),
            "benefit_period": G(lambda f: f.r.randint(1, 6)),
            "idt_meeting_date": G(lambda f: f.date(2024, 2024)),
            "updated_by_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Visit Scheduled",
        "java",
        None,
        {
            "visit_id": G(lambda f: f.digits(10)),
            "patient_id": G(lambda f: f.uuid()),
            "scheduled_start": G(lambda f: f.iso()),
            "discipline": G(lambda f: f.pick(["SN", "HHA", "SC", "MSW", "VOL"])),
            "visit_type": G(
                lambda f: f.pick(["routine", "prn", "recertification", "admission", "death_visit"])
            ),
            "scheduled_by_id": G(lambda f: "E" + f.digits(5)),
            "route_order": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        "US",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["2.8.4", "2.9.0"])),
            "build": G(lambda f: f.pick(["20804", "20900"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "rn",
        None,
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "notification_type": G(lambda f: f.pick(["visit_eta", "new_message", "schedule_change"])),
            "title": G(
                lambda f: f.pick(
                    ["Your nurse is on the way", "New message from your care team", "Visit time changed"]
                )
            ),
            "sent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Visit Checked In",
        "kotlin",
        "US",
        {
            "visit_id": G(lambda f: f.digits(10)),
            "caregiver_id": G(lambda f: "E" + f.digits(5)),
            "caregiver_name": Y(lambda f: f.full_name(), "name"),
            "patient_id": G(lambda f: f.uuid()),
            "medicaid_id": RED(lambda f: f.medicaid_id(), "health id"),
            "service_code": G(lambda f: f.pick(["T1019", "S9123", "G0299", "Q5001"])),
            "check_in_time": G(lambda f: f.iso()),
            "check_in_method": G(lambda f: f.pick(["gps", "ivr", "fob"])),
            "latitude": Y(lambda f: round(f.r.uniform(25.5, 47.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.5, -71.0), 6), "geolocation"),
            "gps_accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "distance_from_residence_m": G(lambda f: f.r.randint(0, 400)),
            "within_geofence": G(lambda f: f.pick([True, True, False])),
            "tablet_asset_tag": G(lambda f: "LH-TAB-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Visit Checked Out",
        "kotlin",
        "US",
        {
            "visit_id": G(lambda f: f.digits(10)),
            "check_out_time": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.r.randint(20, 240)),
            "tasks_completed": Many(
                G(lambda f: f.pick(["bathing", "linen change", "vital signs", "meal prep", "oral care"])), 4
            ),
            "latitude": Y(lambda f: round(f.r.uniform(25.5, 47.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.5, -71.0), 6), "geolocation"),
            "mileage": G(lambda f: f.money(0, 60)),
            "patient_signature_captured": G(lambda f: f.pick([True, False])),
            "exception_reason": G(
                lambda f: f.pick([None, "late_arrival", "gps_unavailable", "manual_entry"])
            ),
        },
    ),
    (
        "track",
        "Vital Signs Recorded",
        "swift",
        None,
        {
            "visit_id": G(lambda f: f.digits(10)),
            "patient_id": G(lambda f: f.uuid()),
            "bp_systolic": Y(lambda f: f.r.randint(78, 160), "condition"),
            "bp_diastolic": Y(lambda f: f.r.randint(40, 95), "condition"),
            "heart_rate": Y(lambda f: f.r.randint(48, 130), "condition"),
            "resp_rate": Y(lambda f: f.r.randint(8, 36), "condition"),
            "o2_sat": Y(lambda f: f.r.randint(78, 99), "condition"),
            "temperature_c": Y(lambda f: round(f.r.uniform(35.6, 39.2), 1), "condition"),
            "weight_kg": Y(lambda f: round(f.r.uniform(38, 110), 1), "condition"),
            "pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
            "pain_scale": G(lambda f: f.pick(["NRS", "PAINAD", "FLACC"])),
            "pain_location": Y(
                lambda f: f.pick(["lower back", "abdomen", "chest", "right hip", "generalized"]), "condition"
            ),
            "recorded_at": G(lambda f: f.iso()),
            "recorded_by_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Symptom Assessment Completed",
        "swift",
        None,
        {
            "assessment_id": G(lambda f: f.uuid()),
            "assessment_tool": G(lambda f: "ESAS-r"),
            "completed_by": G(lambda f: f.pick(["patient", "caregiver", "clinician"])),
            "esas": {
                k: Y(lambda f: f.r.randint(0, 10), "condition")
                for k in [
                    "pain",
                    "tiredness",
                    "drowsiness",
                    "nausea",
                    "appetite",
                    "shortness_of_breath",
                    "depression",
                    "anxiety",
                    "wellbeing",
                ]
            },
            "duration_sec": G(lambda f: f.r.randint(60, 900)),
            "note": Y(lambda f: f.clinical_note(), "condition", True),
        },
    ),
    (
        "track",
        "Medication Administered",
        "swift",
        None,
        {
            "mar_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: f.uuid()),
            "medication_name": Y(lambda f: f.med(), "medication"),
            "dose": G(lambda f: f.pick(["5 mg", "0.25 mL", "10 mg", "2 drops", "0.5 mg"])),
            "route": G(lambda f: f.pick(["PO", "SL", "SC", "PR", "buccal"])),
            "prn": G(lambda f: f.pick([True, False])),
            "reason_given": Y(
                lambda f: f.pick(
                    ["breakthrough pain", "terminal agitation", "dyspnea", "secretions", "nausea"]
                ),
                "condition",
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "administered_at": G(lambda f: f.iso()),
            "administered_by": Y(lambda f: f.full_name(), "name"),
            "witness_name": Y(lambda f: f.full_name(), "name"),
            "controlled_substance": G(lambda f: f.pick([True, False])),
            "followup_pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
        },
    ),
    (
        "track",
        "Comfort Kit Ordered",
        "node",
        None,
        {
            "order_id": G(lambda f: "CK-" + f.digits(7)),
            "kit_sku": G(lambda f: f.pick(["CK-STD-01", "CK-RESP-02", "CK-DEM-03"])),
            "kit_name": G(
                lambda f: f.pick(["Standard Comfort Kit", "Respiratory Comfort Kit", "Dementia Comfort Kit"])
            ),
            "pharmacy_name": G(
                lambda f: f.pick(["Enclara Pharmacia", "Optum Hospice Pharmacy", "Apteka Centrum"])
            ),
            "pharmacy_phone": G(lambda f: f.pick(["+1 877 555 0123", "+48 12 555 01 02"])),
            "contents": Many(Y(lambda f: f.med(), "medication"), 5),
            "deliver_to_name": Y(lambda f: f.full_name(), "name"),
            "deliver_to_phone": Y(lambda f: f.phone(), "phone"),
            "delivery_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.state()),
            },
            "delivery_window": G(lambda f: f.pick(["2h_stat", "same_day", "next_day"])),
            "prescriber_name": Y(lambda f: f.full_name(), "name"),
            "prescriber_dea": Y(lambda f: f.dea(), "license"),
            "total_cost": G(lambda f: f.money(20, 180)),
        },
    ),
    (
        "track",
        "Pain Crisis Call Logged",
        "go",
        None,
        {
            "call_id": G(lambda f: f.uuid()),
            "caller_relationship": G(lambda f: f.pick(["spouse", "daughter", "facility_staff", "son"])),
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "symptom": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "triage_outcome": G(lambda f: f.pick(["nurse_dispatched", "phone_guidance", "911_advised"])),
            "call_duration_sec": G(lambda f: f.r.randint(60, 1800)),
            "on_call_nurse": Y(lambda f: f.full_name(), "name"),
            "received_at": G(lambda f: f.iso()),
            "queue": G(lambda f: f.pick(["after_hours", "triage_main"])),
        },
    ),
    (
        "track",
        "Inbound SMS",
        "go",
        "US",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone", True),
            "To": G(lambda f: f.pick(["+16145550142", "+15205550177"])),
            "Body": G(
                lambda f: f.pick(
                    ["YES", "STOP", "Thank you", "Can the nurse come earlier?", "C", "ok see you tomorrow"]
                )
            ),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "FromCity": Y(lambda f: f.city().upper(), "city"),
            "FromState": G(lambda f: f.state()),
            "FromZip": Y(lambda f: f.zip()[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "ToCity": G(lambda f: f.pick(["COLUMBUS", "TUCSON"])),
            "SmsStatus": G(lambda f: "received"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Chaplain Visit Completed",
        "swift",
        None,
        {
            "visit_id": G(lambda f: f.digits(10)),
            "chaplain_name": Y(
                lambda f: f.pick(["Rev. ", "Fr. ", "Imam ", "Rabbi ", "ks. ", ""]) + f.full_name(), "name"
            ),
            "faith_tradition": Y(
                lambda f: f.pick(
                    [
                        "Roman Catholic",
                        "Methodist",
                        "Muslim",
                        "Jewish",
                        "Zion Christian Church",
                        "Hindu",
                        "none",
                    ]
                ),
                "religion",
            ),
            "congregation": Y(
                lambda f: f.pick(
                    [
                        "St. Stanislaus Parish",
                        "Masjid Al-Noor",
                        "Temple Beth El",
                        "NG Kerk Stellenbosch",
                        "Grace Baptist",
                    ]
                ),
                "religion",
            ),
            "sacraments_requested": Many(
                Y(
                    lambda f: f.pick(
                        ["anointing of the sick", "communion", "confession", "prayer", "shahada recitation"]
                    ),
                    "religion",
                ),
                2,
            ),
            "spiritual_distress_level": Y(
                lambda f: f.pick(["none", "mild", "moderate", "severe"]), "condition"
            ),
            "visit_mode": G(lambda f: f.pick(["in_person", "phone", "video"])),
            "duration_min": G(lambda f: f.r.randint(15, 90)),
        },
    ),
    (
        "track",
        "Social Work Assessment Completed",
        "python",
        None,
        {
            "assessment_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: f.uuid()),
            "caregiver_strain_index": Y(lambda f: f.r.randint(0, 13), "condition"),
            "financial_concerns": G(lambda f: f.pick([True, False])),
            "funeral_home_selected": G(lambda f: f.pick([True, False])),
            "funeral_home_name": G(
                lambda f: f.pick(
                    ["Schoedinger Funeral Home", "Zakład Pogrzebowy Hades", "AVBOB Durban", None]
                )
            ),
            "healthcare_poa_name": Y(lambda f: f.full_name(), "name"),
            "healthcare_poa_phone": Y(lambda f: f.phone(), "phone"),
            "next_of_kin": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": G(lambda f: f.pick(["daughter", "son", "wife", "husband", "brother"])),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Advance Directive Recorded",
        "java",
        None,
        {
            "directive_id": G(lambda f: f.uuid()),
            "directive_type": G(lambda f: f.pick(["POLST", "Living Will", "Healthcare POA", "MOST"])),
            "code_status": Y(
                lambda f: f.pick(["DNR", "Full Code", "DNR/DNI", "Comfort Measures Only"]),
                "condition|procedure",
            ),
            "treatment_preferences": {
                "cpr": Y(lambda f: f.pick(["no", "yes"]), "procedure"),
                "intubation": Y(lambda f: f.pick(["no", "trial period", "yes"]), "procedure"),
                "artificial_nutrition": Y(lambda f: f.pick(["no", "trial period", "long term"]), "procedure"),
                "hospital_transfer": Y(lambda f: f.pick(["no", "if comfort needs not met"]), "procedure"),
            },
            "envelope": {
                "envelopeId": G(lambda f: f.uuid()),
                "status": G(lambda f: f.pick(["completed", "sent", "delivered"])),
                "signers": Many(
                    {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "roleName": G(lambda f: f.pick(["Patient", "Agent", "Witness", "Physician"])),
                        "signedDateTime": G(lambda f: f.iso()),
                    },
                    3,
                ),
            },
            "document_sha256": G(lambda f: f.hexid(64)),
            "witness_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
]

LOCAL = [
    (
        "track",
        "Wizyta Zakończona",
        "go",
        "PL",
        {
            "id_wizyty": G(lambda f: f.digits(8)),
            "id_pacjenta": G(lambda f: f.digits(6)),
            "pacjent": {
                "imie": Y(lambda f: f.first(), "name"),
                "nazwisko": Y(lambda f: f.last(), "name"),
                "pesel": RED(lambda f: f.pesel(), "national id"),
            },
            "pielegniarka": Y(lambda f: f.full_name(), "name"),
            "data_wizyty": G(lambda f: f.date(2024, 2024)),
            "czas_trwania_min": G(lambda f: f.r.randint(20, 120)),
            "skala_bolu": Y(lambda f: f.r.randint(0, 10), "condition"),
            "objawy": Many(
                Y(lambda f: f.pick(["duszność", "ból", "nudności", "niepokój", "zaparcia"]), "condition"), 3
            ),
            "podane_leki": Many(
                Y(
                    lambda f: f.pick(
                        ["morfina 5 mg s.c.", "metamizol 1 g", "haloperydol 1 mg", "midazolam 2,5 mg"]
                    ),
                    "medication",
                ),
                2,
            ),
            "uwagi": Y(
                lambda f: f.pick(
                    [
                        f"Pacjent spokojny, {f.pick(['ból', 'duszność'])} pod kontrolą.",
                        f"Nasilona {f.pick(['duszność', 'słabość'])}, rodzina poinformowana.",
                        f"Zgłaszane {f.pick(['nudności', 'zaparcia'])}, zmiana leczenia.",
                    ]
                ),
                "condition",
                True,
            ),
            "kilometry": G(lambda f: f.r.randint(2, 70)),
        },
    ),
    (
        "track",
        "Darowizna Przekazana",
        "php",
        "PL",
        {
            "kwota": G(lambda f: f.pick([20, 50, 100, 200, 500])),
            "waluta": G(lambda f: "PLN"),
            "darczynca": {
                "imie": Y(lambda f: f.first(), "name"),
                "nazwisko": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "telefon": Y(lambda f: f.phone(), "phone"),
            },
            "numer_konta": RED(lambda f: f.pl_iban(), "bank account"),
            "cel": G(lambda f: f.pick(["hospicjum domowe", "opieka nad dziećmi", "żałoba"])),
            "cykliczna": G(lambda f: f.pick([True, False])),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "krs": G(lambda f: "0000" + f.pick(["123456", "271432"])),
            "metoda_platnosci": G(lambda f: f.pick(["blik", "przelew", "karta", "pbl"])),
        },
    ),
    (
        "track",
        "Payment Notification",
        "php",
        "PL",
        {
            "order": {
                "orderId": G(lambda f: f.token(20).upper()),
                "extOrderId": G(lambda f: "DAR-" + f.digits(8)),
                "customerIp": Y(lambda f: f.ipv4(), "ip"),
                "totalAmount": G(lambda f: str(f.pick([2000, 5000, 10000, 25000]))),
                "currencyCode": G(lambda f: "PLN"),
                "status": G(lambda f: f.pick(["COMPLETED", "PENDING", "CANCELED"])),
                "buyer": {
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "firstName": Y(lambda f: f.first(), "name"),
                    "lastName": Y(lambda f: f.last(), "name"),
                    "language": G(lambda f: "pl"),
                },
                "payMethod": {"type": G(lambda f: f.pick(["PBL", "CARD_TOKEN", "BLIK"]))},
            },
            "localReceiptDateTime": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Besoek Voltooi",
        "dotnet",
        "ZA",
        {
            "BesoekId": G(lambda f: f.uuid()),
            "PasientNaam": Y(lambda f: f.full_name(), "name"),
            "Verpleegster": Y(lambda f: f.full_name(), "name"),
            "Pyntelling": Y(lambda f: f.r.randint(0, 10), "condition"),
            "Medikasie": Many(
                Y(
                    lambda f: f.pick(
                        ["Morfien 10 mg", "Tramadol 50 mg", "Haloperidol 1 mg", "Metoklopramied 10 mg"]
                    ),
                    "medication",
                ),
                2,
            ),
            "Notas": Y(
                lambda f: f.pick(
                    [
                        f"Pasiënt rustig, {f.pick(['pyn', 'naarheid'])} onder beheer.",
                        f"Meer {f.pick(['kortasem', 'pyn'])} vannag volgens dogter.",
                        f"Swak eetlus en {f.pick(['naarheid', 'hardlywigheid'])}; familie ingelig.",
                    ]
                ),
                "condition",
                True,
            ),
            "DuurMinute": G(lambda f: f.r.randint(20, 120)),
            "Tuisadres": Y(lambda f: f"{f.street()}, {f.pick(SUBURBS)}", "address"),
            "Poskode": Y(lambda f: f.zip(), "zipcode"),
            "Provinsie": G(lambda f: f.state()),
        },
    ),
    (
        "identify",
        None,
        "php",
        "ZA",
        {
            "naam": Y(lambda f: f.first(), "name"),
            "van": Y(lambda f: f.last(), "name"),
            "e_pos": Y(lambda f: f.email(), "email"),
            "selfoon": Y(lambda f: f.phone(), "phone"),
            "id_nommer": RED(lambda f: f.sa_id(), "national id"),
            "belastingnommer": RED(lambda f: f.sars_tax(), "national id"),
            "taal": G(lambda f: f.pick(["Afrikaans", "English", "isiZulu"])),
            "nuusbrief": G(lambda f: f.pick([True, False])),
            "skenker_sedert": G(lambda f: f.date(2010, 2024)),
        },
    ),
    (
        "track",
        "Family Check-In Submitted",
        "node",
        "ZA",
        {
            "wa_id": Y(lambda f: "27" + f.pick(["82", "83", "72", "76"]) + f.digits(7), "phone", True),
            "message_id": G(lambda f: "wamid.HBgL" + f.token(40)),
            "igama": Y(lambda f: f.first(), "name"),
            "isibongo": Y(lambda f: f.last(), "name"),
            "inombolo_yocingo": Y(lambda f: f.phone(), "phone"),
            "indawo": Y(lambda f: f.pick(["Umlazi", "KwaMashu", "Inanda", "Soweto", "Edendale"]), "city"),
            "ulimi": G(lambda f: f.pick(["isiZulu", "English"])),
            "isimo_sesiguli": Y(
                lambda f: f.pick(["uzinzile", "uyagula kakhulu", "unobuhlungu", "uyalala kakhulu"]),
                "condition",
            ),
            "udinga_unesi": G(lambda f: f.pick([True, False])),
            "timestamp": G(lambda f: str(f.r.randint(1_700_000_000, 1_735_000_000))),
        },
    ),
]

BEREAVEMENT = [
    (
        "track",
        "Bereavement Contact Made",
        "ruby",
        None,
        {
            "contact_id": G(lambda f: f.digits(7)),
            "bereaved_name": Y(lambda f: f.full_name(), "name"),
            "relationship_to_deceased": G(
                lambda f: f.pick(["spouse", "child", "parent", "sibling", "friend"])
            ),
            "deceased_name": Y(lambda f: f.full_name(), "name"),
            "date_of_death": Y(lambda f: f.date(2023, 2024), "date of death"),
            "contact_method": G(lambda f: f.pick(["phone", "letter", "home_visit", "email"])),
            "attempt_number": G(lambda f: f.r.randint(1, 4)),
            "grief_risk_level": Y(lambda f: f.pick(["low", "moderate", "high"]), "condition"),
            "referred_to_counselor": G(lambda f: f.pick([True, False])),
            "bereavement_coordinator": Y(lambda f: f.full_name(), "name"),
            "month_in_program": G(lambda f: f.r.randint(1, 13)),
            "next_contact_due": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Bereavement Letter Sent",
        "ruby",
        None,
        {
            "mail": {
                "to": Y(lambda f: f.email(), "email", True),
                "from": G(
                    lambda f: f.pick(["no-reply@lanternhospice.org", "bereavement@lanternhospice.org"])
                ),
                "subject": Y(
                    lambda f: f.pick(
                        [
                            f"{f.first()}, thinking of you this month",
                            f"A note for {f.first()} from Lantern Hospice",
                        ]
                    ),
                    "name",
                    True,
                ),
                "template": G(lambda f: f.pick(["month_1", "month_3", "month_6", "anniversary"])),
                "message_id": G(lambda f: f"<{f.hexid(24)}.{f.digits(6)}@mail.lanternhospice.org>"),
            },
            "unsubscribe_url": Y(
                lambda f: (
                    "https://mail.lanternhospice.org/unsubscribe?e="
                    + f.email().replace("@", "%40")
                    + "&list=bereavement"
                ),
                "email",
                True,
            ),
            "opened": G(lambda f: f.pick([True, False])),
            "sent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Memorial Service RSVP",
        "web",
        None,
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "service_name": G(
                lambda f: f.pick(["Spring Memorial Service 2024", "Tree of Lights", "Msa wa Kumbukumbu"])
            ),
            "venue": G(
                lambda f: f.pick(["Lantern House Chapel", "Kościół św. Anny", "Durban Botanic Gardens"])
            ),
            "attendee_count": G(lambda f: f.r.randint(1, 6)),
            "attendee_names": Many(Y(lambda f: f.full_name(), "name"), 4),
            "rsvp_email": Y(lambda f: f.email(), "email"),
            "honoree_name": Y(lambda f: f.full_name(), "name"),
            "honoree_photo_url": Y(
                lambda f: f"https://uploads.lanternhospice.org/memorial/{f.hexid(16)}.jpg", "photo"
            ),
            "meal_preference": Y(lambda f: f.pick(["standard", "vegetarian", "halal", "kosher"]), "religion"),
        },
    ),
    (
        "track",
        "Support Group Session Joined",
        "web",
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "group_name": G(
                lambda f: f.pick(
                    [
                        "Loss of a Spouse",
                        "Child Loss Support",
                        "Men's Grief Circle",
                        "Grupa wsparcia w żałobie",
                    ]
                )
            ),
            "meeting_id": G(lambda f: f.digits(11)),
            "participant_display_name": Y(lambda f: f.pick([f.full_name(), f.first()]), "name"),
            "join_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(5, 90)),
            "facilitator": Y(lambda f: f.full_name(), "name"),
            "camera_on": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Grief Resource Downloaded",
        "web",
        None,
        {
            "resource_id": G(lambda f: f.digits(4)),
            "title": G(
                lambda f: f.pick(
                    ["When Someone You Love Dies", "Helping Children Grieve", "Żałoba - poradnik"]
                )
            ),
            "format": G(lambda f: f.pick(["pdf", "epub"])),
            "language": G(lambda f: f.pick(["en", "pl", "af", "zu"])),
        },
    ),
]

DONATIONS = [
    (
        "track",
        "Donation Form Viewed",
        "web",
        None,
        {
            "form_id": G(lambda f: f.pick(["general", "tribute", "monthly"])),
            "campaign": G(lambda f: f.pick(["giving_tuesday_2024", "memorial_walk", "year_end_appeal"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "suggested_amounts": Many(G(lambda f: f.pick([25, 50, 100, 250])), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        None,
        {
            **donation_product(),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "url": G(lambda f: "https://www.lanternhospice.org/shop/" + f.digits(3)),
            "image_url": G(lambda f: f"https://cdn.lanternhospice.org/p/{f.hexid(10)}.jpg"),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            **donation_product(),
            "tribute": {
                "type": G(lambda f: f.pick(["in_memory_of", "in_honor_of"])),
                "honoree_name": Y(lambda f: f.full_name(), "name"),
                "inscription": Y(inscription, "name", True),
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: "don_" + f.digits(8)),
            "revenue": G(lambda f: f.money(10, 1000)),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "coupon": G(lambda f: f.pick(["", "MATCH2X", ""])),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "products": Many(donation_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "don_" + f.digits(8)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "ach", "paypal"])),
            "payment_method_id": RED(lambda f: "pm_" + f.token(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_funding": G(lambda f: f.pick(["credit", "debit"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        None,
        {
            "order_id": G(lambda f: "don_" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 1000)),
            "revenue": G(lambda f: f.money(10, 1000)),
            "fee_covered": G(lambda f: f.money(0, 30)),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "products": Many(donation_product(), 2),
            "donor": {
                "email": Y(lambda f: f.email(), "email"),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 2", "Unit 14", "m. 7", "Flat 3B"]), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "is_recurring": G(lambda f: f.pick([True, False])),
            "frequency": G(lambda f: f.pick(["once", "monthly", "annually"])),
            "anonymous_gift": G(lambda f: f.pick([True, False])),
            "employer": G(lambda f: f.pick(["Nationwide", "Cardinal Health", "PKO BP", "Sasol", None])),
            "employer_match": G(lambda f: f.pick([True, False])),
            "tribute_notification": {
                "recipient_name": Y(lambda f: f.full_name(), "name"),
                "recipient_email": Y(lambda f: f.email(), "email"),
                "message": Y(
                    lambda f: f.pick(
                        [
                            f"A gift has been made in memory of {f.full_name()} by the {f.last()} family.",
                            f"{f.full_name()} made a donation in honor of {f.first()}.",
                        ]
                    ),
                    "name",
                    True,
                ),
            },
            "stripe_charge_id": G(lambda f: "ch_" + f.token(24)),
            "stripe_customer_id": G(lambda f: "cus_" + f.token(14)),
        },
    ),
    (
        "track",
        "Order Refunded",
        "node",
        None,
        {
            "order_id": G(lambda f: "don_" + f.digits(8)),
            "total": G(lambda f: f.money(10, 1000)),
            "currency": G(lambda f: f.pick(["USD", "PLN", "ZAR"])),
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer", "fraudulent"])),
        },
    ),
    (
        "track",
        "Promotion Clicked",
        "web",
        None,
        {
            "promotion_id": G(lambda f: f.pick(["promo_walk24", "promo_match", "promo_tree"])),
            "name": G(lambda f: f.pick(["Memorial Walk 2024", "Double Your Gift", "Tree of Lights"])),
            "creative": G(lambda f: f.pick(["hero_v2", "sidebar"])),
            "position": G(lambda f: f.pick(["home_top", "donate_side"])),
        },
    ),
    (
        "track",
        "Section 18A Certificate Issued",
        "python",
        "ZA",
        {
            "certificate_number": G(lambda f: "18A-" + f.digits(6)),
            "tax_year": G(lambda f: f.pick([2023, 2024])),
            "amount": G(lambda f: f.money(100, 20000)),
            "currency": G(lambda f: "ZAR"),
            "donor_name": Y(lambda f: f.full_name(), "name"),
            "donor_id_number": RED(lambda f: f.sa_id(), "national id"),
            "donor_income_tax_number": RED(lambda f: f.sars_tax(), "national id"),
            "donor_address": Y(lambda f: f.full_address(), "address"),
            "npo_number": G(lambda f: "930" + f.digits(6)),
        },
    ),
    (
        "track",
        "ITN Received",
        "php",
        "ZA",
        {
            "m_payment_id": G(lambda f: "LH" + f.digits(8)),
            "pf_payment_id": G(lambda f: f.digits(7)),
            "payment_status": G(lambda f: f.pick(["COMPLETE", "CANCELLED"])),
            "item_name": G(lambda f: f.pick(["Once-off donation", "Monthly donation", "Memorial candle"])),
            "amount_gross": G(lambda f: f"{f.money(50, 5000):.2f}"),
            "amount_fee": G(lambda f: f"{-f.money(1, 60):.2f}"),
            "amount_net": G(lambda f: f"{f.money(50, 5000):.2f}"),
            "name_first": Y(lambda f: f.first(), "name"),
            "name_last": Y(lambda f: f.last(), "name"),
            "email_address": Y(lambda f: f.email(), "email"),
            "merchant_id": G(lambda f: "10004002"),
            "signature": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Recurring Gift Updated",
        "dotnet",
        "US",
        {
            "SubscriptionId": G(lambda f: "sub_" + f.token(14)),
            "Amount": G(lambda f: f.pick([10, 25, 50, 100])),
            "Interval": G(lambda f: f.pick(["month", "year"])),
            "NextChargeDate": G(lambda f: f.date(2024, 2025)),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            "RoutingNumber": G(lambda f: f.aba()),
            "AccountNumber": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "AccountType": G(lambda f: f.pick(["checking", "savings"])),
            "AccountLast4": G(lambda f: f.digits(4)),
        },
    ),
]

VOLUNTEERS_AND_HR = [
    (
        "identify",
        None,
        "flutter",
        None,
        {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1945, 2005), "birthdate"),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "volunteer_since": G(lambda f: f.date(2005, 2024)),
            "roles": Many(
                G(lambda f: f.pick(["vigil companion", "pet therapy", "music", "admin", "bereavement"])), 3
            ),
            "languages": Many(
                G(lambda f: f.pick(["English", "Spanish", "Polish", "isiZulu", "Afrikaans"])), 2
            ),
            "has_car": G(lambda f: f.pick([True, False])),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.token(3).upper()}-{f.digits(4)}",
                        f"KR {f.digits(5)}",
                        f"CA {f.digits(3)}-{f.digits(3)}",
                    ]
                ),
                "license",
            ),
            "background_check_status": G(
                lambda f: f.pick(["pending", "in_progress", "completed", "expired"])
            ),
            "tb_test_result": Y(lambda f: f.pick(["negative", "positive", "pending"]), "condition"),
            "flu_vaccinated": Y(lambda f: f.pick([True, False]), "condition"),
            "therapy_dog": {
                "name": G(lambda f: f.pick(["Biscuit", "Maja", "Rooibos", "Pepper"])),
                "breed": G(lambda f: f.pick(["Golden Retriever", "Labrador", "Boerboel mix", "Beagle"])),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "friend"])),
            },
            "hours_ytd": G(lambda f: f.r.randint(0, 400)),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
        },
    ),
    (
        "track",
        "Shift Signed Up",
        "flutter",
        None,
        {
            "shift_id": G(lambda f: f.digits(6)),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["vigil companion", "front desk", "pet therapy", "music"])),
            "location_name": G(
                lambda f: f.pick(
                    ["Lantern House Inpatient Unit", "Hospicjum Latarnia - Nowa Huta", "Patient home"]
                )
            ),
            "location_address": G(
                lambda f: f.pick(["1200 Olentangy River Rd, Columbus, OH", "ul. Fatimska 17, Kraków"])
            ),
            "slots_remaining": G(lambda f: f.r.randint(0, 5)),
            "coordinator_email": G(
                lambda f: f.pick(["volunteers@lanternhospice.org", "wolontariat@latarnia.pl"])
            ),
        },
    ),
    (
        "track",
        "Volunteer Hours Logged",
        "node",
        None,
        {
            "volunteer-id": G(lambda f: f.digits(6)),
            "volunteer-name": Y(lambda f: f.full_name(), "name"),
            "volunteer-email": Y(lambda f: f.email(), "email"),
            "hours": G(lambda f: f.pick([1, 1.5, 2, 3, 4])),
            "activity": G(lambda f: f.pick(["patient visit", "office support", "event", "vigil"])),
            "logged-at": G(lambda f: f.iso()),
            "supervisor-name": Y(lambda f: f.full_name(), "name"),
            "mileage-reimbursable": G(lambda f: f.pick([True, False])),
            "opportunity-id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Mileage Claim Submitted",
        "dotnet",
        "ZA",
        {
            "ClaimNumber": G(lambda f: "MC" + f.digits(6)),
            "VolunteerId": G(lambda f: f.digits(6)),
            "Kilometres": G(lambda f: f.r.randint(5, 300)),
            "RatePerKm": G(lambda f: 4.84),
            "Amount": G(lambda f: f.money(20, 1500)),
            "AccountHolder": Y(lambda f: f.full_name(), "name"),
            "BankName": G(lambda f: f.pick(["Capitec", "FNB", "Standard Bank", "Absa", "Nedbank"])),
            "BranchCode": G(lambda f: f.pick(["470010", "250655", "051001", "632005", "198765"])),
            "BankAccountNumber": RED(lambda f: f.digits(f.r.randint(10, 11)), "bank account"),
            "SubmittedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "go",
        "US",
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "employee_name": Y(lambda f: f.full_name(), "name"),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "hours_regular": G(lambda f: f.pick([32, 36, 40])),
            "hours_overtime": G(lambda f: f.r.randint(0, 12)),
            "hourly_rate": Y(lambda f: f.money(18, 68), "salary"),
            "gross_pay": Y(lambda f: f.money(900, 4200), "salary"),
            "on_call_stipend": Y(lambda f: f.pick([0, 75, 150]), "salary"),
            "direct_deposit_routing": G(lambda f: f.aba()),
            "direct_deposit_account": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "approved_by_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        "US",
        {
            "job_id": G(lambda f: "REQ-" + f.digits(4)),
            "position_title": G(
                lambda f: f.pick(["RN Case Manager", "Hospice Aide", "Bereavement Coordinator"])
            ),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "applicant_phone": Y(lambda f: f.phone(), "phone"),
            "authorized_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "nursing_license_number": Y(lambda f: f.pick(["RN", "RN-", "LPN"]) + f.digits(6), "license"),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "desired_salary": Y(lambda f: f.pick([52000, 68000, 85000, 94000]), "salary"),
            "source": G(lambda f: f.pick(["indeed", "linkedin", "referral"])),
        },
    ),
]

EVENTS = ADMISSION + FAMILY_AND_STAFF + CARE + LOCAL + BEREAVEMENT + DONATIONS + VOLUNTEERS_AND_HR


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, region, body in EVENTS:
            f.region = region or f.pick(["US", "US", "PL", "ZA"])
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u_" + f.digits(7),
            }
            if kind in ("track", "page") and event:
                msg["event" if kind == "track" else "name"] = event
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind == "group":
                msg["groupId"] = "branch_" + f.digits(3)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=286, repeats=30)
    write(Path(__file__).parent, "holdout286_", events, labels)
