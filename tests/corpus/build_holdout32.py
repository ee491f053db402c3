"""Writes the thirty-second holdout: tests/corpus/holdout32_events.jsonl and holdout32_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout32`); deterministic (seed 3232).

Domain: public sector and civic services in the US, UK, Canada and Australia.
- CivicPass, a city services app: permits (building, block party, dog licences), parking
  tickets and residential parking permits sold through e-commerce spec events, utility bills,
  311 reports with photos and locations, library cards and holds.
- BenefitBridge, benefits applications: household members, income, disability and caregiver
  status, immigration status, case workers and their case-management back office, appointments
  and SMS reminders (a Twilio-shaped payload), a reverse-ETL sync from the warehouse.
- TaxDirect, a government tax portal: returns, refunds to bank accounts (ABA routing, UK sort
  codes, Canadian transit/institution, Australian BSB), identity verification, agents acting
  for taxpayers (firms as `group` calls), payments (a Stripe-shaped charge).
- MonDossier, a Québec government service whose PHP backend sends French keys.

Messages: identify / track / page / screen / group / alias from analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java,
ruby, php and .NET server libraries, with their real `context` blocks (ip, traits, device,
app, library, locale, userAgent, campaign, consent, location, externalIds). Each event is given
a country (US, GB, CA, AU) and its names, phones, addresses, postcodes, plates and ids follow
that country. Ids carry valid checksums where real ones do: Luhn cards and Canadian SINs, SSA
structure for SSNs and ITINs, ABA routing numbers, mod-97 IBANs, mod-11 NHS numbers and
Australian TFNs, Medicare (AU) check digits, UK NINO prefixes, Medicare MBI letters, VIN check
digits.

Conventions: keys mostly snake_case (government backends) and camelCase (apps); about 15 %
otherwise: PascalCase from TaxDirect's .NET services, kebab-case from its Angular front end,
SCREAMING_SNAKE from the warehouse sync, French from MonDossier, Title Case in one CRM export.
Arrays are `[]` in paths, as `portal.events.flatten` gives them.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, household members, dependants,
  emergency contacts, care recipients, landlords, guardians, caseworkers and tax agents (staff
  and agents are people too). Types are the reference's matcher names where one fits, else
  `bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`;
  `a|b` when either is fair. Colour: the reference's default for that matcher; outside the
  reference, red for credentials/secrets, card numbers, bank accounts, government ids and
  health ids, yellow otherwise (geolocation, advertising id).
- Special categories (health, disability, race/ethnicity, religion, veteran, immigration,
  pregnancy): a boolean or an enum that reveals the category about a person is red of that
  category (`has_disability`, `immigration_status`, `indigenous_status`, `is_pregnant`,
  `care_recipient.condition`). Free-typed values under a key that names the category keep the
  reference's own colour (`current_medications` typed by the applicant: yellow medication).
- Green: ids we issue (user, case, application, citation, permit, utility-account, library-card
  and return numbers, UUIDs, SKUs), versions, timestamps and dates that are not birth dates,
  hashes of non-PII, amounts, enums, counters and booleans even under PII-sounding keys
  (`email_verified`, `ssn_provided`, `phone_count`, `password_strength`, `ip_pin_enrolled`),
  product / programme / company / pet / book names (an author on a book record is product
  metadata), offices, branches, agency phone lines, business addresses, country, state,
  province, county, ward, locale, language, timezone, currency, user agents, OS-issued device
  ids. Card brand, last four, expiry and BIN are green; ABA routing numbers, sort codes, BSBs,
  transit and institution numbers identify the bank: green; so is a processor's card
  fingerprint (an opaque id, not the number) and the last four digits of a phone or an EBT
  card. The last four of an SSN or taxpayer id are red (social security number). Parcel ids
  and map place ids are ids of a property: green. Country of birth is a country: green.
- Money: income (wages, AGI, household or family income, `revenu_familial`) is yellow salary;
  every other amount (refunds, fines, fees, benefit payments, balances) is green.
- Places: the person's own home or mailing address, and a residential service or permit
  address (it is where they live), are PII; the device's coordinates in `context.location`
  are yellow geolocation. The location of a 311 issue (pothole, graffiti), its free-text
  description and its photos describe a place, not the reporter: green. Offices and branches:
  green.
- Vehicles: a licence plate is yellow `license|identification` (it points at the owner); a VIN
  is yellow `serial`.
- Credentials: passwords, library PINs, the IRS Identity Protection PIN (`ip_pin`, not an IP
  address), one-time codes, reset and push tokens: red (password / token / secret).
- A preparer's PTIN and an agent's CAF number identify a person through a government register:
  yellow identification. Citizenship (nationality) is yellow citizenship; immigration status,
  visa class and A-numbers are red.
- Caregiver status (`is_unpaid_carer`, hours of care) describes a role, not the person's
  health: green. Filing status, marital status and household size: green.
- value_only is true when the key does not say what the value is (`value`, `q`, `input`,
  `To`, `Body`, `note`, `case_note`, `externalIds[].id`); a value_only PII path holds that PII
  in every value. Free text is labelled by what every one of its values carries, green when
  none does (311 descriptions, chatbot questions, photo captions).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Opt:
    """A key present in only some messages (probability p)."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item = item
        self.p = p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def C(value):
    return G(lambda f: value)


def P(items):
    return G(lambda f: f.pick(items))


# -- people and places by country -----------------------------------------------------------------

FIRST = {
    "US": [
        "Jasmine",
        "DeShawn",
        "Guadalupe",
        "Tyler",
        "Madison",
        "Xiomara",
        "Hyun-woo",
        "Latoya",
        "Kateri",
        "Abdirahman",
        "Hodan",
        "Brianna",
        "Luis",
        "Mai",
        "Ahmad",
        "Ethan",
        "Ngozi",
    ],
    "GB": [
        "Siobhan",
        "Rhys",
        "Aoife",
        "Oliver",
        "Amelia",
        "Farzana",
        "Rahim",
        "Chidi",
        "Agnieszka",
        "Callum",
        "Priya",
        "Mohammed",
        "Bethan",
        "Declan",
        "Yasmin",
    ],
    "CA": [
        "Marie-Ève",
        "Jean-François",
        "Geneviève",
        "Étienne",
        "Mathieu",
        "Chloé",
        "Gurpreet",
        "Harjit",
        "Wei",
        "Mei Ling",
        "Tremaine",
        "Nunavik",
        "Olumide",
        "Anastasia",
        "Liam",
    ],
    "AU": [
        "Lachlan",
        "Matilda",
        "Kiri",
        "Aroha",
        "Thi Bich",
        "Van Minh",
        "Harper",
        "Jayden",
        "Yiannis",
        "Mitchell",
        "Sienna",
        "Bilal",
        "Layla",
        "Cooper",
        "Wiremu",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Hernández",
        "Begay",
        "Yazzie",
        "Washington",
        "Nguyen",
        "Kim",
        "Warsame",
        "Okonkwo",
        "Rodríguez",
        "Miller",
        "Abdullahi",
        "Two Bulls",
        "Park",
        "Castillo",
        "Cohen",
    ],
    "GB": [
        "Evans",
        "O'Sullivan",
        "Hussain",
        "Begum",
        "Kowalczyk",
        "Adeyemi",
        "MacLeod",
        "Patel",
        "Jones",
        "Fitzgerald",
        "Ahmed",
        "Thompson",
        "Nwosu",
        "Campbell",
    ],
    "CA": [
        "Tremblay",
        "Gagnon",
        "Côté",
        "Bouchard",
        "Gauthier",
        "Roy",
        "Sandhu",
        "Grewal",
        "Zhang",
        "Chen",
        "Ivanova",
        "Fontaine",
        "Mensah",
        "Lavoie",
        "Okafor",
    ],
    "AU": [
        "Nguyen",
        "Tran",
        "Smith",
        "Ngata",
        "Papadopoulos",
        "Kelly",
        "Williams",
        "Nikolaidis",
        "Walker",
        "Haddad",
        "Wilson",
        "Mahmoud",
        "Taylor",
        "Le",
    ],
}
MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "CA": ["gmail.com", "videotron.ca", "hotmail.ca", "yahoo.ca", "shaw.ca", "outlook.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
}
STREETS = {
    "US": ["W Maple Ave", "Martin Luther King Jr Blvd", "Elm St", "N 14th St", "Cedar Ln", "Lakeshore Dr"],
    "GB": ["Kingsley Road", "High Street", "Victoria Terrace", "Mill Lane", "Station Road", "Church Close"],
    "CA": ["rue Saint-Denis", "boul. René-Lévesque O", "Bathurst St", "Jasper Ave", "rue Principale"],
    "AU": ["Bondi Rd", "Sydney Rd", "Brunswick St", "Anzac Pde", "Macquarie St", "Stirling Hwy"],
}
CITIES = {
    "US": ["Riverton", "Austin", "Columbus", "Tucson", "Albuquerque", "Raleigh", "Spokane", "Newark"],
    "GB": ["Leeds", "Cardiff", "Glasgow", "Bristol", "Croydon", "Belfast", "Norwich"],
    "CA": ["Montréal", "Québec", "Laval", "Gatineau", "Toronto", "Brampton", "Edmonton", "Winnipeg"],
    "AU": ["Parramatta", "Geelong", "Townsville", "Fremantle", "Hobart", "Ballarat", "Logan"],
}
REGIONS = {
    "US": ["TX", "OH", "AZ", "NM", "NC", "WA", "NJ", "CA"],
    "GB": ["England", "Wales", "Scotland", "Northern Ireland"],
    "CA": ["QC", "ON", "AB", "MB", "BC"],
    "AU": ["NSW", "VIC", "QLD", "WA", "TAS"],
}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "CA": "Canada", "AU": "Australia"}
TIMEZONES = {
    "US": ["America/Chicago", "America/New_York", "America/Phoenix", "America/Los_Angeles"],
    "GB": ["Europe/London"],
    "CA": ["America/Toronto", "America/Montreal", "America/Edmonton"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
}
LOCALES = {"US": ["en-US", "es-US"], "GB": ["en-GB"], "CA": ["fr-CA", "en-CA"], "AU": ["en-AU"]}
BBOX = {
    "US": (26, 47, -123, -71),
    "GB": (50.5, 57.5, -5.5, 1.5),
    "CA": (43, 53, -123, -64),
    "AU": (-38, -12, 115, 153),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
]
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_MAP.update(dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9], strict=True)))
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


class CivicFake(Fake):
    cc = "US"

    def set_country(self, weights: dict[str, int]) -> None:
        self.cc = self.r.choices(list(weights), list(weights.values()))[0]

    # people
    def first(self):
        return self.pick(FIRST[self.cc])

    def last(self):
        return self.pick(LAST[self.cc])

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = self.first().lower().replace(" ", "").replace("-", "")
        last = self.last().lower().replace(" ", "").replace("'", "")
        for a, b in (("é", "e"), ("è", "e"), ("ô", "o"), ("á", "a"), ("í", "i"), ("ë", "e"), ("ç", "c")):
            first, last = first.replace(a, b), last.replace(a, b)
        user = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}", f"{first}_{last}"])
        if self.r.random() < 0.4:
            user += str(self.r.randint(1, 99))
        return f"{user}@{self.pick(MAIL_DOMAINS[self.cc])}"

    def staff_email(self):
        first = self.pick(FIRST["US"] + FIRST["GB"]).lower().split()[0].replace("-", "")
        last = self.pick(LAST["US"] + LAST["GB"]).lower().replace(" ", "").replace("'", "")
        first, last = first.replace("á", "a").replace("é", "e"), last.replace("á", "a").replace("í", "i")
        domain = self.pick(["riverton.gov", "dhs.riverton.gov", "benefitbridge.org", "cityofriverton.gov"])
        return f"{first}.{last}@{domain}"

    def phone(self):
        r, cc = self.r, self.cc
        if cc in ("US", "CA"):
            area = self.pick(
                ["512", "614", "520", "505", "919", "509", "973"]
                if cc == "US"
                else ["514", "438", "418", "819", "416", "905", "780", "204"]
            )
            ex, line = r.randint(202, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if cc == "GB":
            mid, tail = r.randint(100, 999), r.randint(100000, 999999)
            return self.pick(
                [
                    f"07{mid} {tail}",
                    f"+44 7{mid} {tail}",
                    f"+447{mid}{tail}",
                    f"0113 {r.randint(200, 499)} {r.randint(1000, 9999)}",
                ]
            )
        mob = f"4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return self.pick(
            [
                f"0{mob}",
                f"+61 {mob}",
                f"+61{mob.replace(' ', '')}",
                f"(02) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
            ]
        )

    def street(self):
        r, cc = self.r, self.cc
        if cc == "GB":
            base = f"{r.randint(1, 180)} {self.pick(STREETS[cc])}"
            return self.pick([base, f"Flat {r.randint(1, 12)}, {base}"])
        if cc == "AU":
            base = f"{r.randint(1, 400)} {self.pick(STREETS[cc])}"
            return self.pick([base, f"Unit {r.randint(1, 30)}/{base}", f"{r.randint(2, 9)}/{base}"])
        if cc == "CA":
            return f"{r.randint(10, 9999)} {self.pick(STREETS[cc])}"
        return f"{r.randint(100, 9899)} {self.pick(STREETS[cc])}"

    def unit(self):
        return self.pick(["Apt 3B", "Unit 12", "Apt. 407", "Suite 2", "Basement", "#1104", "App. 5"])

    def city(self):
        return self.pick(CITIES[self.cc])

    def region(self):
        return self.pick(REGIONS[self.cc])

    def postcode(self):
        r, cc = self.r, self.cc
        if cc == "US":
            z = f"{r.randint(10000, 99899)}"
            return z if r.random() < 0.8 else f"{z}-{r.randint(1000, 9999)}"
        if cc == "CA":
            letters = "ABCEGHJKLMNPRSTVXY"
            fsa = f"{self.pick('HGJKLMNT')}{r.randint(0, 9)}{self.pick(letters)}"
            return f"{fsa} {r.randint(0, 9)}{self.pick(letters)}{r.randint(0, 9)}"
        if cc == "GB":
            area = self.pick(["LS", "CF", "G", "BS", "CR", "BT", "NR", "M", "E", "SW"])
            inward = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{self.pick(inward)}{self.pick(inward)}"
        return f"{self.pick(['2', '3', '4', '6', '7'])}{r.randint(0, 999):03d}"

    def full_address(self):
        return f"{self.street()}, {self.city()}, {self.region()} {self.postcode()}"

    def lat_lon(self):
        lat0, lat1, lon0, lon1 = BBOX[self.cc]
        return round(self.r.uniform(lat0, lat1), 6), round(self.r.uniform(lon0, lon1), 6)

    def glat(self):
        return self.lat_lon()[0]

    def glon(self):
        return self.lat_lon()[1]

    def dob(self, start=1942, end=2004):
        d = self.date(start, end)
        if self.cc == "US" and self.r.random() < 0.3:
            y, m, dd = d.split("-")
            return f"{m}/{dd}/{y}"
        if self.cc in ("GB", "AU") and self.r.random() < 0.3:
            y, m, dd = d.split("-")
            return f"{dd}/{m}/{y}"
        return d

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    # government ids
    def ssn_any(self):
        s = self.ssn()
        return s if self.r.random() < 0.7 else s.replace("-", "")

    def itin(self):
        mid = self.pick([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
        return f"9{self.r.randint(0, 99):02d}-{mid}-{self.r.randint(0, 9999):04d}"

    def sin(self):
        body = self.pick("1234567") + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])

    def nino(self):
        letters = "ABCEGHJKLMNOPRSTWXYZ"
        while True:
            a, b = (
                self.pick([c for c in letters if c not in NINO_BAD_FIRST]),
                self.pick([c for c in letters if c != "O"]),
            )
            if a + b not in NINO_BAD_PAIRS:
                break
        d = "".join(str(self.r.randint(0, 9)) for _ in range(6))
        suffix = self.pick("ABCD")
        return self.pick([f"{a}{b}{d}{suffix}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            if digits[0] and sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
                n = "".join(map(str, digits))
                return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])

    def medicare_au(self):
        digits = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        n = "".join(map(str, digits)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([n, f"{n[:4]} {n[4:9]} {n[9]}"])

    def nhs(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                n = "".join(map(str, digits)) + str(check)
                return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])

    def mbi(self):
        r, a, an = self.r, MBI_LETTERS, MBI_LETTERS + "0123456789"
        s = f"{r.randint(1, 9)}{self.pick(a)}{self.pick(an)}{r.randint(0, 9)}"
        s += f"{self.pick(a)}{self.pick(an)}{r.randint(0, 9)}"
        s += f"{self.pick(a)}{self.pick(a)}{r.randint(0, 9)}{r.randint(0, 9)}"
        return s if r.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def ramq(self):
        last = "".join(c for c in self.pick(LAST["CA"]).upper() if c.isalpha())[:3].ljust(3, "X")
        last = last.replace("Ô", "O").replace("É", "E")
        first = self.pick(FIRST["CA"])[0].upper().replace("É", "E")
        y, m, d = self.r.randint(40, 99), self.r.randint(1, 12) + self.pick([0, 50]), self.r.randint(1, 28)
        n = f"{last}{first}{y:02d}{m:02d}{d:02d}{self.r.randint(10, 99)}"
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def a_number(self):
        d = self.digits(9)
        return self.pick([f"A{d}", f"A-{d[:3]}-{d[3:6]}-{d[6:]}", f"A{d[:3]} {d[3:6]} {d[6:]}"])

    def passport(self):
        r, cc = self.r, self.cc
        if cc == "CA":
            return f"{self.pick(['AB', 'GA', 'HP', 'AK'])}{r.randint(100000, 999999)}"
        if cc == "AU":
            return f"{self.pick(['PA', 'PB', 'RA', 'N'])}{r.randint(1000000, 9999999)}"
        return self.digits(9)

    def drivers_license(self):
        r, cc = self.r, self.cc
        if cc == "GB":
            last = "".join(c for c in self.last().upper() if c.isalpha())[:5].ljust(5, "9")
            middle = f"{r.randint(400000, 899999)}{self.pick(['JA', 'SM', 'RK', 'AB'])}"
            return f"{last}{middle}9{self.pick(['IJ', 'KL', 'PQ'])}"
        if cc == "CA":
            letter = self.pick("TGBLMR")
            return f"{letter}{r.randint(1000, 9999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"
        if cc == "AU":
            return self.digits(self.pick([8, 9, 10]))
        return self.pick(
            [
                f"{self.pick('DFGS')}{self.digits(7)}",
                self.digits(8),
                f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
            ]
        )

    def plate(self):
        r, cc, up = self.r, self.cc, "ABCDEFGHJKLMNPRSTVWXYZ"

        def letters(n):
            return "".join(self.pick(up) for _ in range(n))

        if cc == "GB":
            return f"{letters(2)}{r.randint(10, 74)} {letters(3)}"
        if cc == "CA":
            return f"{letters(3)}{r.randint(0, 9)} {r.randint(100, 999)}"
        if cc == "AU":
            return f"{r.randint(1, 9)}{letters(2)}{r.randint(1, 9)}{letters(2)}"
        return self.pick(
            [
                f"{r.randint(1, 9)}{self.pick(up)}{self.pick(up)}{self.pick(up)}{r.randint(100, 999)}",
                f"{self.pick(up)}{self.pick(up)}{self.pick(up)}-{r.randint(1000, 9999)}",
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = [self.pick(["1", "2", "3", "5", "J", "K", "W"])] + [self.pick(chars) for _ in range(16)]
        body[9] = self.pick("LMNPRS")
        total = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    # money and banks
    def aba(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.pick([0, 1, 2, 3])
            for check in range(10):
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + check)) % 10 == 0:
                    return "".join(map(str, d)) + str(check)

    def bank_account(self):
        cc = self.cc
        if cc == "US":
            return self.digits(self.pick([8, 9, 10, 12]))
        if cc == "GB":
            return self.digits(8)
        if cc == "CA":
            return self.digits(7)
        return self.digits(self.pick([6, 8, 9]))

    def gb_iban(self):
        return self.iban("GB")


# -- client contexts ------------------------------------------------------------------------------

APPS = {
    "civic": ("CivicPass", "gov.riverton.civicpass", "https://civicpass.riverton.gov"),
    "benefit": ("BenefitBridge", "org.benefitbridge.app", "https://apply.benefitbridge.org"),
    "tax": ("TaxDirect", "gov.taxdirect.mobile", "https://www.taxdirect.gov"),
    "quebec": ("MonDossier", "ca.quebec.mondossier", "https://mondossier.quebec.example.ca"),
}
PAGES = {
    "civic": [
        ("/parking/tickets/pay", "Pay a Parking Ticket | CivicPass"),
        ("/permits/new", "Apply for a Permit"),
        ("/311", "Report an Issue - 311"),
        ("/library/account", "My Library Account"),
        ("/utilities/bill", "Your Water & Sewer Bill"),
    ],
    "benefit": [
        ("/apply/household", "Household - BenefitBridge"),
        ("/apply/income", "Income"),
        ("/dashboard", "My Benefits"),
        ("/appointments", "Appointments"),
    ],
    "tax": [
        ("/returns/2023", "Your 2023 Return | TaxDirect"),
        ("/refund-status", "Where's My Refund?"),
        ("/verify", "Verify Your Identity"),
        ("/agents", "Authorize a Representative"),
    ],
    "quebec": [
        ("/demandes/nouvelle", "Nouvelle demande | MonDossier"),
        ("/paiements", "Mes paiements"),
        ("/profil", "Mon profil"),
    ],
}
SEARCHES = ["", "", "?utm_source=newsletter&utm_medium=email", "?lang=es", "?step=2", "?ref=sms_reminder"]


def web_context(app: str):
    _, _, base = APPS[app]
    page = PAGES[app]

    def pick_page(f):
        f._page = f.pick(page)
        return f._page[0]

    return {
        "library": {"name": C("analytics.js"), "version": P(["npm:next-1.66.0", "next-1.70.0", "4.15.3"])},
        "page": {
            "path": G(pick_page),
            "referrer": P(
                [
                    "",
                    "https://www.google.com/",
                    f"{base}/",
                    "https://www.bing.com/",
                    "https://l.facebook.com/",
                ]
            ),
            "search": P(SEARCHES),
            "title": G(lambda f: f._page[1]),
            "url": G(lambda f: base + f._page[0]),
        },
        "userAgent": P(UAS),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"]),
                        "version": P(["124", "123", "99", "8"]),
                    },
                    3,
                ),
                "mobile": P([False, False, True]),
                "platform": P(["Windows", "macOS", "Android", "Chrome OS"]),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": P(["tax_season_2024", "snap_renewal", "library_card_month", "parking_app_launch"]),
                "source": P(["google", "facebook", "newsletter", "sms"]),
                "medium": P(["cpc", "email", "social", "text"]),
                "term": P(
                    ["file taxes free", "food stamps application", "pay parking ticket", "renew library card"]
                ),
                "content": P(["banner_a", "hero_cta", "footer_link"]),
            },
            0.3,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": P([True, False]),
                    "Analytics": P([True, True, False]),
                    "Functional": C(True),
                }
            },
            0.5,
        ),
    }


def swift_context(app: str):
    name, namespace, _ = APPS[app]
    return {
        "app": {
            "name": C(name),
            "version": P(["4.2.0", "4.2.1", "4.3.0"]),
            "build": P(["4200", "4211", "4302"]),
            "namespace": C(namespace),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P(["iPhone14,7", "iPhone15,4", "iPhone12,8", "iPad13,18"]),
            "name": P(["iPhone", "iPad"]),
            "type": C("ios"),
            "adTrackingEnabled": P([False, False, True]),
            "advertisingId": Opt(
                Y(
                    lambda f: (
                        f.uuid().upper() if f.r.random() < 0.85 else "00000000-0000-0000-0000-000000000000"
                    ),
                    "advertising id",
                ),
                0.4,
            ),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": C("analytics-swift"), "version": P(["1.5.11", "1.6.0"])},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {"cellular": P([True, False]), "wifi": P([True, False])},
        "os": {"name": C("iOS"), "version": P(["17.4.1", "17.5", "16.7.8"])},
        "screen": {"height": P([844, 932, 667]), "width": P([390, 430, 375])},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "traits": mobile_traits(app),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.glat(), "geolocation"),
                "longitude": Y(lambda f: f.glon(), "geolocation"),
                "speed": P([0, 0.4, 1.2]),
            },
            0.5,
        ),
    }


def kotlin_context(app: str):
    name, namespace, _ = APPS[app]
    return {
        "app": {
            "name": C(name),
            "version": P(["4.2.0", "4.3.0"]),
            "build": P(["402000", "403000"]),
            "namespace": C(namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P(["samsung", "Google", "motorola", "OnePlus"]),
            "model": P(["SM-A546E", "Pixel 7a", "moto g power (2022)", "CPH2449"]),
            "name": P(["a54x", "lynx", "tundra", "OP5958L1"]),
            "type": C("android"),
            "adTrackingEnabled": P([True, False]),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": C("analytics-kotlin"), "version": P(["1.16.3", "1.17.0"])},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {"wifi": P([True, False]), "cellular": P([True, False]), "bluetooth": C(False)},
        "os": {"name": C("Android"), "version": P(["14", "13", "12"])},
        "screen": {"density": P([2.625, 3.0, 2.0]), "height": P([2340, 2400]), "width": P([1080])},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "userAgent": P(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
            ]
        ),
        "traits": mobile_traits(app),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.glat(), "geolocation"),
                "longitude": Y(lambda f: f.glon(), "geolocation"),
                "speed": P([0, 0.4, 1.2]),
            },
            0.4,
        ),
    }


HANDSETS = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4.1"),
    ("Apple", "iPhone14,5", "iPhone", "ios", "iOS", "16.6"),
    ("samsung", "SM-G991U", "o1q", "android", "Android", "14"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("Google", "Pixel 6", "oriole", "android", "Android", "13"),
]


def pick_handset(f):
    f._hs = f.pick(HANDSETS)
    return f._hs


def rn_context(app: str):
    name, namespace, _ = APPS[app]
    return {
        "app": {
            "name": C(name),
            "version": P(["2.8.0", "2.9.1"]),
            "build": P(["280", "291", "293"]),
            "namespace": C(namespace),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: pick_handset(f)[0]),
            "model": G(lambda f: f._hs[1]),
            "name": G(lambda f: f._hs[2]),
            "type": G(lambda f: f._hs[3]),
        },
        "library": {"name": C("analytics-react-native"), "version": P(["2.19.2", "2.20.0"])},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {"cellular": P([True, False]), "wifi": P([True, False])},
        "os": {"name": G(lambda f: f._hs[4]), "version": G(lambda f: f._hs[5])},
        "screen": {"height": P([844, 800]), "width": P([390, 360])},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "traits": mobile_traits(app),
    }


def flutter_context(app: str):
    name, namespace, _ = APPS[app]
    return {
        "app": {
            "name": C(name),
            "version": P(["1.4.0", "1.4.2"]),
            "build": P(["14", "16"]),
            "namespace": C(namespace),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: pick_handset(f)[0]),
            "model": G(lambda f: f._hs[1]),
            "type": G(lambda f: f._hs[3]),
        },
        "library": {"name": C("analytics_flutter"), "version": P(["1.0.1", "1.1.0"])},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "os": {"name": G(lambda f: f._hs[4]), "version": G(lambda f: f._hs[5])},
        "screen": {"height": P([844, 915]), "width": P([390, 412])},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
    }


def mobile_traits(app: str):
    """What the mobile libraries echo from the last identify into every event's context.traits."""
    if app == "civic":
        return {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Opt(Y(lambda f: f.email(), "email"), 0.8),
            "anonymousId": G(lambda f: f.uuid()),
        }
    if app == "benefit":
        return {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
            "anonymousId": G(lambda f: f.uuid()),
        }
    return {"email": Y(lambda f: f.email(), "email"), "anonymousId": G(lambda f: f.uuid())}


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(versions)}}
    if lib in ("node", "dotnet", "php"):
        # forwarded from the browser request that triggered the server call
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
        ctx["userAgent"] = P(UAS)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": C("email"),
                    "collection": C("users"),
                    "encoding": C("none"),
                },
                1,
            ),
            0.5,
        )
    if lib == "python":
        ctx["traits"] = Opt(
            {"case_id": G(lambda f: "BB-" + f.digits(8)), "program": P(["SNAP", "Medicaid", "WIC", "TANF"])},
            0.6,
        )
    if lib == "dotnet":
        ctx["locale"] = P(["en-US", "es-US"])
    return ctx


def client_context(client: str, app: str):
    if client == "web":
        return web_context(app)
    if client == "swift":
        return swift_context(app)
    if client == "kotlin":
        return kotlin_context(app)
    if client == "rn":
        return rn_context(app)
    if client == "flutter":
        return flutter_context(app)
    return server_context(client)


# -- shared building blocks -----------------------------------------------------------------------


def home_address(street_key="street", zip_key="postal_code"):
    return {
        street_key: Y(lambda f: f.street(), "street|address"),
        "unit": Opt(Y(lambda f: f.unit(), "street|address"), 0.35),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.region()),
        zip_key: Y(lambda f: f.postcode(), "zipcode"),
        "country": G(lambda f: f.cc),
    }


def fee_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": P(
            [
                "PRK-RES-Z4-12M",
                "PRK-VIS-DAY",
                "BIN-CMP-64G",
                "TRN-PASS-30D",
                "PRK-RES-Z2-06M",
                "LIB-REPL-CARD",
            ]
        ),
        "name": P(
            [
                "Residential Parking Permit - Zone 4 (12 months)",
                "Visitor Parking Day Pass",
                "Compost Cart 64 gal",
                "30-Day Transit Pass",
                "Replacement Library Card",
            ]
        ),
        "category": P(["Parking", "Sanitation", "Transit", "Library"]),
        "price": P([2.0, 5.0, 35.0, 60.0, 96.0, 120.0]),
        "quantity": P([1, 1, 1, 2]),
        "position": G(lambda f: f.r.randint(1, 8)),
    }


CIVIC_CLIENTS = ["web", "swift", "kotlin", "node"]
CIVIC_MOBILE = ["swift", "kotlin"]
BENEFIT_CLIENTS = ["web", "rn", "flutter", "python"]
TAX_CLIENTS = ["web", "swift", "kotlin", "dotnet", "java"]

COUNTRY = {
    "civic": {"US": 6, "GB": 2, "CA": 2, "AU": 2},
    "benefit": {"US": 6, "GB": 2, "CA": 1, "AU": 2},
    "tax": {"US": 7, "GB": 1, "CA": 1, "AU": 1},
    "quebec": {"CA": 1},
    "us": {"US": 1},
    "gb": {"GB": 1},
    "ca": {"CA": 1},
    "au": {"AU": 1},
}

# (kind, event or page/screen name, app, country key, clients, body, weight)
EVENTS: list[tuple] = []


def ev(kind, name, app, clients, body, weight=1.0, country=None):
    EVENTS.append((kind, name, app, country or app, clients, body, weight))


SERVICES = [
    (
        "POTHOLE",
        "Pothole Repair",
        [
            "Big pothole in the right lane, cars swerving around it",
            "Pothole getting deeper after the rain",
            "Two potholes next to the school crosswalk",
        ],
    ),
    (
        "GRAFFITI",
        "Graffiti Removal",
        ["Graffiti on the underpass wall by the bus stop", "Tagging on the park restroom again"],
    ),
    (
        "STREETLIGHT_OUT",
        "Streetlight Out",
        ["Streetlight has been out for a week at the corner", "Light flickering all night on this block"],
    ),
    (
        "ILLEGAL_DUMPING",
        "Illegal Dumping",
        ["Someone dumped a couch and tires in the alley", "Mattress and paint cans left by the dumpster"],
    ),
    (
        "MISSED_PICKUP",
        "Missed Trash Pickup",
        ["Recycling was not picked up on Tuesday", "Whole street missed for yard waste"],
    ),
    (
        "TREE_HAZARD",
        "Tree Hazard",
        ["Tree branch hanging over the bike lane", "Dead tree leaning toward the sidewalk"],
    ),
]


def pick_service(f):
    f._svc = f.pick(SERVICES)
    return f._svc


# == CivicPass ====================================================================================

ev(
    "identify",
    None,
    "civic",
    CIVIC_CLIENTS,
    {
        "first_name": Y(lambda f: f.first(), "name"),
        "last_name": Y(lambda f: f.last(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
        "address": home_address(),
        "ward": G(lambda f: f.r.randint(1, 14)),
        "preferred_language": P(["en", "es", "fr", "vi", "zh-Hant", "so"]),
        "email_verified": P([True, False]),
        "sms_opt_in": P([True, False]),
        "createdAt": G(lambda f: f.iso()),
    },
    2.0,
)
ev(
    "page",
    "Pay a Parking Ticket",
    "civic",
    ["web"],
    {
        "path": C("/parking/tickets/pay"),
        "url": G(lambda f: "https://civicpass.riverton.gov/parking/tickets/pay?citation=" + f.digits(9)),
        "title": C("Pay a Parking Ticket | CivicPass"),
        "referrer": P(["", "https://www.google.com/", "https://riverton.gov/parking"]),
        "search": G(lambda f: "?citation=" + f.digits(9)),
        "name": C("Pay a Parking Ticket"),
    },
)
ev(
    "track",
    "Citation Looked Up",
    "civic",
    CIVIC_CLIENTS,
    {
        "citation_number": G(lambda f: f.digits(9)),
        "plate_number": Y(lambda f: f.plate(), "license|identification"),
        "plate_state": G(lambda f: f.region()),
        "lookup_method": P(["citation_number", "plate"]),
        "results_count": G(lambda f: f.r.randint(0, 4)),
        "violation_code": P(
            ["NO-PARK-ST-CLEAN", "EXP-METER", "FIRE-HYD-15FT", "RES-PERMIT-ONLY", "DBL-PARK"]
        ),
        "fine_amount": P([35.0, 45.0, 65.0, 115.0, 250.0]),
        "issued_at": G(lambda f: f.iso()),
        "contested": P([True, False]),
    },
)
ev(
    "track",
    "Parking Ticket Paid",
    "civic",
    CIVIC_CLIENTS,
    {
        "citation_number": G(lambda f: f.digits(9)),
        "plate_number": Y(lambda f: f.plate(), "license|identification"),
        "amount_paid": G(lambda f: f.pick([35.0, 45.0, 65.0, 90.0, 140.0])),
        "currency": G(lambda f: {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD"}[f.cc]),
        "payment": {
            "method": P(["card", "apple_pay", "google_pay", "paypal"]),
            "card_brand": P(["visa", "mastercard", "amex", "discover"]),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": P(["414720", "542418", "371449", "601100", "455701"]),
        },
        "payer_email": Y(lambda f: f.email(), "email"),
    },
)
ev(
    "track",
    "Ticket Dispute Submitted",
    "civic",
    ["web", "node"],
    {
        "citation_number": G(lambda f: f.digits(9)),
        "dispute_reason": P(
            ["signage_unclear", "vehicle_sold", "meter_broken", "medical_emergency", "stolen_plates"]
        ),
        "hearing_type": P(["written", "in_person", "video"]),
        "registered_owner_name": Y(lambda f: f.full_name(), "name"),
        "mailing_address": Y(lambda f: f.full_address(), "address"),
        "vin": Y(lambda f: f.vin(), "serial"),
        "vehicle_make": P(["Toyota", "Honda", "Ford", "Hyundai", "Tesla", "Subaru"]),
        "vehicle_year": G(lambda f: f.r.randint(2004, 2024)),
        "evidence_files": G(lambda f: f.r.randint(0, 5)),
        "statement": G(
            lambda f: f.pick(
                [
                    "The street cleaning sign was covered by a tree branch.",
                    "Meter was not accepting coins or cards that morning.",
                    "I had already sold this vehicle, see the attached bill of sale.",
                    "Permit was displayed on the dashboard, photo attached.",
                    "The hydrant was more than 15 feet away, measured it.",
                ]
            )
        ),
    },
)
ev(
    "track",
    "Product Viewed",
    "civic",
    CIVIC_CLIENTS,
    {
        **fee_product(),
        "currency": C("USD"),
        "url": P(
            ["https://civicpass.riverton.gov/shop/parking", "https://civicpass.riverton.gov/shop/transit"]
        ),
    },
)
ev(
    "track",
    "Checkout Started",
    "civic",
    CIVIC_CLIENTS,
    {
        "order_id": G(lambda f: "CP-" + f.digits(7)),
        "revenue": G(lambda f: f.money(5, 240)),
        "tax": C(0),
        "currency": C("USD"),
        "products": Many(fee_product(), 2),
    },
)
ev(
    "track",
    "Order Completed",
    "civic",
    CIVIC_CLIENTS,
    {
        "order_id": G(lambda f: "CP-" + f.digits(7)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.money(5, 240)),
        "revenue": G(lambda f: f.money(5, 240)),
        "tax": C(0),
        "discount": P([0, 0, 10.0, 24.0]),
        "coupon": P(["", "SENIOR50", "LOWINCOME", ""]),
        "currency": C("USD"),
        "products": Many(fee_product(), 2),
        "permit_holder": {
            "name": Y(lambda f: f.full_name(), "name"),
            "address": Y(lambda f: f.street(), "address|street"),
            "plate": Y(lambda f: f.plate(), "license|identification"),
        },
        "delivery_method": P(["digital", "mail"]),
        "proof_of_residency_type": P(["utility_bill", "lease", "drivers_license", "property_tax_bill"]),
    },
)
ev(
    "track",
    "Permit Application Submitted",
    "civic",
    ["web", "node"],
    {
        "permit_id": G(lambda f: f"BP-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
        "permit_type": P(
            [
                "residential_alteration",
                "fence",
                "deck",
                "solar_pv",
                "roof_replacement",
                "accessory_dwelling_unit",
            ]
        ),
        "site_address": Y(lambda f: f.full_address(), "address"),
        "parcel_id": G(lambda f: f"{f.digits(3)}-{f.digits(3)}-{f.digits(3)}"),
        "applicant_role": P(["owner", "contractor", "tenant"]),
        "applicant_name": Y(lambda f: f.full_name(), "name"),
        "applicant_phone": Y(lambda f: f.phone(), "phone"),
        "contractor_company": P(
            ["Lone Star Roofing LLC", "Greenleaf Solar", "Bob's Fencing", "Northside Builders Inc."]
        ),
        "contractor_license_no": Y(
            lambda f: f.pick(["TACLA", "RCL", "GC"]) + f.digits(5) + f.pick(["C", "E", ""]), "license"
        ),
        "estimated_cost": G(lambda f: f.r.randint(800, 90000)),
        "fee_due": G(lambda f: f.money(50, 1200)),
        "plans_sha256": G(lambda f: f.hexid(64)),
    },
)
ev(
    "track",
    "Dog License Renewed",
    "civic",
    CIVIC_CLIENTS,
    {
        "license_number": G(lambda f: f"DL{f.r.randint(2024, 2025)}-{f.digits(5)}"),
        "pet": {
            "name": P(["Biscuit", "Luna", "Max", "Maple", "Chewie", "Kobe", "Pepper", "Mochi"]),
            "breed": P(["Labrador Retriever", "Pit Bull mix", "Chihuahua", "Goldendoodle", "Border Collie"]),
            "sex": P(["male", "female"]),
            "microchip_id": G(lambda f: "985" + f.digits(12)),
        },
        "rabies_tag_number": G(lambda f: f.digits(6)),
        "vet_clinic": P(["Riverton Animal Hospital", "Banfield Pet Hospital", "VCA Northside"]),
        "owner_phone": Y(lambda f: f.phone(), "phone"),
        "fee": P([10.0, 20.0, 35.0]),
    },
)
ev(
    "track",
    "Service Request Submitted",
    "civic",
    CIVIC_CLIENTS,
    {
        "service_request_id": G(lambda f: f.digits(8)),
        "service_code": G(lambda f: pick_service(f)[0]),
        "service_name": G(lambda f: f._svc[1]),
        "description": G(lambda f: f.pick(f._svc[2])),
        "issue_location": {
            "address_string": G(lambda f: f"{f.r.randint(1, 40) * 100} block of {f.pick(STREETS[f.cc])}"),
            "lat": G(lambda f: f.glat()),
            "long": G(lambda f: f.glon()),
        },
        "media": Many(
            {
                "url": G(lambda f: f"https://cdn.civicpass.riverton.gov/311/{f.hexid(16)}.jpg"),
                "caption": P(["pothole close up", "wide shot", "", "from across the street"]),
            },
            3,
        ),
        "anonymous": P([True, False, False]),
        "reporter": Opt(
            {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            },
            0.6,
        ),
    },
    1.5,
)
ev(
    "track",
    "Utility Bill Viewed",
    "civic",
    CIVIC_CLIENTS,
    {
        "utility_account_number": G(lambda f: f"{f.digits(6)}-{f.digits(6)}"),
        "service_address": Y(lambda f: f.full_address(), "address"),
        "amount_due": G(lambda f: f.money(20, 400)),
        "due_date": G(lambda f: f.date(2024, 2025)),
        "usage_kwh": G(lambda f: f.r.randint(150, 1800)),
        "autopay_enabled": P([True, False]),
        "account_holder": Y(lambda f: f.full_name(), "name"),
        "hardship_program": P(["none", "none", "LIHEAP", "senior_discount", "payment_plan"]),
    },
)
ev(
    "track",
    "Autopay Enrolled",
    "civic",
    ["web", "node", "go"],
    {
        "utility_account_number": G(lambda f: f"{f.digits(6)}-{f.digits(6)}"),
        "bank_routing_number": G(lambda f: f.aba()),
        "bank_account_number": RED(lambda f: f.digits(f.pick([8, 9, 10, 12])), "bank account"),
        "bank_account_type": P(["checking", "savings"]),
        "account_holder_name": Y(lambda f: f.full_name(), "name"),
        "draft_day": G(lambda f: f.r.randint(1, 28)),
        "mandate_id": G(lambda f: f.uuid()),
        "verified_via": P(["plaid", "microdeposits", "instant"]),
    },
)
ev(
    "track",
    "Library Card Applied",
    "civic",
    CIVIC_CLIENTS,
    {
        "library_card_number": G(lambda f: "2" + "1234" + f.digits(9)),
        "card_type": P(["adult", "teen", "child", "temporary", "non_resident"]),
        "home_branch": P(["Central Library", "Eastside Branch", "Oak Hill Branch", "Bookmobile"]),
        "applicant_dob": Y(lambda f: f.dob(1940, 2018), "birthdate"),
        "guardian": Opt(
            {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": P(["mother", "father", "grandmother", "legal guardian"]),
                "email": Y(lambda f: f.email(), "email"),
            },
            0.5,
        ),
        "school": Opt(P(["Lincoln Elementary", "Riverton High School", "Eastside Middle School"]), 0.4),
        "pin": RED(lambda f: f.digits(4), "password"),
        "id_document": P(["drivers_license", "state_id", "utility_bill", "school_id"]),
        "id_verified": P([True, False]),
    },
)
ev(
    "track",
    "Hold Placed",
    "civic",
    [*CIVIC_CLIENTS, "ruby"],
    {
        "library_card_number": G(lambda f: "2" + "1234" + f.digits(9)),
        "item": {
            "title": P(
                [
                    "The Women",
                    "Fourth Wing",
                    "Atomic Habits",
                    "Demon Copperhead",
                    "Lessons in Chemistry",
                    "James",
                ]
            ),
            "author": P(
                [
                    "Kristin Hannah",
                    "Rebecca Yarros",
                    "James Clear",
                    "Barbara Kingsolver",
                    "Bonnie Garmus",
                    "Percival Everett",
                ]
            ),
            "isbn": P(["9781250178633", "9781649374042", "9780735211292", "9780063251922", "9780385547345"]),
            "format": P(["book", "ebook", "audiobook", "large_print"]),
        },
        "pickup_branch": P(["Central Library", "Eastside Branch", "Oak Hill Branch"]),
        "queue_position": G(lambda f: f.r.randint(1, 240)),
    },
)
ev(
    "track",
    "Catalog Searched",
    "civic",
    CIVIC_CLIENTS,
    {
        "query": P(
            [
                "harry potter",
                "tax forms",
                "passport photos",
                "esl classes",
                "dinosaurs",
                "resume help",
                "knitting",
            ]
        ),
        "filters": Many(P(["ebook", "kids", "spanish", "available_now", "dvd"]), 2),
        "results": G(lambda f: f.r.randint(0, 900)),
        "page": G(lambda f: f.r.randint(1, 4)),
    },
)
ev(
    "track",
    "Address Autocomplete Selected",
    "civic",
    ["web", "swift", "kotlin"],
    {
        "input": Y(lambda f: f.street(), "address|street", True),
        "suggestion_index": G(lambda f: f.r.randint(0, 4)),
        "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        "provider": P(["google_places", "smarty", "canada_post", "loqate"]),
        "place_id": G(lambda f: "ChIJ" + f.hexid(20)),
        "form": P(["profile_address", "permit_site", "utility_start_service"]),
    },
)
ev(
    "track",
    "Notification Channel Added",
    "civic",
    CIVIC_CLIENTS,
    {
        "channel": P(["sms", "voice"]),
        "value": Y(lambda f: f.phone(), "phone", True),
        "topics": Many(P(["street_cleaning", "snow_emergency", "trash_day", "library_due"]), 3),
        "verified": P([True, False]),
        "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password|token"),
    },
)
ev(
    "track",
    "Emergency Contacts Saved",
    "civic",
    CIVIC_MOBILE,
    {
        "contacts": Many(
            {
                "label": P(["Mom", "Neighbor", "Son", "Caregiver", "Partner", "Sister"]),
                "value": Y(lambda f: f.phone(), "phone", True),
                "primary": P([True, False]),
            },
            3,
        ),
        "contacts_count": G(lambda f: f.r.randint(1, 3)),
        "source": P(["manual", "address_book"]),
    },
)
ev(
    "track",
    "Account Password Changed",
    "civic",
    ["node", "go"],
    {
        "password_strength": P(["weak", "fair", "strong", "very_strong"]),
        "password_changed_at": G(lambda f: f.iso()),
        "mfa_enabled": P([True, False]),
        "reset_token": RED(lambda f: f.hexid(40), "token"),
    },
)
ev(
    "alias",
    None,
    "civic",
    CIVIC_CLIENTS,
    {},
    0.5,
)


# == BenefitBridge ================================================================================

PROGRAMS = {
    "US": ["SNAP", "Medicaid", "WIC", "TANF", "LIHEAP", "CHIP"],
    "GB": ["Universal Credit", "Council Tax Reduction", "Carer's Allowance", "Pension Credit"],
    "CA": ["Ontario Works", "Canada Child Benefit", "Solidarité sociale", "GST/HST Credit"],
    "AU": ["JobSeeker Payment", "Family Tax Benefit", "Rent Assistance", "Carer Payment"],
}


def program(f):
    return f.pick(PROGRAMS[f.cc])


def national_id(f):
    return {"US": f.ssn_any, "GB": f.nino, "CA": f.sin, "AU": f.tfn}[f.cc]()


ev(
    "identify",
    None,
    "benefit",
    BENEFIT_CLIENTS,
    {
        "full_name": Y(lambda f: f.full_name(), "name"),
        "email": Opt(Y(lambda f: f.email(), "email"), 0.8),
        "phone_number": Y(lambda f: f.phone(), "phone"),
        "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
        "mailing_address": home_address("line1", "zip"),
        "county": P(["Travis", "Franklin", "Pima", "Bernalillo", "Wake", "Spokane"]),
        "preferred_language": P(["English", "Spanish", "Somali", "Vietnamese", "Arabic", "Navajo"]),
        "case_number": G(lambda f: f.digits(10)),
        "programs_enrolled": Many(G(program), 3),
        "household_size": G(lambda f: f.r.randint(1, 8)),
        "marital_status": P(["single", "married", "separated", "divorced", "widowed"]),
        "ssn_provided": P([True, False]),
        "phone_count": G(lambda f: f.r.randint(1, 3)),
        "created_at": G(lambda f: f.iso()),
    },
    2.0,
)
ev(
    "track",
    "Application Started",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "application_id": G(lambda f: f.uuid()),
        "program": G(program),
        "language": P(["en", "es", "so", "vi", "ar"]),
        "household_size": G(lambda f: f.r.randint(1, 8)),
        "expedited_eligible": P([True, False]),
        "step": P(["household", "income", "expenses", "documents", "review"]),
    },
    1.5,
)
ev(
    "track",
    "Household Member Added",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "application_id": G(lambda f: f.uuid()),
        "member_index": G(lambda f: f.r.randint(1, 7)),
        "member": {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "relationship": P(
                ["spouse", "child", "stepchild", "parent", "grandchild", "roommate", "partner"]
            ),
            "date_of_birth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
            "ssn": Opt(RED(lambda f: f.ssn_any(), "social security number"), 0.7),
            "citizenship_status": RED(
                lambda f: f.pick(
                    ["us_citizen", "lawful_permanent_resident", "refugee", "asylee", "undocumented", "daca"]
                ),
                "visa",
            ),
            "is_pregnant": RED(lambda f: f.pick([True, False, False, False]), "condition"),
            "has_disability": RED(lambda f: f.pick([True, False, False]), "disability"),
            "is_student": P([True, False]),
            "purchases_meals_together": P([True, False]),
            "has_income": P([True, False]),
        },
        "members_total": G(lambda f: f.r.randint(1, 8)),
    },
    1.5,
)
ev(
    "track",
    "Income Reported",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "application_id": G(lambda f: f.uuid()),
        "income_sources": Many(
            {
                "type": P(
                    [
                        "wages",
                        "self_employment",
                        "unemployment",
                        "child_support",
                        "social_security",
                        "pension",
                    ]
                ),
                "employer_name": P(
                    [
                        "Walmart",
                        "H-E-B",
                        "Amazon Fulfillment",
                        "Riverton ISD",
                        "DoorDash",
                        "Tesco",
                        "Woolworths",
                    ]
                ),
                "gross_amount": Y(lambda f: f.money(200, 4800), "salary"),
                "frequency": P(["weekly", "biweekly", "monthly", "irregular"]),
            },
            3,
        ),
        "total_monthly_household_income": Y(lambda f: f.money(0, 6500), "salary"),
        "income_sources_count": G(lambda f: f.r.randint(0, 4)),
        "self_employed": P([True, False]),
        "rent_amount": G(lambda f: f.r.randint(400, 2200)),
    },
)
ev(
    "track",
    "Disability Information Submitted",
    "benefit",
    ["web", "rn", "python"],
    {
        "application_id": G(lambda f: f.uuid()),
        "disability_type": Many(
            RED(
                lambda f: f.pick(
                    ["mobility", "visual", "hearing", "cognitive", "psychiatric", "chronic_illness"]
                ),
                "disability",
            ),
            2,
        ),
        "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
        "receives_ssdi": RED(lambda f: f.pick([True, False]), "disability"),
        "current_medications": Opt(
            Y(
                lambda f: f.pick(
                    ["sertraline 50mg", "metformin", "insulin glargine", "lisinopril", "gabapentin, baclofen"]
                ),
                "medication",
            ),
            0.6,
        ),
        "medicare_beneficiary_id": Opt(RED(lambda f: f.mbi(), "health id"), 0.6),
        "treating_physician": Y(lambda f: "Dr. " + f.full_name(), "name"),
        "accommodations_requested": Many(
            RED(
                lambda f: f.pick(
                    [
                        "large_print",
                        "asl_interpreter",
                        "screen_reader_forms",
                        "wheelchair_accessible_office",
                        "cart_captioning",
                    ]
                ),
                "disability",
            ),
            2,
        ),
        "medical_records_uploaded": G(lambda f: f.r.randint(0, 8)),
        "onset_date": G(lambda f: f.date(1990, 2024)),
    },
    country="us",
)
ev(
    "track",
    "Caregiver Details Added",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "application_id": G(lambda f: f.uuid()),
        "is_unpaid_carer": P([True, False]),
        "care_hours_per_week": G(lambda f: f.r.randint(5, 80)),
        "care_recipient": {
            "name": Y(lambda f: f.full_name(), "name"),
            "relationship": P(["mother", "father", "son", "daughter", "spouse", "neighbour"]),
            "date_of_birth": Y(lambda f: f.dob(1930, 2020), "birthdate"),
            "condition": RED(
                lambda f: f.pick(
                    ["dementia", "multiple_sclerosis", "stroke", "autism", "cancer", "parkinsons"]
                ),
                "condition",
            ),
            "lives_with_applicant": P([True, False]),
        },
        "receives_carers_allowance": P([True, False]),
    },
)
ev(
    "track",
    "Immigration Details Submitted",
    "benefit",
    ["web", "rn", "python"],
    {
        "application_id": G(lambda f: f.uuid()),
        "immigration_status": RED(
            lambda f: f.pick(["lawful_permanent_resident", "refugee", "asylee", "parolee", "tps", "u_visa"]),
            "visa",
        ),
        "alien_number": RED(lambda f: f.a_number(), "national id|identification"),
        "i94_number": RED(lambda f: f.digits(9) + f.pick(["A3", "B1", "C2"]), "visa|identification"),
        "country_of_citizenship": Y(
            lambda f: f.pick(["Mexico", "Ukraine", "Afghanistan", "Haiti", "Somalia", "Venezuela"]),
            "citizenship",
        ),
        "date_of_entry": G(lambda f: f.date(1995, 2024)),
        "uscis_document_type": RED(lambda f: f.pick(["I-551", "I-94", "I-766", "I-797", "I-571"]), "visa"),
        "document_expiration": G(lambda f: f.date(2024, 2034)),
        "sponsor_name": Opt(Y(lambda f: f.full_name(), "name"), 0.5),
        "five_year_bar_applies": RED(lambda f: f.pick([True, False]), "visa"),
    },
    country="us",
)
ev(
    "track",
    "Demographics Answered",
    "benefit",
    ["web", "rn", "flutter"],
    {
        "application_id": G(lambda f: f.uuid()),
        "race": Many(
            RED(
                lambda f: f.pick(
                    [
                        "White",
                        "Black or African American",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                    ]
                ),
                "race",
            ),
            2,
        ),
        "ethnicity": RED(
            lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined"]), "ethnicity"
        ),
        "veteran_status": RED(
            lambda f: f.pick(["veteran", "not_a_veteran", "active_duty", "declined"]), "veteran"
        ),
        "gender_identity": Y(lambda f: f.pick(["woman", "man", "non-binary", "prefer_not_to_say"]), "gender"),
        "questions_skipped": G(lambda f: f.r.randint(0, 4)),
    },
    country="us",
)
ev(
    "track",
    "Indigenous Status Recorded",
    "benefit",
    ["flutter", "web"],
    {
        "claim_id": G(lambda f: f.digits(9)),
        "crn": RED(lambda f: f.digits(9) + f.pick("ABCDEFGHJK"), "national id|identification"),
        "indigenous_status": RED(
            lambda f: f.pick(
                ["Aboriginal", "Torres Strait Islander", "Both", "Neither", "Prefer not to say"]
            ),
            "ethnicity|race",
        ),
        "medicare_card_number": RED(lambda f: f.medicare_au(), "health id"),
        "medicare_irn": G(lambda f: f.r.randint(1, 5)),
        "tfn": RED(lambda f: f.tfn(), "national id"),
        "centrelink_office": P(["Parramatta Service Centre", "Geelong", "Townsville", "Fremantle"]),
        "concession_card": P(["Health Care Card", "Pensioner Concession Card", "none"]),
    },
    country="au",
)
ev(
    "track",
    "Universal Credit Claim Submitted",
    "benefit",
    ["web", "python"],
    {
        "claim_reference": G(lambda f: "UC" + f.digits(9)),
        "national_insurance_number": RED(lambda f: f.nino(), "national id"),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
        "local_authority": P(
            ["Leeds City Council", "Cardiff Council", "Glasgow City Council", "Bristol City Council"]
        ),
        "housing_costs": G(lambda f: f.r.randint(300, 1600)),
        "landlord_name": Y(lambda f: f.full_name(), "name"),
        "landlord_phone": Y(lambda f: f.phone(), "phone"),
        "council_tax_band": P(list("ABCDEFGH")),
        "nhs_number": Opt(RED(lambda f: f.nhs(), "health id"), 0.6),
        "savings_over_16k": P([True, False]),
        "payout_sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
        "payout_account_number": RED(lambda f: f.digits(8), "bank account"),
        "payout_iban": Opt(RED(lambda f: f.gb_iban(), "bank account"), 0.4),
    },
    country="gb",
)
ev(
    "track",
    "Appointment Scheduled",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "appointment_id": G(lambda f: f.uuid()),
        "appointment_type": P(
            ["eligibility_interview", "recertification", "document_drop_off", "work_search_review"]
        ),
        "mode": P(["phone", "in_person", "video"]),
        "scheduled_at": G(lambda f: f.iso()),
        "office": {
            "name": P(["Northeast Service Center", "Downtown Benefits Office", "Eastside Community Hub"]),
            "address": P(
                ["1000 E 11th St, Riverton", "200 W 4th Ave, Riverton", "55 Commerce Plaza, Riverton"]
            ),
            "phone": C("(800) 555-0199"),
        },
        "caseworker": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
            "direct_line": Y(lambda f: f.phone(), "phone"),
            "employee_id": G(lambda f: "E" + f.digits(6)),
        },
        "callback_number": Y(lambda f: f.phone(), "phone"),
        "interpreter_language": P(["", "Spanish", "Somali", "Vietnamese", "Dari"]),
    },
    1.5,
)
ev(
    "track",
    "Appointment Reminder Sent",
    "benefit",
    ["python"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": C("AC3f9c1b2d7e8a4f6b9c0d1e2f3a4b5c6d"),
        "To": Y(
            lambda f: "+1" + f.pick(["512", "614", "520", "505", "919", "509", "973"]) + f.digits(7),
            "phone",
            True,
        ),
        "From": C("+18005550199"),
        "Body": Y(
            lambda f: f.pick(
                [
                    "Hi {n}, BenefitBridge here: your interview is tomorrow at 10:30am. Reply C to confirm.",
                    "{n}, your SNAP recertification appointment is on Friday. Reply STOP to opt out.",
                    "Reminder for {n}: bring your pay stubs to the Northeast Service Center.",
                ]
            ).format(n=f.first()),
            "name",
            True,
        ),
        "SmsStatus": P(["queued", "sent", "delivered", "undelivered"]),
    },
    country="us",
)
ev(
    "track",
    "Case Search Performed",
    "benefit",
    ["python", "web"],
    {
        "q": Y(
            lambda f: f.pick([f.full_name(), f.last(), f"{f.last()}, {f.first()}", f.full_name().lower()]),
            "name",
            True,
        ),
        "search_field": P(["name", "any"]),
        "results_count": G(lambda f: f.r.randint(0, 40)),
        "worker_id": G(lambda f: "E" + f.digits(6)),
        "office_code": P(["NE01", "DT02", "ES03"]),
        "took_ms": G(lambda f: f.r.randint(20, 900)),
    },
)
ev(
    "track",
    "Case Note Added",
    "benefit",
    ["python"],
    {
        "case_id": G(lambda f: "BB-" + f.digits(8)),
        "note_type": P(["phone_contact", "office_visit", "document_review", "home_visit"]),
        "case_note": Y(
            lambda f: f.pick(
                [
                    "Spoke with {n}, will send pay stubs by Friday.",
                    "{n} came in with lease and utility bill, verified residency.",
                    "Left voicemail for {n} re: missing ID.",
                    "Client {n} reports new job starting next month; follow up on income.",
                ]
            ).format(n=f.full_name()),
            "name",
            True,
        ),
        "author_id": G(lambda f: "E" + f.digits(6)),
        "follow_up_date": G(lambda f: f.date(2024, 2025)),
    },
    country="us",
)
ev(
    "track",
    "Document Uploaded",
    "benefit",
    BENEFIT_CLIENTS,
    {
        "application_id": G(lambda f: f.uuid()),
        "document_type": P(
            ["pay_stub", "lease", "birth_certificate", "utility_bill", "bank_statement", "id_card"]
        ),
        "file_name": G(
            lambda f: f.pick(
                [
                    f"IMG_{f.r.randint(1000, 9999)}.jpg",
                    f"scan{f.r.randint(1, 99):04d}.pdf",
                    "document.pdf",
                    f"PXL_2024{f.r.randint(1000, 1231)}.jpg",
                ]
            )
        ),
        "mime_type": P(["image/jpeg", "application/pdf", "image/heic"]),
        "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
        "sha256": G(lambda f: f.hexid(64)),
    },
)
ev(
    "track",
    "Eligibility Determined",
    "benefit",
    ["python"],
    {
        "application_id": G(lambda f: f.uuid()),
        "program": G(program),
        "eligible": P([True, False]),
        "monthly_benefit_amount": G(lambda f: f.money(23, 1800)),
        "certification_period_months": P([6, 12, 24]),
        "denial_reason": P(["", "", "income_over_limit", "missing_verification", "failed_interview"]),
        "ebt_card_last4": Opt(G(lambda f: f.digits(4)), 0.5),
    },
)
ev(
    "identify",
    None,
    "benefit",
    ["python"],
    {
        "FIRST_NAME": Y(lambda f: f.first(), "name"),
        "LAST_NAME": Y(lambda f: f.last(), "name"),
        "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
        "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
        "ZIP_CODE": Y(lambda f: f.postcode(), "zipcode"),
        "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2004), "birthdate"),
        "CASE_ID": G(lambda f: "BB-" + f.digits(8)),
        "CASE_STATUS": P(["ACTIVE", "PENDING", "CLOSED", "SANCTIONED"]),
        "PROGRAM_CODES": P(["SNAP", "SNAP|MEDICAID", "WIC", "TANF|SNAP"]),
        "MONTHLY_BENEFIT_AMT": G(lambda f: f.money(23, 1800)),
        "HOUSEHOLD_SIZE": G(lambda f: f.r.randint(1, 8)),
        "IS_VETERAN": RED(lambda f: f.pick([True, False, False]), "veteran"),
    },
    country="us",
)
ev(
    "track",
    "Chatbot Message Sent",
    "benefit",
    ["web", "rn"],
    {
        "conversation_id": G(lambda f: f.uuid()),
        "text": P(
            [
                "how do i renew my snap benefits",
                "what documents do I need for the interview",
                "when will my card be reloaded",
                "can I apply if I work part time",
                "where is the nearest office",
                "my ebt card was stolen what do i do",
            ]
        ),
        "intent": P(
            ["renewal", "documents", "payment_date", "eligibility", "office_locator", "card_replacement"]
        ),
        "handoff_to_agent": P([True, False]),
    },
)


# == TaxDirect ====================================================================================

ev(
    "identify",
    None,
    "tax",
    ["dotnet"],
    {
        "FirstName": Y(lambda f: f.first(), "name"),
        "LastName": Y(lambda f: f.last(), "name"),
        "EmailAddress": Y(lambda f: f.email(), "email"),
        "MobilePhone": Y(lambda f: f.phone(), "phone"),
        "DateOfBirth": Y(lambda f: f.date(1940, 2006), "birthdate"),
        "TaxpayerIdLast4": RED(lambda f: f.digits(4), "social security number"),
        "TaxpayerIdType": P(["SSN", "ITIN"]),
        "IdentityProofingLevel": P(["IAL1", "IAL2"]),
        "IpPinEnrolled": P([True, False]),
        "PreferredLanguage": P(["en", "es", "zh", "ko", "vi", "ru", "ht"]),
    },
    1.5,
    country="us",
)
ev(
    "identify",
    None,
    "tax",
    ["web", "swift", "kotlin"],
    {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "filingStatus": P(
            ["single", "married_filing_jointly", "married_filing_separately", "head_of_household"]
        ),
        "stateOfResidence": G(lambda f: f.region()),
        "hasDependents": P([True, False]),
        "emailVerified": P([True, False]),
    },
    1.0,
    country="us",
)
ev(
    "track",
    "Return Started",
    "tax",
    TAX_CLIENTS,
    {
        "return_id": G(lambda f: f.uuid()),
        "tax_year": P([2022, 2023, 2023, 2024]),
        "form_type": P(["1040", "1040-SR", "1040-NR", "1040-X"]),
        "filing_status": P(
            [
                "single",
                "married_filing_jointly",
                "married_filing_separately",
                "head_of_household",
                "qualifying_surviving_spouse",
            ]
        ),
        "prior_year_import": P([True, False]),
        "w2_count": G(lambda f: f.r.randint(0, 4)),
        "has_1099": P([True, False]),
        "state_return": P(["TX", "CA", "NY", "OH", "none"]),
    },
    1.5,
    country="us",
)
ev(
    "track",
    "W-2 Imported",
    "tax",
    ["web", "dotnet", "java"],
    {
        "return_id": G(lambda f: f.uuid()),
        "employer_ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
        "employer_name": P(
            [
                "Dell Technologies",
                "H-E-B Grocery Co",
                "Riverton ISD",
                "Kroger",
                "State of Ohio",
                "Starbucks Corp",
            ]
        ),
        "wages_box1": Y(lambda f: f.money(8000, 180000), "salary"),
        "federal_withholding_box2": G(lambda f: f.money(0, 30000)),
        "employee_ssn": RED(lambda f: f.ssn_any(), "social security number"),
        "employee_name": Y(lambda f: f.full_name(), "name"),
        "import_source": P(["adp", "paychex", "photo_ocr", "manual"]),
        "control_number": G(lambda f: f.digits(5)),
        "ocr_fields_corrected": G(lambda f: f.r.randint(0, 6)),
    },
    country="us",
)
ev(
    "track",
    "Dependent Added",
    "tax",
    TAX_CLIENTS,
    {
        "return_id": G(lambda f: f.uuid()),
        "dependent": {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "ssn": RED(lambda f: f.ssn_any(), "social security number"),
            "date_of_birth": Y(lambda f: f.date(2005, 2023), "birthdate"),
            "relationship": P(["son", "daughter", "stepchild", "foster child", "niece", "parent"]),
            "months_lived_with_you": G(lambda f: f.r.randint(0, 12)),
            "full_time_student": P([True, False]),
            "permanently_disabled": RED(lambda f: f.pick([True, False, False, False]), "disability"),
        },
        "qualifies_ctc": P([True, False]),
        "dependents_count": G(lambda f: f.r.randint(1, 5)),
    },
    country="us",
)
ev(
    "track",
    "Return Submitted",
    "tax",
    ["dotnet"],
    {
        "ReturnId": G(lambda f: f.uuid()),
        "TaxYear": P([2023, 2024]),
        "SubmissionId": G(lambda f: f.digits(6) + "2024" + f.digits(10)),
        "FilingStatus": P(["Single", "MarriedFilingJointly", "HeadOfHousehold"]),
        "AdjustedGrossIncome": Y(lambda f: f.r.randint(9000, 250000), "salary"),
        "RefundAmount": G(lambda f: f.money(0, 9000)),
        "DependentsClaimed": G(lambda f: f.r.randint(0, 4)),
        "EitcClaimed": P([True, False]),
        "SpouseName": Opt(Y(lambda f: f.full_name(), "name"), 0.5),
        "SpouseSsn": Opt(RED(lambda f: f.ssn_any(), "social security number"), 0.5),
        "PreparerType": P(["Self", "PaidPreparer", "VITA"]),
        "PreparerPtin": Opt(Y(lambda f: "P" + f.digits(8), "identification"), 0.4),
    },
    1.5,
    country="us",
)
ev(
    "track",
    "Refund Deposit Set",
    "tax",
    TAX_CLIENTS,
    {
        "return_id": G(lambda f: f.uuid()),
        "refund_method": P(["direct_deposit", "paper_check", "split"]),
        "routing_number": G(lambda f: f.aba()),
        "account_number": RED(lambda f: f.bank_account(), "bank account"),
        "account_type": P(["checking", "savings"]),
        "bank_name": P(
            ["Chase", "Wells Fargo", "Bank of America", "Navy Federal Credit Union", "Chime", "Ally Bank"]
        ),
        "account_holder_name": Y(lambda f: f.full_name(), "name"),
        "split_count": G(lambda f: f.r.randint(1, 3)),
        "refund_amount": G(lambda f: f.money(0, 9000)),
    },
    country="us",
)
ev(
    "track",
    "Refund Status Checked",
    "tax",
    TAX_CLIENTS,
    {
        "tax_year": P([2023, 2024]),
        "ssn": RED(lambda f: f.ssn_any(), "social security number"),
        "filing_status": P(["single", "married_filing_jointly", "head_of_household"]),
        "expected_refund": G(lambda f: f.r.randint(0, 9000)),
        "status": P(["received", "approved", "sent", "under_review"]),
        "checks_this_week": G(lambda f: f.r.randint(1, 14)),
    },
    country="us",
)
ev(
    "track",
    "Identity Verification Completed",
    "tax",
    TAX_CLIENTS,
    {
        "verification_id": G(lambda f: f.uuid()),
        "provider": P(["id.me", "login.gov", "socure", "persona"]),
        "method": P(["document_selfie", "video_chat", "kba", "in_person"]),
        "status": P(["passed", "failed", "needs_review"]),
        "document_type": P(["drivers_license", "passport", "state_id", "passport_card"]),
        "document_country": G(lambda f: f.cc),
        "drivers_license_number": Opt(Y(lambda f: f.drivers_license(), "license"), 0.6),
        "passport_number": Opt(RED(lambda f: f.passport(), "passport"), 0.3),
        "dob": Y(lambda f: f.dob(), "birthdate"),
        "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
        "selfie_url": Y(lambda f: f"https://idv-media.taxdirect.gov/selfies/{f.uuid()}.jpg", "photo"),
        "selfie_match_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
        "address_match": P([True, False]),
        "risk_signals": Many(P(["vpn", "new_device", "velocity", "none"]), 2),
    },
    1.5,
    country="us",
)
ev(
    "track",
    "IP PIN Retrieved",
    "tax",
    ["web", "dotnet"],
    {
        "tax_year": P([2023, 2024]),
        "ip_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password|secret"),
        "ip_pin_enrolled": C(True),
        "delivery": P(["online", "mail"]),
        "ip_country": G(lambda f: f.cc),
        "retrieval_count": G(lambda f: f.r.randint(1, 4)),
    },
    country="us",
)
ev(
    "track",
    "Representative Authorized",
    "tax",
    ["web", "java"],
    {
        "authorization_id": G(lambda f: f.uuid()),
        "form": P(["2848", "8821"]),
        "tax_matters": Many(P(["income_1040", "civil_penalty", "employment_941"]), 2),
        "years": Many(P([2021, 2022, 2023, 2024]), 3),
        "agent": {
            "name": Y(lambda f: f.full_name(), "name"),
            "firm": P(["Castillo & Park CPAs", "Riverton Tax Services", "H&R Block #4412", "Liberty Tax"]),
            "designation": P(["CPA", "EA", "Attorney", "Unenrolled"]),
            "caf_number": Y(lambda f: f.digits(4) + "-" + f.digits(5) + f.pick("RFH"), "identification"),
            "ptin": Y(lambda f: "P" + f.digits(8), "identification"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "taxpayer": {
            "name": Y(lambda f: f.full_name(), "name"),
            "tin_last4": RED(lambda f: f.digits(4), "social security number"),
            "tin_type": P(["SSN", "ITIN", "EIN"]),
        },
        "signed_electronically": P([True, False]),
        "status": P(["pending_taxpayer_signature", "active", "revoked"]),
    },
    country="us",
)
ev(
    "group",
    None,
    "tax",
    ["web", "java"],
    {
        "name": P(
            [
                "Castillo & Park CPAs",
                "Riverton Tax Services",
                "Liberty Tax - Eastside",
                "Nguyen Accounting LLC",
            ]
        ),
        "firm_ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
        "efin": G(lambda f: f.digits(6)),
        "plan": P(["practitioner", "firm", "enterprise"]),
        "seats": G(lambda f: f.r.randint(1, 60)),
        "clients_under_management": G(lambda f: f.r.randint(5, 4000)),
        "office_state": G(lambda f: f.region()),
    },
    country="us",
)
ev(
    "track",
    "ITIN Application Started",
    "tax",
    ["web", "dotnet"],
    {
        "application_id": G(lambda f: f.uuid()),
        "reason_code": P(["a", "b", "c", "d", "e", "h"]),
        "applicant_name": Y(lambda f: f.full_name(), "name"),
        "foreign_address": Y(
            lambda f: f.pick(
                [
                    "Calle 12 #34-56, Bogotá",
                    "Av. Insurgentes Sur 1602, CDMX",
                    "12 Ngong Rd, Nairobi",
                    "Rua Augusta 900, São Paulo",
                ]
            ),
            "address",
        ),
        "country_of_birth": G(lambda f: f.pick(["MX", "CO", "KE", "BR", "IN", "PH"])),
        "passport_number": RED(lambda f: f.pick(["G", "E", "N"]) + f.digits(8), "passport"),
        "existing_itin": Opt(RED(lambda f: f.itin(), "national id|social security number"), 0.6),
        "caa_assisted": P([True, False]),
        "documents_certified": G(lambda f: f.r.randint(1, 3)),
    },
    country="us",
)
ev(
    "track",
    "Payment Submitted",
    "tax",
    ["java", "go"],
    {
        "payment_id": G(lambda f: "py_" + f.hexid(24)),
        "amount": G(lambda f: f.r.randint(2500, 900000)),
        "currency": C("usd"),
        "charge": {
            "id": G(lambda f: "ch_" + f.hexid(24)),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
                "address": {
                    "line1": Y(lambda f: f.street(), "street|address"),
                    "line2": Opt(Y(lambda f: f.unit(), "street|address"), 0.3),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.region()),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                },
            },
            "payment_method_details": {
                "type": C("card"),
                "card": {
                    "brand": P(["visa", "mastercard", "amex", "discover"]),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "fingerprint": G(
                        lambda f: "".join(
                            f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
                            for _ in range(16)
                        )
                    ),
                },
            },
        },
    },
    country="us",
)
ev(
    "track",
    "Payment Form Submitted",
    "tax",
    ["web"],
    {
        "form_id": C("pay-balance"),
        "payment_type": P(["balance_due", "estimated_tax", "extension"]),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "card_cvc": RED(lambda f: f"{f.r.randint(100, 9999)}", "credit card"),
        "name_on_card": Y(lambda f: f.full_name(), "name"),
        "billing_zip": Y(lambda f: f.postcode(), "zipcode"),
        "amount": G(lambda f: f.money(25, 9000)),
    },
    0.7,
    country="us",
)
ev(
    "track",
    "estimated-payment-scheduled",
    "tax",
    ["web"],
    {
        "tax-year": P([2024, 2025]),
        "quarter": P(["Q1", "Q2", "Q3", "Q4"]),
        "payment-amount": G(lambda f: f.money(100, 12000)),
        "debit-date": G(lambda f: f.date(2024, 2025)),
        "routing-number": G(lambda f: f.aba()),
        "account-number": RED(lambda f: f.bank_account(), "bank account"),
        "spouse-first-name": Opt(Y(lambda f: f.first(), "name"), 0.5),
        "confirmation-email": Y(lambda f: f.email(), "email"),
        "e-file-status": P(["accepted", "pending", "rejected"]),
        "reminder-opt-in": P([True, False]),
    },
    country="us",
)
ev(
    "page",
    "Where's My Refund",
    "tax",
    ["web"],
    {
        "path": C("/refund-status"),
        "url": C("https://www.taxdirect.gov/refund-status"),
        "title": C("Where's My Refund? | TaxDirect"),
        "referrer": P(["", "https://www.google.com/", "https://www.taxdirect.gov/"]),
        "search": P(["", "?lang=es", "?utm_source=sms"]),
        "name": C("Where's My Refund"),
    },
    country="us",
)
ev(
    "track",
    "Self Assessment Payment Made",
    "tax",
    ["web", "java"],
    {
        "utr": RED(lambda f: f.digits(10), "national id|identification"),
        # HMRC's Self Assessment payment reference is the UTR followed by K
        "payment_reference": RED(lambda f: f.digits(10) + "K", "national id|identification", True),
        "national_insurance_number": RED(lambda f: f.nino(), "national id"),
        "amount_gbp": G(lambda f: f.money(50, 12000)),
        "sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
        "account_number": RED(lambda f: f.digits(8), "bank account"),
        "payment_on_account": P([True, False]),
        "tax_year": P(["2022-23", "2023-24"]),
    },
    country="gb",
)
ev(
    "track",
    "Tax Return Lodged",
    "tax",
    ["web", "kotlin"],
    {
        "lodgment_id": G(lambda f: f.uuid()),
        "tfn": RED(lambda f: f.tfn(), "national id"),
        "income_year": P(["2022-23", "2023-24"]),
        "taxable_income": Y(lambda f: f.r.randint(18000, 240000), "salary"),
        "private_health_cover": P([True, False]),
        "bsb": G(lambda f: f"{f.r.randint(10, 99)}{f.r.randint(0, 9)}-{f.r.randint(0, 999):03d}"),
        "account_number": RED(lambda f: f.bank_account(), "bank account"),
        "account_name": Y(lambda f: f.full_name(), "name"),
        "estimated_refund": G(lambda f: f.money(0, 6000)),
    },
    country="au",
)


# == MonDossier (Québec, French keys) ==============================================================

ev(
    "identify",
    None,
    "quebec",
    ["php", "web"],
    {
        "prenom": Y(lambda f: f.first(), "name"),
        "nom_famille": Y(lambda f: f.last(), "name"),
        "courriel": Y(lambda f: f.email(), "email"),
        "telephone": Y(lambda f: f.phone(), "phone"),
        "date_naissance": Y(lambda f: f.date(1940, 2006), "birthdate"),
        "adresse": {
            "numero_civique": Y(lambda f: str(f.r.randint(10, 9999)), "address|street"),
            "rue": Y(lambda f: f.pick(STREETS["CA"]), "street|address"),
            "appartement": Opt(Y(lambda f: str(f.r.randint(1, 24)), "address|street"), 0.4),
            "ville": Y(lambda f: f.city(), "city"),
            "province": C("QC"),
            "code_postal": Y(lambda f: f.postcode(), "zipcode"),
        },
        "langue_correspondance": P(["fr", "en"]),
        "numero_dossier": G(lambda f: f.digits(10)),
        "courriel_confirme": P([True, False]),
    },
    1.2,
)
ev(
    "track",
    "Demande Soumise",
    "quebec",
    ["php", "web"],
    {
        "numero_demande": G(lambda f: "DQ-" + f.digits(8)),
        "programme": P(
            [
                "Allocation famille",
                "Solidarité sociale",
                "Crédit d'impôt pour solidarité",
                "Allocation-logement",
            ]
        ),
        "nas": RED(lambda f: f.sin(), "national id|social security number"),
        "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
        "date_naissance": Y(lambda f: f.date(1940, 2006), "birthdate"),
        "etat_civil": P(["célibataire", "marié", "conjoint de fait", "séparé", "veuf"]),
        "revenu_familial": Y(lambda f: f.r.randint(12000, 140000), "salary"),
        "nombre_enfants": G(lambda f: f.r.randint(0, 5)),
        "conjoint": Opt(
            {
                "prenom": Y(lambda f: f.first(), "name"),
                "nom_famille": Y(lambda f: f.last(), "name"),
                "nas": RED(lambda f: f.sin(), "national id|social security number"),
            },
            0.5,
        ),
        "enfants": Opt(
            Many(
                {
                    "prenom": Y(lambda f: f.first(), "name"),
                    "date_naissance": Y(lambda f: f.date(2007, 2024), "birthdate"),
                    "garde_partagee": P([True, False]),
                },
                3,
            ),
            0.6,
        ),
        "montant_demande": G(lambda f: f.money(50, 2500)),
        "statut": P(["reçue", "en traitement", "acceptée", "refusée"]),
        "soumis_le": G(lambda f: f.iso()),
    },
    1.3,
)
ev(
    "track",
    "Dépôt Direct Inscrit",
    "quebec",
    ["php"],
    {
        "numero_dossier": G(lambda f: f.digits(10)),
        "numero_institution": P(["815", "001", "002", "003", "004", "006"]),
        "numero_transit": G(lambda f: f.digits(5)),
        "numero_compte": RED(lambda f: f.digits(7), "bank account"),
        "titulaire_compte": Y(lambda f: f.full_name(), "name"),
        "type_compte": P(["chèque", "épargne"]),
        "confirme_par_courriel": P([True, False]),
    },
)
ev(
    "track",
    "Rendez-vous Confirmé",
    "quebec",
    ["php", "web"],
    {
        "rendez_vous_id": G(lambda f: f.uuid()),
        "bureau": P(
            ["Services Québec - Montréal-Centre", "Services Québec - Laval", "Services Québec - Gatineau"]
        ),
        "date_heure": G(lambda f: f.iso()),
        "mode": P(["en personne", "téléphone", "visioconférence"]),
        "agent_nom": Y(lambda f: f.full_name(), "name"),
        "rappel_sms": P([True, False]),
        "remarque": Y(
            lambda f: f.pick(
                [
                    "Rappeler au {p} avant 16 h.",
                    "Préfère être joint au {p}.",
                    "Numéro de cellulaire mis à jour : {p}",
                ]
            ).format(p=f.phone()),
            "phone",
            True,
        ),
        "nombre_rappels": G(lambda f: f.r.randint(0, 3)),
    },
)
ev(
    "page",
    "Mes paiements",
    "quebec",
    ["web"],
    {
        "path": C("/paiements"),
        "url": C("https://mondossier.quebec.example.ca/paiements"),
        "title": C("Mes paiements | MonDossier"),
        "referrer": P(["", "https://www.quebec.ca/", "https://mondossier.quebec.example.ca/"]),
        "search": P(["", "?lang=en", "?source=courriel"]),
        "name": C("Mes paiements"),
    },
)


# == partner exports and other back offices ========================================================

ev(
    "track",
    "Referral Received",
    "benefit",
    ["ruby"],
    {
        "Referral ID": G(lambda f: "REF-" + f.digits(7)),
        "Client Name": Y(lambda f: f.full_name(), "name"),
        "Client Phone": Y(lambda f: f.phone(), "phone"),
        "Client Email": Opt(Y(lambda f: f.email(), "email"), 0.6),
        "Referring Agency": P(
            ["Central Texas Food Bank", "Catholic Charities", "Salvation Army", "Riverton Housing Authority"]
        ),
        "Referring Staff": Y(lambda f: f.full_name(), "name"),
        "Referral Reason": P(["food insecurity", "utility shutoff", "eviction notice", "job loss"]),
        "Date Referred": G(lambda f: f.date(2024, 2024)),
        "Consent On File": P([True, False]),
    },
)
ev(
    "track",
    "Login Succeeded",
    "tax",
    ["dotnet", "java", "node"],
    {
        "login_method": P(["password", "passkey", "id.me", "login.gov"]),
        "mfa_method": P(["sms", "totp", "push", "none"]),
        "mfa_phone_last4": G(lambda f: f.digits(4)),
        "new_device": P([True, False]),
        "client_ip": Y(lambda f: f.ip(), "ip"),
        "geo_country": G(lambda f: f.cc),
        "session_id": G(lambda f: f.uuid()),
        "session_token": RED(lambda f: f.jwt(), "token"),
    },
)


ev(
    "track",
    "Recreation Program Registered",
    "civic",
    CIVIC_CLIENTS,
    {
        "registration_id": G(lambda f: f.digits(8)),
        "program_name": P(
            [
                "Learn to Swim - Level 2",
                "Youth Soccer U10",
                "Summer Day Camp Week 3",
                "Senior Aqua Fit",
                "Pottery Basics",
            ]
        ),
        "activity_code": P(["AQ-2041", "SP-1180", "CMP-0303", "AQ-5510", "ART-0210"]),
        "facility": P(["Eastside Recreation Center", "Riverton Natatorium", "Oak Hill Park"]),
        "participant": {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "birth_date": Y(lambda f: f.date(2008, 2020), "birthdate"),
            "allergies": Many(
                RED(
                    lambda f: f.pick(["peanuts", "tree nuts", "bee stings", "penicillin", "latex"]), "allergy"
                ),
                2,
            ),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "Uses an inhaler for asthma before exercise",
                        "Type 1 diabetic, carries glucose tablets",
                        "EpiPen in backpack for nut allergy",
                        "ADHD, takes medication at lunch",
                        "Seizure disorder, controlled with medication",
                    ]
                ),
                "condition",
            ),
        },
        "emergency_contact": {
            "name": Y(lambda f: f.full_name(), "name"),
            "relationship": P(["mother", "father", "grandparent", "aunt", "guardian"]),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "note": Y(
            lambda f: f.pick(
                [
                    "Pick-up authorized: {n}",
                    "{n} will drop off on Tuesdays",
                    "Please call {n} if late pickup",
                ]
            ).format(n=f.full_name()),
            "name",
            True,
        ),
        "fee": P([45.0, 60.0, 120.0, 185.0]),
        "fee_assistance_applied": P([True, False]),
        "waiver_signed": P([True, False]),
    },
)
ev(
    "track",
    "Blue Badge Application Submitted",
    "civic",
    ["web", "kotlin", "swift"],
    {
        "application_ref": G(lambda f: "BB" + f.digits(8)),
        "applicant_name": Y(lambda f: f.full_name(), "name"),
        "date_of_birth": Y(lambda f: f.dob(1935, 2010), "birthdate"),
        "national_insurance_number": RED(lambda f: f.nino(), "national id"),
        "eligibility_reason": RED(
            lambda f: f.pick(
                [
                    "pip_mobility_8_points",
                    "registered_blind",
                    "war_pensioner_mobility",
                    "terminal_illness",
                    "hidden_disability",
                ]
            ),
            "disability",
        ),
        "photo_url": Y(
            lambda f: f"https://uploads.civicpass.example.co.uk/badge-photos/{f.hexid(20)}.jpg", "photo"
        ),
        "local_authority": P(
            ["Leeds City Council", "Cardiff Council", "Norwich City Council", "Bristol City Council"]
        ),
        "badge_fee": C(10.0),
        "previous_badge_number": Opt(G(lambda f: f"{f.pick(['LS', 'CF', 'NR', 'BS'])}{f.digits(6)}"), 0.4),
    },
    country="gb",
)
ev(
    "track",
    "Address Changed",
    "tax",
    ["web", "dotnet", "java"],
    {
        "change_id": G(lambda f: f.uuid()),
        "form": C("8822"),
        "previous_address": Y(lambda f: f.full_address(), "address"),
        "new_address": {
            "line1": Y(lambda f: f.street(), "street|address"),
            "line2": Opt(Y(lambda f: f.unit(), "street|address"), 0.3),
            "city": Y(lambda f: f.city(), "city"),
            "state": G(lambda f: f.region()),
            "zip": Y(lambda f: f.postcode(), "zipcode"),
        },
        "applies_to_spouse": P([True, False]),
        "effective_date": G(lambda f: f.date(2024, 2024)),
        "address_validated": P([True, False]),
    },
    country="us",
)


# -- assembling messages ---------------------------------------------------------------------------

USER_ID = {
    "civic": lambda f: "cp_" + f.digits(7),
    "benefit": lambda f: f.uuid(),
    "tax": lambda f: "TD" + f.digits(9),
    "quebec": lambda f: f.digits(10),
}


def message(f: CivicFake, kind, name, app, country, clients, body, labels) -> dict:
    f.set_country(COUNTRY[country])
    client = f.pick(clients)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
    }
    msg["timestamp"] = f.iso()
    if client in SERVER_LIBS:
        msg["userId"] = USER_ID[app](f)
    else:
        msg["anonymousId"] = f.uuid()
        if f.r.random() < 0.75 or kind in ("identify", "alias"):
            msg["userId"] = USER_ID[app](f)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "firm_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
    if kind != "alias":
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(client_context(client, app), f, "context", labels)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    return msg


def build(seed: int, repeats: int):
    f = CivicFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, app, country, clients, body, weight in EVENTS:
        for _ in range(max(4, round(repeats * weight))):
            events.append(message(f, kind, name, app, country, clients, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=3232, repeats=22)
    write(Path(__file__).parent, "holdout32_", events, labels)
