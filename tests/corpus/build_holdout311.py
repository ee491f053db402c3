"""Writes holdout311: tests/corpus/holdout311_events.jsonl and holdout311_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' builders (build_holdout3.py was read for its format only) or any labels file, and never
scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout311` (seeded, so the
output is the same on every run).

Domain: a conference-management SaaS ("ConfHub") used by three learned societies: a US one
(NASMI, Boston), a Korean one (KSBR, Busan) and an Italian one (SINC, Bologna). Covered:
registration and the e-commerce spec events of buying a ticket and add-ons, fee payment (Stripe-,
Toss Payments- and SDI e-invoice-shaped payloads), visa-invitation letters, badge printing,
dietary and accessibility needs, accompanying persons and childcare, abstract and paper
submission with co-authors, ORCID iDs and affiliations, double-blind reviewing, session chairs,
speakers, travel grants and reimbursements (IBAN, US and Korean bank accounts, Korean resident
registration numbers for honoraria, US SSN last four), hotel blocks, on-site check-in, lead
retrieval, society membership, support chat and tickets, transactional e-mail and SMS webhooks,
sign-in flows, ad-click landings; identify / track / page / screen / group / alias calls from
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and .NET server libraries (with their real `context` blocks).

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use other
conventions real customers send: PascalCase (.NET services, Twilio webhooks), kebab-case (a badge
printer's webhook), SCREAMING_SNAKE (traits synced from the warehouse by reverse ETL), Korean keys
from the Korean payment / accounting backend and Italian keys from the Italian registration and
e-invoicing backend.

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- A leaf path is personal when its values are personal data about a natural person: the user or
  another person (co-authors, reviewers, chairs, staff, accompanying persons, children, emergency
  contacts, badge-scanned contacts). Colour is the reference's default for the matcher; types
  outside the reference are red for credentials, secrets, tokens, card numbers, bank accounts,
  government ids and health ids, yellow otherwise (geolocation, advertising id).
- Green: ids we or a vendor issue (registration, order, submission, invoice, claim, member
  numbers; Stripe `cus_`/`in_`/`pi_` ids; UUIDs; SKUs), versions, timestamps, hashes, amounts,
  enums, counters and booleans even under PII-sounding keys, paper titles, product / workshop /
  hotel / company / university / sponsor names, job titles, employers and affiliations, places
  that are not the person's (venue, hotel, embassy city, home airport code), country, state or
  province, locale, language, timezone, currency, user agents, OS-issued device ids, a business's
  own phone / e-mail / address (support desks, role mailboxes, venue, the SMS sender number),
  e-mail Message-IDs, masked card numbers (BIN + last four only), bank names, BIC and routing
  numbers, passport expiry dates, ages and age bands, marital status, a service animal's name.
- Contested cases settled by the product's published policy (listed in the brief) are followed.
- Decisions this corpus had to make, stated so they can be checked:
  - an ORCID iD identifies one researcher: yellow `identification`; a LinkedIn profile URL
    likewise (`name|identification`);
  - a dietary-requirement enum offering halal and kosher reveals religion: yellow `religion`;
    free-text dietary notes that all describe an allergy or intolerance: yellow `allergy|condition`;
  - requests that reveal a disability (wheelchair access, sign-language interpreter, a service
    animal, a mobility-assistance enum, accessibility notes): red `disability`; a lactation-room
    request: yellow `condition`;
  - an income bracket used to set membership dues and a student's stipend: yellow `salary`;
  - a push token (`context.device.token`): red `token`; a zero IDFA under `advertisingId` does not
    change that path's label (the key names it);
  - the Korean resident registration number (주민등록번호) and the Italian codice fiscale: red
    `national id`; a company VAT number (partita IVA) and the SDI recipient code: green;
  - a PEC (certified e-mail) address of a person: yellow `email`;
  - a speaker bio is free text that names its speaker in every value: yellow `name`, value only;
  - free text is labelled by what every one of its values carries; no path mixes PII-bearing and
    PII-free free text.
  - a European Health Insurance Card number in a first-aid log: red `health id`; symptoms,
    medication given and known allergies: yellow `condition`, `medication`, `allergy`;
  - an Italian professional-register number (numero di iscrizione all'albo): yellow `license`;
  - a volunteer's answer about the right to work: red `visa`; disability status asked by a grant
    application: red `disability`; self-identified ethnicity: yellow `ethnicity|race`;
  - frequent-flyer, hotel loyalty, PNR and hotel confirmation numbers: green (issued by a
    business); a Toss Payments masked card number (BIN, stars, part of the tail): green;
  - a login link's token, an invitation token, a verification code and a Stripe `pm_` id: red
    `token`; an integration's API key: red `secret`; passwords captured from a sign-up form: red.
- value_only is true when the key does not say what the value is (`new_value`, `input`, `q`,
  `text`, `note`, `PaymentNote`, `bio`, a generic `contact`, `dietary_notes`) and only the value
  reveals it; such a path holds that kind of PII in every value.
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

WORLD_FIRST = [
    ("Emily", "f"), ("Michael", "m"), ("Jessica", "f"), ("DeShawn", "m"), ("Olivia", "f"),
    ("Ethan", "m"), ("María", "f"), ("José", "m"), ("Wei", "m"), ("Aisha", "f"), ("Rahul", "m"),
    ("Priya", "f"), ("Olumide", "m"), ("Sarah", "f"), ("Thanh", "f"), ("Ngozi", "f"), ("Lars", "m"),
    ("Fatemeh", "f"), ("Kenji", "m"), ("Ana", "f"), ("Tomasz", "m"), ("Hannah", "f"),
    ("Mohammed", "m"), ("Chidi", "m"), ("Isabela", "f"), ("Siddharth", "m"), ("Leila", "f"),
    ("Dmitri", "m"), ("Camila", "f"), ("Grace", "f"), ("Jamal", "m"), ("Ingrid", "f"),
]  # fmt: skip
WORLD_LAST = [
    "Johnson", "Williams", "Hernández", "Zhang", "Bello", "Iyer", "Adeyemi", "Goldberg", "Pham",
    "Eze", "Nilsson", "Rahimi", "Watanabe", "Souza", "Nowak", "O'Connor", "Al-Farsi", "Okonkwo",
    "Chen", "Gupta", "Petrov", "Morales", "Brown", "Cohen", "Nguyen", "Schneider", "Baptiste",
    "Mwangi", "Yilmaz", "Kowalczyk", "Fitzgerald", "Tanaka",
]  # fmt: skip
KR_LAST = [
    ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"),
    ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"), ("Han", "한"), ("Shin", "신"),
    ("Seo", "서"), ("Kwon", "권"), ("Hwang", "황"),
]  # fmt: skip
KR_FIRST = [
    ("Ji-ho", "지호", "m"), ("Seo-yeon", "서연", "f"), ("Min-jun", "민준", "m"),
    ("Yu-jin", "유진", "f"), ("Ha-eun", "하은", "f"), ("Do-yun", "도윤", "m"),
    ("Su-ah", "수아", "f"), ("Ji-woo", "지우", "f"), ("Hyun-woo", "현우", "m"),
    ("Eun-ji", "은지", "f"), ("Sung-min", "성민", "m"), ("Ye-jin", "예진", "f"),
    ("Jae-won", "재원", "m"), ("Da-eun", "다은", "f"), ("Tae-yang", "태양", "m"),
]  # fmt: skip
IT_FIRST = [
    ("Giulia", "f"), ("Marco", "m"), ("Francesca", "f"), ("Alessandro", "m"), ("Chiara", "f"),
    ("Lorenzo", "m"), ("Sofia", "f"), ("Matteo", "m"), ("Elena", "f"), ("Davide", "m"),
    ("Martina", "f"), ("Giovanni", "m"), ("Federica", "f"), ("Andrea", "m"), ("Beatrice", "f"),
    ("Riccardo", "m"), ("Ilaria", "f"), ("Niccolò", "m"),
]  # fmt: skip
IT_LAST = [
    "Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
    "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "D'Angelo", "Ferrara",
]  # fmt: skip

US_CITIES = [("Boston", "MA", "02"), ("Ann Arbor", "MI", "48"), ("Atlanta", "GA", "30"),
             ("Berkeley", "CA", "94"), ("Houston", "TX", "77"), ("Pittsburgh", "PA", "15"),
             ("Madison", "WI", "53"), ("Seattle", "WA", "98"), ("Durham", "NC", "27")]  # fmt: skip
US_STREETS = ["Maple Ave", "Beacon St", "Washtenaw Ave", "Peachtree Rd NE", "Shattuck Ave",
              "Forbes Ave", "University Ave", "Elm St", "Cedar Ln", "Highland Dr"]  # fmt: skip
KR_CITIES = [("Seoul", "서울특별시", "0"), ("Busan", "부산광역시", "4"), ("Daejeon", "대전광역시", "3"),
             ("Incheon", "인천광역시", "2"), ("Daegu", "대구광역시", "4"), ("Suwon", "경기도 수원시", "1"),
             ("Gwangju", "광주광역시", "6"), ("Pohang", "경상북도 포항시", "3")]  # fmt: skip
KR_ROADS = [("Gwanak-ro", "관악로"), ("Teheran-ro", "테헤란로"), ("Haeundae-ro", "해운대로"),
            ("Daehak-ro", "대학로"), ("Yuseong-daero", "유성대로"), ("Sejong-daero", "세종대로"),
            ("Centum 2-ro", "센텀2로"), ("Worldcup buk-ro", "월드컵북로")]  # fmt: skip
KR_GU = [("Gwanak-gu", "관악구"), ("Gangnam-gu", "강남구"), ("Haeundae-gu", "해운대구"),
         ("Yuseong-gu", "유성구"), ("Mapo-gu", "마포구"), ("Jongno-gu", "종로구")]  # fmt: skip
IT_CITIES = [("Milano", "MI", "20", "F205"), ("Roma", "RM", "00", "H501"),
             ("Bologna", "BO", "40", "A944"), ("Torino", "TO", "10", "L219"),
             ("Napoli", "NA", "80", "F839"), ("Firenze", "FI", "50", "D612"),
             ("Padova", "PD", "35", "G224"), ("Pisa", "PI", "56", "G702"),
             ("Palermo", "PA", "90", "G273")]  # fmt: skip
IT_STREETS = ["Via Roma", "Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via Zamboni",
              "Viale dei Mille", "Via Nazionale", "Piazza della Repubblica", "Via San Vitale",
              "Via Po", "Via dei Servi", "Viale Monza"]  # fmt: skip
WORLD_CITIES = ["Lagos", "Mumbai", "São Paulo", "Toronto", "Berlin", "Warsaw", "Tehran", "Osaka",
                "Nairobi", "Istanbul", "Ho Chi Minh City", "Mexico City", "Stockholm"]  # fmt: skip
MAIL_WORLD = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"]
MAIL_KR = ["naver.com", "daum.net", "gmail.com", "kakao.com", "snu.ac.kr", "kaist.ac.kr", "postech.ac.kr"]
MAIL_IT = [
    "libero.it",
    "gmail.com",
    "studenti.unibo.it",
    "polimi.it",
    "uniroma1.it",
    "unipd.it",
    "tiscali.it",
]
MAIL_US = ["umich.edu", "gatech.edu", "bu.edu", "gmail.com", "berkeley.edu", "cmu.edu", "wisc.edu"]

INSTITUTIONS = [
    "Seoul National University", "KAIST", "Yonsei University", "POSTECH", "Università di Bologna",
    "Politecnico di Milano", "Sapienza Università di Roma", "Università degli Studi di Padova",
    "University of Michigan", "Georgia Institute of Technology", "Boston University",
    "Max Planck Institute for Brain Research", "University of Lagos", "IIT Bombay",
    "Universidade de São Paulo", "Tsinghua University", "Scuola Normale Superiore",
    "Korea Institute of Science and Technology", "Carnegie Mellon University",
]  # fmt: skip
DEPARTMENTS = [
    "Dept. of Bioinformatics",
    "School of Computing",
    "Dipartimento di Psicologia",
    "Dept. of Materials Science",
    "생명과학부",
    "Dipartimento di Fisica",
    "Dept. of Neurology",
]
JOB_TITLES = ["PhD Student", "Postdoctoral Researcher", "Associate Professor", "Professor",
              "Research Scientist", "Assistant Professor", "Ricercatore", "Dottorando", "교수",
              "박사과정", "Lab Manager", "Senior Scientist"]  # fmt: skip
SOCIETIES = [
    ("nasmi", "NASMI 2025 Annual Meeting", "USD", "Boston"),
    ("ksbr", "KSBR 2025 Fall Conference", "KRW", "Busan"),
    ("sinc", "SINC Congresso Nazionale 2025", "EUR", "Bologna"),
]
PAPER_TITLES = [
    "Graph Neural Networks for Protein-Ligand Affinity Prediction",
    "A Bayesian Model of Attentional Capture in Visual Search",
    "Single-Cell Atlas of the Developing Zebrafish Retina",
    "Predicting Perovskite Stability with Active Learning",
    "Effetti del sonno sulla memoria di lavoro negli adolescenti",
    "Transformer Embeddings Reveal Conserved Regulatory Motifs",
    "Low-Cost EEG Markers of Cognitive Load in Older Adults",
    "한국인 장내 미생물 군집의 계절 변화 분석",
    "Ab Initio Screening of Solid Electrolytes for Sodium Batteries",
    "Interpretable Survival Models for ICU Readmission",
]
KEYWORDS = [
    "machine learning",
    "genomics",
    "fMRI",
    "working memory",
    "DFT",
    "single-cell",
    "microbiome",
    "batteries",
    "attention",
    "protein structure",
    "EEG",
    "causal inference",
]
WORKSHOPS = [
    ("WS-ML101", "Hands-on Deep Learning for Biologists", "Workshop"),
    ("WS-RSEQ", "RNA-seq Analysis with Bioconductor", "Workshop"),
    ("SOC-GALA", "Gala Dinner", "Social"),
    ("SOC-TOUR", "Guided Tour of Bologna", "Social"),
    ("REG-FULL", "Full Conference Registration", "Registration"),
    ("REG-STUD", "Student Registration", "Registration"),
    ("REG-DAY1", "One-Day Pass (Day 1)", "Registration"),
    ("PUB-PROC", "Printed Proceedings", "Publication"),
]
HOTELS = [
    ("Hotel Majestic già Baglioni", "Via dell'Indipendenza 8, 40121 Bologna", "+39 051 225445"),
    ("Paradise Hotel Busan", "296 Haeundaehaebyeon-ro, Haeundae-gu, Busan", "+82 51-742-2121"),
    ("Boston Park Plaza", "50 Park Plaza, Boston, MA 02116", "+1 617-426-2000"),
    ("Savoia Hotel Regency", "Via del Pilastro 2, 40127 Bologna", "+39 051 3767777"),
    ("Westin Josun Busan", "67 Dongbaek-ro, Haeundae-gu, Busan", "+82 51-749-7000"),
]
SPONSORS = ["Illumina", "Thermo Fisher Scientific", "Samsung Biologics", "Zeiss", "Springer Nature",
            "Elsevier", "Bruker", "LG Chem", "Menarini"]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]

CF_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
         6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)  # fmt: skip
CF_MONTHS = "ABCDEHLMPRST"


def _ascii(s: str) -> str:
    table = str.maketrans("áàéèíìóòúùñçãâêôöüÁÉÍÓÚ'", "aaeeiioouuncaaeoouAEIOU ")
    return s.translate(table).replace(" ", "")


class Person:
    def __init__(self, f: "CF", culture: str):
        self.culture = culture
        r = f.r
        if culture == "kr":
            (self.last, self.last_ko), (self.first, self.first_ko, self.sex) = (
                f.pick(KR_LAST),
                f.pick(KR_FIRST),
            )
            self.hangul = self.last_ko + self.first_ko
            self.full = f.pick([f"{self.first} {self.last}", f"{self.last} {self.first}", self.hangul])
            self.full_latin = f"{self.first} {self.last}"
        else:
            if culture == "it":
                self.first, self.sex = f.pick(IT_FIRST)
                self.last = f.pick(IT_LAST)
            else:
                self.first, self.sex = f.pick(WORLD_FIRST)
                self.last = f.pick(WORLD_LAST)
            self.full = self.full_latin = f"{self.first} {self.last}"
            self.hangul = self.full
        fa, la = _ascii(self.first).lower().replace("-", ""), _ascii(self.last).lower()
        domain = f.pick({"kr": MAIL_KR, "it": MAIL_IT, "us": MAIL_US}.get(culture, MAIL_WORLD))
        local = f.pick(
            [
                f"{fa}.{la}",
                f"{fa[0]}{la}",
                f"{fa}{la}{r.randint(1, 99)}",
                f"{la}.{fa}",
                f"{fa}_{la[:4]}{r.randint(70, 99)}",
            ]
        )
        self.email = f"{local}@{domain}"
        self.phone = f.phone_for(culture)
        self.dob = f.date(1958, 2002)


class CF(Fake):
    """Fake with per-message people: `me` (the user of the message) and `other` (the person whose
    fields are being rendered now: a co-author, a reviewer, a guest), so a name, its e-mail and its
    phone agree inside one object."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.me = Person(self, "us")
        self.other = self.me

    def culture(self, hint=None):
        return hint or self.pick(["us", "us", "kr", "kr", "it", "it", "world", "world"])

    def reset(self, culture=None):
        self.me = Person(self, self.culture(culture))
        self.other = self.me

    def new(self, culture=None) -> Person:
        self.other = Person(self, self.culture(culture))
        return self.other

    # phones, places, ids ---------------------------------------------------------------------------
    def phone_for(self, culture):
        r = self.r
        if culture == "kr":
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+8210{a}{b}"])
        if culture == "it":
            p, a, b = r.randint(20, 93), r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+39 3{p} {a} {b}", f"3{p} {a}{b}", f"+393{p}{a}{b}", f"3{p}-{a}{b}"])
        if culture == "us":
            return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
        return self.pick(
            [
                f"+234 80{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
                f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"+49 151 {r.randint(1000000, 9999999)}",
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"+81 90-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ]
        )

    def street_for(self, c):
        r = self.r
        if c == "kr":
            road, gu = self.pick(KR_ROADS), self.pick(KR_GU)
            if self.r.random() < 0.5:
                return f"{self.pick(KR_CITIES)[1]} {gu[1]} {road[1]} {r.randint(1, 300)}"
            return f"{r.randint(1, 300)} {road[0]}, {gu[0]}"
        if c == "it":
            return f"{self.pick(IT_STREETS)} {r.randint(1, 180)}" + self.pick(["", "/B", ", int. 4"])
        if c == "us":
            return f"{r.randint(10, 9999)} {self.pick(US_STREETS)}" + self.pick(
                ["", " Apt 3B", " #204", " Unit 12"]
            )
        return self.pick(
            [
                f"{r.randint(1, 60)} Adeola Odeku Street",
                f"Flat {r.randint(1, 40)}, Linking Road",
                f"Rua Augusta, {r.randint(10, 2000)}",
                f"Karl-Marx-Allee {r.randint(1, 200)}",
                f"ul. Marszałkowska {r.randint(1, 150)}/{r.randint(1, 60)}",
                f"No. {r.randint(1, 300)}, Valiasr Street",
                f"İstiklal Cd. No:{r.randint(1, 250)}",
            ]
        )

    def city_for(self, c):
        if c == "kr":
            return self.pick(KR_CITIES)[0]
        if c == "it":
            return self.pick(IT_CITIES)[0]
        if c == "us":
            return self.pick(US_CITIES)[0]
        return self.pick(WORLD_CITIES)

    def zip_for(self, c):
        r = self.r
        if c == "kr":
            return f"{r.randint(1, 63):02d}{r.randint(0, 999):03d}"
        if c == "it":
            return f"{self.pick(IT_CITIES)[2]}{r.randint(100, 199)}"
        if c == "us":
            return self.pick(
                [
                    f"{self.pick(US_CITIES)[2]}{r.randint(100, 999)}",
                    f"0{r.randint(1000, 2799)}-{r.randint(1000, 9999)}",
                ]
            )
        return f"{r.randint(10000, 99999)}"

    def address_line(self, c):
        if c == "world":
            r = self.r
            return self.pick(
                [
                    f"{r.randint(1, 60)} Adeola Odeku St, Victoria Island, Lagos {r.randint(100001, 106104)}",
                    f"Flat {r.randint(1, 40)}, Linking Road, Bandra West, Mumbai {r.randint(400001, 400104)}",
                    f"Rua Augusta, {r.randint(10, 2000)}, São Paulo - SP, 0{r.randint(1000, 5999)}-000",
                    f"ul. Marszałkowska {r.randint(1, 150)}, 00-{r.randint(100, 999)} Warszawa",
                    f"No. {r.randint(1, 300)}, Valiasr Street, Tehran {r.randint(1000000000, 1999999999)}",
                    f"İstiklal Cd. No:{r.randint(1, 250)}, 34433 Beyoğlu/İstanbul",
                ]
            )
        return f"{self.street_for(c)}, {self.zip_for(c)} {self.city_for(c)}"

    def orcid(self):
        base = "0000000" + str(self.r.randint(1, 3)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        total = 0
        for ch in base:
            total = (total + int(ch)) * 2
        check = (12 - total % 11) % 11
        digits = base + ("X" if check == 10 else str(check))
        return "-".join(digits[i : i + 4] for i in range(0, 16, 4))

    def iban_any(self, country):
        r = self.r
        if country == "IT":
            bban = (
                self.pick(string.ascii_uppercase) + f"{r.randint(1000, 9999):05d}{r.randint(1000, 99999):05d}"
            )
            bban += "".join(str(r.randint(0, 9)) for _ in range(12))
        elif country == "FR":
            bban = "".join(str(r.randint(0, 9)) for _ in range(23))
        else:
            return self.iban(country)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def kr_account(self):
        r = self.r
        return self.pick(
            [
                f"110-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
                f"3333-{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
                f"{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}",
                f"1002-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            ]
        )

    def rrn(self, p: Person | None = None):
        r = self.r
        y, m, d = r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)
        sex = (p.sex if p else self.pick(["m", "f"])) == "m"
        g = 1 if sex else 2
        body = f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randint(0, 99999):05d}"
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        check = (11 - sum(int(a) * w for a, w in zip(body, weights, strict=True)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def codice_fiscale(self, p: Person):
        def letters(s, first_name):
            s = _ascii(s).upper().replace("-", "").replace(" ", "")
            cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
            vows = [c for c in s if c in "AEIOU"]
            if first_name and len(cons) >= 4:
                cons = [cons[0], cons[2], cons[3]]
            return "".join(cons + vows + ["X"] * 3)[:3]

        r = self.r
        y, m, d = r.randint(1960, 2001), r.randint(1, 12), r.randint(1, 28)
        day = d + (40 if p.sex == "f" else 0)
        code = (
            letters(p.last, False)
            + letters(p.first, True)
            + f"{y % 100:02d}{CF_MONTHS[m - 1]}{day:02d}"
            + self.pick(IT_CITIES)[3]
        )
        total = 0
        for i, ch in enumerate(code):
            if i % 2 == 0:
                total += CF_ODD[ch]
            else:
                total += int(ch) if ch.isdigit() else ord(ch) - 65
        return code + chr(65 + total % 26)

    def passport_any(self, c):
        r = self.r
        if c == "kr":
            return self.pick(["M", "R"]) + f"{r.randint(10000000, 99999999)}"
        if c == "it":
            return self.pick(["YA", "YB", "YC", "AA"]) + f"{r.randint(1000000, 9999999)}"
        if c == "us":
            return self.digits(9)
        return self.pick(["P", "C", "A", "N"]) + f"{r.randint(1000000, 99999999)}"

    def alnum(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60) + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(56)

    def amount(self, cur):
        if cur == "KRW":
            return self.r.randint(5, 90) * 10000
        return self.money(40, 950)

    def iso(self):
        r = self.r
        day = f"2025-{r.randint(1, 10):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{day}T{clock}.{r.randint(0, 999):03d}Z"

    def partita_iva(self):
        return "IT" + self.luhn_complete(self.digits(10))

    def kst_time(self):
        r = self.r
        return f"2025-0{r.randint(3, 9)}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:00+09:00"

    def past_date(self):
        return f"2025-{self.r.randint(1, 9):02d}-{self.r.randint(1, 28):02d}"


def speaker_bio(f: CF) -> str:
    role = f.pick(["an Associate Professor", "a Research Scientist", "a PhD candidate"])
    return f.pick(
        [
            f"{f.me.full_latin} is {role} at {f.pick(INSTITUTIONS)}.",
            f"Dr. {f.me.last} leads the computational biology group at {f.pick(INSTITUTIONS)}.",
            f"{f.me.full_latin} works on {f.pick(KEYWORDS)}, {f.r.randint(10, 90)} papers so far.",
        ]
    )


def soc(f):
    return f.pick(SOCIETIES)


# -- contexts ----------------------------------------------------------------------------------------


def web_ctx(f: CF, path="/", title="ConfHub"):
    host = f.pick(["nasmi2025.confhub.io", "ksbr2025.confhub.io", "sinc2025.confhub.io"])
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.68.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.nasmi.org/meetings",
                        "https://m.search.naver.com/",
                        "https://www.sinc-neuro.it/congresso",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?lang=en", "?utm_source=newsletter&utm_medium=email", "?ref=program", "?lang=ko"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{host}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "it-IT", "en-GB", "ko", "it"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Seoul", "Europe/Rome", "America/Chicago"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["cfp_deadline", "early_bird_2025", "last_call_reg"])),
            "source": G(lambda f: f.pick(["newsletter", "linkedin", "google", "x"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "social"])),
            "term": G(
                lambda f: f.pick(
                    ["bioinformatics conference", "neuroscience congress 2025", "materials informatics"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_button", "footer_link", "banner_v2"])),
        }
    return ctx


def swift_ctx(f: CF):
    return {
        "app": {
            "name": G(lambda f: "ConfHub"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4321"])),
            "namespace": G(lambda f: "io.confhub.attendee"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([False, False, True])),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 390])),
            "height": G(lambda f: f.pick([852, 932, 844])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "it-IT"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Seoul", "Europe/Rome"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.me.email, "email"),
            "name": Y(lambda f: f.me.full, "name"),
        },
    }


def kotlin_ctx(f: CF):
    return {
        "app": {
            "name": G(lambda f: "ConfHub"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.3"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40303"])),
            "namespace": G(lambda f: "io.confhub.attendee"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S921N", "Pixel 8", "23049PCD8G", "SM-A546E"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "marble", "a54x"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "carrier": G(lambda f: f.pick(["SKTelecom", "KT", "LG U+", "TIM", "Vodafone IT", "T-Mobile"])),
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "it-IT", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Rome", "America/New_York"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S921N Build/UP1A.231005.007)", "Pixel 8 Build/AP1A.240405.002)"])
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(33.1, 45.9), 6), "geolocation"),
            "longitude": Y(
                lambda f: round(
                    f.pick([f.r.uniform(126.5, 129.4), f.r.uniform(7.0, 18.4), f.r.uniform(-122.4, -71.0)]), 6
                ),
                "geolocation",
            ),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.me.email, "email")},
    }


def rn_ctx(f: CF):
    return {
        "app": {
            "name": G(lambda f: "ConfHub Exhibitor"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.4"])),
            "build": G(lambda f: f.pick(["280", "291", "294"])),
            "namespace": G(lambda f: "io.confhub.leads"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad14,1", "SM-X710", "iPhone15,3"])),
            "name": G(lambda f: f.pick(["iPad", "gts9wifi", "iPhone"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "17.5.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1024, 800, 430])),
            "height": G(lambda f: f.pick([1366, 1280, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "it-IT"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Seoul", "Europe/Rome"])),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.me.email, "email")},
    }


def flutter_ctx(f: CF):
    return {
        "app": {
            "name": G(lambda f: "KSBR 학술대회"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["14", "16", "20"])),
            "namespace": G(lambda f: "kr.or.ksbr.conference"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "LGE"])),
            "model": G(lambda f: f.pick(["SM-S918N", "iPhone14,5", "SM-F946N"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.4", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 1170, 904])),
            "height": G(lambda f: f.pick([2316, 2532, 2316])),
        },
        "network": {
            "carrier": G(lambda f: f.pick(["SKTelecom", "KT", "LG U+"])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: "ko-KR"),
        "timezone": G(lambda f: "Asia/Seoul"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_ctx(lib):
    def make(f: CF):
        name, versions = SERVER_LIBS[lib]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if f.r.random() < 0.6:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if f.r.random() < 0.4:
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib in ("php", "java") and f.r.random() < 0.5:
            ctx["locale"] = G(lambda f: f.pick(["it-IT", "ko-KR", "en-US"]))
        if lib == "node" and f.r.random() < 0.5:
            ctx["groupId"] = G(lambda f: f.pick(["nasmi", "ksbr", "sinc"]))
        return ctx

    return make


CONTEXTS = {
    "web": None,  # built per event with its page
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}

# -- reusable bodies ---------------------------------------------------------------------------------


def product_item():
    def pick_ws(f):
        f._ws = f.pick(WORKSHOPS)
        return f._ws[0] + "-" + f.pick(["2025", "25B", "EB"])

    return {
        "product_id": G(lambda f: f.uuid()),
        "sku": G(pick_ws),
        "name": G(lambda f: f._ws[1]),
        "category": G(lambda f: f._ws[2]),
        "variant": G(lambda f: f.pick(["early_bird", "regular", "late", "member", "non_member"])),
        "price": G(lambda f: f.money(20, 850)),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
        "position": G(lambda f: f.r.randint(1, 12)),
    }


def me_name():
    return Y(lambda f: f.me.full, "name")


def me_email():
    return Y(lambda f: f.me.email, "email")


def me_phone():
    return Y(lambda f: f.me.phone, "phone")


# -- the events --------------------------------------------------------------------------------------
# (type, event or page/screen name, client, body, culture hint for `me`, page path for web)

EVENTS: list[tuple] = [
    # -- accounts and identify -----------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": me_email(),
            "firstName": Y(lambda f: f.me.first, "name"),
            "lastName": Y(lambda f: f.me.last, "name"),
            "name": me_name(),
            "phone": me_phone(),
            "title": G(lambda f: f.pick(JOB_TITLES)),
            "company": {
                "name": G(lambda f: f.pick(INSTITUTIONS)),
                "department": G(lambda f: f.pick(DEPARTMENTS)),
            },
            "address": {
                "street": Y(lambda f: f.street_for(f.me.culture), "street|address"),
                "city": Y(lambda f: f.city_for(f.me.culture), "city"),
                "state": G(
                    lambda f: f.pick(["MA", "MI", "BO", "MI", "Gyeonggi-do", "서울특별시", "Lombardia"])
                ),
                "postalCode": Y(lambda f: f.zip_for(f.me.culture), "zipcode"),
                "country": G(lambda f: f.pick(["US", "KR", "IT", "NG", "IN", "BR"])),
            },
            "orcid": Y(lambda f: f.orcid(), "identification"),
            "createdAt": G(lambda f: f.iso()),
            "memberNumber": G(lambda f: f.pick(["NASMI-", "KSBR-", "SINC-"]) + f.digits(6)),
            "careerStage": G(
                lambda f: f.pick(["student", "postdoc", "early_career", "faculty", "industry", "retired"])
            ),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "ko", "it"])),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "lei", "lui"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.confhub.io/avatars/{f.uuid()}.jpg", "photo"),
            "registrationsCount": G(lambda f: f.r.randint(0, 14)),
            "plan": G(lambda f: f.pick(["attendee", "organizer", "reviewer"])),
        },
        None,
        "/account/profile",
    ),
    (
        "identify",
        None,
        "python",
        {
            # traits synced from the warehouse (reverse ETL), SCREAMING_SNAKE as the columns are
            "EMAIL": me_email(),
            "FIRST_NAME": Y(lambda f: f.me.first, "name"),
            "LAST_NAME": Y(lambda f: f.me.last, "name"),
            "COUNTRY_CODE": G(lambda f: f.pick(["US", "KR", "IT", "DE", "NG"])),
            "LIFETIME_REGISTRATIONS": G(lambda f: f.r.randint(1, 20)),
            "LIFETIME_FEES_PAID_USD": G(lambda f: f.money(80, 6000)),
            "LAST_CONFERENCE_ATTENDED": G(
                lambda f: f.pick(["NASMI 2024", "KSBR 2024 Spring", "SINC 2024", "NASMI 2023"])
            ),
            "IS_LAPSED_MEMBER": G(lambda f: f.pick([True, False])),
            "MEMBER_SINCE": G(lambda f: f.date(2005, 2024)),
            "ABSTRACTS_SUBMITTED": G(lambda f: f.r.randint(0, 25)),
            "REVIEWER_SCORE_AVG": G(lambda f: round(f.r.uniform(1, 5), 2)),
            "HOME_INSTITUTION": G(lambda f: f.pick(INSTITUTIONS)),
            "MOBILE_PHONE_E164": Y(lambda f: f.me.phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.me.dob, "birthdate"),
            "SEGMENT_COHORT": G(lambda f: f.pick(["high_value", "first_timer", "dormant"])),
        },
        None,
        None,
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "이름": Y(lambda f: f.me.hangul, "name"),
            "이메일": me_email(),
            "휴대폰번호": me_phone(),
            "생년월일": Y(lambda f: f.me.dob.replace("-", "."), "birthdate"),
            "성별": Y(lambda f: f.pick(["남", "여"]), "gender|sex"),
            "소속기관": G(
                lambda f: f.pick(
                    ["서울대학교", "KAIST", "연세대학교", "포항공과대학교", "한국과학기술연구원"]
                )
            ),
            "직위": G(lambda f: f.pick(["교수", "박사과정", "석사과정", "연구원", "박사후연구원"])),
            "회원번호": G(lambda f: "KSBR-" + f.digits(6)),
            "회원등급": G(lambda f: f.pick(["정회원", "학생회원", "평생회원"])),
            "마케팅수신동의": G(lambda f: f.pick([True, False])),
            "가입일": G(lambda f: f.date(2010, 2025)),
        },
        "kr",
        None,
    ),
    (
        "alias",
        None,
        "web",
        {},
        None,
        "/signup/complete",
    ),
    (
        "group",
        None,
        "node",
        {
            "society": G(lambda f: f.pick(["NASMI", "KSBR", "SINC"])),
            "plan": G(lambda f: f.pick(["Society Pro", "Society Enterprise", "Society Starter"])),
            "seats": G(lambda f: f.r.randint(5, 60)),
            "website": G(
                lambda f: f.pick(
                    ["https://www.nasmi.org", "https://www.ksbr.or.kr", "https://www.sinc-neuro.it"]
                )
            ),
            "billing_email": G(
                lambda f: f.pick(["treasurer@nasmi.org", "office@ksbr.or.kr", "segreteria@sinc-neuro.it"])
            ),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "1 Kendall Sq, Cambridge, MA 02139",
                        "서울특별시 강남구 테헤란로 7길 22",
                        "Via Zamboni 33, 40126 Bologna",
                    ]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+1 617-555-0142", "+82 2-3452-0871", "+39 051 209 1111"])),
            "members_count": G(lambda f: f.r.randint(400, 9000)),
            "created_at": G(lambda f: f.iso()),
            "vat_number": G(lambda f: f.pick(["IT02345670374", "123-81-45678", "04-3456789"])),
        },
        None,
        None,
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "orcid", "kakao"])),
            "email_domain": G(
                lambda f: f.pick(["gmail.com", "snu.ac.kr", "unibo.it", "umich.edu", "naver.com"])
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "invited": G(lambda f: f.pick([True, False])),
            "form_data": {
                "email": me_email(),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Bologna2025!",
                            "hunter2hunter2",
                            f.alnum(12),
                            "Qwerty!23456",
                            f.me.first.lower() + "1987!",
                        ]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Bologna2025!", "hunter2hunter2", f.alnum(12), "Ksbr@2025"]), "password"
                ),
                "newsletter": G(lambda f: f.pick(["on", "off"])),
            },
        },
        None,
        "/signup",
    ),
    (
        "track",
        "Sign In Form Submitted",
        "web",
        {
            "input": Y(lambda f: f.me.email, "email", True),
            "remember_me": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "sso_provider": G(lambda f: f.pick(["none", "orcid", "google", "institutional_saml"])),
        },
        None,
        "/login",
    ),
    (
        "track",
        "Magic Link Requested",
        "ruby",
        {
            "email": me_email(),
            "login_token": RED(lambda f: f.alnum(43), "token"),
            "expires_at": G(lambda f: f.iso()),
            "redirect_path": G(
                lambda f: f.pick(["/submissions", "/registration/checkout", "/reviews/assigned"])
            ),
            "delivery_channel": G(lambda f: f.pick(["email", "sms"])),
        },
        None,
        None,
    ),
    (
        "track",
        "Verification Code Submitted",
        "kotlin",
        {
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email", "kakao_alimtalk"])),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
            "phone_number_country": G(lambda f: f.pick(["KR", "IT", "US"])),
        },
        None,
        None,
    ),
    (
        "track",
        "Profile Field Edited",
        "web",
        {
            "field": G(lambda f: f.pick(["mobile_phone", "work_phone", "emergency_phone"])),
            "new_value": Y(lambda f: f.new().phone, "phone", True),
            "previous_value_present": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: f.pick(["profile", "checkout", "onboarding"])),
        },
        None,
        "/account/profile",
    ),
    # -- browsing ------------------------------------------------------------------------------
    (
        "page",
        "Program",
        "web",
        {
            "path": G(lambda f: "/program"),
            "title": G(lambda f: "Program | ConfHub"),
            "url": G(
                lambda f: (
                    "https://"
                    + f.pick(["nasmi2025", "ksbr2025", "sinc2025"])
                    + ".confhub.io/program"
                    + f.pick(["", "?day=2", "?track=ml"])
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.linkedin.com/"])),
            "search": G(lambda f: f.pick(["", "?day=2", "?track=ml"])),
            "category": G(lambda f: "Agenda"),
        },
        None,
        "/program",
    ),
    (
        "track",
        "Program Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "graph neural networks",
                        "poster session B",
                        "microbiome",
                        "working memory",
                        "keynote",
                        "sonno",
                        "단일세포",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 80)),
            "filters": Many(G(lambda f: f.pick(["day:2", "track:ml", "format:poster", "room:A"])), 2),
        },
        None,
        "/program",
    ),
    (
        "track",
        "Attendee Directory Searched",
        "swift",
        {
            "q": Y(lambda f: f.pick([f.new().full, f.new().last, f.new().full_latin]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "directory_scope": G(lambda f: f.pick(["all", "speakers", "my_institution"])),
        },
        None,
        None,
    ),
    (
        "track",
        "Landing Page Viewed",
        "web",
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "utm_campaign": G(lambda f: f.pick(["early_bird_2025", "cfp_deadline", "retarget_q2"])),
            "landing_variant": G(lambda f: f.pick(["A", "B", "C"])),
        },
        None,
        "/register",
    ),
    (
        "track",
        "Button Clicked",
        "web",
        {
            "label": G(
                lambda f: f.pick(
                    [
                        "Register now",
                        "Submit an abstract",
                        "Iscriviti",
                        "등록하기",
                        "Download invitation letter",
                    ]
                )
            ),
            "location": G(lambda f: f.pick(["header", "hero", "footer", "sidebar"])),
            "button_id": G(lambda f: f.pick(["btn-register", "btn-cfp", "btn-visa"])),
        },
        None,
        "/",
    ),
    (
        "screen",
        "Session Detail",
        "swift",
        {
            "session_id": G(lambda f: "S" + f.digits(4)),
            "session_title": G(
                lambda f: f.pick(
                    [
                        "Keynote: The Future of Materials Discovery",
                        "Poster Session B",
                        "Simposio: Neuroscienze del sonno",
                        "Single-cell Genomics",
                    ]
                )
            ),
            "room": G(lambda f: f.pick(["Room 301B", "Sala Verde", "Hall A", "Auditorium 2", "그랜드볼룸"])),
            "bookmarked": G(lambda f: f.pick([True, False])),
        },
        None,
        None,
    ),
    # -- registration and e-commerce -----------------------------------------------------------
    (
        "track",
        "Product Added",
        "web",
        {"cart_id": G(lambda f: f.uuid()), **product_item()},
        None,
        "/registration/add-ons",
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "value": G(lambda f: f.money(80, 1500)),
            "currency": G(lambda f: f.pick(["USD", "KRW", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "STUDENT25", "KSBR-MEMBER", "SPEAKER100"])),
            "products": Many(product_item(), 3),
        },
        None,
        "/registration/checkout",
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "bank_transfer", "paypal", "invoice"])),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": me_name(),
            "billing_postal_code": Y(lambda f: f.zip_for(f.me.culture), "zipcode"),
            "billing_country": G(lambda f: f.pick(["US", "KR", "IT", "DE"])),
        },
        None,
        "/registration/checkout",
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "affiliation": G(lambda f: soc(f)[1]),
            "total": G(lambda f: f.money(80, 1500)),
            "revenue": G(lambda f: f.money(80, 1400)),
            "tax": G(lambda f: f.money(0, 200)),
            "discount": G(lambda f: f.money(0, 150)),
            "coupon": G(lambda f: f.pick(["", "STUDENT25", "SPEAKER100"])),
            "currency": G(lambda f: f.pick(["USD", "KRW", "EUR"])),
            "invoice_number": G(lambda f: f"INV-2025-{f.r.randint(1, 99999):05d}"),
            "products": Many(product_item(), 4),
            "registrant": {
                "first_name": Y(lambda f: f.me.first, "name"),
                "last_name": Y(lambda f: f.me.last, "name"),
                "email": me_email(),
                "badge_name": Y(lambda f: f.pick([f.me.first, f.me.full_latin, f.me.full]), "name"),
                "affiliation": G(lambda f: f.pick(INSTITUTIONS)),
                "job_title": G(lambda f: f.pick(JOB_TITLES)),
                "country": G(lambda f: f.pick(["US", "KR", "IT", "IN", "NG", "BR"])),
                "is_first_time_attendee": G(lambda f: f.pick([True, False])),
            },
            "billing_address": {
                "line1": Y(lambda f: f.street_for(f.me.culture), "address|street"),
                "line2": Y(
                    lambda f: f.pick(
                        ["Room 405", "Building 301", "Dipartimento di Fisica", "Suite 210", "3층"]
                    ),
                    "address|street",
                ),
                "city": Y(lambda f: f.city_for(f.me.culture), "city"),
                "postal_code": Y(lambda f: f.zip_for(f.me.culture), "zipcode"),
                "state": G(lambda f: f.pick(["MA", "GA", "BO", "RM", "Seoul"])),
                "country": G(lambda f: f.pick(["US", "KR", "IT"])),
            },
            "billing_contact": {
                "name": Y(lambda f: f.new().full, "name"),
                "email": G(
                    lambda f: f.pick(
                        [
                            "accounts.payable@umich.edu",
                            "amministrazione@dfa.unibo.it",
                            "finance@kaist.ac.kr",
                            "ap-invoices@gatech.edu",
                        ]
                    )
                ),
            },
        },
        None,
        None,
    ),
    (
        "track",
        "Invoice Paid",
        "python",
        {
            # Stripe invoice.paid webhook, forwarded by the billing service
            "invoice_id": G(lambda f: "in_" + f.alnum(24)),
            "invoice_number": G(lambda f: f"{f.alnum(8).upper()}-{f.r.randint(1, 40):04d}"),
            "customer": G(lambda f: "cus_" + f.alnum(14)),
            "customer_email": me_email(),
            "customer_name": me_name(),
            "customer_phone": me_phone(),
            "payment_intent": G(lambda f: "pi_" + f.alnum(24)),
            "amount_paid": G(lambda f: f.r.randint(8000, 150000)),
            "currency": G(lambda f: f.pick(["usd", "eur"])),
            "hosted_invoice_url": G(lambda f: "https://invoice.stripe.com/i/acct_1Nf" + f.alnum(13)),
            "customer_address": {
                "line1": Y(lambda f: f.street_for(f.me.culture), "address|street"),
                "city": Y(lambda f: f.city_for(f.me.culture), "city"),
                "postal_code": Y(lambda f: f.zip_for(f.me.culture), "zipcode"),
                "country": G(lambda f: f.pick(["US", "IT", "DE", "GB"])),
            },
            "payment_method_details": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                },
            },
        },
        None,
        None,
    ),
    (
        "track",
        "Card Charged (Legacy Gateway)",
        "php",
        {
            # the old on-premise gateway of the Italian society logs the full PAN (a real finding)
            "transaction_id": G(lambda f: f.digits(12)),
            "pan": RED(lambda f: f.card(), "credit card"),
            "cvv2_result": G(lambda f: f.pick(["M", "N", "P"])),
            "auth_code": G(lambda f: f.alnum(6).upper()),
            "importo": G(lambda f: f.money(80, 600)),
            "esito": G(lambda f: f.pick(["OK", "KO", "PENDING"])),
        },
        "it",
        None,
    ),
    (
        "track",
        "결제완료",
        "java",
        {
            # Toss Payments confirm response, forwarded by the Korean accounting backend
            "paymentKey": G(lambda f: "tgen_" + f.digits(14) + f.alnum(6)),
            "orderId": G(lambda f: "KSBR-" + f.digits(10)),
            "orderName": G(
                lambda f: f.pick(
                    ["정회원 사전등록", "학생회원 사전등록", "워크숍 A 외 1건", "비회원 현장등록"]
                )
            ),
            "method": G(lambda f: f.pick(["카드", "카드", "간편결제"])),
            "totalAmount": G(lambda f: f.r.randint(5, 60) * 10000),
            "approvedAt": G(lambda f: f.kst_time()),
            "card": {
                "issuerCode": G(lambda f: f.pick(["11", "41", "51", "61", "71"])),
                "number": G(
                    lambda f: (
                        f.pick(["433012", "536181", "949019", "625804"])
                        + "******"
                        + f"{f.r.randint(0, 999):03d}*"
                    )
                ),
                "installmentPlanMonths": G(lambda f: f.pick([0, 0, 2, 3, 6])),
                "approveNo": G(lambda f: f.digits(8)),
                "cardType": G(lambda f: f.pick(["신용", "체크"])),
            },
            "easyPay": {"provider": G(lambda f: f.pick(["토스페이", "카카오페이", "네이버페이"]))},
            "구매자명": Y(lambda f: f.me.hangul, "name"),
            "구매자연락처": me_phone(),
            "구매자이메일": me_email(),
            "현금영수증발행": G(lambda f: f.pick([True, False])),
            "소속": G(lambda f: f.pick(["서울대학교", "KAIST", "부산대학교", "고려대학교"])),
        },
        "kr",
        None,
    ),
    (
        "track",
        "Iscrizione Completata",
        "php",
        {
            "nome": Y(lambda f: f.me.first, "name"),
            "cognome": Y(lambda f: f.me.last, "name"),
            "email": me_email(),
            "telefono": me_phone(),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(f.me), "national id"),
            "indirizzo": Y(lambda f: f.street_for("it"), "address|street"),
            "cap": Y(lambda f: f.zip_for("it"), "zipcode"),
            "comune": Y(lambda f: f.city_for("it"), "city"),
            "provincia": G(lambda f: f.pick(["BO", "MI", "RM", "TO", "NA", "PD"])),
            "ente_di_appartenenza": G(
                lambda f: f.pick(
                    [
                        "Università di Bologna",
                        "CNR - Istituto di Neuroscienze",
                        "Sapienza Università di Roma",
                        "IIT Genova",
                    ]
                )
            ),
            "qualifica": G(
                lambda f: f.pick(
                    ["Dottorando", "Ricercatore", "Professore associato", "Assegnista di ricerca"]
                )
            ),
            "socio": G(lambda f: f.pick([True, False])),
            "numero_tessera": G(lambda f: "SINC" + f.digits(5)),
            "quota_iscrizione": G(lambda f: f.pick([150.0, 220.0, 90.0, 300.0])),
            "fattura_elettronica": {
                "codice_destinatario": G(lambda f: f.pick(["0000000", "UFQ9WQ", "M5UXCR1", "KRRH6B9"])),
                "pec": Y(
                    lambda f: (
                        f"{_ascii(f.me.first).lower()}.{_ascii(f.me.last).lower()}@"
                        + f.pick(["pec.it", "legalmail.it", "pec.unibo.it"])
                    ),
                    "email",
                ),
                "partita_iva": G(lambda f: f.partita_iva()),
                "split_payment": G(lambda f: f.pick([True, False])),
            },
            "accompagnatori": Many(
                {
                    "nome_completo": Y(lambda f: f.new("it").full, "name"),
                    "eta": G(lambda f: f.r.randint(4, 75)),
                    "cena_sociale": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
        "it",
        None,
    ),
    (
        "track",
        "Accompanying Person Added",
        "web",
        {
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "guest_first_name": Y(lambda f: f.new().first, "name"),
            "guest_last_name": Y(lambda f: f.other.last, "name"),
            "guest_relationship": G(lambda f: f.pick(["spouse", "partner", "child", "parent", "other"])),
            "guest_age_band": G(lambda f: f.pick(["0-11", "12-17", "18+"])),
            "social_program": G(lambda f: f.pick([True, False])),
            "guest_fee": G(lambda f: f.pick([0, 95, 150, 180])),
        },
        None,
        "/registration/guests",
    ),
    (
        "track",
        "Childcare Requested",
        "web",
        {
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "children": Many(
                {
                    "first_name": Y(lambda f: f.new().first, "name"),
                    "age": G(lambda f: f.r.randint(0, 12)),
                    "allergies": Many(
                        Y(lambda f: f.pick(["peanuts", "tree nuts", "eggs", "milk", "sesame"]), "allergy"), 2
                    ),
                },
                3,
            ),
            "days_needed": Many(G(lambda f: f.pick(["2025-10-14", "2025-10-15", "2025-10-16"])), 3),
            "pickup_authorized_name": Y(lambda f: f.new().full, "name"),
            "pickup_authorized_phone": Y(lambda f: f.other.phone, "phone"),
        },
        None,
        "/registration/childcare",
    ),
    # -- visa invitation letters ---------------------------------------------------------------
    (
        "track",
        "Visa Invitation Letter Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "conference_id": G(lambda f: f.pick(["nasmi-2025", "ksbr-2025-fall", "sinc-2025"])),
            "full_name_as_in_passport": Y(lambda f: f.me.full_latin.upper(), "name"),
            "passport_number": RED(lambda f: f.passport_any(f.me.culture), "passport"),
            "passport_expiry": G(lambda f: f.date(2026, 2034)),
            "passport_issuing_country": G(lambda f: f.pick(["NG", "IN", "IR", "CN", "VN", "BR", "TR", "PK"])),
            "nationality": Y(
                lambda f: f.pick(
                    ["Nigerian", "Indian", "Iranian", "Chinese", "Vietnamese", "Brazilian", "Turkish"]
                ),
                "citizenship",
            ),
            "date_of_birth": Y(lambda f: f.me.dob, "birthdate"),
            "requires_visa": RED(lambda f: f.pick([True, True, False]), "visa"),
            "visa_type": RED(
                lambda f: f.pick(["B-1", "C-3 (short-term visit)", "Schengen type C", "C-4"]), "visa"
            ),
            "embassy_city": G(
                lambda f: f.pick(["Lagos", "New Delhi", "Tehran", "Beijing", "Hanoi", "Ankara"])
            ),
            "mailing_address": Y(lambda f: f.address_line(f.me.culture), "address"),
            "contact_email": me_email(),
            "contact_phone": me_phone(),
            "has_accepted_abstract": G(lambda f: f.pick([True, False])),
            "letter_language": G(lambda f: f.pick(["en", "ko", "it"])),
        },
        "world",
        "/visa-letter",
    ),
    (
        "track",
        "Visa Letter Issued",
        "go",
        {
            "letter_id": G(lambda f: "VL-" + f.digits(6)),
            "request_id": G(lambda f: f.uuid()),
            "applicant_email": me_email(),
            "pdf_sha256": G(lambda f: f.hexid(64)),
            "pdf_url": G(lambda f: f"https://files.confhub.io/letters/{f.uuid()}.pdf"),
            "signed_by": Y(lambda f: f.new().full, "name"),
            "signer_title": G(
                lambda f: f.pick(["Conference Chair", "Presidente del Comitato Organizzatore", "조직위원장"])
            ),
            "turnaround_hours": G(lambda f: f.r.randint(2, 120)),
            "sent_via": G(lambda f: f.pick(["email", "courier"])),
        },
        "world",
        None,
    ),
    # -- badges --------------------------------------------------------------------------------
    (
        "track",
        "Badge Printed",
        "dotnet",
        {
            "BadgeId": G(lambda f: f.uuid()),
            "RegistrationId": G(lambda f: "REG-" + f.digits(7)),
            "PrintedAt": G(lambda f: f.iso()),
            "PrinterName": G(lambda f: f.pick(["Zebra ZC350 #2", "Evolis Primacy 2", "Brother QL-820NWB"])),
            "BadgeName": Y(lambda f: f.pick([f.me.full_latin, f.me.first, f.me.full]), "name"),
            "BadgeAffiliation": G(lambda f: f.pick(INSTITUTIONS)),
            "PronounsOnBadge": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "Ribbons": Many(
                G(lambda f: f.pick(["Speaker", "Session Chair", "First-Timer", "Exhibitor", "Volunteer"])), 2
            ),
            "QrPayload": G(lambda f: "CH1|" + f.pick(["NASMI25", "KSBR25", "SINC25"]) + "|" + f.digits(7)),
            "PrintCount": G(lambda f: f.pick([1, 1, 2, 3])),
        },
        None,
        None,
    ),
    (
        "track",
        "badge-printer-job-completed",
        "go",
        {
            # the badge printer vendor's webhook, kebab-case as the vendor sends it
            "job-id": G(lambda f: f.digits(9)),
            "printer-serial": G(lambda f: "C8J" + f.digits(9)),
            "template-name": G(lambda f: f.pick(["attendee-2025", "speaker-2025", "staff-2025"])),
            "first-line": Y(lambda f: f.me.first, "name"),
            "second-line": Y(lambda f: f.me.last, "name"),
            "third-line": G(lambda f: f.pick(INSTITUTIONS)),
            "ribbon-remaining-pct": G(lambda f: f.r.randint(3, 100)),
            "duration-ms": G(lambda f: f.r.randint(900, 8000)),
            "status": G(lambda f: f.pick(["completed", "jammed", "retry"])),
        },
        None,
        None,
    ),
    # -- dietary and accessibility -------------------------------------------------------------
    (
        "track",
        "Dietary Preferences Updated",
        "web",
        {
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "dietary_requirement": Y(
                lambda f: f.pick(["none", "vegetarian", "vegan", "halal", "kosher", "pescatarian"]),
                "religion",
            ),
            "food_allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "shellfish", "gluten", "lactose", "soy", "sesame"]),
                    "allergy",
                ),
                3,
            ),
            "dietary_notes": Y(
                lambda f: f.pick(
                    [
                        "Severe peanut allergy, I carry an EpiPen",
                        "Coeliac: strictly gluten-free please",
                        "Lactose intolerant",
                        "Allergia alla frutta a guscio",
                        "갑각류 알레르기가 있습니다",
                        "Shellfish allergy (anaphylaxis)",
                        "Intolleranza al glutine (celiachia)",
                    ]
                ),
                "allergy|condition",
                True,
            ),
            "gala_dinner_attending": G(lambda f: f.pick([True, False])),
            "meal_plan": G(lambda f: f.pick(["lunch_only", "full_board", "none"])),
        },
        None,
        "/registration/preferences",
    ),
    (
        "track",
        "Accessibility Needs Submitted",
        "web",
        {
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "sign_language_interpreter": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_assistance": RED(
                lambda f: f.pick(["none", "wheelchair_user", "walking_aid", "scooter"]), "disability"
            ),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "service_animal_name": G(lambda f: f.pick(["Biscuit", "Luna", "Rocco", "보리", "Max"])),
            "accessibility_notes": RED(
                lambda f: f.pick(
                    [
                        "I use a power wheelchair and need step-free access to the poster hall",
                        "Hard of hearing; live captions for keynotes please",
                        "Low vision, large-print program needed",
                        "Ho bisogno di un accesso senza barriere (sedia a rotelle)",
                        "Chronic fatigue: I need seating during poster sessions",
                    ]
                ),
                "disability",
            ),
            "lactation_room": Y(lambda f: f.pick([True, False]), "condition"),
            "quiet_room_access": G(lambda f: f.pick([True, False])),
            "support_person_name": Y(lambda f: f.new().full, "name"),
            "support_person_ticket": G(lambda f: f.pick([True, False])),
        },
        None,
        "/registration/accessibility",
    ),
    (
        "track",
        "Emergency Contact Added",
        "swift",
        {
            "emergency_contact_name": Y(lambda f: f.new().full, "name"),
            "emergency_contact_phone": Y(lambda f: f.other.phone, "phone"),
            "relationship": G(
                lambda f: f.pick(["spouse", "parent", "sibling", "friend", "coniuge", "배우자"])
            ),
            "travel_insurance_provider": G(
                lambda f: f.pick(["Allianz Travel", "AXA", "삼성화재", "Generali"])
            ),
            "travel_insurance_policy_number": Y(
                lambda f: f.pick(["ATP", "AXA-", "GN"]) + f.digits(9), "identification"
            ),
            "blood_type_on_file": G(lambda f: f.pick([True, False])),
        },
        None,
        None,
    ),
    # -- abstracts and papers ------------------------------------------------------------------
    (
        "track",
        "Abstract Submitted",
        "web",
        {
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "conference_id": G(lambda f: f.pick(["nasmi-2025", "ksbr-2025-fall", "sinc-2025"])),
            "track": G(
                lambda f: f.pick(
                    ["Machine Learning", "Genomics", "Cognitive Neuroscience", "Energy Materials"]
                )
            ),
            "title": G(lambda f: f.pick(PAPER_TITLES)),
            "keywords": Many(G(lambda f: f.pick(KEYWORDS)), 4),
            "word_count": G(lambda f: f.r.randint(150, 500)),
            "preferred_format": G(lambda f: f.pick(["oral", "poster", "either"])),
            "student_paper": G(lambda f: f.pick([True, False])),
            "authors": Many(
                {
                    "first_name": Y(lambda f: f.new().first, "name"),
                    "last_name": Y(lambda f: f.other.last, "name"),
                    "email": Y(lambda f: f.other.email, "email"),
                    "orcid": Y(lambda f: f.orcid(), "identification"),
                    "affiliation": G(lambda f: f.pick(INSTITUTIONS)),
                    "country": G(lambda f: f.pick(["US", "KR", "IT", "IN", "DE", "CN"])),
                    "is_corresponding": G(lambda f: f.pick([True, False])),
                    "position": G(lambda f: f.r.randint(1, 8)),
                },
                5,
            ),
        },
        None,
        "/submissions/new",
    ),
    (
        "track",
        "Paper Uploaded",
        "web",
        {
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "manuscript_final.pdf",
                        "camera_ready_v2.pdf",
                        "abstract.docx",
                        "supplementary.zip",
                        "paper (1).pdf",
                    ]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(80_000, 25_000_000)),
            "mime_type": G(
                lambda f: f.pick(
                    [
                        "application/pdf",
                        "application/zip",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ]
                )
            ),
            "page_count": G(lambda f: f.r.randint(1, 14)),
            "sha256": G(lambda f: f.hexid(64)),
            "anonymized_check_passed": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.r.randint(1, 4)),
        },
        None,
        "/submissions/upload",
    ),
    (
        "track",
        "Co-author Invited",
        "ruby",
        {
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "invitee_name": Y(lambda f: f.new().full, "name"),
            "invitee_email": Y(lambda f: f.other.email, "email"),
            "invited_by_user_id": G(lambda f: "usr_" + f.alnum(10)),
            "invitation_token": RED(lambda f: f.alnum(32), "token"),
            "reminder_count": G(lambda f: f.r.randint(0, 3)),
        },
        None,
        None,
    ),
    (
        "track",
        "Conflict of Interest Declared",
        "web",
        {
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "reviewer_id": G(lambda f: "rev_" + f.digits(5)),
            "conflict_type": G(
                lambda f: f.pick(["advisor", "co-author_last_3_years", "same_institution", "family", "other"])
            ),
            "conflicted_user_ids": Many(G(lambda f: "usr_" + f.alnum(10)), 3),
            "declared_by": G(lambda f: f.pick(["reviewer", "author", "chair"])),
        },
        None,
        "/reviews/conflicts",
    ),
    # -- reviewing -----------------------------------------------------------------------------
    (
        "track",
        "Reviewer Assigned",
        "python",
        {
            "assignment_id": G(lambda f: f.uuid()),
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "reviewer": {
                "id": G(lambda f: "rev_" + f.digits(5)),
                "name": Y(lambda f: f.new().full, "name"),
                "email": Y(lambda f: f.other.email, "email"),
                "institution": G(lambda f: f.pick(INSTITUTIONS)),
                "expertise": Many(G(lambda f: f.pick(KEYWORDS)), 3),
            },
            "assigned_by_email": Y(lambda f: f.new().email, "email"),
            "bid": G(lambda f: f.pick(["eager", "willing", "in_a_pinch", "not_willing", "none"])),
            "due_date": G(lambda f: f.past_date()),
            "blind_mode": G(lambda f: f.pick(["double", "single"])),
            "load": G(lambda f: f.r.randint(1, 12)),
        },
        None,
        None,
    ),
    (
        "track",
        "Review Submitted",
        "web",
        {
            "review_id": G(lambda f: f.uuid()),
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "overall_score": G(lambda f: f.r.randint(-3, 3)),
            "confidence": G(lambda f: f.r.randint(1, 5)),
            "recommendation": G(
                lambda f: f.pick(["accept", "weak_accept", "borderline", "weak_reject", "reject"])
            ),
            "comments_to_authors": G(
                lambda f: f.pick(
                    [
                        "The ablation in Table 3 does not support the main claim.",
                        "Clear and well written; please report variance across seeds.",
                        "Lo studio è interessante ma il campione è troppo piccolo.",
                        "표본 수가 적어 일반화에 한계가 있습니다.",
                        "Related work misses recent graph-based approaches.",
                    ]
                )
            ),
            "confidential_comments_to_chair": G(
                lambda f: f.pick(
                    [
                        "I suspect this overlaps heavily with an arXiv preprint.",
                        "Borderline; happy to defer to the other reviewers.",
                        "Strong accept, best paper candidate.",
                    ]
                )
            ),
            "reviewer_expertise_level": G(lambda f: f.pick(["expert", "knowledgeable", "outsider"])),
        },
        None,
        "/reviews/submit",
    ),
    (
        "track",
        "Decision Notified",
        "go",
        {
            "submission_id": G(lambda f: f.r.randint(1000, 9999)),
            "decision": G(lambda f: f.pick(["accepted_oral", "accepted_poster", "rejected", "waitlisted"])),
            "corresponding_author_email": Y(lambda f: f.new().email, "email"),
            "notified_at": G(lambda f: f.iso()),
            "email_message_id": G(lambda f: f"<{f.hexid(24)}.{f.r.randint(1, 9)}@mail.confhub.io>"),
            "average_score": G(lambda f: round(f.r.uniform(-3, 3), 2)),
        },
        None,
        None,
    ),
    # -- sessions, chairs and speakers ---------------------------------------------------------
    (
        "track",
        "Session Chair Confirmed",
        "java",
        {
            "session_id": G(lambda f: "S" + f.digits(4)),
            "session_title": G(
                lambda f: f.pick(
                    ["Graph Learning I", "Sleep and Memory", "Battery Materials", "Microbiome", "Keynote 2"]
                )
            ),
            "room": G(lambda f: f.pick(["Room 301B", "Sala Verde", "Hall A", "Auditorium 2", "그랜드볼룸"])),
            "starts_at": G(lambda f: f.iso()),
            "chair_name": Y(lambda f: f.new().full, "name"),
            "chair_email": Y(lambda f: f.other.email, "email"),
            "chair_mobile": Y(lambda f: f.other.phone, "phone"),
            "co_chair_name": Y(lambda f: f.new().full, "name"),
            "av_contact": G(lambda f: f.pick(["av-desk@confhub.io", "+39 051 209 4000", "+82 51-740-7700"])),
        },
        None,
        None,
    ),
    (
        "track",
        "Speaker Profile Updated",
        "swift",
        {
            "speaker_id": G(lambda f: "spk_" + f.digits(5)),
            "headshot_url": Y(lambda f: f"https://cdn.confhub.io/speakers/{f.hexid(16)}.jpg", "photo"),
            "bio": Y(speaker_bio, "name", True),
            "linkedin_url": Y(
                lambda f: (
                    f"https://www.linkedin.com/in/{_ascii(f.me.first).lower()}-{_ascii(f.me.last).lower()}-{f.hexid(6)}"
                ),
                "name|identification",
            ),
            "talk_title": G(lambda f: f.pick(PAPER_TITLES)),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
        None,
        None,
    ),
    (
        "track",
        "Speaker Travel Booked",
        "node",
        {
            "speaker_id": G(lambda f: "spk_" + f.digits(5)),
            "traveler_name": me_name(),
            "traveler_date_of_birth": Y(lambda f: f.me.dob, "birthdate"),
            "traveler_email": me_email(),
            "traveler_phone": me_phone(),
            "traveler_passport_number": RED(lambda f: f.passport_any(f.me.culture), "passport"),
            "traveler_passport_nationality": Y(
                lambda f: f.pick(["KOR", "ITA", "USA", "NGA", "IND", "BRA", "DEU"]), "citizenship"
            ),
            "frequent_flyer_number": G(lambda f: f.pick(["KE", "AZ", "UA", "LH"]) + f.digits(9)),
            "origin_airport": G(lambda f: f.pick(["ICN", "FCO", "BOS", "LOS", "BOM", "GRU"])),
            "destination_airport": G(lambda f: f.pick(["PUS", "BLQ", "BOS"])),
            "airline": G(lambda f: f.pick(["Korean Air", "ITA Airways", "United", "Lufthansa"])),
            "pnr": G(lambda f: f.alnum(6).upper()),
            "fare_amount": G(lambda f: f.money(300, 2400)),
            "cabin": G(lambda f: f.pick(["economy", "premium_economy"])),
            "booked_by_agent": Y(lambda f: f.new().full, "name"),
        },
        None,
        None,
    ),
    # -- travel grants and reimbursements ------------------------------------------------------
    (
        "track",
        "Travel Grant Applied",
        "web",
        {
            "application_id": G(lambda f: "TG-" + f.digits(6)),
            "program": G(
                lambda f: f.pick(["student_travel", "early_career", "diversity_fellowship", "LMIC_support"])
            ),
            "requested_amount": G(lambda f: f.pick([500, 750, 1000, 1500])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "KRW"])),
            "career_stage": G(lambda f: f.pick(["masters", "phd", "postdoc"])),
            "annual_stipend": Y(lambda f: f.pick([18000, 24500, 31000, 15000, 42000]), "salary"),
            "has_other_funding": G(lambda f: f.pick([True, False])),
            "home_airport": G(lambda f: f.pick(["LOS", "BOM", "GRU", "IKA", "SGN", "NBO"])),
            "supervisor_name": Y(lambda f: f.new().full, "name"),
            "supervisor_email": Y(lambda f: f.other.email, "email"),
            "home_address": Y(lambda f: f.address_line(f.me.culture), "address"),
            "date_of_birth": Y(lambda f: f.me.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["woman", "man", "non-binary", "prefer not to say"]), "gender"),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["Black or African American", "Hispanic or Latino", "Asian", "White", "Prefer not to say"]
                ),
                "ethnicity|race",
            ),
            "first_generation_student": G(lambda f: f.pick([True, False])),
            "statement_word_count": G(lambda f: f.r.randint(150, 800)),
            "dependents_count": G(lambda f: f.r.randint(0, 3)),
        },
        None,
        "/grants/apply",
    ),
    (
        "track",
        "Travel Grant Awarded",
        "python",
        {
            "application_id": G(lambda f: "TG-" + f.digits(6)),
            "award_amount": G(lambda f: f.pick([500, 750, 1000])),
            "currency": G(lambda f: f.pick(["USD", "EUR"])),
            "awardee_email": me_email(),
            "committee_score": G(lambda f: round(f.r.uniform(2, 5), 1)),
            "rank": G(lambda f: f.r.randint(1, 60)),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "w9_received": G(lambda f: f.pick([True, False])),
        },
        "us",
        None,
    ),
    (
        "track",
        "Reimbursement Requested",
        "dotnet",
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(6)),
            "ClaimantName": me_name(),
            "ClaimantEmail": me_email(),
            "ClaimantAddress": Y(lambda f: f.address_line(f.me.culture), "address"),
            "TotalAmount": G(lambda f: f.money(80, 2500)),
            "Currency": G(lambda f: f.pick(["USD", "EUR"])),
            "ExpenseItems": Many(
                {
                    "Category": G(
                        lambda f: f.pick(["airfare", "hotel", "per_diem", "ground_transport", "visa_fee"])
                    ),
                    "Amount": G(lambda f: f.money(10, 1200)),
                    "Date": G(lambda f: f.past_date()),
                    "ReceiptUrl": G(lambda f: f"https://files.confhub.io/receipts/{f.uuid()}.pdf"),
                },
                4,
            ),
            "PayoutMethod": G(lambda f: f.pick(["sepa", "ach", "wire"])),
            "Iban": RED(lambda f: f.iban_any(f.pick(["IT", "DE", "FR", "ES", "NL"])), "bank account"),
            "Bic": G(lambda f: f.pick(["UNCRITMMXXX", "BCITITMM", "DEUTDEFF", "BNPAFRPP", "INGBNL2A"])),
            "AccountHolder": me_name(),
            "BankName": G(
                lambda f: f.pick(["UniCredit", "Intesa Sanpaolo", "Deutsche Bank", "BNP Paribas", "ING"])
            ),
            "PaymentNote": RED(
                lambda f: "Rimborso spese SINC 2025 su IBAN " + f.iban_any("IT"), "bank account", True
            ),
            "ApprovedBy": Y(lambda f: f.new().full, "name"),
            "Status": G(lambda f: f.pick(["submitted", "approved", "paid", "rejected"])),
        },
        None,
        None,
    ),
    (
        "track",
        "ACH Payout Created",
        "go",
        {
            "payout_id": G(lambda f: "po_" + f.alnum(24)),
            "claim_number": G(lambda f: "CLM-" + f.digits(6)),
            "routing_number": G(lambda f: f.pick(["011000138", "021000021", "072000326", "122105155"])),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": me_name(),
            "amount_cents": G(lambda f: f.r.randint(5000, 250000)),
            "expected_arrival": G(lambda f: f.past_date()),
        },
        "us",
        None,
    ),
    (
        "track",
        "여비정산신청",
        "java",
        {
            # honorarium / travel settlement for the Korean society; withholding tax needs the RRN
            "신청번호": G(lambda f: "KSBR-T" + f.digits(6)),
            "신청자": Y(lambda f: f.me.hangul, "name"),
            "주민등록번호": RED(lambda f: f.rrn(f.me), "national id"),
            "은행명": G(lambda f: f.pick(["신한은행", "국민은행", "카카오뱅크", "우리은행", "하나은행"])),
            "계좌번호": RED(lambda f: f.kr_account(), "bank account"),
            "예금주": Y(lambda f: f.me.hangul, "name"),
            "지급액": G(lambda f: f.r.randint(10, 80) * 10000),
            "원천징수액": G(lambda f: f.r.randint(1, 30) * 3300),
            "구분": G(lambda f: f.pick(["강연료", "좌장수당", "교통비", "숙박비"])),
            "소속": G(lambda f: f.pick(["서울대학교", "KAIST", "부산대학교", "고려대학교"])),
            "직위": G(lambda f: f.pick(["교수", "부교수", "연구원", "박사후연구원"])),
            "처리상태": G(lambda f: f.pick(["접수", "승인", "지급완료"])),
        },
        "kr",
        None,
    ),
    # -- hotels and travel ---------------------------------------------------------------------
    (
        "track",
        "Hotel Room Booked",
        "web",
        {
            "booking_id": G(lambda f: "HB-" + f.digits(7)),
            "hotel_name": G(lambda f: f.pick(HOTELS)[0]),
            "hotel_address": G(lambda f: f.pick(HOTELS)[1]),
            "hotel_phone": G(lambda f: f.pick(HOTELS)[2]),
            "check_in": G(lambda f: f.pick(["2025-10-13", "2025-10-14", "2025-06-17", "2025-09-02"])),
            "check_out": G(lambda f: f.pick(["2025-10-17", "2025-10-16", "2025-06-20", "2025-09-05"])),
            "room_type": G(lambda f: f.pick(["single", "double", "twin", "DUS"])),
            "nightly_rate": G(lambda f: f.money(90, 320)),
            "guests": Many({"name": Y(lambda f: f.new().full, "name")}, 2),
            "lead_guest_email": me_email(),
            "lead_guest_phone": me_phone(),
            "roommate_email": Y(lambda f: f.new().email, "email"),
            "confirmation_number": G(lambda f: f.digits(9)),
            "loyalty_number": G(lambda f: f.pick(["MR", "HH", "IHG"]) + f.digits(9)),
            "special_requests": G(
                lambda f: f.pick(
                    ["High floor", "Late check-in after 23:00", "Quiet room", "", "Camera matrimoniale"]
                )
            ),
        },
        None,
        "/travel/hotel",
    ),
    # -- on site -------------------------------------------------------------------------------
    (
        "track",
        "Checked In",
        "swift",
        {
            "checkin_id": G(lambda f: f.uuid()),
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "desk": G(lambda f: f.pick(["A", "B", "Express", "Speakers"])),
            "venue_name": G(
                lambda f: f.pick(["BEXCO", "Palazzo dei Congressi di Bologna", "Hynes Convention Center"])
            ),
            "venue_latitude": G(lambda f: f.pick([35.1692, 44.4949, 42.3479])),
            "venue_longitude": G(lambda f: f.pick([129.1361, 11.3426, -71.0877])),
            "id_checked": G(lambda f: f.pick([True, False])),
            "wait_seconds": G(lambda f: f.r.randint(5, 900)),
        },
        None,
        None,
    ),
    (
        "track",
        "Lead Captured",
        "rn",
        {
            # exhibitor's lead-retrieval app: a scanned attendee's badge
            "lead_id": G(lambda f: f.uuid()),
            "exhibitor": G(lambda f: f.pick(SPONSORS)),
            "scanned_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "lead": {
                "firstName": Y(lambda f: f.new().first, "name"),
                "lastName": Y(lambda f: f.other.last, "name"),
                "email": Y(lambda f: f.other.email, "email"),
                "phone": Y(lambda f: f.other.phone, "phone"),
                "company": G(lambda f: f.pick(INSTITUTIONS + SPONSORS)),
                "jobTitle": G(lambda f: f.pick(JOB_TITLES)),
            },
            "rating": G(lambda f: f.pick(["hot", "warm", "cold"])),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Interested in demo",
                        "Wants pricing for sequencer",
                        "Follow up after conference",
                        "Grad student, no budget",
                    ]
                )
            ),
            "consent_to_contact": G(lambda f: f.pick([True, True, False])),
        },
        None,
        None,
    ),
    # -- membership ----------------------------------------------------------------------------
    (
        "track",
        "Membership Renewed",
        "web",
        {
            "member_number": G(lambda f: "NASMI-" + f.digits(6)),
            "membership_tier": G(lambda f: f.pick(["student", "regular", "emeritus", "lifetime"])),
            "dues_amount": G(lambda f: f.pick([45, 95, 160, 240])),
            "income_bracket": Y(lambda f: f.pick(["<$50k", "$50k-$100k", "$100k-$150k", ">$150k"]), "salary"),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "employer": G(lambda f: f.pick(INSTITUTIONS)),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "veteran_discount": RED(lambda f: f.pick([True, False]), "veteran"),
            "years_as_member": G(lambda f: f.r.randint(1, 40)),
            "age": G(lambda f: f.r.randint(23, 78)),
        },
        "us",
        "/membership/renew",
    ),
    # -- support and messaging -----------------------------------------------------------------
    (
        "track",
        "Help Chat Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.hexid(20)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, I registered with {f.me.email} but never got the confirmation",
                        f"Please call me at {f.me.phone}, my card was charged twice",
                        f"Buongiorno, la fattura va intestata a me, email {f.me.email}",
                        f"등록 확인 메일이 안 왔어요. 연락처 {f.me.phone}",
                        f"Can you change the email on my badge order to {f.new().email}?",
                    ]
                ),
                "email|phone",
                True,
            ),
            "bot_handled": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "it", "ko"])),
        },
        None,
        "/help",
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Invoice correction", "Visa letter delay", "Refund request", "Cannot upload abstract"]
                )
            ),
            "requester": {"name": me_name(), "email": me_email()},
            "assignee_name": Y(lambda f: f.new().full, "name"),
            "group": G(lambda f: f.pick(["Registration", "Finance", "Program Committee"])),
            "reply_to": G(
                lambda f: f.pick(["support@confhub.io", "registrazioni@sinc-neuro.it", "office@ksbr.or.kr"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
            "tags": Many(G(lambda f: f.pick(["billing", "visa", "vip", "speaker", "refund"])), 3),
        },
        None,
        None,
    ),
    (
        "track",
        "Email Delivered",
        "go",
        {
            # SendGrid event webhook, one record per delivery
            "email": Y(lambda f: f.new().email, "email"),
            "from": G(
                lambda f: f.pick(["no-reply@confhub.io", "registration@nasmi.org", "noreply@ksbr.or.kr"])
            ),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: f.alnum(22) + ".filterdrecv-" + f.alnum(8) + "-1-" + f.hexid(8).upper() + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "category": Many(
                G(lambda f: f.pick(["registration_confirmation", "reviewer_invite", "decision", "receipt"])),
                2,
            ),
            "event": G(lambda f: f.pick(["delivered", "processed", "deferred"])),
        },
        None,
        None,
    ),
    (
        "track",
        "SMS Reminder Sent",
        "dotnet",
        {
            # Twilio status callback
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.me.phone, "phone"),
            "From": G(lambda f: f.pick(["+16175550199", "+15005550006", "+393399990001"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Reminder: your talk starts at 14:30 in Room 301B.",
                        "NASMI 2025: badge pickup opens 8:00 at Hall A.",
                        "SINC 2025: la cena sociale inizia alle 20:00.",
                        "KSBR 2025: 포스터 세션은 3층에서 진행됩니다.",
                    ]
                )
            ),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "NumSegments": G(lambda f: f.pick([1, 1, 2])),
            "ErrorCode": G(lambda f: f.pick([None, None, 30003, 30006])),
        },
        None,
        None,
    ),
    (
        "track",
        "Feedback Survey Submitted",
        "flutter",
        {
            "survey_id": G(lambda f: "srv_" + f.digits(4)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "overall_rating": G(lambda f: f.r.randint(1, 5)),
            "attended_days": G(lambda f: f.r.randint(1, 4)),
            "would_attend_again": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["20-29", "30-39", "40-49", "50+"])),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "comment": G(
                lambda f: f.pick(
                    [
                        "포스터 세션 공간이 좁았어요",
                        "Great keynotes",
                        "Wi-Fi was unreliable",
                        "Più pause caffè!",
                    ]
                )
            ),
        },
        "kr",
        None,
    ),
    (
        "track",
        "Registration Transferred",
        "web",
        {
            "from_registration_id": G(lambda f: "REG-" + f.digits(7)),
            "to_registration_id": G(lambda f: "REG-" + f.digits(7)),
            "transferee_name": Y(lambda f: f.new().full, "name"),
            "transferee_email": Y(lambda f: f.other.email, "email"),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Transferring my registration to my colleague, reachable at {f.other.email}",
                        f"Please send the new badge details to {f.other.email}",
                        f"Trasferimento al collega, email {f.other.email}",
                        f"동료에게 양도합니다 ({f.other.email})",
                    ]
                ),
                "email",
                True,
            ),
            "transfer_fee": G(lambda f: f.pick([0, 25, 30, 50000])),
            "same_institution": G(lambda f: f.pick([True, False])),
        },
        None,
        "/registration/transfer",
    ),
    (
        "track",
        "Sponsorship Inquiry Submitted",
        "web",
        {
            "inquiry_id": G(lambda f: f.uuid()),
            "company": G(lambda f: f.pick(SPONSORS)),
            "contact_name": Y(lambda f: f.new().full, "name"),
            "contact": Y(lambda f: f.pick([f.other.email, f.other.phone]), "email|phone", True),
            "package": G(lambda f: f.pick(["platinum", "gold", "silver", "exhibitor_booth", "coffee_break"])),
            "budget_range": G(lambda f: f.pick(["<5k", "5k-15k", "15k-50k", ">50k"])),
            "heard_about_us": G(lambda f: f.pick(["previous_sponsor", "colleague", "website", "linkedin"])),
        },
        None,
        "/sponsors/inquire",
    ),
    (
        "track",
        "Integration Connected",
        "ruby",
        {
            "integration": G(lambda f: f.pick(["mailchimp", "zoom", "hubspot", "slack"])),
            "society_id": G(lambda f: f.pick(["nasmi", "ksbr", "sinc"])),
            "api_key": RED(
                lambda f: f.pick(
                    [f.hexid(32) + "-us" + str(f.r.randint(1, 21)), f.secret(), "pat-na1-" + f.uuid()]
                ),
                "secret",
            ),
            "webhook_url": G(lambda f: f"https://api.confhub.io/hooks/{f.hexid(12)}"),
            "connected_by_email": Y(lambda f: f.new().email, "email"),
            "scopes": Many(G(lambda f: f.pick(["lists:write", "meeting:read", "contacts", "chat:write"])), 3),
            "connected_at": G(lambda f: f.iso()),
        },
        None,
        None,
    ),
    (
        "track",
        "Virtual Session Joined",
        "node",
        {
            # Zoom webinar.participant_joined webhook, forwarded for hybrid attendance credit
            "event_ts": G(lambda f: f.epoch_ms()),
            "object": {
                "uuid": G(lambda f: f.alnum(22) + "=="),
                "id": G(lambda f: f.digits(11)),
                "topic": G(
                    lambda f: f.pick(
                        ["NASMI 2025 Keynote", "SINC 2025 - Sessione plenaria", "KSBR 2025 튜토리얼"]
                    )
                ),
                "participant": {
                    "user_id": G(lambda f: f.digits(8)),
                    "user_name": me_name(),
                    "email": me_email(),
                    "join_time": G(lambda f: f.iso()),
                    "participant_uuid": G(lambda f: f.uuid()),
                },
            },
            "attendance_credit_minutes": G(lambda f: f.r.randint(0, 90)),
        },
        None,
        None,
    ),
    (
        "track",
        "Volunteer Application Submitted",
        "web",
        {
            "application_id": G(lambda f: "VOL-" + f.digits(5)),
            "full_name": me_name(),
            "email": me_email(),
            "mobile": me_phone(),
            "date_of_birth": Y(lambda f: f.me.dob, "birthdate"),
            "university": G(lambda f: f.pick(INSTITUTIONS)),
            "authorized_to_work": RED(
                lambda f: f.pick(["yes", "no", "requires_sponsorship", "F-1 CPT"]), "visa"
            ),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "availability": Many(
                G(lambda f: f.pick(["day1_am", "day1_pm", "day2_am", "day2_pm", "day3"])), 4
            ),
            "languages_spoken": Many(G(lambda f: f.pick(["en", "ko", "it", "es", "zh"])), 3),
            "previous_volunteer": G(lambda f: f.pick([True, False])),
        },
        None,
        "/volunteer",
    ),
    (
        "track",
        "Invoice Details Updated",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "invoice_to": G(lambda f: f.pick(["individual", "institution"])),
            "billing_name": me_name(),
            "billing_email": me_email(),
            "billing_phone": me_phone(),
            "billing_address": Y(lambda f: f.address_line(f.me.culture), "address"),
            "tax_code": RED(lambda f: f.codice_fiscale(f.me), "national id"),
            "po_number": G(lambda f: "PO" + f.digits(7)),
            "institution_vat_id": G(lambda f: f.pick(["IT01131710376", "IT80209930587", "IT02133120150"])),
        },
        "it",
        "/registration/invoice",
    ),
    (
        "track",
        "Attestato ECM Scaricato",
        "php",
        {
            # Italian CME (ECM) certificate: the provider must report the professional's data
            "id_evento_ecm": G(lambda f: f"{f.r.randint(1000, 9999)}-{f.r.randint(400000, 460000)}"),
            "nome_completo": Y(lambda f: f.me.full, "name"),
            "codice_fiscale": RED(lambda f: f.codice_fiscale(f.me), "national id"),
            "professione": G(
                lambda f: f.pick(
                    ["Medico chirurgo", "Psicologo", "Biologo", "Tecnico di neurofisiopatologia"]
                )
            ),
            "disciplina": G(
                lambda f: f.pick(["Neurologia", "Psichiatria", "Psicoterapia", "Neurofisiopatologia"])
            ),
            "ordine_provincia": G(lambda f: f.pick(["BO", "MI", "RM", "NA"])),
            "numero_iscrizione_albo": Y(lambda f: f.digits(5), "license"),
            "crediti_ecm": G(lambda f: f.pick([4.5, 6.0, 9.0, 12.0])),
            "questionario_superato": G(lambda f: f.pick([True, True, False])),
        },
        "it",
        None,
    ),
    (
        "track",
        "Poster Print Ordered",
        "web",
        {
            "order_id": G(lambda f: "PP-" + f.digits(6)),
            "poster_size": G(lambda f: f.pick(["A0", "36x48in", "A1", "B1"])),
            "material": G(lambda f: f.pick(["paper_matte", "fabric", "vinyl"])),
            "price": G(lambda f: f.money(35, 160)),
            "delivery": G(lambda f: f.pick(["pickup_at_venue", "ship_to_me"])),
            "ship_to": {
                "name": me_name(),
                "street": Y(lambda f: f.street_for(f.me.culture), "street|address"),
                "city": Y(lambda f: f.city_for(f.me.culture), "city"),
                "zip": Y(lambda f: f.zip_for(f.me.culture), "zipcode"),
                "country": G(lambda f: f.pick(["US", "IT", "KR"])),
                "phone": me_phone(),
            },
            "file_pages": G(lambda f: 1),
        },
        None,
        "/posters/print",
    ),
    (
        "track",
        "Colleagues Invited",
        "web",
        {
            "invite_batch_id": G(lambda f: f.uuid()),
            "recipient_emails": Many(Y(lambda f: f.new().email, "email"), 4),
            "message_template": G(lambda f: f.pick(["default", "cfp_reminder", "lab_invite"])),
            "invites_sent": G(lambda f: f.r.randint(1, 4)),
        },
        None,
        "/invite",
    ),
    (
        "track",
        "Medical Incident Logged",
        "kotlin",
        {
            # logged by first-aid staff in the on-site staff app
            "incident_id": G(lambda f: "INC-" + f.digits(5)),
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "attendee_name": Y(lambda f: f.new().full, "name"),
            "symptoms": Y(
                lambda f: f.pick(
                    [
                        "fainting",
                        "chest pain",
                        "allergic reaction",
                        "hypoglycaemia",
                        "sprained ankle",
                        "migraine",
                    ]
                ),
                "condition",
            ),
            "known_allergies": Many(
                Y(lambda f: f.pick(["penicillin", "peanuts", "latex", "bee stings"]), "allergy"), 2
            ),
            "medication_given": Y(
                lambda f: f.pick(
                    [
                        "glucose gel",
                        "ibuprofen 400 mg",
                        "epinephrine auto-injector",
                        "paracetamol 1 g",
                        "cetirizine",
                    ]
                ),
                "medication",
            ),
            "ehic_number": RED(
                lambda f: "80" + f.pick(["380", "276", "250", "724"]) + f.digits(15), "health id"
            ),
            "ambulance_called": G(lambda f: f.pick([True, False, False])),
            "hospital": G(
                lambda f: f.pick(
                    [
                        "Policlinico Sant'Orsola",
                        "Ospedale Maggiore",
                        "해운대백병원",
                        "Massachusetts General Hospital",
                        "",
                    ]
                )
            ),
            "location_in_venue": G(lambda f: f.pick(["Hall A", "Poster hall", "Sala Verde", "Lobby"])),
            "logged_by": Y(lambda f: f.new().full, "name"),
        },
        None,
        None,
    ),
]


# -- assembly ----------------------------------------------------------------------------------------


def message(f: CF, kind, name, client, body, page, labels):
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f.uuid()]) if client == "web" else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_", "u-", ""]) + f.alnum(10) if client != "flutter" else "ksbr-" + f.digits(7),
    }
    msg["sentAt"] = msg["timestamp"][:-5] + f"{f.r.randint(0, 999):03d}Z"
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = f.pick(["nasmi", "ksbr", "sinc"])
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    if client == "web":
        ctx = web_ctx(
            f, page or "/", f.pick(["ConfHub", "Register | ConfHub", "NASMI 2025", "SINC 2025 | Iscrizioni"])
        )
    else:
        ctx = CONTEXTS[client](f)
    msg["context"] = render(ctx, f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = CF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, culture, page in EVENTS:
            f.reset(culture)
            events.append(message(f, kind, name, client, body, page, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=311, repeats=34)
    write(Path(__file__).parent, "holdout311_", events, labels)
