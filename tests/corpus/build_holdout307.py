"""Writes holdout307: tests/corpus/holdout307_events.jsonl and holdout307_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout307` (seeded, deterministic).

Domain: a jury-service and juror-management portal used by courts in the US, Scotland and
Australia. Covers summons / citation responses and qualification questionnaires (citizenship,
residence, convictions, language, age, race and ethnicity as the US federal form asks), deferral
and excusal requests (medical, hardship, dependants), employer letters, attendance check-ins
(kiosk, QR, geofence), panel and courtroom assignments, expense and loss-of-earnings claims paid
to bank accounts (US routing + account, UK sort code + account and IBAN, Australian BSB +
account), tax details, accessibility needs, SMS / e-mail / push reminders (Twilio- and
SendGrid-shaped payloads, an IVR call-in webhook), a staff console (searches, notes, status
changes), sequestered-jury hotels, parking permits and a juror-lounge café using the e-commerce
spec. Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries, with
their real `context` blocks (ip, traits, device, app, library, locale, userAgent, campaign,
location).

Conventions: mostly camelCase (web, mobile) and snake_case (server) keys; PascalCase from the .NET
case-management integration; SCREAMING_SNAKE from a warehouse reverse-ETL identify; kebab-case
from a PHP employer webhook and SendGrid's `smtp-id`; Twilio's TitleCase webhook fields; Scots and
Australian terms (citation, forename, sheriff court, council area, postcode, suburb, rego, BSB,
mobile) and one Scottish Gaelic form (ainm, sloinneadh, seòladh, còd_puist …). Values come from
many cultures and national formats: NANP, UK and Australian phones; US ZIP, UK and Australian
postcodes; bank data with valid ABA routing checksums and mod-97 GB IBANs, SSA-structured SSNs,
UK National Insurance numbers with valid prefixes, Scottish CHI numbers with their mod-11 check,
Australian ABNs with valid checksums, DVLA-shaped licence numbers, state and territory plates.

Labelling rules (the product's default colours):
- A leaf is PII when its values are personal data about a natural person: the juror, a dependant,
  an emergency contact, an employer's HR contact, a doctor, an interpreter, a judge or a court
  staff member. Colour is the reference matcher's default (red: social security number, password,
  visa, veteran, disability, credit card, passport, token; yellow: the rest); outside the reference,
  red for secrets, bank accounts, government ids and health ids, yellow otherwise (`geolocation`,
  `ip`, `advertising id`, `criminal record`).
- Green: ids the courts or vendors issue (juror, citation, summons, pool, panel, badge, claim,
  case, payment, permit, booking, message and call ids), UUIDs, hashes of documents, versions,
  timestamps, amounts, counters, enums and booleans under PII-sounding keys (`emailVerified`,
  `phoneCount`, `dobMatched`, `ssnVerified`), ages and age bands, marital status, occupations,
  employers and their phone / address / ABN, courts' and venues' names, addresses, phones, role
  mailboxes and coordinates, hotel / café / product / pet names, states, counties, countries,
  locales, languages (including interpreter languages), timezones, currencies, user agents, OS
  device ids, bank routing numbers, BSBs and sort codes, card brand and last four, the court's
  own and call-masking numbers in telephony payloads, e-mail Message-IDs, UUID session tokens.
- Policy cases: pay and earnings are `salary` (yellow); vehicle regos and plates are `license`
  (yellow); gclid / fbclid are `advertising id` (yellow); an identity document's number is red
  (`passport|license|national id`), and so are the driver-licence and voter-registration numbers
  that arrive from jury source lists (government ids: red); a CHI number is a `health id` (red);
  Stripe `pm_` ids, one-time codes, magic-link tokens, juror PINs, security-question answers and
  push tokens are red (`token` / `password`); the last four of an SSN are red; kiosk photos and
  avatars are `photo`; post-trial wellbeing answers (distress score, sleep problems, counselling
  requested) are `condition`.
- Qualification answers are labelled by what they reveal: citizenship answers are `citizenship`
  (yellow); conviction, charge and bail answers are `criminal record` (yellow; criminal-offence
  data is treated like a special category); race / Indigenous status / Hispanic origin are `race`
  / `ethnicity`; sex and honorific titles are `sex` / `gender`; any answer or need that reveals a
  disability (wheelchair, hearing loop, sign-language interpreter, service animal, a disability
  that impairs service) is `disability` (red); mental disorder and medical grounds are `condition`;
  religious-order membership and the holy book chosen for the oath are `religion`; dietary
  requirements that include halal, kosher and coeliac are `religion|allergy`. Answers that only
  establish eligibility logistics (over 18, residence in the county, reads English, needs an
  interpreter, occupation exemptions) are green.
- Free text is labelled by what every value carries: hardship statements always name a dependant's
  or the juror's condition (`condition`), chat messages always carry a phone or e-mail, SMS bodies
  always address the juror by name, case captions always name a defendant; clerk notes,
  deferral details, survey comments and error messages never carry PII and are green.
- value_only is true when the key does not say what the value is (`value`, `text`, `q`, `input`,
  `label`, `Body`, `case_caption`, `hardship_statement`, `explanation`, `transcription`,
  externalIds' `id`) and only the value reveals it; conflict explanations and voicemail
  transcriptions always name a person. Where undecidable, the label is what a careful privacy
  owner at a mid-size company would want flagged (e.g. judges' names and defendants in captions
  are flagged as `name`).
"""

from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake


def wrap(template):
    """Plain callables in a template are green leaves."""
    if isinstance(template, L):
        return template
    if isinstance(template, Many):
        return Many(wrap(template.item), template.n)
    if isinstance(template, dict):
        return {key: wrap(value) for key, value in template.items()}
    if callable(template):
        return G(template)
    raise TypeError(type(template))


# -- value generators --------------------------------------------------------------------------------

FIRST = [
    # US
    "DeShawn", "Latoya", "María", "José", "Kenji", "Soo-ah", "Guadalupe", "Tyrone", "Ashley",
    "Brandon", "Rahul", "Abdi", "Ngozi", "Chinedu", "Svetlana", "Dmitri", "Esperanza", "Malik",
    # Scotland
    "Eilidh", "Ruaridh", "Catriona", "Mhairi", "Callum", "Iain", "Kirsty", "Fraser", "Siobhan",
    "Alasdair", "Morag", "Lachlan", "Aileen", "Hamish",
    # Australia / Pacific
    "Aroha", "Sione", "Mele", "Thanh", "Nikolaos", "Georgia", "Mohammed", "Jayden", "Wei",
    "Xiaoling", "Jarrah", "Kirra", "Anh", "Harpreet", "Gurpreet", "Fatima", "Tane", "Matilda",
]  # fmt: skip
LAST = [
    "Washington", "Jackson", "Hernández", "Ramírez", "Kim", "Park", "Nguyen", "Tran", "O'Connor",
    "MacLeod", "MacDonald", "Campbell", "Fraser", "Stewart", "Robertson", "McAllister", "Singh",
    "Kaur", "Papadopoulos", "Haddad", "Khoury", "Wang", "Zhang", "Tupou", "Fifita", "Walker",
    "Ngata", "Okonkwo", "Abdullahi", "Kowalczyk", "Novák", "Yamamoto", "Rossi", "Hussain",
    "Begum", "Mahmoud", "Mac an t-Saoir", "Ó Súilleabháin", "Van der Berg", "Nakamura",
]  # fmt: skip
US_PLACES = [
    ("Chicago", "IL", "Cook"), ("Houston", "TX", "Harris"), ("Phoenix", "AZ", "Maricopa"),
    ("Atlanta", "GA", "Fulton"), ("Santa Ana", "CA", "Orange"), ("Albuquerque", "NM", "Bernalillo"),
    ("Brooklyn", "NY", "Kings"), ("Seattle", "WA", "King"), ("Dayton", "OH", "Montgomery"),
]  # fmt: skip
SCOT_TOWNS = ["Glasgow", "Edinburgh", "Paisley", "Dundee", "Aberdeen", "Inverness", "Kilmarnock",
              "Stirling", "Stornoway", "Livingston", "Hamilton", "Dumfries"]  # fmt: skip
SCOT_OUTWARD = ["G12", "G41", "G31", "EH6", "EH10", "EH54", "AB24", "DD2", "IV3", "KA1", "PA2",
                "FK8", "ML3", "HS1", "DG1"]  # fmt: skip
AU_SUBURBS = [
    ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"), ("Bankstown", "NSW", "2200"),
    ("Fitzroy", "VIC", "3065"), ("Footscray", "VIC", "3011"), ("Dandenong", "VIC", "3175"),
    ("Toowong", "QLD", "4066"), ("Logan Central", "QLD", "4114"), ("Fremantle", "WA", "6160"),
    ("Glenelg", "SA", "5045"), ("Belconnen", "ACT", "2617"), ("Hobart", "TAS", "7000"),
]  # fmt: skip
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
                 "btinternet.com", "bigpond.com", "optusnet.com.au", "protonmail.com", "aol.com"]  # fmt: skip
COURTS = [
    "Dirksen U.S. Courthouse", "Harris County Jury Assembly", "Maricopa County Superior Court",
    "Glasgow Sheriff Court", "High Court of Justiciary, Edinburgh", "Aberdeen Sheriff Court",
    "Downing Centre Local Court", "Parramatta Justice Precinct", "County Court of Victoria",
    "Brisbane Supreme and District Courts",
]  # fmt: skip
CONDITIONS = ["type 1 diabetes", "multiple sclerosis", "chronic back pain", "epilepsy",
              "severe anxiety", "COPD", "Crohn's disease", "post-operative recovery",
              "rheumatoid arthritis", "major depressive disorder", "long COVID", "migraine"]  # fmt: skip
MEDS = ["insulin glargine", "levetiracetam", "sertraline", "tiotropium", "methotrexate",
        "oxycodone", "adalimumab", "sumatriptan", "pregabalin"]  # fmt: skip
EMPLOYERS = ["Woolworths Group", "NHS Greater Glasgow and Clyde", "Bunnings Warehouse",
             "Amazon Fulfillment", "Kroger", "ScotRail", "Telstra", "Walmart Supercenter #2291",
             "University of Dundee", "Qantas Airways", "Marriott International", "Self-employed"]  # fmt: skip
JOBS = ["Registered nurse", "Warehouse associate", "Software engineer", "Teacher", "Electrician",
        "Barista", "Accountant", "Bus driver", "Retail manager", "Student", "Retired", "Plumber"]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def P(*items):
    return lambda f: f.pick(list(items))


def C(value):
    return lambda f: value


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    fn = first(f).lower().translate(str.maketrans("áéíóúñ", "aeiouñ")).replace("-", "")
    ln = last(f).lower().replace("'", "").replace(" ", "").translate(str.maketrans("áéíóúó", "aeiouo"))
    local = f.pick(
        [
            f"{fn}.{ln}",
            f"{fn}{ln[:1]}{f.r.randint(1, 99)}",
            f"{ln}.{fn[:1]}",
            f"{fn}_{ln}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def work_email(f: Fake) -> str:
    fn = first(f).lower().replace("-", "").replace("í", "i").replace("é", "e").replace("á", "a")
    ln = last(f).lower().replace("'", "").replace(" ", "").replace("á", "a").replace("ó", "o")
    dom = f.pick(
        [
            "woolworths.com.au",
            "ggc.scot.nhs.uk",
            "kroger.com",
            "scotrail.co.uk",
            "telstra.com",
            "dundee.ac.uk",
        ]
    )
    return f"{fn}.{ln}@{dom}"


def us_phone(f: Fake) -> str:
    a, e, n = f.r.randint(201, 989), f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick([f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1{a}{e}{n:04d}", f"{a}.{e}.{n:04d}"])


def uk_mobile(f: Fake) -> str:
    body = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
    return f.pick([f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"+44{body}", f"0{body}"])


def au_mobile(f: Fake) -> str:
    b = f"4{f.r.randint(0, 99):02d}{f.r.randint(0, 999999):06d}"
    return f.pick([f"0{b[:3]} {b[3:6]} {b[6:]}", f"+61 {b[:3]} {b[3:6]} {b[6:]}", f"0{b}", f"+61{b}"])


def any_phone(f: Fake) -> str:
    return f.pick([us_phone, uk_mobile, au_mobile])(f)


def us_street(f: Fake) -> str:
    name = f.pick(
        ["Fullerton", "Magnolia", "Westheimer", "Peachtree", "Central", "Bell", "Cherry", "Atlantic"]
    )
    prefix = f.pick(["", "N ", "W ", "S ", "E "])
    road = f"{f.r.randint(100, 9899)} {prefix}{name} {f.pick(['Ave', 'St', 'Dr', 'Blvd', 'Rd'])}"
    return road + f.pick(["", "", f" Apt {f.r.randint(1, 30)}{f.pick('ABCD')}"])


def scot_street(f: Fake) -> str:
    name = f.pick(["Byres Road", "Marchmont Crescent", "Braeside Gardens", "Paisley Road West",
                   "Leith Walk", "Union Street", "Perth Road", "Kenneth Street", "Mill Wynd"])  # fmt: skip
    return f.pick(
        [
            f"Flat {f.r.randint(0, 3)}/{f.r.randint(1, 2)}, {f.r.randint(1, 300)} {name}",
            f"{f.r.randint(1, 120)} {name}",
        ]
    )


def au_street(f: Fake) -> str:
    name = f.pick(["Wattle Street", "Banksia Avenue", "Church Street", "Sydney Road", "Coronation Drive",
                   "Jacaranda Close", "Hoddle Street", "Marion Road"])  # fmt: skip
    return f.pick(
        [f"Unit {f.r.randint(1, 40)}/{f.r.randint(1, 400)} {name}", f"{f.r.randint(1, 400)} {name}"]
    )


def any_street(f: Fake) -> str:
    return f.pick([us_street, scot_street, au_street])(f)


def uk_postcode(f: Fake) -> str:
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{f.pick(SCOT_OUTWARD)} {f.r.randint(0, 9)}{f.pick(unit)}{f.pick(unit)}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(10001, 99950):05d}"
    return f.pick([z, z, f"{z}-{f.r.randint(1, 9999):04d}"])


def any_postcode(f: Fake) -> str:
    return f.pick([us_zip, uk_postcode, lambda f: f.pick(AU_SUBURBS)[2]])(f)


def any_town(f: Fake) -> str:
    return f.pick(
        [lambda f: f.pick(US_PLACES)[0], lambda f: f.pick(SCOT_TOWNS), lambda f: f.pick(AU_SUBURBS)[0]]
    )(f)


def dob(f: Fake) -> str:
    y, m, d = f.r.randint(1945, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])


def day(f: Fake, year=2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def juror_no(f: Fake) -> str:
    return f.digits(9)


def aba_routing(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 3)] + [f.r.randint(0, 9) for _ in range(7)]
        for check in range(10):
            n = [*d, check]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0:
                return "".join(map(str, n))


def abn(f: Fake) -> str:
    weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        digits = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(10)]
        check = [digits[0] - 1, *digits[1:]]
        if sum(w * d for w, d in zip(weights, check)) % 89 == 0:
            s = "".join(map(str, digits))
            return f.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def ni_number(f: Fake) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(letters) + f.pick(letters.replace("O", ""))
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    num = f.digits(6)
    return f.pick(
        [f"{prefix}{num}{f.pick('ABCD')}", f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {f.pick('ABCD')}"]
    )


def sort_code(f: Fake) -> str:
    bank = f.pick(["80", "83", "82", "40", "20", "60", "30"])
    return f"{bank}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def bsb(f: Fake) -> str:
    return f"{f.pick(['062', '063', '082', '083', '012', '033', '732', '484'])}-{f.r.randint(0, 999):03d}"


def plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f.pick(
        [
            lambda f: f"{f.pick(L)}{f.pick(L)}{f.pick(L)}{f.r.randint(10, 99)}{f.pick(L)}",  # NSW
            lambda f: (
                f"{f.r.randint(1, 9)}{f.pick(L)}{f.pick(L)}{f.r.randint(1, 9)}{f.pick(L)}{f.pick(L)}"
            ),  # VIC
            lambda f: f"{f.r.randint(100, 999)}{f.pick(L)}{f.pick(L)}{f.pick(L)}",  # QLD
            lambda f: f"S{f.pick(L)}{f.r.randint(10, 74)} {f.pick(L)}{f.pick(L)}{f.pick(L)}",  # Scotland
            lambda f: f"{f.r.randint(5, 9)}{f.pick(L)}{f.pick(L)}{f.pick(L)}{f.r.randint(100, 999)}",  # CA
        ]
    )(f)


def dvla(f: Fake) -> str:
    """A DVLA driving licence number: surname padded with 9s, birth digits, initials, check."""
    surname = "".join(c for c in last(f).upper() if c.isascii() and c.isalpha())[:5].ljust(5, "9")
    letters = "ABCDEFGHJKLMNPRSTW"
    return f"{surname}{f.digits(6)}{f.pick(letters)}{f.pick(letters)}9{f.pick(letters)}{f.pick(letters)}"


def id_doc_number(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f.digits(8),  # NSW licence
            lambda f: f"P{f.pick('ABCDEFGHJKLMN')}{f.digits(7)}",  # AU passport
            lambda f: f"{f.pick('ABCDEFGHJKLMNPRSTWY')}{f.digits(7)}",  # CA licence
            lambda f: f.digits(9),  # US / UK passport
            dvla,
        ]
    )(f)


def geo(f: Fake, coord: int) -> float:
    base = f.pick(
        [
            (41.8781, -87.6298),
            (29.7604, -95.3698),
            (55.8554, -4.2449),
            (55.9486, -3.1999),
            (-33.8748, 151.2065),
            (-33.8151, 151.0011),
            (-37.8136, 144.9631),
        ]
    )
    return round(base[coord] + f.r.uniform(-0.08, 0.08), 6)


def ip(f: Fake) -> str:
    return f.pick([f.ipv4, f.ipv4, f.ipv4, f.ipv6])()


def idfa(f: Fake) -> str:
    return f.pick([f.uuid().upper()] * 4 + ["00000000-0000-0000-0000-000000000000"])


def case_caption(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f"United States v. {last(f)}",
            lambda f: f"People v. {full(f)}",
            lambda f: f"State of Texas v. {last(f)}",
            lambda f: f"HM Advocate v {full(f)}",
            lambda f: f"R v {last(f)}",
            lambda f: f"DPP v {first(f)[0]} {last(f)}",
        ]
    )(f)


def case_number(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f"1:24-cr-{f.r.randint(1, 999):05d}",
            lambda f: f"CR-2024-{f.r.randint(1, 99999):06d}",
            lambda f: f"{f.r.randint(2022, 2024)}/{f.digits(8)}",
            lambda f: f"IN{f.r.randint(10, 99)}/{f.r.randint(2022, 2024)}",
        ]
    )(f)


def staff_name(f: Fake) -> str:
    return f.pick([full, lambda f: f"{first(f)[0]}. {last(f)}", lambda f: f"{last(f)}, {first(f)}"])(f)


def staff_email(f: Fake) -> str:
    surname = "".join(c for c in last(f).lower() if c.isalpha())
    return f"{first(f).lower().replace('-', '')}.{surname}@courts.example.gov"


def judge(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f"Hon. {full(f)}",
            lambda f: f"Justice {last(f)}",
            lambda f: f"Sheriff {full(f)}",
            lambda f: f"Judge {first(f)[0]}. {last(f)}",
        ]
    )(f)


def hardship(f: Fake) -> str:
    return f.pick(
        [
            lambda f: (
                "I am the sole carer for my mother who has "
                f"{f.pick(['dementia', 'advanced Parkinson', 'terminal cancer'])}."
            ),
            lambda f: "My husband is recovering from a stroke and cannot be left alone during the day.",
            lambda f: f"I have {f.pick(CONDITIONS)} and cannot sit for long periods.",
            lambda f: "Our son has autism and severe epilepsy; I am his only carer on weekdays.",
            lambda f: (
                f"Undergoing chemotherapy every second {f.pick(['Monday', 'Wednesday', 'Friday'])} "
                "until March."
            ),
            lambda f: f"I'm 34 weeks pregnant and due in {f.pick(['June', 'October', 'December'])}.",
        ]
    )(f)


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f"hi, I moved house, my new mobile is {any_phone(f)}",
            lambda f: f"Please email me the certificate of attendance at {email(f)}",
            lambda f: f"can someone call me back on {any_phone(f)} re my deferral",
            lambda f: f"My employer needs proof, send to {work_email(f)} thanks",
            lambda f: f"I didn't get the SMS, number should be {any_phone(f)}",
        ]
    )(f)


def sms_body(f: Fake) -> str:
    return f.pick(
        [
            lambda f: (
                f"Hi {first(f)}, reminder: jury service at {f.pick(COURTS)} tomorrow 8:30am. "
                "Reply C to confirm."
            ),
            lambda f: f"{first(f)}, your group is NOT required to report on {day(f)}. Check again after 5pm.",
            lambda f: (
                f"Dear {first(f)} {last(f)}, please bring your citation and photo ID. "
                "Parking is not provided."
            ),
            lambda f: f"Kia ora {first(f)}, your expense claim has been paid. Ref JX{f.digits(6)}.",
        ]
    )(f)


def alternative(f: Fake) -> str:
    return f.pick([full(f), f"{last(f)}, {first(f)}", last(f), f"{first(f)} {last(f)[0]}"])


# -- contexts ----------------------------------------------------------------------------------------


def traits_ctx():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(any_phone, "phone"),
        "jurorNumber": G(juror_no),
    }


def web_context(f: Fake, staff=False):
    host = "https://jury-admin.courts.example.gov" if staff else "https://juror.courts.example.gov"
    path = f.pick(
        ["/staff/jurors", "/staff/pools"] if staff else ["/respond", "/questionnaire", "/claims", "/"]
    )
    return {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.72.0", "next-1.70.1")},
        "page": {
            "path": C(path),
            "referrer": P("", "https://www.google.com/", "https://www.jury.nsw.gov.au/", "https://t.co/"),
            "search": P("", "?utm_source=sms&utm_medium=sms&utm_campaign=reminder", "?lang=en"),
            "title": P("eJuror", "Juror Portal | Respond to your summons", "Jury Admin Console"),
            "url": C(host + path),
        },
        "userAgent": P(*UAS),
        "userAgentData": {
            "brands": Many(
                {"brand": P("Chromium", "Microsoft Edge", "Not-A.Brand"), "version": P("124", "99", "8")}, 3
            ),
            "mobile": P(True, False),
            "platform": P("Windows", "Android", "macOS"),
        },
        "locale": P("en-US", "en-GB", "en-AU", "es-US"),
        "timezone": P("America/Chicago", "Europe/London", "Australia/Sydney", "America/Phoenix"),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": P("summons_reminder", "attendance_day_before", "claim_reminder"),
            "source": P("sms", "email"),
            "medium": P("sms", "email"),
            "content": P("link_a", "link_b"),
        },
    }


def web_staff_context(f: Fake):
    return web_context(f, staff=True)


def swift_context(f: Fake):
    return {
        "app": {
            "name": C("My Jury Service"),
            "version": P("4.2.0", "4.3.1"),
            "build": P("4201", "4310"),
            "namespace": C("gov.courts.juror"),
        },
        "device": {
            "id": lambda f: f.uuid().upper(),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone14,7", "iPhone12,1"),
            "name": C("iPhone"),
            "type": C("ios"),
            "adTrackingEnabled": P(True, False),
            "advertisingId": Y(idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("en-US", "en-AU", "en-GB"),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "carrier": P("Verizon", "Telstra", "EE", "Optus"),
        },
        "os": {"name": C("iOS"), "version": P("17.4.1", "16.7.7", "17.5")},
        "screen": {"width": P(390, 393, 428), "height": P(844, 852, 926)},
        "timezone": P("America/New_York", "Australia/Melbourne", "Europe/London"),
        "instanceId": lambda f: f.uuid(),
        "traits": traits_ctx(),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": C("My Jury Service"),
            "version": P("4.2.0", "4.3.1"),
            "build": P("4200", "4310"),
            "namespace": C("gov.courts.juror"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": P("samsung", "Google", "motorola", "OPPO"),
            "model": P("SM-A546E", "Pixel 7a", "moto g54", "CPH2591"),
            "name": P("a54x", "lynx", "cancunf"),
            "type": C("android"),
        },
        "library": {"name": C("analytics-kotlin"), "version": C("1.16.3")},
        "locale": P("en-GB", "gd-GB", "en-AU"),
        "network": {"wifi": P(True, False), "cellular": P(True, False), "bluetooth": C(False)},
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0), "height": P(2400, 2340), "width": C(1080)},
        "timezone": P("Europe/London", "Australia/Brisbane"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
        ),
        "instanceId": lambda f: f.uuid(),
        "location": {
            "latitude": Y(lambda f: geo(f, 0), "geolocation"),
            "longitude": Y(lambda f: geo(f, 1), "geolocation"),
            "speed": C(0.0),
        },
        "traits": traits_ctx(),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": C("Jury NSW"),
            "version": P("2.8.0", "2.9.3"),
            "build": P("280", "293"),
            "namespace": C("au.gov.nsw.jury"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPhone13,2", "SM-S918B"),
            "name": P("iPhone", "dm3q"),
            "type": P("ios", "android"),
            "adTrackingEnabled": P(True, False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.0")},
        "locale": C("en-AU"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": P("Australia/Sydney", "Australia/Perth"),
        "instanceId": lambda f: f.uuid(),
        "traits": {
            "email": Y(email, "email"),
            "givenNames": Y(first, "name"),
            "familyName": Y(last, "name"),
            "mobile": Y(au_mobile, "phone"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": C("JurorConnect"),
            "version": C("1.4.2"),
            "build": C("142"),
            "namespace": C("us.courts.jurorconnect"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": P("Apple", "Google"),
            "model": P("iPhone16,1", "Pixel 8"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics_flutter"), "version": C("1.1.4")},
        "locale": P("en-US", "es-US"),
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(393, 412), "height": P(852, 915), "density": P(3.0, 2.625)},
        "timezone": P("America/Chicago", "America/Denver"),
        "location": {
            "latitude": Y(lambda f: geo(f, 0), "geolocation"),
            "longitude": Y(lambda f: geo(f, 1), "geolocation"),
        },
        "traits": {"email": Y(email, "email"), "name": Y(full, "name")},
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.7.0",
    "Analytics.NET": "3.8.1",
}


def server(name: str, with_request=False):
    def ctx(f: Fake):
        c = {"library": {"name": C(name), "version": C(SERVER_VERSIONS[name])}}
        if with_request:
            c["ip"] = Y(ip, "ip")
            c["userAgent"] = P(*UAS)
        return c

    return ctx


def warehouse_context(f: Fake):
    return {
        "library": {"name": C("analytics-python"), "version": C("2.3.3")},
        "externalIds": Many(
            {
                "id": Y(email, "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        ),
        "source": {"name": C("hightouch"), "model": P("jurors_active_pool", "jurors_reminder_audience")},
    }


CONTEXTS = {
    "web": web_context,
    "staff": web_staff_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server("analytics-python"),
    "python_req": server("analytics-python", True),
    "node": server("@segment/analytics-node"),
    "node_req": server("@segment/analytics-node", True),
    "go": server("analytics-go"),
    "java": server("analytics-java"),
    "ruby": server("analytics-ruby"),
    "php": server("analytics-php", True),
    "dotnet": server("Analytics.NET"),
    "warehouse": warehouse_context,
}

# -- events ------------------------------------------------------------------------------------------

PAGE_PROPS = {
    "name": P("Respond", "Questionnaire", "Claims", "Home", "Deferral"),
    "path": P("/respond", "/questionnaire", "/claims", "/", "/deferral"),
    "url": P("https://juror.courts.example.gov/respond", "https://juror.courts.example.gov/claims"),
    "title": P("eJuror", "Juror Portal | Respond to your summons"),
    "referrer": P("", "https://www.google.com/"),
    "search": P("", "?utm_source=sms", "?lang=es"),
}

EVENTS = [
    # -- web portal: page views, summons lookup, login ------------------------------------------------
    ("page", "Juror Portal", "web", PAGE_PROPS, 3),
    (
        "page",
        "Jury Duty Information",
        "web",
        {
            "category": P("info", "faq"),
            "path": C("/jury-duty"),
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
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "utm_campaign": P("jury_awareness_2024", "serve_your_community"),
        },
        1,
    ),
    (
        "track",
        "Summons Lookup Submitted",
        "web",
        {
            "jurorNumber": G(juror_no),
            "dateOfBirth": Y(dob, "birthdate"),
            "zipCode": Y(us_zip, "zipcode"),
            "lookupMethod": P("juror_number", "barcode_scan", "name_and_dob"),
            "matched": P(True, False),
            "dobMatched": P(True, False),
            "attempt": lambda f: f.r.randint(1, 4),
        },
        1,
    ),
    (
        "track",
        "Juror Login Failed",
        "web",
        {
            "jurorNumber": G(juror_no),
            "pin": RED(lambda f: f.digits(6), "password"),
            "pinLength": C(6),
            "failureReason": P("pin_mismatch", "locked", "expired_summons"),
            "attemptCount": lambda f: f.r.randint(1, 5),
            "lockedOut": P(True, False),
        },
        1,
    ),
    (
        "identify",
        None,
        "web",
        {
            "firstName": Y(first, "name"),
            "middleName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(us_phone, "phone"),
            "gender": Y(P("female", "male", "nonbinary"), "gender"),
            "avatar": Y(lambda f: f"https://lh3.googleusercontent.com/a/{f.hexid(28)}=s96-c", "photo"),
            "age": lambda f: f.r.randint(18, 88),
            "address": {
                "street": Y(us_street, "street|address"),
                "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "state": lambda f: f.pick(US_PLACES)[1],
                "postalCode": Y(us_zip, "zipcode"),
                "country": C("US"),
            },
            "birthday": Y(dob, "birthdate"),
            "county": lambda f: f.pick(US_PLACES)[2],
            "jurorNumber": G(juror_no),
            "createdAt": lambda f: f.iso(),
            "preferredContact": P("sms", "email", "mail"),
            "smsOptIn": P(True, False),
            "emailVerified": P(True, False),
            "phoneCount": lambda f: f.r.randint(0, 3),
            "timesSummoned": lambda f: f.r.randint(1, 6),
        },
        2,
    ),
    # -- US qualification questionnaire --------------------------------------------------------------
    (
        "track",
        "Qualification Questionnaire Submitted",
        "web",
        {
            "questionnaireId": lambda f: f.uuid(),
            "formVersion": P("AO-178 rev 2023", "state-2024.2"),
            "isUsCitizen": Y(P(True, True, True, False), "citizenship"),
            "ageOver18": P(True, True, False),
            "residesInDistrict12Months": P(True, False),
            "canReadWriteEnglish": P(True, False),
            "hasFelonyConviction": Y(P(False, False, True), "criminal record"),
            "pendingFelonyCharge": Y(P(False, False, True), "criminal record"),
            "disabilityPreventsService": RED(P(False, False, True), "disability"),
            "race": Many(
                Y(
                    P(
                        "White",
                        "Black or African American",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                        "Other",
                    ),
                    "race",
                ),
                2,
            ),
            "hispanicOrLatino": Y(P(True, False), "ethnicity"),
            "sex": Y(P("female", "male"), "sex"),
            "occupation": P(*JOBS),
            "employer": P(*EMPLOYERS),
            "maritalStatus": P("married", "single", "divorced", "widowed"),
            "educationLevel": P("high_school", "some_college", "bachelors", "graduate"),
            "childrenUnder18": lambda f: f.r.randint(0, 4),
            "primaryLanguage": P("English", "Spanish", "Vietnamese", "Tagalog"),
            "exemptionCategory": P("none", "active_duty_military", "fire_police", "public_officer"),
            "completionSeconds": lambda f: f.r.randint(120, 1800),
        },
        2,
    ),
    (
        "track",
        "Questionnaire Answer Saved",
        "web",
        {
            "questionId": P("Q4_residence", "Q7_language", "Q9_age", "Q12_prior_service"),
            "answer": P("yes", "no", "unsure"),
            "step": lambda f: f.r.randint(1, 9),
            "totalSteps": C(9),
        },
        1,
    ),
    (
        "track",
        "Form Field Focused",
        "web",
        {
            "formId": P("summons_response", "expense_claim", "citation_response"),
            "fieldName": P("suburb", "postcode", "mobile", "email", "date_of_birth", "employer"),
            "fieldLabel": P(
                "Suburb", "Postcode", "Mobile number", "Email address", "Date of birth", "Employer name"
            ),
            "hasError": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Button Clicked",
        "web",
        {
            "buttonText": P("Confirm attendance", "Request deferral", "Upload document", "Submit claim"),
            "section": P("summons", "claims", "help"),
            "position": lambda f: f.r.randint(1, 4),
        },
        1,
    ),
    # -- deferral / excusal --------------------------------------------------------------------------
    (
        "track",
        "Deferral Requested",
        "web",
        {
            "deferralId": lambda f: "DEF-" + f.digits(7),
            "jurorNumber": G(juror_no),
            "originalServiceDate": lambda f: day(f),
            "requestedDate": lambda f: day(f, 2025),
            "reasonCode": P("work_commitments", "prebooked_travel", "exams", "childcare", "business_travel"),
            "reasonDetail": P(
                "Flights to Bali booked before the summons arrived, itinerary attached.",
                "Final exams that week.",
                "End of financial year, only payroll officer in the office.",
                "School holidays, no childcare available.",
                "Conference in Singapore for work.",
            ),
            "deferralsUsed": lambda f: f.r.randint(0, 2),
            "autoApproved": P(True, False),
        },
        2,
    ),
    (
        "track",
        "Medical Excusal Requested",
        "web",
        {
            "excusalId": lambda f: f.uuid(),
            "medicalCondition": Y(P(*CONDITIONS), "condition"),
            "medications": Many(Y(P(*MEDS), "medication"), 2),
            "treatingDoctor": Y(lambda f: f"Dr {full(f)}", "name"),
            "practiceName": P(
                "Parramatta Family Medical",
                "Byres Road Medical Practice",
                "Northwestern Medicine Primary Care",
            ),
            "practicePhone": P("(02) 9635 1100", "0141 211 8500", "(312) 926-2000"),
            "certificateUploaded": P(True, False),
            "expectedRecoveryDate": lambda f: day(f, 2025),
            "certificateWeeks": lambda f: f.r.randint(1, 26),
        },
        1,
    ),
    (
        "track",
        "Hardship Excusal Requested",
        "python",
        {
            "excusal_id": lambda f: f.uuid(),
            "juror_number": G(juror_no),
            "hardship_statement": Y(hardship, "condition", True),
            "dependants": Many(
                {
                    "first_name": Y(first, "name"),
                    "age": lambda f: f.r.randint(0, 95),
                    "relationship": P("child", "parent", "spouse", "grandchild"),
                },
                3,
            ),
            "primary_carer": P(True, False),
            "household_income": Y(lambda f: f.r.randint(18000, 140000), "salary"),
            "self_employed": P(True, False),
            "submitted_at": lambda f: f.iso(),
        },
        1,
    ),
    (
        "track",
        "Employer Letter Uploaded",
        "web",
        {
            "jurorNumber": G(juror_no),
            "employerName": P(*EMPLOYERS),
            "employerPhone": P("1300 767 969", "(513) 762-4000", "0344 811 0141", "+61 2 8885 0000"),
            "employerAddress": P(
                "1 Woolworths Way, Bella Vista NSW 2153",
                "1014 Vine St, Cincinnati, OH 45202",
                "1 Gordon Street, Glasgow G1 3PQ",
            ),
            "hrContactName": Y(staff_name, "name"),
            "hrContactEmail": Y(work_email, "email"),
            "jobTitle": P(*JOBS),
            "fileType": P("application/pdf", "image/jpeg", "image/heic"),
            "fileSizeKb": lambda f: f.r.randint(40, 6000),
            "fileSha256": lambda f: f.hexid(64),
        },
        1,
    ),
    (
        "track",
        "Document Uploaded",
        "node_req",
        {
            "document_id": lambda f: f.uuid(),
            "document_type": P("medical_certificate", "employer_letter", "travel_itinerary", "payslip"),
            "mime_type": P("application/pdf", "image/png", "image/jpeg"),
            "size_bytes": lambda f: f.r.randint(20000, 8000000),
            "sha256": lambda f: f.hexid(64),
            "storage_key": lambda f: f"uploads/{day(f).replace('-', '/')}/{f.uuid()}.pdf",
            "virus_scan": P("clean", "pending"),
        },
        1,
    ),
    # -- Scotland: citation response ---------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        {
            "forename": Y(first, "name"),
            "surname": Y(last, "name"),
            "title": Y(P("Mr", "Mrs", "Ms", "Miss", "Mx"), "gender"),
            "emailAddress": Y(email, "email"),
            "mobile": Y(uk_mobile, "phone"),
            "homeAddress": {
                "line1": Y(scot_street, "street|address"),
                "line2": Y(P("Partick", "Leith", "Dennistoun", "Morningside", "Torry"), "address|city"),
                "town": Y(P(*SCOT_TOWNS), "city"),
                "postcode": Y(uk_postcode, "zipcode"),
                "councilArea": P(
                    "Glasgow City", "City of Edinburgh", "Aberdeen City", "Highland", "Na h-Eileanan Siar"
                ),
            },
            "dateOfBirth": Y(dob, "birthdate"),
            "citationNumber": lambda f: "JC" + f.digits(8),
            "sheriffCourt": P("Glasgow", "Edinburgh", "Aberdeen", "Inverness", "Stornoway"),
            "preferredLanguage": P("en", "gd"),
        },
        2,
    ),
    (
        "track",
        "Citation Response Submitted",
        "web",
        {
            "citationNumber": lambda f: "JC" + f.digits(8),
            "courtName": P(*COURTS[3:6]),
            "trialDiet": lambda f: day(f),
            "eligible": P(True, False),
            "excusalAsOfRight": P(True, False),
            "excusalCategory": P(
                "none", "aged_71_plus", "served_in_last_5_years", "medical_practitioner", "armed_forces"
            ),
            "practisingReligiousMember": Y(P(False, False, True), "religion"),
            "onBail": Y(P(False, False, True), "criminal record"),
            "sentencedToImprisonment": Y(P(False, False, True), "criminal record"),
            "mentalDisorder": Y(P(False, False, True), "condition"),
            "residentInUk5Years": P(True, False),
            "over71": P(True, False),
        },
        2,
    ),
    (
        "track",
        "Citation Response Submitted (Gàidhlig)",
        "kotlin",
        {
            "àireamh_citation": lambda f: "JC" + f.digits(8),
            "ainm": Y(first, "name"),
            "sloinneadh": Y(last, "name"),
            "seòladh": Y(scot_street, "address|street"),
            "còd_puist": Y(uk_postcode, "zipcode"),
            "fòn_làimhe": Y(uk_mobile, "phone"),
            "post_d": Y(email, "email"),
            "ceann_là_breith": Y(dob, "birthdate"),
            "cànan": P("gd", "en"),
            "cùirt": P("Stornoway", "Portree", "Inverness"),
        },
        1,
    ),
    (
        "track",
        "Loss Of Earnings Claimed",
        "kotlin",
        {
            "claimNumber": lambda f: "LOE" + f.digits(7),
            "citationNumber": lambda f: "JC" + f.digits(8),
            "selfEmployed": P(True, False),
            "niNumber": RED(ni_number, "national id"),
            "dailyEarnings": Y(lambda f: f.money(60, 320), "salary"),
            "daysLost": lambda f: f.r.randint(1, 15),
            "employerName": P(*EMPLOYERS),
            "employerContinuesPay": P(True, False),
            "amountClaimed": lambda f: f.money(60, 2400),
            "currency": C("GBP"),
        },
        1,
    ),
    (
        "track",
        "Bank Details Updated",
        "kotlin",
        {
            "sortCode": G(sort_code),
            "accountNumber": RED(lambda f: f.digits(8), "bank account"),
            "accountHolder": Y(full, "name"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "bic": P("NWBKGB2L", "BOFSGB21", "CLYDGB2S", "RBOSGB2L"),
            "validatedWithConfirmationOfPayee": P(True, False),
            "copResult": P("match", "close_match", "no_match"),
        },
        1,
    ),
    # -- Australia --------------------------------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "givenNames": Y(first, "name"),
            "familyName": Y(last, "name"),
            "email": Y(email, "email"),
            "mobile": Y(au_mobile, "phone"),
            "residentialAddress": {
                "streetAddress": Y(au_street, "street|address"),
                "suburb": Y(lambda f: f.pick(AU_SUBURBS)[0], "city"),
                "state": lambda f: f.pick(AU_SUBURBS)[1],
                "postcode": Y(lambda f: f.pick(AU_SUBURBS)[2], "zipcode"),
            },
            "dob": Y(dob, "birthdate"),
            "jurorId": lambda f: "J" + f.digits(7),
            "electorate": P("Parramatta", "Blaxland", "Melbourne", "Brisbane", "Fremantle", "Canberra"),
            "over70": P(True, False),
        },
        2,
    ),
    (
        "track",
        "Juror Questionnaire Completed",
        "rn",
        {
            "jurorId": lambda f: "J" + f.digits(7),
            "australianCitizen": Y(P(True, True, False), "citizenship"),
            "enrolledToVote": P(True, False),
            "criminalHistory": Y(P(False, False, True), "criminal record"),
            "currentlyOnBail": Y(P(False, False, True), "criminal record"),
            "aboriginalOrTorresStraitIslander": Y(P(False, False, True), "ethnicity"),
            "interpreterRequired": P(True, False),
            "interpreterLanguage": P("none", "Arabic", "Mandarin", "Vietnamese", "Greek", "Dari"),
            "ineligibleOccupation": P("none", "police", "lawyer", "local_government_officer"),
            "age": lambda f: f.r.randint(18, 84),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "sessionToken": lambda f: f.uuid(),
            "input": Y(
                lambda f: f.pick([au_street, us_street, scot_street])(f)[: f.r.randint(14, 24)],
                "address|street",
                True,
            ),
            "provider": P("google_places", "addressfinder", "loqate"),
            "resultsCount": lambda f: f.r.randint(0, 5),
            "selectedIndex": lambda f: f.r.randint(0, 4),
        },
        1,
    ),
    (
        "track",
        "Parking Permit Requested",
        "rn",
        {
            "permitNumber": lambda f: "PK" + f.digits(6),
            "vehicleRego": Y(plate, "license"),
            "regoState": P("NSW", "VIC", "QLD"),
            "vehicleMake": P("Toyota", "Mazda", "Hyundai", "Ford", "Kia"),
            "vehicleColour": P("white", "silver", "blue", "black"),
            "carPark": P("Wilson Parking Goulburn St", "Secure Parking Parramatta", "Care Park Fitzroy St"),
            "days": lambda f: f.r.randint(1, 10),
        },
        1,
    ),
    (
        "track",
        "Expense Claim Submitted",
        "rn",
        {
            "claimNumber": lambda f: "EC" + f.digits(8),
            "jurorId": lambda f: "J" + f.digits(7),
            "travel": {
                "mode": P("car", "public_transport", "taxi"),
                "distanceKm": lambda f: f.r.randint(2, 180),
                "parkingCost": lambda f: f.money(0, 60),
                "opalFares": lambda f: f.money(0, 40),
            },
            "childcareCost": lambda f: f.money(0, 150),
            "lossOfEarnings": {
                "dailyRate": Y(lambda f: f.money(150, 600), "salary"),
                "daysAbsent": lambda f: f.r.randint(1, 20),
                "employerPaysWages": P(True, False),
                "employerAbn": G(abn),
            },
            "bank": {
                "bsb": G(bsb),
                "accountNumber": RED(lambda f: f.digits(f.r.randint(6, 9)), "bank account"),
                "accountName": Y(full, "name"),
            },
            "totalClaimed": lambda f: f.money(20, 3000),
            "currency": C("AUD"),
        },
        2,
    ),
    (
        "track",
        "Emergency Contact Added",
        "rn",
        {
            "contactName": Y(full, "name"),
            "relationship": P("spouse", "partner", "mother", "son", "friend"),
            "contactPhone": Y(au_mobile, "phone"),
            "isPrimary": P(True, False),
        },
        1,
    ),
    # -- attendance -------------------------------------------------------------------------------------
    (
        "track",
        "Attendance Checked In",
        "flutter",
        {
            "jurorNumber": G(juror_no),
            "courthouseId": P("ND-IL-CHI", "TX-HAR-01", "NSW-DC-SYD"),
            "checkinMethod": P("qr", "kiosk", "geofence"),
            "latitude": Y(lambda f: geo(f, 0), "geolocation"),
            "longitude": Y(lambda f: geo(f, 1), "geolocation"),
            "accuracyM": lambda f: round(f.r.uniform(3, 60), 1),
            "venue": {
                "name": P(*COURTS),
                "lat": P(41.8785, 29.7589, -33.8765),
                "lng": P(-87.6298, -95.3613, 151.2072),
            },
            "badgeNumber": lambda f: f.r.randint(1, 400),
            "checkedInAt": lambda f: f.iso(),
            "minutesEarly": lambda f: f.r.randint(-20, 45),
        },
        2,
    ),
    (
        "track",
        "Courtroom Assignment Viewed",
        "flutter",
        {
            "courtroom": P("1725", "Courtroom 4B", "Court 12"),
            "floor": lambda f: f.r.randint(1, 25),
            "building": P(*COURTS),
            "presidingJudge": Y(judge, "name"),
            "reportTime": P("08:30", "09:15", "10:00"),
            "panelId": lambda f: "PNL-" + f.digits(5),
        },
        1,
    ),
    (
        "screen",
        "Check-in QR",
        "swift",
        {
            "qrPayload": lambda f: f"JUROR:{juror_no(f)}:{f.hexid(12)}",
            "brightnessBoosted": P(True, False),
            "offline": P(True, False),
        },
        1,
    ),
    (
        "screen",
        "Summons Details",
        "swift",
        {
            "summonsId": lambda f: f.uuid(),
            "status": P("pending", "confirmed", "deferred"),
            "daysUntilService": lambda f: f.r.randint(0, 60),
        },
        1,
    ),
    (
        "track",
        "Reminder Preferences Saved",
        "swift",
        {
            "smsEnabled": P(True, False),
            "emailEnabled": P(True, False),
            "pushEnabled": P(True, False),
            "reminderDaysBefore": P(1, 2, 7),
            "quietHoursStart": P("21:00", "22:00", "20:30"),
            "phoneVerified": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Contact Details Updated",
        "swift",
        {
            "field": P("mobile", "home_phone", "work_phone"),
            "value": Y(any_phone, "phone", True),
            "source": P("settings", "onboarding"),
        },
        1,
    ),
    (
        "track",
        "Email Address Changed",
        "swift",
        {
            "newEmail": Y(email, "email"),
            "previousEmailDomain": P(*EMAIL_DOMAINS),
            "verificationSent": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Accessibility Needs Recorded",
        "web",
        {
            "jurorNumber": G(juror_no),
            "wheelchairAccess": RED(P(True, False), "disability"),
            "hearingLoop": RED(P(True, False), "disability"),
            "signLanguageInterpreter": RED(P("none", "ASL", "Auslan", "BSL"), "disability"),
            "serviceAnimal": RED(P(True, False), "disability"),
            "serviceAnimalName": P("Biscuit", "Luna", "Rocky", "Maisie"),
            "accessibilityNotes": RED(
                P(
                    "Uses a wheelchair, needs step-free route from car park",
                    "Profoundly deaf, lip reads, needs hearing loop in jury room",
                    "Legally blind, guide dog",
                    "Needs to stand every 30 minutes due to spinal injury",
                ),
                "disability",
            ),
            "dietaryRequirements": Y(
                P("none", "vegetarian", "halal", "kosher", "coeliac"), "religion|allergy"
            ),
        },
        1,
    ),
    (
        "track",
        "Oath Preference Recorded",
        "dotnet",
        {
            "JurorNumber": G(juror_no),
            "OathType": Y(P("oath", "affirmation"), "religion"),
            "HolyBook": Y(P("Bible", "Quran", "Torah", "Bhagavad Gita", "Guru Granth Sahib"), "religion"),
            "CourtCode": P("GLW-SH", "NSW-DC", "ILND"),
            "RecordedAt": lambda f: f.iso(),
        },
        1,
    ),
    # -- panels, cases, staff ---------------------------------------------------------------------------
    (
        "track",
        "Panel Assigned",
        "java",
        {
            "panel_id": lambda f: "PNL-" + f.digits(5),
            "courtroom": P("1725", "Courtroom 4B", "Court 12"),
            "judge_name": Y(judge, "name"),
            "case_number": G(case_number),
            "case_caption": Y(case_caption, "name", True),
            "trial_type": P("criminal", "civil", "grand_jury"),
            "estimated_days": lambda f: f.r.randint(1, 30),
            "juror_seat": lambda f: f.r.randint(1, 14),
            "voir_dire_start": lambda f: f.iso(),
        },
        2,
    ),
    (
        "track",
        "Jury Service Completed",
        "java",
        {
            "juror_number": G(juror_no),
            "days_served": lambda f: f.r.randint(1, 40),
            "verdict_reached": P(True, False),
            "certificate_of_attendance_issued": P(True, False),
            "total_paid": lambda f: f.money(20, 4000),
            "survey_sent": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Juror Status Changed",
        "dotnet",
        {
            "JurorId": G(juror_no),
            "PreviousStatus": P("Summoned", "Qualified", "Deferred", "Excused"),
            "NewStatus": P("Qualified", "Deferred", "Excused", "Disqualified", "Served"),
            "ChangedBy": Y(staff_name, "name"),
            "ChangedByEmail": Y(
                lambda f: staff_email(f),
                "email",
            ),
            "CourtCode": P("GLW-SH", "NSW-DC", "ILND"),
            "Reason": P("Work", "Childcare", "Travel", "Student", "Other", "AgeExemption"),
            "ChangedAtUtc": lambda f: f.iso(),
        },
        2,
    ),
    (
        "track",
        "Interpreter Booked",
        "dotnet",
        {
            "BookingReference": lambda f: "INT-" + f.digits(6),
            "InterpreterName": Y(full, "name"),
            "Language": P("Arabic", "Mandarin", "Spanish", "Polish", "Somali", "Scottish Gaelic"),
            "Mode": P("in_person", "video", "telephone"),
            "HourlyRate": Y(lambda f: f.money(45, 120), "salary"),
            "Hours": lambda f: f.r.randint(2, 8),
            "Agency": P("Language Loop", "Global Language Services", "Propio"),
        },
        1,
    ),
    (
        "track",
        "Juror Searched",
        "staff",
        {
            "q": Y(alternative, "name", True),
            "searchType": P("name", "fuzzy"),
            "resultsCount": lambda f: f.r.randint(0, 25),
            "filters": {"status": P("any", "summoned", "deferred"), "poolDate": lambda f: day(f)},
        },
        1,
    ),
    (
        "track",
        "Juror Row Clicked",
        "staff",
        {
            "label": Y(lambda f: f"{last(f)}, {first(f)} ({juror_no(f)})", "name", True),
            "rowIndex": lambda f: f.r.randint(0, 49),
            "listId": P("pool_today", "deferrals_queue", "claims_review"),
        },
        1,
    ),
    (
        "track",
        "Juror Record Annotated",
        "staff",
        {
            "jurorNumber": G(juror_no),
            "note": P(
                "Rescheduled to next available pool.",
                "Summons returned undeliverable, awaiting new address.",
                "Deferral approved by jury manager.",
                "Certificate of attendance re-issued.",
                "Called juror, no answer, left voicemail.",
            ),
            "noteCategory": P("scheduling", "correspondence", "payments"),
            "authorRole": P("jury_officer", "jury_manager", "clerk"),
        },
        1,
    ),
    (
        "track",
        "Court Staff Signed In",
        "staff",
        {
            "staffId": lambda f: "S" + f.digits(5),
            "email": Y(
                lambda f: staff_email(f),
                "email",
            ),
            "role": P("jury_officer", "jury_manager", "clerk", "sheriff_officer"),
            "ipAddress": Y(ip, "ip"),
            "mfaMethod": P("totp", "sms", "webauthn"),
            "ssoProvider": P("azure_ad", "okta", "google_workspace"),
        },
        1,
    ),
    (
        "group",
        None,
        "staff",
        {
            "name": P(*COURTS),
            "courtType": P("federal_district", "county_superior", "sheriff_court", "district_court"),
            "address": P(
                "219 S Dearborn St, Chicago, IL 60604",
                "1 Carlton Place, Glasgow G5 9DA",
                "143-147 Liverpool St, Sydney NSW 2000",
            ),
            "switchboard": P("(312) 435-5670", "0141 429 8888", "(02) 9287 7200"),
            "juryOfficeEmail": P(
                "jury@ilnd.uscourts.example.gov",
                "glasgowjury@scotcourts.example.gov.uk",
                "jury.downing@justice.example.nsw.gov.au",
            ),
            "jurisdiction": P("US", "SCT", "NSW"),
            "jurorsPerWeek": lambda f: f.r.randint(50, 900),
        },
        1,
    ),
    # -- payments ----------------------------------------------------------------------------------------
    (
        "track",
        "Juror Payment Issued",
        "go",
        {
            "payment_id": lambda f: "pay_" + f.hexid(16),
            "juror_number": G(juror_no),
            "amount": lambda f: f.money(15, 900),
            "currency": P("USD", "GBP", "AUD"),
            "method": P("ach", "check", "bacs", "eft"),
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_type": P("checking", "savings", "money_market"),
            "payee_name": Y(full, "name"),
            "check_number": lambda f: f.digits(6),
            "remittance_email": Y(email, "email"),
            "batch_id": lambda f: f.uuid(),
        },
        2,
    ),
    (
        "track",
        "Tax Information Submitted",
        "python_req",
        {
            "juror_number": G(juror_no),
            "tin_type": C("ssn"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ssn_verified": P(True, False),
            "legal_name": Y(full, "name"),
            "mailing_address": Y(
                lambda f: f"{us_street(f)}, {f.pick(US_PLACES)[0]}, {f.pick(US_PLACES)[1]} {us_zip(f)}",
                "address",
            ),
            "w9_received": P(True, False),
            "form_version": C("W-9 (Rev. March 2024)"),
        },
        1,
    ),
    (
        "track",
        "Summons Returned Undeliverable",
        "go",
        {
            "juror_number": G(juror_no),
            "mail_piece_id": lambda f: f.digits(31),
            "addressee_name": Y(full, "name"),
            "return_reason": P("moved_left_no_address", "insufficient_address", "deceased", "refused"),
            "forwarding_address": Y(us_street, "address|street"),
            "forwarding_zip": Y(us_zip, "zipcode"),
            "nixie_code": P("ANK", "IA", "NSN"),
        },
        1,
    ),
    (
        "track",
        "Identity Verified At Check-in",
        "dotnet",
        {
            "JurorNumber": G(juror_no),
            "IdDocumentType": P("drivers_licence", "passport", "state_id", "photo_card"),
            "IdDocumentNumber": RED(id_doc_number, "passport|license|national id"),
            "IdExpiry": lambda f: day(f, 2028),
            "NameMatched": P(True, False),
            "NameMatchScore": lambda f: round(f.r.uniform(0.6, 1.0), 3),
            "VerifiedBy": P("kiosk", "jury_officer"),
        },
        1,
    ),
    # -- messaging: SMS, e-mail, push, IVR ---------------------------------------------------------------
    (
        "track",
        "SMS Reminder Sent",
        "node",
        {
            "MessageSid": lambda f: "SM" + f.hexid(32),
            "AccountSid": lambda f: "AC" + f.hexid(32),
            "From": P("+13125550142", "+447700900123", "+61480000123", "JURYNSW"),
            "To": Y(any_phone, "phone"),
            "Body": Y(sms_body, "name", True),
            "Status": P("queued", "sent", "delivered", "undelivered"),
            "NumSegments": P("1", "2", "3"),
            "template": P("day_before", "not_required", "bring_citation", "claim_paid"),
        },
        3,
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        {
            "webhook": {
                "MessageSid": lambda f: "SM" + f.hexid(32),
                "From": Y(any_phone, "phone"),
                "To": P("+13125550142", "+447700900123", "+61480000123"),
                "Body": P("C", "YES", "STOP", "Confirmed", "HELP"),
                "FromCountry": P("US", "GB", "AU"),
                "FromCity": Y(any_town, "city"),
                "NumMedia": C("0"),
            },
            "intent": P("confirm", "opt_out", "help", "unknown"),
        },
        2,
    ),
    (
        "track",
        "Call-in Line Used",
        "php",
        {
            "twilio_request": {
                "CallSid": lambda f: "CA" + f.hexid(32),
                "Caller": Y(us_phone, "phone"),
                "Called": P("+13124355670", "+17132744000"),
                "CallerCity": Y(lambda f: f.pick(US_PLACES)[0].upper(), "city"),
                "CallerState": lambda f: f.pick(US_PLACES)[1],
                "CallerZip": Y(lambda f: f"{f.r.randint(10001, 99950):05d}", "zipcode"),
                "CallerCountry": C("US"),
                "Digits": G(juror_no),
                "CallStatus": P("in-progress", "completed"),
            },
            "group_status": P("report", "do_not_report", "call_back"),
        },
        1,
    ),
    (
        "track",
        "Email Event",
        "ruby",
        {
            "email": Y(email, "email"),
            "event": P("delivered", "open", "click", "bounce"),
            "sg_event_id": lambda f: f.hexid(22),
            "sg_message_id": lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(10, 99)}-{f.hexid(6)}",
            "smtp-id": lambda f: f"<{f.hexid(20)}@ismtpd0{f.r.randint(1, 99):02d}p1mdw1.sendgrid.net>",
            "ip": Y(ip, "ip"),
            "useragent": P(*UAS),
            "category": Many(P("summons", "reminder", "claims"), 2),
            "timestamp": lambda f: f.r.randint(1_700_000_000, 1_735_000_000),
        },
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        "kotlin",
        {
            "notificationId": lambda f: f.uuid(),
            "campaignId": lambda f: "cmp_" + f.digits(5),
            "title": P("Jury service tomorrow", "You are not required", "Claim paid"),
            "body": P(
                "Your group is required to attend at 9:00am.",
                "Good news: no need to attend today. Check again tomorrow after 5pm.",
                "Your expense claim has been paid into your nominated account.",
            ),
            "openedFromBackground": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        "php",
        {
            "phone_number": Y(any_phone, "phone"),
            "channel": P("sms", "voice"),
            "otp": RED(lambda f: f.digits(6), "token"),
            "expires_in": C(600),
            "attempt": lambda f: f.r.randint(1, 3),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        "node_req",
        {
            "email": Y(email, "email"),
            "link_token": RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(43)
                ),
                "token",
            ),
            "link_expires_at": lambda f: f.iso(),
            "redirect_path": P("/respond", "/claims", "/questionnaire"),
        },
        1,
    ),
    (
        "track",
        "Support Chat Message Sent",
        "web",
        {
            "conversationId": lambda f: f.digits(12),
            "authorType": C("user"),
            "text": Y(chat_text, "phone|email", True),
            "channel": P("web_messenger", "ios"),
        },
        1,
    ),
    (
        "track",
        "Help Articles Searched",
        "web",
        {
            "query": P(
                "how do I defer",
                "parking downing centre",
                "what to wear",
                "loss of earnings form",
                "can I bring my laptop",
            ),
            "resultsCount": lambda f: f.r.randint(0, 12),
        },
        1,
    ),
    (
        "track",
        "Callback Requested",
        "web",
        {
            "callbackNumber": Y(any_phone, "phone"),
            "bestTime": P("morning", "afternoon", "evening"),
            "topic": P("deferral", "payments", "accessibility"),
        },
        1,
    ),
    # -- sequestration hotel, café (e-commerce spec) ------------------------------------------------------
    (
        "track",
        "Juror Hotel Booked",
        "ruby",
        {
            "booking_reference": lambda f: f.digits(10),
            "hotel_name": P(
                "Hilton Garden Inn Chicago Downtown", "Radisson Blu Glasgow", "Vibe Hotel Sydney"
            ),
            "hotel_city": P("Chicago", "Glasgow", "Sydney"),
            "guest_name": Y(full, "name"),
            "guest_phone": Y(any_phone, "phone"),
            "check_in_date": lambda f: day(f),
            "nights": lambda f: f.r.randint(1, 14),
            "room_type": P("king", "twin", "accessible_queen"),
            "rate": lambda f: f.money(120, 320),
        },
        1,
    ),
    (
        "track",
        "Product Added",
        "swift",
        {
            "cart_id": lambda f: f.uuid(),
            "product_id": lambda f: f.digits(5),
            "sku": lambda f: f"CAFE-{f.r.randint(100, 999)}",
            "name": P("Flat white", "Ham & cheese toastie", "Vegetarian wrap", "Scotch pie", "Sausage roll"),
            "price": lambda f: f.money(3, 12),
            "quantity": lambda f: f.r.randint(1, 3),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "swift",
        {
            "order_id": lambda f: "ORD-" + f.digits(8),
            "affiliation": P("Juror Lounge Café", "Level 2 Kiosk", "Assembly Room Vending"),
            "total": lambda f: f.money(4, 40),
            "tax": lambda f: f.money(0, 4),
            "coupon": P("", "JUROR-VOUCHER"),
            "currency": P("USD", "GBP", "AUD"),
            "products": Many(
                {
                    "product_id": lambda f: f.digits(5),
                    "sku": lambda f: f"CAFE-{f.r.randint(100, 999)}",
                    "name": P(
                        "Flat white", "Ham & cheese toastie", "Vegetarian wrap", "Scotch pie", "Sausage roll"
                    ),
                    "category": P("drinks", "hot food", "snacks"),
                    "price": lambda f: f.money(3, 12),
                    "quantity": lambda f: f.r.randint(1, 3),
                },
                3,
            ),
            "payment_method": P("card", "apple_pay", "voucher"),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "card_brand": P("visa", "mastercard", "amex"),
            "card_last4": lambda f: f"{f.r.randint(0, 9999):04d}",
        },
        1,
    ),
    # -- employer webhook (kebab-case), warehouse identify (SCREAMING_SNAKE), surveys, alias -------------
    (
        "track",
        "Employer Attendance Verified",
        "php",
        {
            "juror-number": G(juror_no),
            "employer-name": P(*EMPLOYERS),
            "employer-abn": G(abn),
            "contact-name": Y(staff_name, "name"),
            "contact-email": Y(work_email, "email"),
            "attendance-days": lambda f: f.r.randint(1, 20),
            "certificate-id": lambda f: "CA-" + f.digits(7),
        },
        1,
    ),
    (
        "identify",
        None,
        "warehouse",
        {
            "JUROR_ID": G(juror_no),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "ADDRESS_LINE_1": Y(any_street, "address|street"),
            "TOWN": Y(any_town, "city"),
            "GENDER": Y(P("F", "M", "X"), "gender"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_NUMBER": Y(any_phone, "phone"),
            "POSTCODE": Y(any_postcode, "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: day(f, f.r.randint(1945, 2005)), "birthdate"),
            "COUNCIL_AREA": P("Glasgow City", "Fife", "Highland", "Cook County", "City of Parramatta"),
            "POOL_DATE": lambda f: day(f),
            "SERVICE_COUNT": lambda f: f.r.randint(0, 4),
            "LAST_SERVED_YEAR": lambda f: f.r.randint(2009, 2024),
            "IS_ELIGIBLE": P(True, False),
        },
        2,
    ),
    (
        "track",
        "Post-Service Survey Submitted",
        "web",
        {
            "rating": lambda f: f.r.randint(1, 5),
            "wouldServeAgain": P(True, False),
            "comments": P(
                "The assembly room was cold but staff were helpful.",
                "Too much waiting around on day one.",
                "Wifi kept dropping out.",
                "Clear instructions, easy parking.",
                "",
            ),
            "ageBand": P("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "gender": Y(P("woman", "man", "non-binary", "prefer not to say"), "gender"),
            "improvementAreas": Many(P("waiting_time", "food", "communication", "pay"), 3),
        },
        1,
    ),
    ("alias", None, "web", {}, 1),
    (
        "track",
        "Application Error",
        "java",
        {
            "error_code": P("E_TIMEOUT", "E_VALIDATION", "E_UPSTREAM_503"),
            "message": P(
                "Request to payments API timed out after 30000ms",
                "Field reportDate failed validation",
                "Upstream returned 503",
            ),
            "service": P("claims-api", "summons-api"),
            "release": lambda f: f.hexid(40),
            "trace_id": lambda f: f.hexid(32),
        },
        1,
    ),
    # -- additions: source lists, dependants, medical certificates, wellbeing, staff, travel ------------
    (
        "track",
        "Source List Record Imported",
        "java",
        {
            "import_batch_id": lambda f: f.uuid(),
            "source_list": P("voter_registration", "dmv", "state_tax"),
            "first_name": Y(first, "name"),
            "middle_initial": Y(lambda f: first(f)[0], "name"),
            "last_name": Y(last, "name"),
            "name_suffix": Y(P("Jr", "Sr", "III", "II"), "name"),
            "residence_address": Y(us_street, "address|street"),
            "residence_city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
            "residence_zip": Y(us_zip, "zipcode"),
            "birth_date": Y(lambda f: day(f, f.r.randint(1940, 2006)), "birthdate"),
            "sex": Y(P("F", "M", "U"), "sex"),
            "race_code": Y(P("W", "B", "A", "I", "O", "U"), "race"),
            "drivers_license_number": RED(
                lambda f: f"{f.pick('ABCDEFGHJKLMNPRSTWY')}{f.digits(7)}", "license|national id"
            ),
            "voter_registration_number": RED(lambda f: f.digits(10), "national id"),
            "county": lambda f: f.pick(US_PLACES)[2],
            "precinct": lambda f: f"{f.r.randint(1, 999):04d}",
            "duplicate_of": P(None, None, "merged"),
        },
        1,
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "JurorNumber": G(juror_no),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "PhoneNumber": Y(us_phone, "phone"),
            "HomeAddress": {
                "Line1": Y(us_street, "address|street"),
                "City": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "State": lambda f: f.pick(US_PLACES)[1],
                "ZipCode": Y(us_zip, "zipcode"),
            },
            "DateOfBirth": Y(lambda f: f"{day(f, f.r.randint(1945, 2005))}T00:00:00", "birthdate"),
            "Gender": Y(P("Female", "Male", "Other"), "gender"),
            "SourceList": P("Voter", "DMV", "Both"),
            "SummonedOn": lambda f: f.iso(),
        },
        1,
    ),
    (
        "track",
        "Juror Address Changed",
        "dotnet",
        {
            "JurorNumber": G(juror_no),
            "OldAddress": Y(lambda f: f"{us_street(f)}, {f.pick(US_PLACES)[0]}", "address"),
            "NewAddress": Y(lambda f: f"{us_street(f)}, {f.pick(US_PLACES)[0]}", "address"),
            "NewZipCode": Y(us_zip, "zipcode"),
            "MovedOutOfDistrict": P(True, False),
            "ChangedVia": P("portal", "phone", "mail"),
        },
        1,
    ),
    (
        "track",
        "Childcare Costs Claimed",
        "rn",
        {
            "claimNumber": lambda f: "EC" + f.digits(8),
            "children": Many(
                {
                    "name": Y(first, "name"),
                    "dateOfBirth": Y(lambda f: day(f, f.r.randint(2012, 2023)), "birthdate"),
                    "ageYears": lambda f: f.r.randint(0, 12),
                },
                3,
            ),
            "childcareProvider": P("Goodstart Early Learning", "Only About Children", "Family day care"),
            "providerPhone": P("1800 222 543", "(02) 9687 1133", "13 14 50"),
            "carerName": Y(full, "name"),
            "weeklyCost": lambda f: f.money(80, 600),
        },
        1,
    ),
    (
        "track",
        "Conflict Of Interest Declared",
        "web",
        {
            "caseNumber": G(case_number),
            "knowsParty": P(True, False),
            "partyName": Y(full, "name"),
            "relationshipToParty": P("neighbour", "former colleague", "school friend", "relative"),
            "explanation": Y(
                lambda f: f.pick(
                    [
                        f"I went to school with {full(f)}, the defendant's brother.",
                        f"{full(f)} is my neighbour on the same street.",
                        f"I worked with {first(f)} {last(f)} at the depot until 2021.",
                        f"My cousin {first(f)} is married to one of the witnesses.",
                    ]
                ),
                "name",
                True,
            ),
            "lawEnforcementConnection": P(True, False),
        },
        1,
    ),
    (
        "track",
        "Portal Account Registered",
        "web",
        {
            "email": Y(email, "email"),
            "mobileNumber": Y(any_phone, "phone"),
            "passwordStrength": P("weak", "fair", "strong", "very_strong"),
            "securityQuestion": P("first_pet", "mother_maiden_name", "first_school"),
            "securityAnswer": RED(
                P("Biscuit", "MacLeod", "St Mary's", "Nguyen", "Rover", "Hillhead Primary"), "password"
            ),
            "marketingConsent": P(True, False),
            "signupMethod": P("email", "google", "apple"),
        },
        1,
    ),
    (
        "track",
        "Juror Photo Captured",
        "dotnet",
        {
            "KioskId": P("KSK-01", "KSK-02", "KSK-07"),
            "PhotoUrl": Y(
                lambda f: f"https://jurorphotos.blob.core.windows.net/checkin/{f.uuid()}.jpg", "photo"
            ),
            "FaceMatchScore": lambda f: round(f.r.uniform(0.4, 0.99), 3),
            "CapturedAtUtc": lambda f: f.iso(),
        },
        1,
    ),
    (
        "track",
        "Medical Certificate Received",
        "python",
        {
            "certificate_id": lambda f: f.uuid(),
            "gp_name": Y(lambda f: f"Dr {first(f)[0]}. {last(f)}", "name"),
            "gp_practice": P("Woodside Health Centre", "Leith Links Medical", "Foresterhill Health Centre"),
            "chi_number": RED(lambda f: chi(f), "health id"),
            "diagnosis": Y(P(*CONDITIONS), "diagnosis|condition"),
            "procedure": Y(
                P("hip replacement", "knee arthroscopy", "cataract surgery", "hysterectomy", "none"),
                "procedure",
            ),
            "unfit_from": lambda f: day(f),
            "unfit_until": lambda f: day(f, 2025),
        },
        1,
    ),
    (
        "track",
        "Juror Wellbeing Check Submitted",
        "web",
        {
            "trialType": P("criminal", "civil"),
            "weeksSinceVerdict": lambda f: f.r.randint(0, 12),
            "distressScore": Y(lambda f: f.r.randint(0, 10), "condition"),
            "sleepProblems": Y(P(True, False), "condition"),
            "counsellingRequested": Y(P(True, False), "condition"),
            "callbackPhone": Y(any_phone, "phone"),
        },
        1,
    ),
    (
        "track",
        "Jury Officer Assigned",
        "java",
        {
            "pool_id": lambda f: "POOL-" + f.digits(6),
            "officer_name": Y(staff_name, "name"),
            "officer_mobile": Y(any_phone, "phone"),
            "officer_extension": P("x4471", "x2210", "x3098"),
            "officer_role": P("jury_officer", "court_attendant", "bailiff"),
        },
        1,
    ),
    (
        "track",
        "Juror Travel Booked",
        "python",
        {
            "booking_ref": lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            "passenger_name": Y(
                lambda f: f"{last(f).upper()}/{first(f).upper()} {f.pick(['MR', 'MS', 'MRS'])}", "name"
            ),
            "flight": P("LM421", "LM422", "BE6861"),
            "origin": P("SYY", "KOI", "BEB"),
            "destination": P("INV", "GLA", "ABZ"),
            "frequent_flyer_number": lambda f: f.digits(9),
            "fare": lambda f: f.money(60, 280),
        },
        1,
    ),
    (
        "track",
        "Geofence Entered",
        "kotlin",
        {
            "regionId": P("glasgow-sheriff-court", "edinburgh-hcj", "parramatta-jp"),
            "transition": P("enter", "dwell", "exit"),
            "location": Y(lambda f: f"{geo(f, 0)},{geo(f, 1)}", "geolocation"),
        },
        1,
    ),
    (
        "track",
        "Voicemail Transcribed",
        "node",
        {
            "RecordingSid": lambda f: "RE" + f.hexid(32),
            "caller": Y(any_phone, "phone"),
            "duration": lambda f: f.r.randint(4, 120),
            "transcription": Y(
                lambda f: f.pick(
                    [
                        f"Hi, it's {full(f)}, juror number {juror_no(f)}, "
                        "I can't make it tomorrow, please call me back.",
                        f"Hello this is {first(f)} {last(f)} calling about my parking claim.",
                        f"Yeah hi it's {first(f)}, my group number was on the list "
                        "but the letter went to my old address.",
                    ]
                ),
                "name",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Jury Box Seating Saved",
        "staff",
        {
            "panelId": lambda f: "PNL-" + f.digits(5),
            "seats": Many(
                {
                    "seat": lambda f: f.r.randint(1, 14),
                    "jurorName": Y(staff_name, "name"),
                    "jurorNumber": G(juror_no),
                },
                6,
            ),
            "alternates": lambda f: f.r.randint(0, 3),
        },
        1,
    ),
]


def chi(f: Fake) -> str:
    """A Scottish CHI number: DDMMYY, three digits, a mod-11 check digit."""
    while True:
        born = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(40, 99):02d}"
        body = f"{born}{f.r.randint(0, 999):03d}"
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 10:
            continue
        return body + str(0 if check == 11 else check)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body, weight in EVENTS:
            for _ in range(weight):
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": juror_no(f),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "court_" + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(wrap(body), f, section, labels)
                msg["context"] = render(wrap(CONTEXTS[client](f)), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=307, repeats=23)
    write(Path(__file__).parent, "holdout307_", events, labels)
