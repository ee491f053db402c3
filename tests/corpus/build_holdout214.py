"""Writes holdout214: tests/corpus/holdout214_events.jsonl and holdout214_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its documentation or any other corpus's labels, and without running the
engine on these events. Only the corpus helpers (build.py, fake.py), build_holdout3.py (for the
format), the reference's default matcher table and Segment's spec were read.

What it covers: a childcare and nursery product ("Nestling") used in the UK, New Zealand and the
Netherlands. Child enrolment (date of birth, allergies, dietary and medical needs, SEN, NHS/NHI
numbers, authorised collectors with collection passwords), parents' and guardians' contacts,
daily diaries (meals, naps, nappies, photos), accidents and medication records, invoices, Stripe
and direct-debit payments, government funding claims (English 15/30 hours with HMRC eligibility
codes and NI numbers, NZ ECE funding returns with NSN/NHI, Dutch kinderopvangtoeslag with BSN),
staff onboarding, rotas, clock-ins and payslips, safeguarding notes, support tickets, telephony
and e-mail webhooks, ad conversions, and a small nursery shop (spec e-commerce events).
Messages are identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the
python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use others real
customers have: PascalCase from the .NET billing service and Twilio-shaped webhooks, kebab-case
from a web form builder, SCREAMING_SNAKE from a warehouse (reverse-ETL) identify sync, Dutch keys
from the Dutch backend and te reo Māori keys (with and without macrons) from the NZ kōhanga
backend. Values are generated for the three countries and many cultures: national phone formats,
UK / NZ / NL postcodes and addresses, valid-checksum ids (Luhn cards, mod-97 IBANs, 11-proof BSN,
mod-11 NHS numbers, NHI check characters, NZ IRD numbers, mod-23 UPN check letters, NZ bank
accounts passing algorithm A, well-formed NI numbers).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the user, a child, a collector, an emergency
  contact, a staff member): names (also partial display names and surname prefixes), contact
  details, the person's own address or precise location, birth dates, government ids, bank
  accounts and full card numbers, health and other special categories, credentials, IP addresses,
  advertising and ad-click ids. Colour is the reference's default for the matcher; outside the
  reference: red for secrets/tokens, card numbers, bank accounts, government ids (`national id`)
  and health system numbers (`health id`); yellow otherwise (`geolocation`, `advertising id`).
- Green: ids we issue (user, child, invoice, mandate, customer/account numbers, claim ids),
  UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, counters, enums and booleans even
  under PII-sounding keys, ages and age bands, job titles and employers, nursery names and their
  own phone / role mailbox / address / city / postcode, pets' names, product names, places that
  are not the person's (an outing's destination, a nursery-finder query), country, locale,
  language, timezone, currency, user agents, OS-issued device ids, sort codes and BICs, card
  brand / last4 / expiry, an hourly *price* a nursery charges (uurtarief).
- The product's contested-case policy is followed: insurance/member numbers yellow
  `identification`; prescription references yellow `medication`; pay and hourly wages yellow
  `salary`; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising id`;
  billing and shipping addresses yellow `address`; payment-method tokens (`pm_`), one-time codes
  and sign-in link tokens red `token`; NHS / NHI numbers red `health id`; identity document
  numbers red `passport`; right-to-work answers red `visa`; Message-IDs and UUID tokens green.
- A boolean or enum that itself reveals a special category is PII of that category (`hasSEN`,
  `daf_eligible`, SEN support level: red `disability`; `head_injury`, immunisation status,
  referred to speech therapy: yellow `condition`; iwi / hapū affiliation: yellow `ethnicity`).
- value_only is true when the key does not say what the value is (caption, body, q, input,
  value, label, text, link, details, summary, personalisation, a Twilio `From`, an SMS `to`)
  and only the value reveals it; every value of a value_only PII path carries that PII. Free
  text is labelled by what every one of its values carries; free text in which only some values
  (or none) carry PII is green.

Judgement calls (where the policy is silent, what a careful privacy owner would want):
- Government-issued identifiers of a person that are not identity documents (NI number, BSN, IRD
  number, UPN, NSN, the HMRC childcare eligibility code) are red `national id`.
- Dietary requirements of a child are yellow `allergy|religion` (they carry coeliac / dairy
  allergies and halal / kosher diets); an injury or first aid given is yellow `condition` /
  `procedure`; hashed e-mail / phone sent for ad matching keep their type (yellow).
- An enum only some of whose values touch health (absence reason `sick` among `holiday`, leave
  type `sick` among `annual`) is green: its key names no category and not every value reveals one;
  the health detail travels in separate, labelled fields (symptoms, details).
- A DBS / police-vetting certificate number and a teaching registration number are yellow
  `certificate`; a DBS check's status is green; a signature image is yellow `photo`.
- A device push token is red `token` (as in the main corpus); iOS IDFV / Android ids green.
- A baby's due date on a tour booking reveals a pregnancy: yellow `condition|birthdate`. A GP
  practice's name, a referral agency and an outing's destination are organisations and places,
  not the person's: green. A dose without the medicine ("5ml") is green; the medicine is not.
- Staff clock-in coordinates come from the staff member's own phone: yellow `geolocation`, as
  are an outing group's coordinates (the location of the children and staff on it).
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ------------------------------------------------------------------------------------

REGIONS = ["UK", "NZ", "NL"]

CHILD_FIRST = [
    "Isla", "Nikau", "Aria", "Oliver", "Amelia", "Mila", "Teuila", "Fenna", "Sem", "Ayaan",
    "Zainab", "Maya", "Rāwiri", "Kahurangi", "Sione", "Lotte", "Daan", "Noor", "Yusuf", "Olivia",
    "Harper", "Arlo", "Freya", "Wiremu", "Mere", "Saanvi", "Leilani", "Finn", "Julia", "Mohammed",
    "Esmée", "Bram", "Anaya", "Kai", "Hūhana", "Ewa", "Jiaying", "Tomasi", "Thijs", "Amara",
    "Ngaio", "Siddharth", "Zoë", "Emir", "Malia", "Oscar", "Ffion", "Tane",
]  # fmt: skip
ADULT_FIRST = [
    "Sarah", "James", "Aroha", "Tama", "Hemi", "Mereana", "Losa", "Siaosi", "Priya", "Arjun",
    "Emre", "Fatma", "Yassine", "Samira", "Joost", "Anouk", "Marloes", "Sanne", "Ruben", "Zofia",
    "Piotr", "Wei", "Mei Ling", "Chidi", "Ngozi", "Hodan", "Abdirahman", "Maria", "José", "Ji-woo",
    "Minh", "Rachel", "Tom", "Grace", "Niamh", "Ciarán", "Olumide", "Ayesha", "Bilal", "Kirsty",
    "Gareth", "Rhiannon", "Tevita", "Moana", "Rangi", "Bart", "Femke", "Dilnoza",
]  # fmt: skip
SURNAMES = [
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Ngata", "Parata", "Te Whata", "Walker",
    "Tupou", "Fa'amausili", "Leota", "Patel", "Sharma", "Khan", "Begum", "Y\u0131lmaz", "El Amrani",
    "Bakker", "de Vries", "van der Berg", "Jansen", "Visser", "Smit", "Meijer", "Nowak",
    "Kowalczyk", "Zhang", "Li", "Okafor", "Adeyemi", "Warsame", "Santos", "Reyes", "Kim", "Nguyen",
    "O'Connor", "MacDonald", "Evans", "Hughes", "Ramdin", "Kaur", "Singh", "Henare", "Tipene",
    "Wihongi", "Mahuika", "van Dijk", "Bos", "Hendriks",
]  # fmt: skip
EMAIL_DOMAINS = [
    "gmail.com", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "xtra.co.nz",
    "outlook.co.nz", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "yahoo.com", "proton.me",
]  # fmt: skip
WORK_DOMAINS = ["littleoaks.co.uk", "kowhaikids.co.nz", "kinderopvangzonnetje.nl", "nestling.app"]

STREETS = {
    "UK": ["Albert Road", "Victoria Street", "Church Lane", "Mill Lane", "Station Road",
           "Beech Grove", "Kingsway", "Oxford Road", "Hollybush Close", "Cowley Road"],
    "NZ": ["Kowhai Street", "Tui Crescent", "Ponsonby Road", "Great North Road", "Riccarton Road",
           "Cuba Street", "Rimu Street", "Pohutukawa Drive", "Manuka Road", "Totara Avenue"],
    "NL": ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Laan van Meerdervoort", "Molenweg",
           "Julianalaan", "Beatrixstraat", "Stationsweg", "Zonnebloemstraat", "Vechtstraat"],
}  # fmt: skip
TOWNS = {
    "UK": ["Leeds", "Manchester", "Bristol", "Croydon", "Brighton", "Sheffield", "Cardiff",
           "Edinburgh", "Norwich", "Reading"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Tauranga", "Dunedin", "Rotorua",
           "Whangārei", "Porirua", "Palmerston North"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Haarlem",
           "Zwolle", "Nijmegen", "Almere"],
}  # fmt: skip
SUBURBS = ["Grey Lynn", "Mt Albert", "Karori", "Sydenham", "Otara", "Papatoetoe", "Hillcrest"]
UK_AREAS = ["LS", "M", "BS", "CR", "BN", "S", "CF", "EH", "NR", "RG", "SW", "E", "N", "OX"]
SITES = [
    "Little Oaks Headingley", "Little Oaks Didsbury", "Kōwhai Kids Ponsonby", "Kōwhai Kids Karori",
    "Kinderopvang Zonnetje Utrecht", "Kinderopvang Zonnetje Haarlem", "Little Oaks Clifton",
]  # fmt: skip
ROOMS = ["Babies", "Tweenies", "Toddlers", "Pre-school", "Tui Room", "Pīwakawaka", "Kererū",
         "Rupsjes", "Vlindertjes", "Butterflies"]  # fmt: skip
LOCALES = {"UK": "en-GB", "NZ": "en-NZ", "NL": "nl-NL"}
TIMEZONES = {"UK": "Europe/London", "NZ": "Pacific/Auckland", "NL": "Europe/Amsterdam"}
CURRENCIES = {"UK": "GBP", "NZ": "NZD", "NL": "EUR"}
CARRIERS = ["EE", "Vodafone UK", "O2 - UK", "Three", "One NZ", "Spark NZ", "2degrees", "KPN",
            "Odido", "Vodafone NL"]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]


def C(value: Any):
    """A green constant."""
    return G(lambda f, v=value: v)


def P(*items: Any):
    """A green pick."""
    return G(lambda f, items=items: f.pick(list(items)))


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def ascii_(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("\u0131", "i"))
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "").replace(" ", "")


def child_first(f: Fake) -> str:
    return f.pick(CHILD_FIRST)


def adult_first(f: Fake) -> str:
    return f.pick(ADULT_FIRST)


def surname(f: Fake) -> str:
    return f.pick(SURNAMES)


def adult_name(f: Fake) -> str:
    return f"{adult_first(f)} {surname(f)}"


def child_name(f: Fake) -> str:
    return f"{child_first(f)} {surname(f)}"


def email(f: Fake, first: str | None = None, last: str | None = None) -> str:
    a = ascii_(first or adult_first(f)).lower()
    b = ascii_(last or surname(f)).lower()
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 99)}", f"{b}.{a}"]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def work_email(f: Fake) -> str:
    a, b = ascii_(adult_first(f)).lower(), ascii_(surname(f)).lower()
    return f"{f.pick([a + '.' + b, a[0] + '.' + b, a])}@{f.pick(WORK_DOMAINS)}"


def phone(f: Fake, region: str | None = None) -> str:
    region = region or f.pick(REGIONS)
    if region == "UK":
        if f.r.random() < 0.15:
            return f.pick(["0113 496 ", "020 7946 ", "0161 496 ", "0117 496 "]) + d(f, 4)
        m = "7" + str(f.r.randint(400, 999)) + d(f, 6)
        return f.pick([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"0{m}"])
    if region == "NZ":
        if f.r.random() < 0.15:
            return f.pick(["(09) 3", "04-8", "(03) 3", "07 8"]) + d(f, 2) + " " + d(f, 4)
        p = f.pick(["21", "22", "27", "20", "29"])
        a, b = d(f, 3), d(f, 4)
        return f.pick([f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"+64{p}{a}{b}", f"0{p}{a}{b}"])
    if f.r.random() < 0.15:
        return f.pick(["020-", "030-", "010-", "070-"]) + d(f, 7)
    m = str(f.r.randint(1, 6)) + d(f, 7)
    return f.pick([f"06-{m}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 6 {m}", f"+316{m}", f"06{m}"])


def phone_e164(f: Fake) -> str:
    """What telephony webhooks carry: the same numbers, always in E.164."""
    region = f.pick(REGIONS)
    digits = "".join(c for c in phone(f, region) if c.isdigit())
    code = {"UK": "44", "NZ": "64", "NL": "31"}[region]
    if digits.startswith(code):
        return "+" + digits
    return "+" + code + digits.lstrip("0")


def street(f: Fake, region: str | None = None) -> str:
    region = region or f.pick(REGIONS)
    if region == "NL":
        return f"{f.pick(STREETS['NL'])} {f.r.randint(1, 240)}{f.pick(['', '', '-B', ' hs', '-2'])}"
    prefix = f.pick(["", "", "", f"Flat {f.r.randint(1, 12)}, "])
    return f"{prefix}{f.r.randint(1, 180)} {f.pick(STREETS[region])}"


def town(f: Fake, region: str | None = None) -> str:
    return f.pick(TOWNS[region or f.pick(REGIONS)])


def postcode(f: Fake, region: str | None = None) -> str:
    region = region or f.pick(REGIONS)
    if region == "UK":
        inward = str(f.r.randint(1, 9)) + "".join(f.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{f.pick(UK_AREAS)}{f.r.randint(1, 20)} {inward}"
    if region == "NZ":
        return f"{f.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])}{d(f, 3)}".rjust(4, "0")
    letters = f.pick("ABCEGHJKLMNPRTVWXZ") + f.pick("ABCEGHJKLMNPRTVWXZ")
    return f"{f.r.randint(1000, 9999)} {letters}"


def one_line_address(f: Fake) -> str:
    region = f.pick(REGIONS)
    if region == "NL":
        return f"{street(f, 'NL')}, {postcode(f, 'NL')} {town(f, 'NL')}"
    if region == "NZ":
        return f"{street(f, 'NZ')}, {f.pick(SUBURBS)}, {town(f, 'NZ')} {postcode(f, 'NZ')}"
    return f"{street(f, 'UK')}, {town(f, 'UK')} {postcode(f, 'UK')}"


def date(f: Fake, start: int, end: int, fmt: str = "iso") -> str:
    y, m, day = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    if fmt == "uk":
        return f"{day:02d}/{m:02d}/{y}"
    if fmt == "nl":
        return f"{day:02d}-{m:02d}-{y}"
    return f"{y}-{m:02d}-{day:02d}"


def child_dob(f: Fake, fmt: str = "iso") -> str:
    return date(f, 2019, 2024, fmt)


def adult_dob(f: Fake, fmt: str = "iso") -> str:
    return date(f, 1962, 2004, fmt)


def day(f: Fake) -> str:
    return date(f, 2024, 2025)


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


def alnum(
    f: Fake, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def child_id(f: Fake) -> str:
    return "chd_" + alnum(f, 12, "0123456789abcdefghjkmnpqrstvwxyz")


def staff_id(f: Fake) -> str:
    return "stf_" + d(f, 5)


def site_id(f: Fake) -> str:
    return f"site_{f.r.randint(1, 48):03d}"


# -- ids with real check digits -----------------------------------------------------------------------


def bsn(f: Fake) -> str:
    while True:
        digits = [f.r.randint(1, 6)] + [f.r.randint(0, 9) for _ in range(7)]
        total = sum(w * x for w, x in zip(range(9, 1, -1), digits, strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, digits)) + str(last)


def nhs_number(f: Fake, spaced: bool | None = None) -> str:
    while True:
        digits = [f.pick([4, 6, 9])] + [f.r.randint(0, 9) for _ in range(8)]
        check = 11 - sum(w * x for w, x in zip(range(10, 1, -1), digits, strict=True)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        spaced = f.r.random() < 0.5 if spaced is None else spaced
        return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi(f: Fake) -> str:
    while True:
        letters = [f.pick(NHI_LETTERS) for _ in range(3)]
        digits = [f.r.randint(0, 9) for _ in range(3)]
        values = [NHI_LETTERS.index(c) + 1 for c in letters] + digits
        rem = sum(w * v for w, v in zip(range(7, 1, -1), values, strict=True)) % 11
        if rem == 0:
            continue
        check = (11 - rem) % 10
        return "".join(letters) + "".join(map(str, digits)) + str(check)


def ird(f: Fake) -> str:
    while True:
        base = f.r.randint(1_000_000, 14_999_999)
        digits = [int(c) for c in f"{base:08d}"]
        check = None
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            rem = sum(w * x for w, x in zip(weights, digits, strict=True)) % 11
            c = 0 if rem == 0 else 11 - rem
            if c != 10:
                check = c
                break
        if check is None:
            continue
        n = str(base) + str(check)
        return f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}" if f.r.random() < 0.6 else n


def nino(f: Fake, spaced: bool | None = None) -> str:
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first) + f.pick(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    num, suffix = d(f, 6), f.pick("ABCD")
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}" if spaced else f"{prefix}{num}{suffix}"


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(f: Fake) -> str:
    body = f"{f.pick([383, 352, 801, 201, 330, 886])}{f.r.randint(1000, 7999)}{f.r.randint(19, 24)}{d(f, 3)}"
    total = sum(int(c) * w for c, w in zip(body, range(2, 14), strict=True))
    return UPN_LETTERS[total % 23] + body


def nz_bank_account(f: Fake) -> str:
    while True:
        bank, branch, account = "12", f"{f.r.randint(3000, 3499)}", f"{f.r.randint(10000, 989999):07d}"
        digits = [int(c) for c in bank + branch + "0" + account + "0000"]
        weights = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]
        if sum(w * x for w, x in zip(weights, digits, strict=True)) % 11 == 0:
            return f"{bank}-{branch}-{account}-{f.pick(['00', '01', '02', '25'])}"


def iban_nl(f: Fake, spaced: bool | None = None) -> str:
    bban = f.pick(["INGB", "RABO", "ABNA", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + d(f, 10)
    numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
    raw = f"NL{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def uk_account_number(f: Fake) -> str:
    return f"{f.r.randint(1, 9)}{d(f, 7)}"


def sort_code(f: Fake) -> str:
    return f.pick(["20-45-77", "40-11-62", "30-94-57", "60-83-71", "09-01-28", "07-04-36", "23-05-80"])


def passport_number(f: Fake) -> str:
    """UK: 9 digits; NZ: two letters and 6 digits; NL: 2 letters, 6 letters/digits, 1 digit."""
    kind = f.pick(["UK", "NZ", "NL"])
    if kind == "UK":
        return f"{f.r.randint(1, 6)}{d(f, 8)}"
    if kind == "NZ":
        return f.pick(["LA", "LB", "LH", "LJ", "RA"]) + d(f, 6)
    body = alnum(f, 6, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789")
    return f.pick(["NW", "NX", "BS", "NR"]) + body + d(f, 1)


GEO_CENTRES = [
    (53.8199, -1.5767),  # Headingley, Leeds
    (53.4155, -2.2316),  # Didsbury, Manchester
    (51.4545, -2.6220),  # Clifton, Bristol
    (-36.8605, 174.7446),  # Ponsonby, Auckland
    (-41.2805, 174.7440),  # Karori, Wellington
    (52.0907, 5.1214),  # Utrecht
    (52.3874, 4.6462),  # Haarlem
]


def lat(f: Fake) -> float:
    """Latitude near one of the sites; the paired longitude (rendered next) reads the same centre."""
    f.geo_centre = f.pick(GEO_CENTRES)  # type: ignore[attr-defined]
    return round(f.geo_centre[0] + f.r.uniform(-0.03, 0.03), 6)  # type: ignore[attr-defined]


def lng(f: Fake) -> float:
    centre = getattr(f, "geo_centre", GEO_CENTRES[0])
    return round(centre[1] + f.r.uniform(-0.04, 0.04), 6)


def plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f.pick(
        [
            f"{f.pick(L)}{f.pick(L)}{f.r.randint(10, 74)} {''.join(f.pick(L) for _ in range(3))}",
            f"{''.join(f.pick(L) for _ in range(3))}{f.r.randint(100, 999)}",
            f"{f.r.randint(1, 99)}-{''.join(f.pick(L) for _ in range(3))}-{f.r.randint(1, 9)}",
        ]
    )


def eligibility_code(f: Fake) -> str:
    return "500" + d(f, 8)


def nsn(f: Fake) -> str:
    return str(f.r.randint(100_000_000, 159_999_999))


def stripe(f: Fake, prefix: str) -> str:
    return prefix + "_1" + alnum(f, 23)


def photo_url(f: Fake) -> str:
    host = f.pick(["https://media.nestling.app/p/", "https://nestling-photos.s3.eu-west-2.amazonaws.com/"])
    return f"{host}{f.uuid()}.jpg"


def sha256(f: Fake) -> str:
    return f.hexid(64)


# -- contexts of the client libraries -------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Nestling | Childcare made simple"),
    ("/enrol", "Enrol your child | Nestling"),
    ("/account/invoices", "Invoices | Nestling"),
    ("/diary", "Daily diary | Nestling"),
    ("/tours/book", "Book a tour | Nestling"),
    ("/shop/name-labels", "Name labels | Nestling Shop"),
    ("/admin/children", "Children | Nestling Admin"),
    ("/admin/rota", "Rota | Nestling Admin"),
]


def web_ctx(f: Fake) -> dict:
    rg = f.pick(REGIONS)
    path, title = f.pick(WEB_PAGES)
    host = {
        "UK": "https://app.nestling.co.uk",
        "NZ": "https://app.nestling.nz",
        "NL": "https://app.nestling.nl",
    }[rg]
    ctx: dict[str, Any] = {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.66.0", "next-1.70.0", "next-1.72.1")},
        "page": {
            "path": C(path),
            "referrer": P(
                "", "https://www.google.com/", "https://www.google.co.nz/", "https://l.facebook.com/"
            ),
            "search": P("", "", "?utm_source=newsletter&utm_medium=email", "?ref=app"),
            "title": C(title),
            "url": C(host + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": C(LOCALES[rg]),
        "timezone": C(TIMEZONES[rg]),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "99", "8")}, 3
            ),
            "mobile": P(False, True),
            "platform": P("macOS", "Windows", "Android"),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": P("spring_enrolment", "open_day_2025", "30_hours_explainer", "matariki_promo"),
            "source": P("google", "facebook", "newsletter", "instagram"),
            "medium": P("cpc", "email", "social"),
            "term": P(
                "nursery near me", "daycare auckland", "kinderopvang utrecht", "30 hours free childcare"
            ),
            "content": P("hero_cta", "textlink", "carousel_2"),
        }
    return ctx


def swift_ctx(f: Fake) -> dict:
    rg = f.pick(REGIONS)
    ctx: dict[str, Any] = {
        "app": {
            "name": C("Nestling"),
            "version": P("4.12.0", "4.13.2", "4.14.0"),
            "build": P("4120", "4132", "4140"),
            "namespace": C("app.nestling.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "adTrackingEnabled": P(False, False, True),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.1")},
        "locale": C(LOCALES[rg]),
        "timezone": C(TIMEZONES[rg]),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430, 820), "height": P(844, 852, 932, 1180)},
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid().upper()), "userId": G(lambda f: "usr_" + d(f, 7))},
    }
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.5:
        ctx["traits"]["email"] = Y(email, "email")
        ctx["traits"]["firstName"] = Y(adult_first, "name")
    return ctx


def kotlin_ctx(f: Fake, staff: bool = False) -> dict:
    rg = f.pick(REGIONS)
    ctx: dict[str, Any] = {
        "app": {
            "name": C("Nestling Staff" if staff else "Nestling"),
            "version": P("3.4.0", "3.5.1") if staff else P("4.12.0", "4.13.1"),
            "build": P("340", "351") if staff else P("41200", "41310"),
            "namespace": C("app.nestling.staff" if staff else "app.nestling.parents"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": P("samsung", "Google", "Lenovo") if staff else P("samsung", "Google", "OnePlus"),
            "model": P("SM-X200", "Pixel Tablet", "TB-X606F")
            if staff
            else P("SM-A546B", "Pixel 8", "CPH2581"),
            "name": P("gta8wifi", "tangorpro", "X606F") if staff else P("a54x", "shiba", "OP5958L1"),
            "type": C("android"),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.16.3", "1.17.0")},
        "locale": C(LOCALES[rg]),
        "timezone": C(TIMEZONES[rg]),
        "network": {"wifi": P(True, False), "cellular": P(False, True), "bluetooth": C(False)},
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {
            "density": P(2.625, 3.0, 1.5),
            "width": P(1080, 1200, 1920),
            "height": P(2340, 2000, 1200),
        },
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if not staff:
        ctx["network"]["carrier"] = G(lambda f: f.pick(CARRIERS))
        if f.r.random() < 0.6:
            ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
            ctx["device"]["adTrackingEnabled"] = C(True)
    return ctx


def rn_ctx(f: Fake) -> dict:
    rg = f.pick(REGIONS)
    ios = f.r.random() < 0.55
    ctx: dict[str, Any] = {
        "app": {
            "name": C("Nestling"),
            "version": P("4.13.0", "4.14.0"),
            "build": P("413", "414"),
            "namespace": C("app.nestling.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()) if ios else G(lambda f: f.hexid(16)),
            "manufacturer": C("Apple") if ios else P("samsung", "Xiaomi", "Google"),
            "model": P("iPhone13,2", "iPhone15,4") if ios else P("SM-G991B", "2201117TY", "Pixel 7"),
            "name": P("iPhone") if ios else P("o1s", "spes", "panther"),
            "type": C("ios" if ios else "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.3")},
        "locale": C(LOCALES[rg]),
        "timezone": C(TIMEZONES[rg]),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {
            "name": C("iOS" if ios else "Android"),
            "version": P("17.5", "17.3") if ios else P("14", "13"),
        },
        "screen": {"width": P(390, 412), "height": P(844, 915), "density": P(3, 2.625)},
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if f.r.random() < 0.5:
        ctx["traits"]["email"] = Y(email, "email")
        ctx["traits"]["firstName"] = Y(adult_first, "name")
        ctx["traits"]["lastName"] = Y(surname, "name")
    return ctx


def flutter_ctx(f: Fake, staff: bool = True) -> dict:
    rg = f.pick(REGIONS)
    return {
        "app": {
            "name": C("Nestling Staff" if staff else "Nestling"),
            "version": P("3.4.0", "3.5.1") if staff else P("4.13.0", "4.14.0"),
            "build": P("340", "351") if staff else P("413", "414"),
            "namespace": C("app.nestling.staff" if staff else "app.nestling.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Lenovo"),
            "model": P("iPad12,1", "SM-X200", "TB-X606F", "iPhone14,7"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.5", "1.1.7")},
        "locale": C(LOCALES[rg]),
        "timezone": C(TIMEZONES[rg]),
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14", "16.7")},
        "screen": {"width": P(810, 1200, 390), "height": P(1080, 1920, 844)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_ctx(f: Fake, lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
    if lib in ("python", "node", "php") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if lib in ("node", "ruby") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(email, "email"), "firstName": Y(adult_first, "name")}
    if lib == "node" and f.r.random() < 0.3:
        ctx["groupId"] = G(site_id)
    if lib in ("python", "node", "go"):
        ctx["locale"] = P("en-GB", "en-NZ", "nl-NL")
    return ctx


def context_for(f: Fake, client: str) -> dict:
    if client == "web":
        return web_ctx(f)
    if client == "swift":
        return swift_ctx(f)
    if client == "kotlin":
        return kotlin_ctx(f)
    if client == "kotlin_staff":
        return kotlin_ctx(f, staff=True)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f, staff=False)
    if client == "flutter_staff":
        return flutter_ctx(f, staff=True)
    return server_ctx(f, client)


# -- shared shapes --------------------------------------------------------------------------------------

ALLERGIES = ["peanuts", "tree nuts", "cow's milk protein", "egg", "sesame", "kiwifruit", "shellfish",
             "penicillin", "none known"]  # fmt: skip
CONDITIONS = ["asthma", "eczema", "epilepsy", "type 1 diabetes", "sickle cell disease",
              "febrile convulsions", "cystic fibrosis", "none"]  # fmt: skip
MEDICINES = ["Salbutamol inhaler", "EpiPen Jr 0.15mg", "Calpol (paracetamol)", "Piriton",
             "Hydrocortisone 1% cream", "Amoxicillin 125mg/5ml", "Nurofen for Children"]  # fmt: skip


def caption(f: Fake) -> str:
    n1, n2 = child_first(f), child_first(f)
    return f.pick(
        [
            f"{n1} loved the sandpit today!",
            f"{n1} and {n2} building a tower together",
            f"Look at {n1}'s amazing painting 🎨",
            f"{n1} found a worm in the garden",
            f"Messy play with {n1}, {n2} and friends",
            f"{n1} tried kūmara for the first time",
            f"{n1} heeft vandaag met klei gespeeld",
        ]
    )


def push_body(f: Fake) -> str:
    n = child_first(f)
    return f.pick(
        [
            f"{n}'s daily diary is ready 📒",
            f"New photos of {n} from today",
            f"{n} has been signed out by {adult_first(f)}",
            f"Reminder: {n}'s invoice is due on Friday",
            f"{n} had a great nap (1h 40m)",
            f"Er zijn nieuwe foto's van {n}",
        ]
    )


def safeguarding_summary(f: Fake) -> str:
    c, a = child_first(f), adult_first(f)
    return f.pick(
        [
            f"{c} arrived with a bruise on the left upper arm; mum ({a}) said it happened at soft play.",
            f"{c} said '{a} shouts at me at night'. Recorded verbatim, DSL informed.",
            f"{c} collected late for the 4th time this month by {a}, smelled of alcohol.",
            f"{c} has been very withdrawn since Tuesday. Spoke with {a} at pickup.",
            f"Unknown adult asked at the gate whether {c} was in today. {a} (key person) did not disclose.",
        ]
    )


def absence_details(f: Fake) -> str:
    return f.pick(
        [
            "Vomiting overnight, will keep home 48 hours",
            "Ear infection, started antibiotics yesterday",
            "Chickenpox, staying home until the spots crust over",
            "Hand, foot and mouth - GP confirmed",
            "High temperature (39.2) and rash",
            "Conjunctivitis, drops from the pharmacy",
            "Koorts en diarree sinds vannacht",
        ]
    )


def collection_note(f: Fake) -> str:
    rg = f.pick(REGIONS)
    return f.pick(
        [
            f"Nana will collect today, her number is {phone(f, rg)}",
            f"Dad stuck at work, call him on {phone(f, rg)} if any problems",
            f"Aunty picking up at 5. Mobile {phone(f, rg)}",
            f"Oma haalt vandaag op, bel {phone(f, 'NL')}",
        ]
    )


# -- events -----------------------------------------------------------------------------------------------

IDENTIFY_PARENT_APP = {
    "firstName": Y(adult_first, "name"),
    "lastName": Y(surname, "name"),
    "email": Y(email, "email"),
    "phone": Y(phone, "phone"),
    "birthday": Y(lambda f: adult_dob(f), "birthdate"),
    "address": {
        "street": Y(street, "address|street"),
        "city": Y(town, "city"),
        "postalCode": Y(postcode, "zipcode"),
        "country": P("GB", "NZ", "NL"),
    },
    "createdAt": G(lambda f: f.iso()),
    "plan": P("full_time", "part_time", "funded_only", "ad_hoc"),
    "childrenCount": G(lambda f: f.r.randint(1, 4)),
    "preferredSite": G(lambda f: f.pick(SITES)),
    "marketingOptIn": P(True, False),
    "emailVerified": P(True, False),
    "phoneVerified": P(True, False),
    "accountRole": P("primary_carer", "second_carer", "guardian"),
    "language": P("en", "nl", "mi"),
    "employer": P("NHS Leeds", "Fonterra", "Rabobank", "Self-employed", "Auckland Council", "ASML"),
    "jobTitle": P("Nurse", "Software Engineer", "Teacher", "Accountant", "Barista", "Project Manager"),
}

EVENTS: list[tuple[str, str | None, str, Any, int]] = [
    # -- identify ------------------------------------------------------------------------------------
    ("identify", None, "web", IDENTIFY_PARENT_APP, 1),
    ("identify", None, "swift", IDENTIFY_PARENT_APP, 1),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(adult_first, "name"),
            "LastName": Y(surname, "name"),
            "Email": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "Postcode": Y(postcode, "zipcode"),
            "AccountNumber": G(lambda f: "AC" + d(f, 6)),
            "Balance": G(lambda f: money(f, -50, 1800)),
            "DirectDebitActive": P(True, False),
            "InvoiceFrequency": P("Monthly", "Termly", "Weekly"),
            "CreatedUtc": G(lambda f: f.iso()),
            "SiteCode": P("LOH", "LOD", "KKP", "KZU"),
        },
        1,
    ),
    (
        "identify",
        None,
        "python",
        {
            "PARENT_FIRST_NAME": Y(adult_first, "name"),
            "PARENT_LAST_NAME": Y(surname, "name"),
            "PARENT_EMAIL": Y(email, "email"),
            "PRIMARY_PHONE": Y(phone, "phone"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "YOUNGEST_CHILD_DOB": Y(lambda f: child_dob(f), "birthdate"),
            "SEN_FLAG": RED(lambda f: f.pick([True, False, False]), "disability"),
            "CHILDREN_ENROLLED": G(lambda f: f.r.randint(1, 3)),
            "LIFETIME_FEES": G(lambda f: money(f, 200, 48000)),
            "ACCOUNT_STATUS": P("ACTIVE", "WAITLIST", "LEAVER", "SUSPENDED"),
            "LAST_INVOICE_AT": G(lambda f: f.iso()),
            "SITE_NAME": G(lambda f: f.pick(SITES)),
            "HAS_OVERDUE_BALANCE": P(True, False),
            "FUNDING_TYPE": P("15_HOURS", "30_HOURS", "20_HOURS_ECE", "KOT", "NONE"),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "identify",
        None,
        "java",
        {
            "voornaam": Y(adult_first, "name"),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter"]), "name"),
            "achternaam": Y(
                lambda f: f.pick(["Berg", "Vries", "Dijk", "Bakker", "Jansen", "Y\u0131lmaz", "Ramdin"]),
                "name",
            ),
            "emailadres": Y(email, "email"),
            "telefoonnummer": Y(lambda f: phone(f, "NL"), "phone"),
            "straat": Y(lambda f: f.pick(STREETS["NL"]), "street|address"),
            "huisnummer": Y(
                lambda f: f"{f.r.randint(1, 240)}{f.pick(['', 'A', '-2', ' bis'])}", "address|street"
            ),
            "postcode": Y(lambda f: postcode(f, "NL"), "zipcode"),
            "woonplaats": Y(lambda f: town(f, "NL"), "city"),
            "geboortedatum": Y(lambda f: adult_dob(f, "nl"), "birthdate"),
            "klantnummer": G(lambda f: "K" + d(f, 7)),
            "aantal_kinderen": G(lambda f: f.r.randint(1, 4)),
            "toeslag_aangevraagd": P(True, False),
            "locatie": P("Zonnetje Utrecht", "Zonnetje Haarlem", "Zonnetje Zwolle"),
            "voorkeurstaal": P("nl", "en"),
        },
        1,
    ),
    (
        "identify",
        None,
        "kotlin_staff",
        {
            "first_name": Y(adult_first, "name"),
            "last_name": Y(surname, "name"),
            "work_email": Y(work_email, "email"),
            "role": P(
                "Room Leader", "Nursery Practitioner", "Kaiako", "Pedagogisch medewerker", "Manager", "Cook"
            ),
            "site_id": G(site_id),
            "qualification_level": P("Level 2", "Level 3", "EYT", "QTS", "Diploma ECE", "MBO-4 PW"),
            "employee_number": G(lambda f: "E" + d(f, 5)),
            "dbs_expiry": G(day),
            "paediatric_first_aid_expiry": G(day),
            "key_children_count": G(lambda f: f.r.randint(0, 12)),
            "is_dsl": P(True, False, False),
        },
        1,
    ),
    (
        "identify",
        None,
        "go",
        {
            "ingoa": Y(adult_first, "name"),
            "ingoa_whanau": Y(
                lambda f: f.pick(["Ngata", "Parata", "Te Whata", "Henare", "Tipene", "Wihongi"]), "name"
            ),
            "imera": Y(email, "email"),
            "waea_pukoro": Y(lambda f: phone(f, "NZ"), "phone"),
            "wahi_noho": Y(lambda f: f"{street(f, 'NZ')}, {f.pick(SUBURBS)}", "address"),
            "iwi": Y(
                lambda f: f.pick(["Ngāti Porou", "Ngāpuhi", "Tainui", "Ngāi Tahu", "Te Arawa", "Tūhoe"]),
                "ethnicity",
            ),
            "hapū": Y(
                lambda f: f.pick(["Ngāti Hine", "Te Aitanga-a-Hauiti", "Ngāti Whātua Ōrākei"]), "ethnicity"
            ),
            "kohanga_id": G(lambda f: f"KR{f.r.randint(100, 480)}"),
            "reo": P("te reo Māori", "English", "reo rua"),
            "tūranga": P("mātua", "kaiako", "kaumātua", "kaiāwhina"),
            "tamariki_count": G(lambda f: f.r.randint(1, 5)),
            "created_at": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- group / alias / page / screen -----------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(SITES)),
            "industry": C("Childcare"),
            "employees": G(lambda f: f.r.randint(8, 60)),
            "plan": P("Nestling Pro", "Nestling Group", "Nestling Starter"),
            "website": P(
                "https://littleoaks.co.uk", "https://kowhaikids.co.nz", "https://kinderopvangzonnetje.nl"
            ),
            "createdAt": G(lambda f: f.iso()),
            "city": G(lambda f: town(f)),
            "main_phone": P("0113 496 0750", "+64 9 376 0420", "030-2345670", "0161 496 0044"),
            "support_email": P(
                "office@littleoaks.co.uk", "kiaora@kowhaikids.co.nz", "info@kinderopvangzonnetje.nl"
            ),
            "ofsted_urn": G(lambda f: "EY" + d(f, 6)),
            "lrk_nummer": G(lambda f: d(f, 9)),
            "capacity": G(lambda f: f.r.randint(24, 120)),
            "rooms": G(lambda f: f.r.randint(2, 6)),
        },
        1,
    ),
    ("alias", None, "swift", None, 1),
    ("alias", None, "web", None, 1),
    (
        "page",
        "Fees",
        "web",
        {
            "path": P("/fees", "/fees/funded-hours", "/tarieven"),
            "url": P(
                "https://nestling.co.uk/fees",
                "https://nestling.nz/fees/funded-hours",
                "https://nestling.nl/tarieven",
            ),
            "title": P("Fees | Nestling", "20 Hours ECE | Nestling", "Tarieven | Nestling"),
            "referrer": P("", "https://www.google.com/", "https://www.bing.com/"),
            "search": P("", "?site=leeds", "?locatie=utrecht"),
            "name": C("Fees"),
            "category": C("Marketing"),
        },
        1,
    ),
    (
        "screen",
        "Child Profile",
        "swift",
        {
            "child_id": G(child_id),
            "tab": P("diary", "photos", "medical", "contacts", "invoices"),
            "unread_count": G(lambda f: f.r.randint(0, 14)),
        },
        1,
    ),
    (
        "screen",
        "Diary",
        "kotlin",
        {"child_id": G(child_id), "tab": P("today", "week"), "unread_count": G(lambda f: f.r.randint(0, 9))},
        1,
    ),
    # -- enrolment ---------------------------------------------------------------------------------------
    (
        "track",
        "Enrolment Submitted",
        "web",
        {
            "enrolmentId": G(lambda f: f.uuid()),
            "siteId": G(site_id),
            "roomName": G(lambda f: f.pick(ROOMS)),
            "startDate": G(day),
            "sessionsPerWeek": G(lambda f: f.r.randint(1, 5)),
            "fundingType": P("15 hours", "30 hours", "20 Hours ECE", "kinderopvangtoeslag", "none"),
            "howDidYouHear": P("Google", "Friend", "Facebook", "Walked past", "Sibling attends"),
            "child": {
                "firstName": Y(child_first, "name"),
                "lastName": Y(surname, "name"),
                "preferredName": Y(child_first, "name"),
                "dateOfBirth": Y(lambda f: child_dob(f), "birthdate"),
                "gender": Y(lambda f: f.pick(["female", "male", "prefer not to say"]), "gender"),
                "ageMonths": G(lambda f: f.r.randint(3, 58)),
                "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
                "dietaryRequirements": Many(
                    Y(
                        lambda f: f.pick(
                            ["vegetarian", "halal", "kosher", "dairy-free", "coeliac", "no pork"]
                        ),
                        "allergy|religion",
                    ),
                    2,
                ),
                "medicalConditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
                "medication": Y(lambda f: f.pick([*MEDICINES, "none"]), "medication"),
                "hasSEN": RED(lambda f: f.pick([True, False, False]), "disability"),
                "senSupportLevel": RED(
                    lambda f: f.pick(["none", "SEN support", "EHCP", "EHCP in assessment"]), "disability"
                ),
                "nhsNumber": RED(lambda f: nhs_number(f), "health id"),
                "gpPractice": P(
                    "Hyde Park Surgery", "Ponsonby Medical Centre", "Huisartsenpraktijk De Linde"
                ),
                "ethnicity": Y(
                    lambda f: f.pick(
                        ["White British", "Pakistani", "Black African", "Māori", "Samoan", "Mixed", "Chinese"]
                    ),
                    "ethnicity",
                ),
                "religion": Y(
                    lambda f: f.pick(["Christian", "Muslim", "Hindu", "Sikh", "Jewish", "No religion"]),
                    "religion",
                ),
                "homeLanguage": P("English", "Urdu", "Polish", "te reo Māori", "Dutch", "Arabic"),
                "siblingCount": G(lambda f: f.r.randint(0, 3)),
                "photoConsent": P(True, False),
            },
            "parents": Many(
                {
                    "firstName": Y(adult_first, "name"),
                    "lastName": Y(surname, "name"),
                    "relationship": P("mother", "father", "step-parent", "grandparent", "foster carer"),
                    "email": Y(email, "email"),
                    "mobile": Y(phone, "phone"),
                    "workPhone": Y(phone, "phone"),
                    "employer": P(
                        "NHS Leeds", "Fonterra", "Rabobank", "Self-employed", "University of Otago"
                    ),
                    "hasParentalResponsibility": P(True, False),
                },
                2,
            ),
            "homeAddress": {
                "line1": Y(street, "address|street"),
                "town": Y(town, "city"),
                "postcode": Y(postcode, "zipcode"),
                "country": P("United Kingdom", "New Zealand", "Netherlands"),
            },
            "consentPhotos": P(True, False),
            "emailOptIn": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Authorised Collector Added",
        "swift",
        {
            "collectorId": G(lambda f: f.uuid()),
            "childId": G(child_id),
            "collectorName": Y(adult_name, "name"),
            "relationship": P("grandmother", "grandfather", "aunt", "neighbour", "nanny", "family friend"),
            "collectorPhone": Y(phone, "phone"),
            "collectionPassword": RED(
                lambda f: f.pick(["Pukeko", "bluebird", "Strawberry22", "tijger", "rainbow", "Kererū7"]),
                "password",
            ),
            "collectorPhotoUrl": Y(photo_url, "photo"),
            "isEmergencyContact": P(True, False),
            "validFrom": G(day),
            "idChecked": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Emergency Contacts Updated",
        "flutter",
        {
            "child_id": G(child_id),
            "contacts": Many(
                {
                    "name": Y(adult_name, "name"),
                    "relationship": P("grandparent", "aunt", "uncle", "neighbour", "family friend"),
                    "phone": Y(phone, "phone"),
                    "is_primary": P(True, False),
                    "priority": G(lambda f: f.r.randint(1, 4)),
                },
                3,
            ),
            "contacts_count": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Child Collected",
        "flutter_staff",
        {
            "child_id": G(child_id),
            "collected_by_name": Y(adult_name, "name"),
            "collected_by_relationship": P("mother", "father", "grandparent", "nanny", "aunt"),
            "password_verified": P(True, False),
            "collected_at": G(lambda f: f.iso()),
            "late_minutes": G(lambda f: f.pick([0, 0, 0, 5, 12, 25])),
            "signature_url": Y(lambda f: f"https://media.nestling.app/sig/{f.uuid()}.png", "photo"),
            "room_id": G(lambda f: f.r.randint(1, 400)),
        },
        1,
    ),
    (
        "track",
        "Child Checked In",
        "kotlin_staff",
        {
            "child_id": G(child_id),
            "checked_in_by_name": Y(adult_name, "name"),
            "method": P("qr", "pin", "staff"),
            "checked_in_at": G(lambda f: f.iso()),
            "late_drop_off": P(True, False),
            "room_id": G(lambda f: f.r.randint(1, 400)),
        },
        1,
    ),
    # -- daily diary -------------------------------------------------------------------------------------
    (
        "track",
        "Meal Logged",
        "flutter_staff",
        {
            "child_id": G(child_id),
            "meal_type": P("breakfast", "lunch", "tea", "snack"),
            "amount_eaten": P("all", "most", "some", "none"),
            "menu_item": P(
                "Shepherd's pie",
                "Stamppot boerenkool",
                "Kūmara and lentil soup",
                "Fish fingers",
                "Pasta bake",
            ),
            "drink_ml": G(lambda f: f.pick([50, 100, 150, 200])),
            "logged_by_staff_id": G(staff_id),
            "room_id": G(lambda f: f.r.randint(1, 400)),
            "logged_at": G(lambda f: f.epoch_ms()),
        },
        1,
    ),
    (
        "track",
        "Nap Logged",
        "flutter_staff",
        {
            "child_id": G(child_id),
            "nap_start": G(lambda f: f.iso()),
            "nap_end": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.r.randint(10, 150)),
            "sleep_position": P("back", "side"),
            "checks_count": G(lambda f: f.r.randint(2, 15)),
            "logged_by_staff_id": G(staff_id),
        },
        1,
    ),
    (
        "track",
        "Nappy Changed",
        "flutter_staff",
        {
            "child_id": G(child_id),
            "nappy_type": P("wet", "soiled", "dry", "wet and soiled"),
            "cream_applied": P(True, False),
            "changed_by": G(staff_id),
            "changed_at": G(lambda f: f.iso()),
            "note": P("", "All fine", "Slightly loose", "Told mum at pickup", "Used spare nappies"),
        },
        1,
    ),
    (
        "track",
        "Photo Shared",
        "flutter_staff",
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(photo_url, "photo"),
            "thumbnail_url": Y(photo_url, "photo"),
            "children_tagged": Many(G(child_id), 4),
            "caption": Y(caption, "name", True),
            "width": P(1080, 1440, 3024),
            "height": P(1080, 1920, 4032),
            "exif_stripped": C(True),
            "sha1": G(lambda f: f.hexid(40)),
            "shared_with_parents_count": G(lambda f: f.r.randint(1, 8)),
        },
        1,
    ),
    (
        "track",
        "Diary Entry Published",
        "kotlin_staff",
        {
            "entry_id": G(lambda f: f.uuid()),
            "child_id": G(child_id),
            "activities": Many(P("messy play", "story time", "garden", "music", "baking", "waiata"), 3),
            "mood": P("happy", "tired", "unsettled", "content"),
            "note": P(
                "",
                "All fine",
                "Lovely day, lots of painting",
                "Ask about spare clothes please",
                "Slept well after lunch",
            ),
            "published_at": G(lambda f: f.iso()),
            "word_count": G(lambda f: f.r.randint(5, 120)),
        },
        1,
    ),
    (
        "track",
        "Two Year Check Completed",
        "kotlin_staff",
        {
            "child_id": G(child_id),
            "age_months": G(lambda f: f.r.randint(24, 36)),
            "areas_of_concern": Many(
                Y(
                    lambda f: f.pick(
                        ["speech delay", "gross motor delay", "social communication", "feeding difficulties"]
                    ),
                    "condition",
                ),
                2,
            ),
            "referred_to_speech_therapy": Y(lambda f: f.pick([True, False]), "condition"),
            "shared_with_health_visitor": P(True, False),
            "practitioner_id": G(staff_id),
            "completed_at": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- health and incidents ----------------------------------------------------------------------------
    (
        "track",
        "Medication Administered",
        "kotlin_staff",
        {
            "child_id": G(child_id),
            "medicine_name": Y(lambda f: f.pick(MEDICINES), "medication"),
            "dose": P("2.5ml", "5ml", "1 puff", "2 puffs", "thin layer"),
            "reason_given": Y(
                lambda f: f.pick(["teething", "fever", "eczema flare", "wheeze", "hay fever"]), "condition"
            ),
            "prescription_ref": Y(lambda f: f.pick(["RX", "Rx-", "EPS"]) + d(f, 8), "medication"),
            "administered_by": G(staff_id),
            "witnessed_by_name": Y(adult_name, "name"),
            "parent_consent": P(True, False),
            "given_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Accident Recorded",
        "kotlin_staff",
        {
            "incident_id": G(lambda f: "INC-" + d(f, 6)),
            "child_id": G(child_id),
            "injury": Y(
                lambda f: f.pick(
                    ["graze to left knee", "bumped forehead", "bitten on arm", "pinched finger"]
                ),
                "condition",
            ),
            "first_aid_given": Y(
                lambda f: f.pick(["cold compress", "plaster applied", "wound cleaned", "ice pack"]),
                "procedure",
            ),
            "head_injury": Y(lambda f: f.pick([True, False]), "condition"),
            "location_in_setting": P("garden", "toddler room", "bathroom", "stairs"),
            "witnessed_by_name": Y(adult_name, "name"),
            "parent_notified_at": G(lambda f: f.iso()),
            "parent_signature_url": Y(lambda f: f"https://media.nestling.app/sig/{f.uuid()}.png", "photo"),
            "riddor_reportable": P(False, False, True),
        },
        1,
    ),
    (
        "track",
        "Absence Reported",
        "rn",
        {
            "child_id": G(child_id),
            "absence_date": G(day),
            "reason": P("sick", "holiday", "appointment", "family reasons", "other"),
            "symptoms": Many(
                Y(lambda f: f.pick(["fever", "vomiting", "diarrhoea", "rash", "cough"]), "condition"), 2
            ),
            "details": Y(absence_details, "condition", True),
            "expected_return": G(day),
            "days": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Immunisation Record Updated",
        "go",
        {
            "child_id": G(child_id),
            "immunisation_status": Y(
                lambda f: f.pick(["fully immunised", "partially immunised", "not immunised", "declined"]),
                "condition",
            ),
            "certificate_sighted": P(True, False),
            "nhi_number": RED(nhi, "health id"),
            "updated_by": G(staff_id),
            "updated_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Safeguarding Concern Logged",
        "python",
        {
            "concern_id": G(lambda f: f.uuid()),
            "child_id": G(child_id),
            "raised_by_staff_id": G(staff_id),
            "subject_name": Y(child_name, "name"),
            "summary": Y(safeguarding_summary, "name", True),
            "severity": P(1, 2, 3),
            "dsl_notified": P(True, False),
            "referral_agency": P("Children's Social Care", "Oranga Tamariki", "Veilig Thuis", "none"),
            "body_map_attached": P(True, False),
            "logged_at": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- billing -------------------------------------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        "dotnet",
        {
            "InvoiceId": G(lambda f: f.uuid()),
            "InvoiceNumber": G(lambda f: f"INV-2025-{f.r.randint(1, 9999):05d}"),
            "ParentAccountId": G(lambda f: "AC" + d(f, 6)),
            "BillToName": Y(adult_name, "name"),
            "BillToEmail": Y(email, "email"),
            "BillingAddress": {
                "Line1": Y(street, "address"),
                "City": Y(town, "city|address"),
                "Postcode": Y(postcode, "zipcode|address"),
                "Country": P("GB", "NZ", "NL"),
            },
            "AmountDue": G(lambda f: money(f, 80, 2400)),
            "Currency": P("GBP", "NZD", "EUR"),
            "FundedHoursDeduction": G(lambda f: money(f, 0, 900)),
            "PeriodStart": G(day),
            "PeriodEnd": G(day),
            "DueDate": G(day),
            "Lines": Many(
                {
                    "Description": P(
                        "Full day session",
                        "Half day (AM)",
                        "Late collection fee",
                        "Nappies & wipes",
                        "Consumables",
                    ),
                    "Quantity": G(lambda f: f.r.randint(1, 22)),
                    "UnitPrice": G(lambda f: money(f, 5, 95)),
                    "ChildFirstName": Y(child_first, "name"),
                },
                4,
            ),
        },
        1,
    ),
    (
        "track",
        "Invoice Viewed",
        "rn",
        {
            "invoice_number": G(lambda f: f"INV-2025-{f.r.randint(1, 9999):05d}"),
            "amount_due": G(lambda f: money(f, 80, 2400)),
            "currency": P("GBP", "NZD", "EUR"),
            "overdue": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Payment Received",
        "node",
        {
            "payment_intent_id": G(lambda f: stripe(f, "pi")),
            "payment_method_id": RED(lambda f: stripe(f, "pm"), "token"),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "amount": G(lambda f: f.r.randint(4000, 240000)),
            "currency": P("gbp", "nzd", "eur"),
            "card_brand": P("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(adult_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address"),
                    "city": Y(town, "city|address"),
                    "postal_code": Y(postcode, "zipcode|address"),
                    "country": P("GB", "NZ", "NL"),
                },
            },
            "statement_descriptor": P("LITTLE OAKS NURSERY", "KOWHAI KIDS", "KO ZONNETJE"),
            "livemode": C(True),
        },
        1,
    ),
    (
        "track",
        "Card Details Entered",
        "web",
        {
            "form": C("update_payment_method"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(adult_name, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "save_card": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "ruby",
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")),
            "scheme": P("bacs", "sepa_core", "becs_nz"),
            "account_holder_name": Y(adult_name, "name"),
            "sort_code": G(sort_code),
            "account_number": RED(
                lambda f: uk_account_number(f) if f.r.random() < 0.6 else nz_bank_account(f), "bank account"
            ),
            "iban": RED(iban_nl, "bank account"),
            "account_number_ending": G(lambda f: d(f, 2)),
            "bank_name": P("Barclays", "Monzo", "ASB", "ING", "Rabobank", "Nationwide"),
            "bic": P("INGBNL2A", "RABONL2U", "BARCGB22", "ASBBNZ2A"),
            "next_possible_charge_date": G(day),
        },
        1,
    ),
    # -- funding -------------------------------------------------------------------------------------------
    (
        "track",
        "Funding Claim Submitted",
        "python",
        {
            "claim_id": G(lambda f: "FC" + d(f, 8)),
            "local_authority": P(
                "Leeds City Council", "Manchester City Council", "Bristol City Council", "Croydon"
            ),
            "term": P("Autumn 2024", "Spring 2025", "Summer 2025"),
            "funded_hours_per_week": P(15, 30),
            "stretched": P(True, False),
            "eligibility_code": RED(eligibility_code, "national id|identification"),
            "parent_ni_number": RED(nino, "national id"),
            "parent_dob": Y(lambda f: adult_dob(f, "uk"), "birthdate"),
            "child_dob": Y(lambda f: child_dob(f, "uk"), "birthdate"),
            "child_upn": RED(upn, "national id"),
            "daf_eligible": RED(lambda f: f.pick([True, False, False]), "disability"),
            "eypp_eligible": P(True, False),
            "headcount_week": G(lambda f: f.r.randint(1, 14)),
        },
        1,
    ),
    (
        "track",
        "ECE Funding Return Filed",
        "go",
        {
            "ece_service_id": G(lambda f: str(f.r.randint(10000, 70000))),
            "return_period": P("2025-02", "2025-06", "2024-10"),
            "funded_child_hours": G(lambda f: f.r.randint(800, 12000)),
            "children": Many(
                {
                    "nsn": RED(nsn, "national id"),
                    "nhi": RED(nhi, "health id"),
                    "date_of_birth": Y(lambda f: child_dob(f), "birthdate"),
                    "hours_20": G(lambda f: f.r.randint(0, 20)),
                    "ethnicity": Y(
                        lambda f: f.pick(["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian"]),
                        "ethnicity",
                    ),
                    "iwi": Y(
                        lambda f: f.pick(["Ngāti Porou", "Ngāpuhi", "Waikato-Tainui", "Ngāi Tahu"]),
                        "ethnicity",
                    ),
                },
                4,
            ),
            "submitted_by": G(staff_id),
        },
        1,
    ),
    (
        "track",
        "Toeslaggegevens Verstuurd",
        "java",
        {
            "bsn_ouder": RED(bsn, "national id"),
            "bsn_kind": RED(bsn, "national id"),
            "naam_ouder": Y(adult_name, "name"),
            "geboortedatum_kind": Y(lambda f: child_dob(f, "nl"), "birthdate"),
            "lrk_nummer": G(lambda f: d(f, 9)),
            "kvk_nummer": G(lambda f: d(f, 8)),
            "opvangsoort": P("dagopvang", "bso", "gastouderopvang"),
            "uren_per_maand": G(lambda f: f.r.randint(40, 230)),
            "uurtarief": G(lambda f: money(f, 9.5, 11.5)),
            "maandbedrag": G(lambda f: money(f, 400, 2500)),
            "iban": RED(iban_nl, "bank account"),
            "ingangsdatum": G(lambda f: date(f, 2024, 2025, "nl")),
        },
        1,
    ),
    (
        "track",
        "Contract Getekend",
        "java",
        {
            "contractnummer": G(lambda f: "CT-" + d(f, 6)),
            "kindnaam": Y(child_name, "name"),
            "geboortedatum_kind": Y(lambda f: child_dob(f, "nl"), "birthdate"),
            "ingangsdatum": G(lambda f: date(f, 2024, 2025, "nl")),
            "opvangdagen": Many(P("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"), 4),
            "uurtarief": G(lambda f: money(f, 9.5, 11.5)),
            "ondertekend_door": Y(adult_name, "name"),
            "handtekening_url": Y(lambda f: f"https://media.nestling.app/sig/{f.uuid()}.png", "photo"),
            "ip_adres": Y(lambda f: f.ipv4(), "ip"),
        },
        1,
    ),
    # -- staff ---------------------------------------------------------------------------------------------
    (
        "track",
        "Shift Published",
        "php",
        {
            "shift_id": G(lambda f: f.r.randint(100000, 999999)),
            "staff_id": G(staff_id),
            "staff_name": Y(adult_name, "name"),
            "role": P(
                "Room Leader", "Nursery Practitioner", "Kaiako", "Pedagogisch medewerker", "Manager", "Cook"
            ),
            "room": G(lambda f: f.pick(ROOMS)),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "break_minutes": P(30, 45, 60),
            "ratio": P("1:3", "1:4", "1:5", "1:8"),
            "qualified": P(True, False),
            "hourly_rate": Y(lambda f: money(f, 11.44, 19.5), "salary"),
            "covering_for": Y(adult_name, "name"),
            "site_id": G(site_id),
        },
        1,
    ),
    (
        "track",
        "Staff Member Onboarded",
        "ruby",
        {
            "employee_id": G(lambda f: "E" + d(f, 5)),
            "first_name": Y(adult_first, "name"),
            "last_name": Y(surname, "name"),
            "personal_email": Y(email, "email"),
            "mobile": Y(phone, "phone"),
            "date_of_birth": Y(lambda f: adult_dob(f), "birthdate"),
            "ni_number": RED(nino, "national id"),
            "ird_number": RED(ird, "national id"),
            "passport_number": RED(passport_number, "passport"),
            "right_to_work": RED(
                lambda f: f.pick(
                    ["British citizen", "EU Settled Status", "Skilled Worker visa", "NZ citizen", "Work visa"]
                ),
                "visa",
            ),
            "dbs_certificate_number": Y(lambda f: "00" + d(f, 10), "certificate"),
            "dbs_status": P("pending", "clear", "renewal_due"),
            "dbs_update_service": P(True, False),
            "vehicle_registration": Y(plate, "license"),
            "contract_type": P("permanent", "fixed_term", "bank", "zero_hours"),
            "weekly_hours": G(lambda f: f.r.randint(16, 40)),
            "annual_salary": Y(lambda f: f.r.randint(21000, 42000), "salary"),
            "job_title": P("Nursery Practitioner", "Deputy Manager", "Kaiako", "Cook", "Apprentice"),
            "start_date": G(day),
            "emergency_contact": {
                "name": Y(adult_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": P("partner", "mother", "father", "friend"),
            },
            "bank": {"sort_code": G(sort_code), "account_number": RED(uk_account_number, "bank account")},
        },
        1,
    ),
    (
        "track",
        "Staff Clocked In",
        "flutter_staff",
        {
            "staff_id": G(staff_id),
            "method": P("geofence", "qr", "pin"),
            "clock_in_lat": Y(lat, "geolocation"),
            "clock_in_lng": Y(lng, "geolocation"),
            "within_geofence": P(True, False),
            "distance_from_site_m": G(lambda f: f.r.randint(0, 900)),
            "pin_attempts": G(lambda f: f.r.randint(1, 3)),
            "clocked_in_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Leave Requested",
        "php",
        {
            "staff_id": G(staff_id),
            "leave_type": P("annual", "sick", "maternity", "compassionate", "unpaid", "toil"),
            "days": G(lambda f: f.r.randint(1, 15)),
            "start_date": G(day),
            "approved_by_name": Y(adult_name, "name"),
            "status": P("pending", "approved", "declined"),
        },
        1,
    ),
    (
        "track",
        "Payslip Viewed",
        "rn",
        {
            "period": P("2025-01", "2025-02", "2025-03"),
            "gross_pay": Y(lambda f: money(f, 1100, 3600), "salary"),
            "net_pay": Y(lambda f: money(f, 950, 2900), "salary"),
            "hours_worked": G(lambda f: round(f.r.uniform(60, 170), 1)),
            "employee_number": G(lambda f: "E" + d(f, 5)),
            "pension_opt_out": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Kaiako Registered",
        "go",
        {
            "kaiako_id": G(staff_id),
            "ingoa": Y(adult_first, "name"),
            "ingoa_whanau": Y(
                lambda f: f.pick(["Ngata", "Parata", "Te Whata", "Henare", "Tipene", "Wihongi"]), "name"
            ),
            "tcnz_registration_number": Y(lambda f: str(f.r.randint(100000, 499999)), "certificate"),
            "police_vet_ref": Y(lambda f: "PV" + d(f, 9), "certificate"),
            "ropu": G(lambda f: f.pick(["Pīwakawaka", "Kererū", "Tūī", "Kōtare"])),
            "reo_level": P("matatau", "reo rua", "tīmatanga"),
            "ra_timata": G(day),
        },
        1,
    ),
    # -- messaging, notifications, search --------------------------------------------------------------
    (
        "track",
        "Message Sent",
        "rn",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "recipient_staff_id": G(staff_id),
            "recipient_name": Y(adult_name, "name"),
            "message_length": G(lambda f: f.r.randint(3, 600)),
            "has_attachment": P(True, False),
            "preview": P(
                "Thanks!", "Running 10 mins late", "Can we book an extra session?", "See you tomorrow"
            ),
        },
        1,
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "campaign_id": G(lambda f: d(f, 7)),
            "notification_type": P("diary_ready", "photo", "collection", "invoice"),
            "body": Y(push_body, "name", True),
            "sent_at": G(lambda f: f.epoch_ms()),
        },
        1,
    ),
    (
        "track",
        "Collection Note Added",
        "rn",
        {
            "child_id": G(child_id),
            "text": Y(collection_note, "phone", True),
            "for_date": G(day),
        },
        1,
    ),
    (
        "track",
        "Contact Button Tapped",
        "flutter_staff",
        {
            "child_id": G(child_id),
            "action": P("call", "sms", "whatsapp"),
            "label": Y(phone, "phone", True),
            "contact_index": G(lambda f: f.r.randint(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Children Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([child_first(f), child_name(f), child_first(f).lower()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 6)),
            "room_filter": G(lambda f: f.pick([*ROOMS, "all"])),
        },
        1,
    ),
    (
        "track",
        "Nursery Finder Searched",
        "web",
        {
            "query": P(
                "nursery near Headingley",
                "daycare Ponsonby",
                "kinderopvang Utrecht Oost",
                "30 hours Didsbury",
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": P(2, 5, 10),
        },
        1,
    ),
    (
        "track",
        "Postcode Lookup",
        "web",
        {
            "input": Y(postcode, "zipcode", True),
            "provider": P("getAddress.io", "Loqate", "PostcodeAPI.nu", "AddressFinder"),
            "results_count": G(lambda f: f.r.randint(1, 40)),
            "selected_address_id": G(lambda f: alnum(f, 16)),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": P("enrol", "waitlist", "contact"),
            "field": C("parent_email"),
            "value": Y(email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(400, 15000)),
        },
        1,
    ),
    (
        "track",
        "Tour Booked",
        "web",
        {
            "first-name": Y(adult_first, "name"),
            "last-name": Y(surname, "name"),
            "email-address": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "post-code": Y(postcode, "zipcode"),
            "child-dob": Y(lambda f: child_dob(f), "birthdate"),
            "baby-due-date": Y(lambda f: date(f, 2025, 2025), "condition|birthdate"),
            "preferred-start-date": G(day),
            "days-required": Many(P("Mon", "Tue", "Wed", "Thu", "Fri"), 5),
            "how-did-you-hear": P("google", "friend", "facebook", "walked past"),
            "message": P(
                "", "Do you have space for September?", "Is parking available?", "Interested in 30 hours"
            ),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + alnum(f, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                ),
                "advertising id",
            ),
            "site-id": G(site_id),
        },
        1,
    ),
    (
        "track",
        "Waitlist Position Updated",
        "go",
        {
            "site_id": G(site_id),
            "position": G(lambda f: f.r.randint(1, 60)),
            "requested_start": G(day),
            "days_requested": G(lambda f: f.r.randint(1, 5)),
            "priority_reason": P("sibling", "staff_child", "funded", "none"),
        },
        1,
    ),
    (
        "track",
        "Room Ratio Checked",
        "flutter_staff",
        {
            "room_id": G(lambda f: f.r.randint(1, 400)),
            "children_present": G(lambda f: f.r.randint(0, 24)),
            "staff_present": G(lambda f: f.r.randint(1, 6)),
            "required_ratio": P("1:3", "1:4", "1:8"),
            "in_ratio": P(True, True, False),
            "checked_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Outing Location Logged",
        "flutter_staff",
        {
            "outing_id": G(lambda f: f.uuid()),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lng, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "destination": P(
                "Roundhay Park", "Cornwall Park", "Vondelpark", "Leeds Central Library", "Otari-Wilton's Bush"
            ),
            "children_count": G(lambda f: f.r.randint(2, 16)),
            "staff_count": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Sessions Booked",
        "swift",
        {
            "booking_id": G(lambda f: f.uuid()),
            "child_id": G(child_id),
            "session_type": P("full_day", "morning", "afternoon", "bso_middag"),
            "dates": Many(G(day), 4),
            "price": G(lambda f: money(f, 20, 95)),
            "currency": P("GBP", "NZD", "EUR"),
            "extra_hours": G(lambda f: f.r.randint(0, 10)),
        },
        1,
    ),
    # -- auth --------------------------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        "web",
        {
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "kowhai#88", "Welkom01", "Isla2021", "P@ssw0rd1"]),
                "password",
            ),
            "password_strength": P("weak", "fair", "strong"),
            "terms_accepted": C(True),
            "signup_method": P("email", "apple", "google"),
        },
        1,
    ),
    (
        "track",
        "Sign In Link Requested",
        "node",
        {
            "email": Y(email, "email"),
            "link_expires_in": C(900),
            "delivery": P("email", "sms"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Sign In Link Opened",
        "swift",
        {
            "link": RED(lambda f: "https://app.nestling.app/auth/magic?token=" + alnum(f, 43), "token", True),
            "opened_within_s": G(lambda f: f.r.randint(4, 880)),
        },
        1,
    ),
    (
        "track",
        "One Time Code Sent",
        "php",
        {
            "phone": Y(phone, "phone"),
            "verification_code": RED(lambda f: d(f, 6), "token|secret"),
            "channel": P("sms", "whatsapp", "voice"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    # -- webhooks and integrations ------------------------------------------------------------------------
    (
        "track",
        "Call Completed",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(phone_e164, "phone", True),
            "To": P("+441134960750", "+6493760420", "+31302345670"),
            "ToCity": P("LEEDS", "AUCKLAND", "UTRECHT"),
            "ToZip": P("LS6 3AB", "1021", "3511 AB"),
            "CallerName": Y(lambda f: f"{surname(f).upper()} {adult_first(f).upper()}", "name"),
            "CallStatus": P("completed", "no-answer", "busy"),
            "Direction": C("inbound"),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
            "FromCountry": P("GB", "NZ", "NL"),
        },
        1,
    ),
    (
        "track",
        "SMS Sent",
        "go",
        {
            "to": Y(phone_e164, "phone", True),
            "template": P("collection_reminder", "invoice_due", "diary_ready"),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": P("queued", "sent", "delivered"),
        },
        1,
    ),
    (
        "track",
        "Email Delivered",
        "python",
        {
            "email": Y(email, "email"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + d(f, 4)),
            "smtp-id": G(lambda f: f"<{f.uuid()}@mail.nestling.app>"),
            "category": Many(P("invoice", "diary", "marketing"), 2),
            "response": C("250 OK"),
            "event": C("delivered"),
        },
        1,
    ),
    (
        "track",
        "Email Opened",
        "python",
        {
            "email": Y(email, "email"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(P("invoice", "diary", "marketing"), 2),
            "event": C("open"),
        },
        1,
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "event_name": P("Lead", "Schedule", "CompleteRegistration"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": C("website"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(sha256),
            },
            "custom_data": {"value": G(lambda f: money(f, 0, 50)), "currency": P("GBP", "NZD", "EUR")},
        },
        1,
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "requester": {"name": Y(adult_name, "name"), "email": Y(email, "email")},
            "assignee": {"name": Y(adult_name, "name"), "email": Y(work_email, "email")},
            "subject": P("Invoice query", "Can't log in", "Photos not loading", "Change of sessions"),
            "channel": P("email", "web", "chat"),
            "priority": P("low", "normal", "high"),
            "tags": Many(P("billing", "app", "ios", "android", "funding"), 3),
            "organization": {"name": G(lambda f: f.pick(SITES))},
        },
        1,
    ),
    (
        "track",
        "Review Submitted",
        "web",
        {
            "site_id": G(site_id),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": P(
                "Wonderful staff, our son loves it",
                "Good but pricey",
                "Great communication via the app",
                "Parking is a nightmare",
            ),
            "reviewer_display_name": Y(lambda f: f"{adult_first(f)} {surname(f)[0]}.", "name"),
            "relationship": P("parent", "grandparent", "guardian"),
            "would_recommend": P(True, False),
        },
        1,
    ),
    # -- nursery shop (spec e-commerce) -----------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        {
            "product_id": G(lambda f: d(f, 7)),
            "sku": G(lambda f: f"NST-{f.pick(['LBL', 'BAG', 'HAT', 'TSH'])}-{f.r.randint(100, 999)}"),
            "name": P(
                "Iron-on name labels (50)", "Book bag", "Sun hat", "Nursery T-shirt", "Spare clothes bag"
            ),
            "category": P("Labels", "Bags", "Uniform"),
            "price": G(lambda f: money(f, 4, 25)),
            "currency": P("GBP", "NZD", "EUR"),
            "position": G(lambda f: f.r.randint(1, 12)),
        },
        1,
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "product_id": G(lambda f: d(f, 7)),
            "sku": G(lambda f: f"NST-LBL-{f.r.randint(100, 999)}"),
            "name": P("Iron-on name labels (50)", "Stick-on name labels (100)", "Embroidered book bag"),
            "personalisation": Y(
                lambda f: f.pick([child_name(f), child_first(f), f"{child_first(f)} {surname(f)[0]}."]),
                "name",
                True,
            ),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "price": G(lambda f: money(f, 4, 25)),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + d(f, 6)),
            "total": G(lambda f: money(f, 6, 90)),
            "subtotal": G(lambda f: money(f, 6, 80)),
            "shipping": G(lambda f: money(f, 0, 5)),
            "tax": G(lambda f: money(f, 0, 12)),
            "coupon": P("", "WELCOME10", "SIBLING"),
            "currency": P("GBP", "NZD", "EUR"),
            "products": Many(
                {
                    "product_id": G(lambda f: d(f, 7)),
                    "sku": G(lambda f: f"NST-{f.pick(['LBL', 'BAG', 'HAT', 'TSH'])}-{f.r.randint(100, 999)}"),
                    "name": P("Iron-on name labels (50)", "Book bag", "Sun hat", "Nursery T-shirt"),
                    "price": G(lambda f: money(f, 4, 25)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "variant": P("Navy", "Age 2-3", "Pink", "One size"),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(adult_name, "name"),
                "line1": Y(street, "address"),
                "city": Y(town, "city|address"),
                "postal_code": Y(postcode, "zipcode|address"),
                "country": P("GB", "NZ", "NL"),
            },
            "customer_email": Y(email, "email"),
        },
        1,
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        {"from_background": P(True, False), "version": P("4.12.0", "4.13.1"), "build": P("41200", "41310")},
        1,
    ),
    (
        "track",
        "Application Installed",
        "swift",
        {"version": P("4.13.2", "4.14.0"), "build": P("4132", "4140")},
        1,
    ),
]


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body, weight in EVENTS:
            for _ in range(weight):
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + d(f, 7),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = site_id(f)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(f, client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=214, repeats=30)
    write(Path(__file__).parent, "holdout214_", events, labels)
