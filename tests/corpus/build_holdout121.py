"""Writes holdout121: tests/corpus/holdout121_events.jsonl and holdout121_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
holdout's labels (only build.py, fake.py and build_holdout3.py, for the format), and never run
through the engine by its author. Run `.venv/bin/python -m tests.corpus.build_holdout121`;
deterministic (seed 121).

What it covers: "Kinara", a dating and relationship-coaching app sold in India, Brazil and the US.
Member profiles (photos, prompts, preferences: religion, caste, languages, height, smoking,
drinking, children, politics), matrimony-style profiles run by a parent, horoscope matching,
likes, matches and chats, chat moderation, video dates (WebRTC stats), verification selfies and
identity documents (Aadhaar e-KYC, PAN, CPF, passports), safety reports, blocks and date check-ins
shared with a trusted contact, subscriptions and in-app purchases (Stripe, Razorpay UPI, Pix,
App Store notifications, a .NET billing service), coaching sessions, coach applications, coach
payouts and tax forms; members, matches, coaches, support agents, parents and friends. Messages
are identify / track / page / screen / group / alias calls with the `context` blocks that
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python / node / go / java / ruby / php / .NET server libraries send. Each message is built
around one member persona of one market (IN, BR, US) so names, phones, addresses, locales and
time zones agree within a message; other people (matches, trusted contacts, coaches, agents,
parents, gift recipients) are fresh personas.

Conventions: mostly camelCase and snake_case keys; about 15 % of paths use other conventions
that real customers have: PascalCase (the .NET billing service, Twilio webhooks), kebab-case (a
PHP coach-application form), SCREAMING_SNAKE (warehouse reverse-ETL identify), Hindi-
transliterated keys (naam, janm_tithi, dharm, jaati, ...) and Portuguese keys (nome, celular,
cep, chave_pix, valor, ...). Values: names of Indian, Brazilian and US (many-origin) people,
national phone formats (+91, +55, NANP), Indian PIN codes, Brazilian CEPs, US ZIP codes with
leading zeros, CPFs with valid check digits, Aadhaar numbers with a valid Verhoeff digit, PANs,
structurally valid SSNs, ABA routing numbers with a valid checksum, UPI VPAs, Pix keys, public
IPv4/IPv6 addresses, IDFA/GAID, APNs/FCM push tokens.

Labels (the Privacy Portal's default colours): each leaf path has classification, type (the
reference's matcher name, or bank account / geolocation / secret / national id / advertising id /
political opinion ...; `a|b` when either is fair) and value_only (the key does not say what the
value is). A path is labelled by what its values carry in every event it appears in; a
value_only PII path carries that PII in every value, and free text that carries no PII in any
value is green. Special categories (religion, caste, sexual orientation, gender, ethnicity,
health, disability, political opinion) are PII even as booleans and enums. The product's
published policy is followed for contested cases (member/claim numbers, ages, marital status,
jobs, employers, businesses' own contact details and role mailboxes, pets, UUID tokens and
Message-IDs green; income, pay and rates `salary`, ad click ids `advertising id`, billing
addresses yellow; payment-method tokens, one-time codes, sign-in link tokens, identity-document
numbers and right-to-work answers red).

Rules this corpus had to settle (what a careful privacy owner would want):
- Caste (jaati) is yellow `ethnicity|race`: it is descent-based, like ethnicity.
- A member's preference over a special category (genders they want to see, religions they
  accept) reveals their own: yellow, that category. Preferences over age, height, distance,
  languages, smoking, drinking or children are green, and so is the gender wanted in a coach.
- A year of birth is a (partial) `birthdate`: yellow, unlike an age.
- A form's `username` that always holds an e-mail is yellow `email|name`, not value_only (the
  key names an identifier of the person).
- Height, smoking, drinking, diet, children, zodiac/rashi/manglik, education, mother tongue
  and marital status are green descriptive attributes (like age). Income, even as a band
  ("10-15 LPA"), is yellow `salary`; a coach's own hourly or payout rate is `salary`, a
  session's price to the client is green.
- Birth time and birthplace given for horoscope matching are the person's `birthdate` and `city`.
- A UPI VPA and a Pix key identify the person's payment account: red `bank account`. IFSC,
  bank codes and branch (agencia) numbers identify the bank: green. A masked Aadhaar keeping its
  last four digits is red `national id`, as an SSN's last four are.
- A city, neighbourhood or hometown of a person (member, match, install geo-IP city) is yellow;
  a venue's, a searched destination's and a business's place is green.
- Push tokens (APNs/FCM) are red `token`; IDFV/Android ID/instance ids green; IDFA/GAID yellow
  (including the all-zero IDFA sent when tracking is denied: the field is still an ad id field).
- A photo's EXIF GPS is the person's precise location: yellow `geolocation`.
- Push notification bodies that always name the match are yellow `name`, value_only.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places of the three markets ---------------------------------------------------------

IN_FIRST_F = [
    "Priya",
    "Ananya",
    "Meera",
    "Sneha",
    "Tanvi",
    "Zoya",
    "Harpreet",
    "Lakshmi",
    "Pooja",
    "Divya",
    "Kavya",
    "Ishita",
    "Nandini",
    "Riya",
    "Shreya",
    "Aisha",
    "Deepika",
    "Swati",
    "Anjali",
    "Sana",
]
IN_FIRST_M = [
    "Aarav",
    "Rohan",
    "Arjun",
    "Kabir",
    "Vikram",
    "Siddharth",
    "Nikhil",
    "Farhan",
    "Gurpreet",
    "Karthik",
    "Aditya",
    "Rahul",
    "Imran",
    "Varun",
    "Manish",
    "Pranav",
    "Harsh",
    "Yash",
    "Joel",
]
IN_LAST = [
    "Sharma",
    "Iyer",
    "Deshmukh",
    "Reddy",
    "Singh",
    "Nair",
    "Menon",
    "Gupta",
    "Kulkarni",
    "Chauhan",
    "Qureshi",
    "Ansari",
    "Kaur",
    "Venkatesan",
    "Joshi",
    "Banerjee",
    "Chatterjee",
    "Patil",
    "Agarwal",
    "Mukherjee",
    "Pillai",
    "Rao",
    "Khan",
    "D'Souza",
    "Fernandes",
    "Bhat",
    "Saxena",
    "Mehta",
    "Shah",
]
BR_FIRST_F = [
    "Ana Beatriz",
    "Mariana",
    "Larissa",
    "Camila",
    "Júlia",
    "Letícia",
    "Fernanda",
    "Beatriz",
    "Gabriela",
    "Isabela",
    "Luana",
    "Raíssa",
    "Thaís",
    "Bruna",
    "Maria Eduarda",
    "Yasmin",
]
BR_FIRST_M = [
    "João Pedro",
    "Lucas",
    "Gabriel",
    "Rafael",
    "Thiago",
    "Matheus",
    "Bruno",
    "Gustavo",
    "Felipe",
    "Vinícius",
    "Leonardo",
    "Caio",
    "Diego",
    "André",
    "Luiz Henrique",
    "Kenji",
]
BR_LAST = [
    "Oliveira",
    "Santos",
    "Ferreira",
    "Costa",
    "Almeida",
    "Souza",
    "Lima",
    "Rodrigues",
    "Carvalho",
    "Araújo",
    "Ribeiro",
    "Gomes",
    "Martins",
    "Barbosa",
    "Pereira",
    "Nascimento",
    "Moreira",
    "Cardoso",
    "Teixeira",
    "dos Santos Silva",
    "Nogueira",
    "Tanaka",
    "Haddad",
    "Conceição",
]
US_FIRST_F = [
    "Emily",
    "Ashley",
    "Jasmine",
    "Megan",
    "Hannah",
    "Aaliyah",
    "Brianna",
    "Sarah",
    "Keisha",
    "Lauren",
    "Maria",
    "Mei-Ling",
    "Sofia",
    "Grace",
    "Nadia",
    "Shanice",
    "Olivia",
    "Esperanza",
]
US_FIRST_M = [
    "Tyler",
    "Marcus",
    "DeShawn",
    "Connor",
    "Carlos",
    "Ethan",
    "Jamal",
    "Brandon",
    "Kevin",
    "Dmitri",
    "Mohammed",
    "José",
    "Austin",
    "Wei",
    "Tariq",
    "Liam",
    "Nathaniel",
    "Hiroshi",
]
US_LAST = [
    "Johnson",
    "Washington",
    "Nguyen",
    "Brooks",
    "Carter",
    "Williams",
    "O'Connor",
    "Hernandez",
    "Kim",
    "Goldberg",
    "Robinson",
    "Murphy",
    "Patel",
    "Lopez",
    "Schmidt",
    "Kowalski",
    "Jackson",
    "Alvarez",
    "Chen",
    "Nakamura",
    "Okonkwo",
    "Abernathy",
    "Rahman",
    "Sullivan",
]

# city, state, postal-code generator, lat, lon
IN_CITIES = [
    ("Mumbai", "MH", "400", 19.076, 72.8777),
    ("Bengaluru", "KA", "560", 12.9716, 77.5946),
    ("New Delhi", "DL", "110", 28.6139, 77.209),
    ("Hyderabad", "TG", "500", 17.385, 78.4867),
    ("Pune", "MH", "411", 18.5204, 73.8567),
    ("Chennai", "TN", "600", 13.0827, 80.2707),
    ("Kolkata", "WB", "700", 22.5726, 88.3639),
    ("Ahmedabad", "GJ", "380", 23.0225, 72.5714),
    ("Jaipur", "RJ", "302", 26.9124, 75.7873),
    ("Lucknow", "UP", "226", 26.8467, 80.9462),
    ("Kochi", "KL", "682", 9.9312, 76.2673),
    ("Chandigarh", "CH", "160", 30.7333, 76.7794),
    ("Indore", "MP", "452", 22.7196, 75.8577),
]
BR_CITIES = [
    ("São Paulo", "SP", "0", -23.5505, -46.6333),
    ("Rio de Janeiro", "RJ", "2", -22.9068, -43.1729),
    ("Belo Horizonte", "MG", "3", -19.9167, -43.9345),
    ("Curitiba", "PR", "8", -25.4284, -49.2733),
    ("Porto Alegre", "RS", "9", -30.0346, -51.2177),
    ("Salvador", "BA", "4", -12.9777, -38.5016),
    ("Recife", "PE", "5", -8.0476, -34.877),
    ("Fortaleza", "CE", "6", -3.7319, -38.5267),
    ("Brasília", "DF", "7", -15.7939, -47.8828),
    ("Florianópolis", "SC", "8", -27.5954, -48.548),
    ("Campinas", "SP", "1", -22.9099, -47.0626),
]
US_CITIES = [
    ("New York", "NY", "100", 40.7128, -74.006),
    ("Chicago", "IL", "606", 41.8781, -87.6298),
    ("Houston", "TX", "770", 29.7604, -95.3698),
    ("Los Angeles", "CA", "900", 34.0522, -118.2437),
    ("Atlanta", "GA", "303", 33.749, -84.388),
    ("Seattle", "WA", "981", 47.6062, -122.3321),
    ("Edison", "NJ", "088", 40.5187, -74.4121),
    ("Jersey City", "NJ", "073", 40.7178, -74.0431),
    ("Austin", "TX", "787", 30.2672, -97.7431),
    ("Miami", "FL", "331", 25.7617, -80.1918),
    ("Fremont", "CA", "945", 37.5485, -121.9886),
    ("Boston", "MA", "021", 42.3601, -71.0589),
    ("Sugar Land", "TX", "774", 29.6197, -95.6349),
]
IN_LOCALITIES = [
    "Indiranagar",
    "Koramangala",
    "Bandra West",
    "Andheri East",
    "Powai",
    "Salt Lake",
    "Kothrud",
    "Baner",
    "Gachibowli",
    "Jubilee Hills",
    "Adyar",
    "Vasant Kunj",
    "Malviya Nagar",
    "Gomti Nagar",
]
IN_BUILDINGS = [
    "Sai Krupa Apartments",
    "Lodha Amara",
    "Prestige Shantiniketan",
    "Hiranandani Gardens",
    "DLF Capital Greens",
    "Sobha Dream Acres",
    "Godrej Woods",
    "Green Valley CHS",
]
IN_ROADS = [
    "14th Cross Road",
    "MG Road",
    "Linking Road",
    "Baner Road",
    "Anna Salai",
    "Sector 21",
    "Road No. 36",
    "100 Feet Road",
    "SV Road",
    "Ring Road",
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua Voluntários da Pátria",
    "Av. Sete de Setembro",
    "Rua das Laranjeiras",
    "Rua XV de Novembro",
    "Av. Boa Viagem",
    "Rua Oscar Freire",
    "Av. Afonso Pena",
    "Rua Padre Chagas",
    "Rua da Consolação",
]
BR_BAIRROS = [
    "Consolação",
    "Botafogo",
    "Savassi",
    "Batel",
    "Moinhos de Vento",
    "Pinheiros",
    "Copacabana",
    "Boa Viagem",
    "Asa Sul",
    "Barra",
    "Centro",
    "Jardins",
]
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "Evergreen Terrace",
    "Sunset Blvd",
    "Peachtree St NE",
    "Lexington Ave",
    "Elm Dr",
    "Westheimer Rd",
    "Pine St",
    "Mission Blvd",
    "Oak Tree Rd",
]
DOMAINS = {
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com", "gmail.com"],
    "BR": ["gmail.com", "hotmail.com", "outlook.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "proton.me"],
}
LOCALES = {"IN": ["en-IN", "hi-IN", "en-IN", "ta-IN"], "BR": ["pt-BR"], "US": ["en-US", "es-US", "en-US"]}
TIMEZONES = {
    "IN": ["Asia/Kolkata", "Asia/Calcutta"],
    "BR": ["America/Sao_Paulo", "America/Recife", "America/Fortaleza"],
    "US": ["America/New_York", "America/Chicago", "America/Los_Angeles"],
}
CARRIERS = {
    "IN": ["Jio", "Airtel", "Vi India"],
    "BR": ["VIVO", "Claro BR", "TIM"],
    "US": ["T-Mobile", "Verizon", "AT&T"],
}
CURRENCY = {"IN": "INR", "BR": "BRL", "US": "USD"}
RELIGIONS = {
    "IN": ["Hindu", "Muslim", "Christian", "Sikh", "Jain", "Buddhist", "Parsi", "Spiritual"],
    "BR": ["Católica", "Evangélica", "Espírita", "Umbanda", "Sem religião", "Candomblé"],
    "US": ["Christian", "Catholic", "Jewish", "Muslim", "Hindu", "Agnostic", "Atheist", "Spiritual"],
}
CASTES = [
    "Brahmin",
    "Agarwal",
    "Maratha",
    "Nair",
    "Jat",
    "Rajput",
    "Kayastha",
    "Reddy",
    "Ezhava",
    "Khatri",
    "Scheduled Caste",
    "Vokkaliga",
    "Iyer",
    "Patel",
]
LANGS = {
    "IN": ["Hindi", "English", "Tamil", "Marathi", "Bengali", "Telugu", "Kannada", "Punjabi"],
    "BR": ["Português", "English", "Español"],
    "US": ["English", "Spanish", "Hindi", "Mandarin"],
}
ORGS = {
    "IN": [
        ("Infosys Wellbeing", "IT Services", "https://www.infosys.com", "benefits@infosys.com"),
        ("Flipkart Care", "E-commerce", "https://www.flipkart.com", "accounts-payable@flipkart.com"),
        ("Zerodha People", "Fintech", "https://zerodha.com", "hr-ops@zerodha.com"),
    ],
    "BR": [
        ("Nubank Benefícios", "Fintech", "https://nubank.com.br", "financeiro@nubank.com.br"),
        ("Stone Pagamentos", "Fintech", "https://www.stone.com.br", "beneficios@stone.com.br"),
    ],
    "US": [
        ("Deloitte US Benefits", "Consulting", "https://www2.deloitte.com", "usbenefits@deloitte.com"),
        ("Kaiser Permanente EAP", "Healthcare", "https://kp.org", "eap-admin@kp.org"),
    ],
}
VENUES = {
    "IN": [
        ("Third Wave Coffee", "12th Main Rd, Indiranagar, Bengaluru 560038", "Bengaluru"),
        ("Blue Tokai", "Kamala Mills, Lower Parel, Mumbai 400013", "Mumbai"),
        ("SOCIAL", "Hauz Khas Village, New Delhi 110016", "New Delhi"),
        ("Roastery Coffee House", "Road No. 12, Banjara Hills, Hyderabad 500034", "Hyderabad"),
    ],
    "BR": [
        ("Bar Brahma", "Av. São João, 677 - Centro, São Paulo - SP", "São Paulo"),
        ("Boteco Belmiro", "Rua Dias Ferreira, 521 - Leblon, Rio de Janeiro - RJ", "Rio de Janeiro"),
        ("Café Cultura", "Rua Padre Chagas, 79 - Moinhos de Vento, Porto Alegre - RS", "Porto Alegre"),
    ],
    "US": [
        ("Joe & The Juice", "61 9th Ave, New York, NY 10011", "New York"),
        ("Starbucks Reserve Roastery", "646 N Michigan Ave, Chicago, IL 60611", "Chicago"),
        ("Blue Bottle Coffee", "1355 Market St, San Francisco, CA 94103", "San Francisco"),
        ("Ponce City Market", "675 Ponce De Leon Ave NE, Atlanta, GA 30308", "Atlanta"),
    ],
}
PROXY_NUMBERS = {
    "IN": ["+91 80 4718 2200", "+91 80 4718 2201", "+91 22 6181 9090"],
    "BR": ["+55 11 4003-7120", "+55 11 4003-7121", "+55 21 4042-1180"],
    "US": ["+1 415-802-1144", "+1 415-802-1145", "+1 646-760-2231"],
}
IN_STATE_NAMES = {
    "MH": "Maharashtra",
    "KA": "Karnataka",
    "DL": "Delhi",
    "TG": "Telangana",
    "TN": "Tamil Nadu",
    "WB": "West Bengal",
    "GJ": "Gujarat",
    "RJ": "Rajasthan",
    "UP": "Uttar Pradesh",
    "KL": "Kerala",
    "CH": "Chandigarh",
    "MP": "Madhya Pradesh",
}
MARKET_WEIGHTS = [("IN", 0.45), ("BR", 0.3), ("US", 0.25)]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


class DF(Fake):
    """Fake with the three markets of this corpus; `me` is the persona a message is about."""

    def begin(self, markets=("IN", "BR", "US")) -> None:
        choices = [(m, w) for m, w in MARKET_WEIGHTS if m in markets]
        x = self.r.random() * sum(w for _, w in choices)
        for m, w in choices:
            x -= w
            if x <= 0:
                break
        self.m = m
        self.me = self.person(m)
        self._page = self.pick(WEB_PAGES)
        self._org = self.pick(ORGS[m])
        self._venue = self.pick(VENUES[m])

    def person(self, m: str | None = None) -> dict[str, Any]:
        m = m or self.m
        r = self.r
        gender = self.pick(["female", "male", "female", "male", "non-binary"])
        fem = gender == "female" or (gender == "non-binary" and r.random() < 0.5)
        firsts = {
            "IN": (IN_FIRST_F, IN_FIRST_M),
            "BR": (BR_FIRST_F, BR_FIRST_M),
            "US": (US_FIRST_F, US_FIRST_M),
        }
        lasts = {"IN": IN_LAST, "BR": BR_LAST, "US": US_LAST}
        first = self.pick(firsts[m][0 if fem else 1])
        last = self.pick(lasts[m])
        if m == "IN" and gender == "male" and last == "Kaur":
            last = "Singh"
        city, state, zp, lat, lon = self.pick({"IN": IN_CITIES, "BR": BR_CITIES, "US": US_CITIES}[m])
        p = {
            "m": m,
            "gender": gender,
            "first": first,
            "last": last,
            "city": city,
            "state": state,
            "lat": round(lat + r.uniform(-0.12, 0.12), 6),
            "lon": round(lon + r.uniform(-0.12, 0.12), 6),
            "dob": self.date(1972, 2005),
        }
        p["name"] = f"{first} {last}"
        p["email"] = self._email(first, last, m)
        p["phone"] = self.phone_of(m)
        p["zip"] = self.postal(m, zp)
        p["street"] = self.street_of(m)
        return p

    # -- contact details --
    def _email(self, first: str, last: str, m: str) -> str:
        a = ascii_fold(first.split()[0]).lower()
        b = ascii_fold(last.replace(" ", "").replace("'", "")).lower()
        style = self.r.randint(0, 4)
        user = [
            f"{a}.{b}",
            f"{a}{b}{self.r.randint(1, 99)}",
            f"{a}_{b[:4]}{self.r.randint(80, 99)}",
            f"{a[0]}{b}",
            f"{b}.{a}{self.r.randint(1, 9)}",
        ][style]
        return f"{user}@{self.pick(DOMAINS[m])}"

    def phone_of(self, m: str | None = None, style: str | None = None) -> str:
        m = m or self.m
        r = self.r
        if m == "IN":
            n = str(r.choice([6, 7, 8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(9))
            style = style or self.pick(["space", "e164", "dash", "zero", "bare"])
            return {
                "space": f"+91 {n[:5]} {n[5:]}",
                "e164": f"+91{n}",
                "dash": f"+91-{n}",
                "zero": f"0{n}",
                "bare": n,
            }[style]
        if m == "BR":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"])
            n = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
            style = style or self.pick(["space", "e164", "paren", "paren", "dash"])
            return {
                "space": f"+55 {ddd} {n[:5]}-{n[5:]}",
                "e164": f"+55{ddd}{n}",
                "paren": f"({ddd}) {n[:5]}-{n[5:]}",
                "dash": f"{ddd} {n[:5]}-{n[5:]}",
            }[style]
        style = {"space": "intl_space"}.get(style or "", style)
        style = style or self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"])
        return self.phone(style)

    def e164(self, m: str | None = None) -> str:
        return self.phone_of(m, "e164")

    def postal(self, m: str, prefix: str) -> str:
        r = self.r
        if m == "IN":
            return prefix + f"{r.randint(1, 99):03d}"
        if m == "BR":
            return f"{prefix}{r.randint(1000, 9999)}-{r.randint(0, 999):03d}"
        return prefix + f"{r.randint(1, 99):02d}"

    def street_of(self, m: str) -> str:
        r = self.r
        if m == "IN":
            return self.pick(
                [
                    f"Flat {r.randint(1, 19)}0{r.randint(1, 8)}, {self.pick(IN_BUILDINGS)}, "
                    f"{self.pick(IN_LOCALITIES)}",
                    f"#{r.randint(1, 300)}, {r.randint(1, 12)}th Main, {self.pick(IN_ROADS)}",
                    f"House No. {r.randint(1, 999)}, {self.pick(IN_ROADS)}, {self.pick(IN_LOCALITIES)}",
                    f"{self.pick('ABCD')}-{r.randint(1, 24)}{r.randint(1, 4):02d}, {self.pick(IN_BUILDINGS)}",
                ]
            )
        if m == "BR":
            return self.pick(
                [
                    f"{self.pick(BR_STREETS)}, {r.randint(10, 3999)}",
                    f"{self.pick(BR_STREETS)}, {r.randint(10, 3999)}, "
                    f"apto {r.randint(1, 24)}{r.randint(1, 4):02d}",
                    f"{self.pick(BR_STREETS)}, {r.randint(10, 3999)} - bloco {self.pick('ABC')}",
                ]
            )
        apt = self.pick(
            ["", "", f" Apt {r.randint(1, 30)}{self.pick('ABCD')}", f" Unit {r.randint(100, 999)}"]
        )
        return f"{r.randint(10, 9999)} {self.pick(US_STREETS)}{apt}"

    def line2(self, m: str | None = None) -> str:
        m = m or self.m
        r = self.r
        if m == "IN":
            return self.pick(
                [
                    f"Near {self.pick(['Shiv Mandir', 'Metro Station', 'HDFC Bank'])}",
                    f"Wing {self.pick('ABC')}, Floor {r.randint(1, 20)}",
                    self.pick(IN_LOCALITIES),
                ]
            )
        if m == "BR":
            return self.pick(
                [
                    f"apto {r.randint(11, 240)}",
                    f"bloco {self.pick('ABC')}, apto {r.randint(11, 99)}",
                    f"casa {r.randint(1, 9)}",
                    f"sala {r.randint(100, 1500)}",
                ]
            )
        return self.pick(
            [
                f"Apt {r.randint(1, 30)}{self.pick('ABCD')}",
                f"Unit {r.randint(100, 999)}",
                f"Suite {r.randint(100, 900)}",
                f"#{r.randint(2, 40)}",
            ]
        )

    def locality(self, m: str | None = None) -> str:
        m = m or self.m
        if m == "IN":
            return self.pick(IN_LOCALITIES)
        if m == "BR":
            return self.pick(BR_BAIRROS)
        return self.pick(
            [
                "Williamsburg",
                "Wicker Park",
                "Midtown",
                "Capitol Hill",
                "Brickell",
                "Mission District",
                "Back Bay",
                "Montrose",
            ]
        )

    # -- national ids and financial accounts --
    def cpf(self, formatted: bool | None = None) -> str:
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def aadhaar(self) -> str:
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        n = body + verhoeff_digit(body)
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def pan(self) -> str:
        letters = "".join(self.r.choice(string.ascii_uppercase) for _ in range(3))
        surname_initial = self.r.choice(string.ascii_uppercase)
        check = self.r.choice(string.ascii_uppercase)
        return f"{letters}P{surname_initial}{self.r.randint(1000, 9999)}{check}"

    def passport(self, m: str | None = None) -> str:
        m = m or self.m
        if m == "IN":
            return self.pick(list("JKLMNPRSTUVWZ")) + self.digits(7)
        if m == "BR":
            return self.pick(["FZ", "GA", "YB", "FX"]) + self.digits(6)
        return self.pick(["5", "6", "A"]) + self.digits(8)

    def rg(self) -> str:
        d = self.digits(8)
        return f"{d[:2]}.{d[2:5]}.{d[5:]}-{self.pick(list('0123456789X'))}"

    def id_document(self) -> tuple[str, str]:
        m = self.m
        if m == "IN":
            kind = self.pick(["aadhaar", "pan", "passport"])
            return kind, {"aadhaar": self.aadhaar, "pan": self.pan, "passport": self.passport}[kind]()
        if m == "BR":
            kind = self.pick(["cpf", "rg", "passport"])
            return kind, {"cpf": self.cpf, "rg": self.rg, "passport": self.passport}[kind]()
        kind = self.pick(["passport", "passport_card", "ssn"])
        if kind == "passport_card":
            return kind, "C" + self.digits(8)
        return kind, self.passport() if kind == "passport" else self.ssn()

    def kyc_document(self) -> tuple[str, str]:
        if self.m == "IN":
            kind = self.pick(["pan", "aadhaar"])
            return kind, self.pan() if kind == "pan" else self.aadhaar()
        return "cpf", self.cpf()

    def aba(self) -> str:
        body = [int(c) for c in self.pick(["021", "026", "111", "121", "071", "043", "091"]) + self.digits(5)]
        for check in range(10):
            n = [*body, check]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0:
                return "".join(map(str, n))
        raise AssertionError("no ABA check digit")

    def ifsc(self) -> str:
        return (
            self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB", "BARB", "YESB"]) + "0" + self.digits(6)
        )

    def vpa(self) -> str:
        p = self.person("IN")
        handle = self.pick(
            [
                ascii_fold(p["first"]).lower() + "." + ascii_fold(p["last"]).lower().replace("'", ""),
                p["phone"][-10:],
                ascii_fold(p["first"]).lower() + self.digits(3),
            ]
        )
        if not handle[0].isalpha() and not handle.isdigit():
            handle = "9" + self.digits(9)
        return (
            handle
            + "@"
            + self.pick(["okhdfcbank", "okicici", "oksbi", "okaxis", "ybl", "paytm", "ibl", "upi"])
        )

    def pix_key(self) -> str:
        p = self.person("BR")
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf(False)
        if kind == "email":
            return p["email"]
        if kind == "phone":
            return self.e164("BR")
        return self.uuid()

    # -- network and devices --
    def ip_of(self, m: str | None = None) -> str:
        m = m or self.m
        r = self.r
        if r.random() < 0.25:
            prefix = {
                "IN": ["2401:4900", "2409:40c2", "2405:201"],
                "BR": ["2804:14c", "2804:431", "2804:7f0"],
                "US": ["2600:1700", "2601:646", "2607:fb90"],
            }[m]
            return self.pick(prefix) + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(6))
        first = {
            "IN": [49, 103, 106, 117, 122, 152, 157, 182, 223],
            "BR": [177, 179, 186, 187, 189, 191, 200, 201],
            "US": [24, 47, 68, 73, 98, 108, 174, 172],
        }[m]
        return f"{self.pick(first)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def idfa(self) -> str:
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.12 else self.uuid().upper()

    def apns(self) -> str:
        return self.hexid(64)

    def fcm(self) -> str:
        alnum = string.ascii_letters + string.digits + "-_"
        return (
            "".join(self.r.choice(alnum) for _ in range(22))
            + ":APA91b"
            + "".join(self.r.choice(alnum) for _ in range(134))
        )

    def b62(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def money_in(self, lo=1, hi=500) -> float:
        scale = {"IN": 40, "BR": 4, "US": 1}[self.m]
        return round(self.r.uniform(lo, hi) * scale, 2)

    def photo_url(self) -> str:
        size, ext = self.pick(["1080", "640", "orig"]), self.pick(["jpg", "webp"])
        return f"https://media.kinara.app/p/{self.uuid()}/{size}.{ext}"


# -- templates -------------------------------------------------------------------------------------


class Opt:
    """A key present in about `p` of the messages."""

    def __init__(self, template: Any, p: float = 0.5):
        self.template, self.p = template, p


def render(template: Any, f: DF, path: str, labels: dict[str, dict]) -> Any:
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
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def me(field: str):
    return lambda f: f.me[field]


def other(field: str, market: str | None = None):
    return lambda f: f.person(market)[field]


def first_of(f: DF) -> str:
    return f.person()["first"]


# -- contexts --------------------------------------------------------------------------------------


def common_mobile(f: DF) -> dict:
    return {
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.m])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Opt(Y(lambda f: f.ip_of(), "ip"), 0.35),
        "traits": Opt(
            {
                "email": Y(me("email"), "email"),
                "name": Y(me("name"), "name"),
                "phone": Y(me("phone"), "phone"),
                "memberId": G(lambda f: "KN" + f.digits(8)),
            },
            0.3,
        ),
    }


def app_block(f: DF, namespace: str) -> dict:
    return {
        "name": G(lambda f: "Kinara"),
        "version": G(lambda f: f.pick(["7.14.0", "7.14.2", "7.15.0", "7.16.1"])),
        "build": G(lambda f: f.pick(["71400", "71402", "71500", "71610"])),
        "namespace": G(lambda f: namespace),
    }


IOS_MODELS = ["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2", "iPhone12,8", "iPhone14,5"]
ANDROID_DEVICES = [
    ("samsung", "SM-A546E", "a54x"),
    ("samsung", "SM-S918B", "dm3q"),
    ("Xiaomi", "23021RAAEG", "sapphire"),
    ("Xiaomi", "2201117TI", "spes"),
    ("OnePlus", "CPH2487", "OP5958L1"),
    ("motorola", "moto g54 5G", "cancunf"),
    ("realme", "RMX3741", "RE5C6CL1"),
    ("vivo", "V2250", "PD2250"),
    ("Google", "Pixel 8", "shiba"),
]


def pick_device(f: DF, platform: str | None = None) -> dict:
    platform = platform or f.pick(["ios", "android", "android"])
    if platform == "ios":
        f._dev = {
            "type": "ios",
            "manufacturer": "Apple",
            "model": f.pick(IOS_MODELS),
            "name": "iPhone",
            "os": "iOS",
            "osv": f.pick(["17.5.1", "17.6", "18.0.1", "16.7.8"]),
            "ns": "app.kinara.ios",
            "id": f.uuid().upper(),
            "w": f.pick([390, 393, 430]),
            "h": f.pick([844, 852, 932]),
        }
    else:
        man, model, name = f.pick(ANDROID_DEVICES)
        f._dev = {
            "type": "android",
            "manufacturer": man,
            "model": model,
            "name": name,
            "os": "Android",
            "osv": f.pick(["14", "13", "12", "15"]),
            "ns": "app.kinara.android",
            "id": f.hexid(16),
            "w": f.pick([1080, 720, 1440]),
            "h": f.pick([2340, 2400, 1600, 3120]),
        }
    return f._dev


def dev(key: str):
    return lambda f: f._dev[key]


def swift_context(f: DF) -> dict:
    pick_device(f, "ios")
    return {
        "app": app_block(f, "app.kinara.ios"),
        "device": {
            "id": G(dev("id")),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(dev("model")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.idfa(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.apns(), "token"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(dev("osv"))},
        "screen": {"width": G(dev("w")), "height": G(dev("h"))},
        **common_mobile(f),
    }


def kotlin_context(f: DF) -> dict:
    pick_device(f, "android")
    return {
        "app": app_block(f, "app.kinara.android"),
        "device": {
            "id": G(dev("id")),
            "manufacturer": G(dev("manufacturer")),
            "model": G(dev("model")),
            "name": G(dev("name")),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "token": Opt(RED(lambda f: f.fcm(), "token"), 0.25),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.m])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(dev("osv"))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0, 2.0])),
            "width": G(dev("w")),
            "height": G(dev("h")),
        },
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f._dev['osv']}; {f._dev['model']} "
                f"Build/{f.pick(['UP1A.231005.007', 'TP1A.220624.014', 'AP2A.240805.005'])})"
            )
        ),
        "location": Opt(
            {
                "latitude": Y(me("lat"), "geolocation"),
                "longitude": Y(me("lon"), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 0.0, 1.2, 13.5])),
            },
            0.3,
        ),
        **common_mobile(f),
    }


def rn_context(f: DF) -> dict:
    pick_device(f)
    return {
        "app": app_block(f, f._dev["ns"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(dev("manufacturer")),
            "model": G(dev("model")),
            "name": G(dev("name")),
            "type": G(dev("type")),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(dev("os")), "version": G(dev("osv"))},
        "screen": {"width": G(dev("w")), "height": G(dev("h"))},
        **common_mobile(f),
    }


def flutter_context(f: DF) -> dict:
    pick_device(f)
    return {
        "app": app_block(f, "app.kinara.coach"),
        "device": {
            "id": G(dev("id")),
            "manufacturer": G(dev("manufacturer")),
            "model": G(dev("model")),
            "type": G(dev("type")),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "os": {"name": G(dev("os")), "version": G(dev("osv"))},
        "screen": {"width": G(dev("w")), "height": G(dev("h"))},
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.m])),
        "location": Opt(
            {"latitude": Y(me("lat"), "geolocation"), "longitude": Y(me("lon"), "geolocation")}, 0.25
        ),
    }


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
GMAIL_PROXY_UA = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
WEB_PAGES = [
    ("/", "Kinara — Dating for people who mean it", "Home", "Marketing"),
    ("/pricing", "Plans & Pricing | Kinara", "Pricing", "Marketing"),
    ("/coaching", "Relationship Coaching | Kinara", "Coaching", "Coaching"),
    ("/coaches", "Find a Coach | Kinara", "Coach Directory", "Coaching"),
    ("/checkout", "Checkout | Kinara", "Checkout", "Checkout"),
    ("/blog/first-date-ideas-mumbai", "25 First Date Ideas in Mumbai | Kinara Blog", "Blog Post", "Blog"),
    ("/pt-br/planos", "Planos | Kinara", "Planos", "Marketing"),
    ("/safety", "Safety Centre | Kinara", "Safety", "Support"),
]


def web_context(f: DF) -> dict:
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f._page[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.instagram.com/",
                        "https://t.co/",
                        "https://www.google.com.br/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=instagram&utm_medium=paid_social", "?ref=app_banner"])
            ),
            "title": G(lambda f: f._page[1]),
            "url": G(lambda f: "https://kinara.app" + f._page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.m])),
        "ip": Y(lambda f: f.ip_of(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["diwali_love", "dia_dos_namorados", "valentines24", "coach_launch"])
                ),
                "source": G(lambda f: f.pick(["instagram", "google", "youtube", "newsletter"])),
                "medium": G(lambda f: f.pick(["paid_social", "cpc", "email", "influencer"])),
                "content": Opt(G(lambda f: f.pick(["reel_a", "carousel_2", "hero_cta"])), 0.6),
            },
            0.4,
        ),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context_for(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: DF) -> dict:
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python"):
            out["ip"] = Opt(Y(lambda f: f.ip_of(), "ip"), 0.3)
            out["externalIds"] = Opt(
                Many(
                    {
                        "id": Y(me("email"), "email", True),
                        "type": G(lambda f: "email"),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    },
                    1,
                ),
                0.25,
            )
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context_for(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
ALLSERVER = ["python", "node", "go", "java", "ruby"]

# -- shared pieces ---------------------------------------------------------------------------------


def member_id(f: DF) -> str:
    return "KN" + f.digits(8)


def match_id(f: DF) -> int:
    return f.r.randint(10_000_000, 99_999_999)


def product_item():
    return {
        "product_id": G(
            lambda f: f.pick(
                ["boost_1", "roses_5", "roses_12", "spotlight_30", "superlike_10", "readreceipts"]
            )
        ),
        "sku": G(
            lambda f: f.pick(
                ["KN-BST-001", "KN-RSE-005", "KN-RSE-012", "KN-SPT-030", "KN-SLK-010", "KN-RRC-001"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                ["1 Boost", "5 Roses", "12 Roses", "Spotlight 30 min", "10 Super Likes", "Read Receipts"]
            )
        ),
        "category": G(lambda f: f.pick(["consumables", "boosts", "features"])),
        "price": G(lambda f: f.money_in(1, 15)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


PROMPTS = [
    "My ideal Sunday",
    "Two truths and a lie",
    "The way to win me over is",
    "A shower thought I recently had",
    "Meu lugar favorito",
    "Typical Sunday",
    "I'm looking for",
    "Dating me is like",
]
ANSWERS = [
    "Filter coffee, a long walk in Cubbon Park and an afternoon nap.",
    "I've been to 14 countries, I can't swim, I once met Shah Rukh Khan.",
    "Bring me good biryani and a bad pun.",
    "Why do we park on driveways and drive on parkways?",
    "Praia de manhã, pastel de feira e um pagode no fim da tarde.",
    "Brunch, farmers market, then pretending to read on the couch.",
    "Someone kind who laughs at my jokes and calls their mom.",
    "A Netflix series you didn't know you needed.",
    "Trekking in the Sahyadris every monsoon.",
    "Late-night chai and arguing about cricket.",
]


def contact_text(f: DF) -> str:
    p = f.person()
    return f.pick(
        [
            f"my number is {p['phone']} text me",
            f"add me on whatsapp {f.phone_of(p['m'], 'space')}",
            f"call me {p['phone']}",
            f"mail me at {p['email']} this app keeps crashing",
            f"insta is dead, email {p['email']}",
            f"me chama no zap {f.phone_of('BR', 'paren')}",
            f"here's my cell {f.phone_of('US', 'nanp_dash')} 🙂",
        ]
    )


# (type, event or page/screen name, clients, markets, body, weight)
EVENTS: list[tuple] = [
    # ---------------- identify ----------------
    (
        "identify",
        None,
        [*MOBILE, "flutter"],
        ("IN", "BR", "US"),
        {
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "email": Y(me("email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "birthday": Y(me("dob"), "birthdate"),
            "age": G(lambda f: 2024 - int(f.me["dob"][:4])),
            "gender": Y(me("gender"), "gender"),
            "interestedIn": Y(lambda f: f.pick(["women", "men", "everyone"]), "sexual orientation"),
            "address": {
                "city": Y(me("city"), "city"),
                "state": G(me("state")),
                "postalCode": Y(me("zip"), "zipcode"),
                "country": G(lambda f: f.m),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus", "gold", "platinum"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, True, False])),
            "photoCount": G(lambda f: f.r.randint(1, 9)),
            "heightCm": G(lambda f: f.r.randint(148, 196)),
            "religion": Y(lambda f: f.pick(RELIGIONS[f.m]), "religion"),
            "languages": Many(G(lambda f: f.pick(LANGS[f.m])), 3),
            "smoking": G(lambda f: f.pick(["never", "socially", "regularly", "trying to quit"])),
            "drinking": G(lambda f: f.pick(["never", "socially", "often"])),
            "children": G(lambda f: f.pick(["none", "have_kids", "dont_want", "want_someday", "open"])),
            "education": G(
                lambda f: f.pick(["Bachelors", "Masters", "PhD", "High school", "MBA", "Ensino superior"])
            ),
            "jobTitle": G(
                lambda f: f.pick(
                    [
                        "Software Engineer",
                        "Product Manager",
                        "Doctor",
                        "Chartered Accountant",
                        "Designer",
                        "Teacher",
                        "Advogada",
                    ]
                )
            ),
            "company": G(
                lambda f: f.pick(
                    {
                        "IN": ["Infosys", "TCS", "Flipkart", "HDFC Bank", "Self-employed"],
                        "BR": ["Nubank", "Itaú", "Ambev", "Petrobras", "Autônomo"],
                        "US": ["Amazon", "Deloitte", "Kaiser Permanente", "Self-employed", "JPMorgan Chase"],
                    }[f.m]
                )
            ),
            "maritalStatus": G(
                lambda f: f.pick(["never_married", "divorced", "widowed", "awaiting_divorce"])
            ),
            "verified": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f.photo_url(), "photo"),
            "politics": Y(
                lambda f: f.pick(["liberal", "moderate", "conservative", "not_political", "other"]),
                "political opinion",
            ),
        },
        3,
    ),
    (
        "identify",
        None,
        ["python", "node"],
        ("IN",),
        {
            "naam": Y(me("name"), "name"),
            "pita_ka_naam": Y(lambda f: f.pick(IN_FIRST_M) + " " + f.me["last"], "name"),
            "janm_tithi": Y(
                lambda f: f.pick([f.me["dob"], "/".join(reversed(f.me["dob"].split("-")))]), "birthdate"
            ),
            "janm_samay": Y(
                lambda f: f"{f.r.randint(1, 12):02d}:{f.r.randint(0, 59):02d} {f.pick(['AM', 'PM'])}",
                "birthdate",
            ),
            "janm_sthan": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "dharm": Y(lambda f: f.pick(RELIGIONS["IN"]), "religion"),
            "jaati": Y(lambda f: f.pick(CASTES), "ethnicity|race"),
            "manglik": G(lambda f: f.pick(["haan", "nahin", "anshik", "pata nahin"])),
            "rashi": G(lambda f: f.pick(["Mesh", "Vrishabh", "Mithun", "Kark", "Simha", "Kanya", "Tula"])),
            "matrubhasha": G(lambda f: f.pick(LANGS["IN"])),
            "lambai": G(lambda f: f"{f.r.randint(4, 6)}'{f.r.randint(0, 11)}\""),
            "vaivahik_sthiti": G(lambda f: f.pick(["avivahit", "talaakshuda", "vidhur/vidhva"])),
            "shiksha": G(lambda f: f.pick(["B.Tech", "MBBS", "M.Com", "B.A.", "CA", "MBA"])),
            "vyavsay": G(
                lambda f: f.pick(["Software Engineer", "Doctor", "Business", "Government Job", "Teacher"])
            ),
            "varshik_aay": Y(
                lambda f: f.pick(["5-10 LPA", "10-15 LPA", "15-25 LPA", "25-50 LPA", "50 LPA+"]), "salary"
            ),
            "shahar": Y(me("city"), "city"),
            "pata": Y(lambda f: f.me["street"] + ", " + f.me["city"], "address|street"),
            "pincode": Y(me("zip"), "zipcode"),
            "rajya": G(me("state")),
            "mobile": Y(me("phone"), "phone"),
        },
        2,
    ),
    (
        "identify",
        None,
        ["php", "node"],
        ("BR",),
        {
            "nome": Y(me("first"), "name"),
            "sobrenome": Y(me("last"), "name"),
            "email": Y(me("email"), "email"),
            "celular": Y(me("phone"), "phone"),
            "data_nascimento": Y(lambda f: "/".join(reversed(f.me["dob"].split("-"))), "birthdate"),
            "cidade": Y(me("city"), "city"),
            "estado": G(me("state")),
            "cep": Y(me("zip"), "zipcode"),
            "religiao": Y(lambda f: f.pick(RELIGIONS["BR"]), "religion"),
            "altura_cm": G(lambda f: f.r.randint(150, 195)),
            "fumante": G(lambda f: f.pick(["não", "às vezes", "sim"])),
            "bebe": G(lambda f: f.pick(["não", "socialmente", "sim"])),
            "tem_filhos": G(lambda f: f.pick([True, False])),
            "signo": G(lambda f: f.pick(["Áries", "Touro", "Gêmeos", "Leão", "Escorpião", "Peixes"])),
            "profissao": G(lambda f: f.pick(["Engenheira", "Advogado", "Médica", "Designer", "Professor"])),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "endereco": Y(me("street"), "address|street"),
            "bairro": Y(lambda f: f.locality(), "address|city"),
            "plano": G(lambda f: f.pick(["gratis", "plus", "ouro"])),
            "genero": Y(lambda f: f.pick(["mulher", "homem", "não-binário"]), "gender"),
            "orientacao_sexual": Y(
                lambda f: f.pick(["hétero", "gay", "lésbica", "bissexual", "pan"]), "sexual orientation"
            ),
        },
        2,
    ),
    (
        "identify",
        None,
        ["python", "ruby"],
        ("IN", "BR", "US"),
        {
            "MEMBER_ID": G(member_id),
            "EMAIL_ADDRESS": Y(me("email"), "email"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "FIRST_NAME": Y(me("first"), "name"),
            "LAST_NAME": Y(me("last"), "name"),
            "HOME_CITY": Y(me("city"), "city"),
            "HOME_COUNTRY": G(lambda f: {"IN": "India", "BR": "Brazil", "US": "United States"}[f.m]),
            "DOB": Y(me("dob"), "birthdate"),
            "GENDER": Y(lambda f: f.me["gender"].upper(), "gender"),
            "HOME_POSTAL_CODE": Y(me("zip"), "zipcode"),
            "LAST_SEEN_IP": Y(lambda f: f.ip_of(), "ip"),
            "IDFA": Y(lambda f: f.uuid().upper(), "advertising id"),
            "LTV_USD": G(lambda f: f.money(0, 400)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "SUBSCRIPTION_TIER": G(lambda f: f.pick(["FREE", "PLUS", "GOLD", "PLATINUM"])),
            "LAST_ACTIVE_AT": G(lambda f: f.iso()),
            "MATCHES_30D": G(lambda f: f.r.randint(0, 60)),
            "IS_PAYING": G(lambda f: f.pick([True, False])),
            "SIGNUP_CHANNEL": G(lambda f: f.pick(["ORGANIC", "PAID_SOCIAL", "REFERRAL", "ASO"])),
            "FRAUD_SCORE": G(lambda f: f.r.randint(0, 100)),
        },
        2,
    ),
    (
        "identify",
        None,
        ["web", "flutter"],
        ("IN", "BR", "US"),
        {
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "email": Y(lambda f: ascii_fold(f.me["first"].split()[0]).lower() + "@coach.kinara.app", "email"),
            "role": G(lambda f: "coach"),
            "coachingSpecialties": Many(
                G(
                    lambda f: f.pick(
                        [
                            "first dates",
                            "breakup recovery",
                            "confidence",
                            "long distance",
                            "arranged-marriage prep",
                            "LGBTQ+ dating",
                        ]
                    )
                ),
                3,
            ),
            "certification": G(lambda f: f.pick(["ICF ACC", "ICF PCC", "Gottman Level 2", "none"])),
            "yearsExperience": G(lambda f: f.r.randint(1, 25)),
            "hourlyRate": Y(lambda f: f.money_in(30, 150), "salary"),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Certified coach helping busy professionals date with intention.",
                        "Former matchmaker. I help you show up as yourself.",
                        "Coach para relacionamentos saudáveis e conscientes.",
                        "Ten years coaching couples and singles through big transitions.",
                    ]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    # ---------------- group / alias ----------------
    (
        "group",
        None,
        ["web", "node"],
        ("IN", "BR", "US"),
        {
            "name": G(lambda f: f._org[0]),
            "industry": G(lambda f: f._org[1]),
            "employees": G(lambda f: f.r.randint(200, 300000)),
            "plan": G(lambda f: f.pick(["benefits_basic", "benefits_plus"])),
            "website": G(lambda f: f._org[2]),
            "billingEmail": G(lambda f: f._org[3]),
            "contactName": Y(lambda f: f.person()["name"], "name"),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    ("alias", None, [*MOBILE, "web"], ("IN", "BR", "US"), {}, 1),
    # ---------------- page / screen ----------------
    (
        "page",
        "Pricing",
        ["web"],
        ("IN", "BR", "US"),
        {
            "path": G(lambda f: f._page[0]),
            "url": G(lambda f: "https://kinara.app" + f._page[0]),
            "title": G(lambda f: f._page[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://kinara.app/"])),
            "search": G(lambda f: f.pick(["", "?plan=gold", "?utm_source=app"])),
            "name": G(lambda f: f._page[2]),
            "category": G(lambda f: f._page[3]),
        },
        2,
    ),
    (
        "screen",
        "Discover",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "from_screen": G(lambda f: f.pick(["Home", "Matches", "Chat", "Settings", "Profile"])),
            "tab": G(lambda f: f.pick(["for_you", "nearby", "new", "most_compatible"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 3500)),
        },
        3,
    ),
    # ---------------- onboarding / auth ----------------
    (
        "track",
        "Signed Up",
        [*MOBILE, "web"],
        ("IN", "BR", "US"),
        {
            "signup_method": G(lambda f: f.pick(["phone", "google", "apple", "email", "truecaller"])),
            "referral_code": G(lambda f: "KIN" + f.b62(6).upper()),
            "phone_country_code": G(lambda f: {"IN": "+91", "BR": "+55", "US": "+1"}[f.m]),
            "email_domain": G(lambda f: f.me["email"].split("@")[1]),
            "age": G(lambda f: 2024 - int(f.me["dob"][:4])),
            "first_name": Y(me("first"), "name"),
            "gender": Y(me("gender"), "gender"),
            "onboarding_variant": G(lambda f: f.pick(["control", "prompts_first", "photo_first"])),
            "accepted_terms": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Profile Created",
        ["rn", "kotlin"],
        ("IN", "US"),
        {
            "profile_for": G(lambda f: f.pick(["self", "son", "daughter", "brother", "sister", "friend"])),
            "manager_name": Y(lambda f: f.person()["first"] + " " + f.me["last"], "name"),
            "manager_relation": G(lambda f: f.pick(["mother", "father", "sibling", "self"])),
            "manager_phone": Y(lambda f: f.phone_of(), "phone"),
            "manager_email": Y(lambda f: f.person()["email"], "email"),
            "residency_status": RED(
                lambda f: f.pick(
                    ["US Citizen", "Green Card", "H-1B", "F-1 Student", "OCI", "Indian Citizen", "H-4 EAD"]
                ),
                "visa|citizenship",
            ),
            "mother_tongue": G(lambda f: f.pick(LANGS["IN"])),
            "profile_score": G(lambda f: f.r.randint(10, 100)),
        },
        2,
    ),
    (
        "track",
        "OTP Requested",
        ["node", "go"],
        ("IN", "BR", "US"),
        {
            "request_id": G(lambda f: f.uuid()),
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp_length": G(lambda f: f.pick([4, 6])),
            "otp_code": RED(lambda f: f.digits(6), "token|secret"),
            "provider": G(lambda f: f.pick(["msg91", "twilio_verify", "zenvia", "gupshup"])),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "delivery_status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
        },
        2,
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        ("US", "BR"),
        {
            "link_token": RED(lambda f: f.b62(43), "token"),
            "redirect_path": G(lambda f: f.pick(["/app/discover", "/app/matches", "/coaching/booking"])),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
            "device_matches": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Login Failed",
        ["web"],
        ("IN", "BR", "US"),
        {
            "form": {
                "username": Y(me("email"), "email|name"),
                "password": RED(
                    lambda f: f.pick(
                        ["Priya@1995", "kinara123", "S3nh@f0rte!", "iloveyou2", "Mumbai#2024", "qwerty!234"]
                    ),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
            "error_code": G(lambda f: f.pick(["INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "CAPTCHA_REQUIRED"])),
            "attempt_number": G(lambda f: f.r.randint(1, 6)),
        },
        1,
    ),
    (
        "track",
        "Password Changed",
        ["ruby", "python"],
        ("IN", "BR", "US"),
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_age_days": G(lambda f: f.r.randint(0, 900)),
            "reset_via": G(lambda f: f.pick(["email_link", "sms_otp", "settings"])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
        1,
    ),
    # ---------------- profile ----------------
    (
        "track",
        "Profile Photo Uploaded",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: f.photo_url(), "photo"),
            "position": G(lambda f: f.r.randint(1, 6)),
            "is_primary": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["camera", "gallery", "instagram", "facebook"])),
            "face_detected": G(lambda f: f.pick([True, True, False])),
            "moderation_status": G(
                lambda f: f.pick(["approved", "pending", "rejected_nsfw", "rejected_no_face"])
            ),
            "exif": {
                "gps_latitude": Y(me("lat"), "geolocation"),
                "gps_longitude": Y(me("lon"), "geolocation"),
                "camera_model": G(
                    lambda f: f.pick(["iPhone 14 Pro", "SM-A546E", "Pixel 8", "Redmi Note 12"])
                ),
                "taken_at": G(lambda f: f.iso()),
            },
        },
        2,
    ),
    (
        "track",
        "Prompt Answered",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "prompt_id": G(lambda f: f.r.randint(100, 180)),
            "prompt_text": G(lambda f: f.pick(PROMPTS)),
            "answer_text": G(lambda f: f.pick(ANSWERS)),
            "answer_length": G(lambda f: f.r.randint(10, 150)),
            "is_voice": G(lambda f: f.pick([True, False, False])),
        },
        2,
    ),
    (
        "track",
        "Profile Details Updated",
        MOBILE,
        ("US", "IN", "BR"),
        {
            "ethnicity": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "South Asian",
                            "Black/African Descent",
                            "Hispanic/Latino",
                            "White/Caucasian",
                            "East Asian",
                            "Middle Eastern",
                            "Pacific Islander",
                            "Native American",
                        ]
                    ),
                    "ethnicity|race",
                ),
                2,
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "hometown": Y(lambda f: f.pick([c[0] for c in IN_CITIES + BR_CITIES + US_CITIES]), "city"),
            "school": G(
                lambda f: f.pick(
                    ["IIT Bombay", "USP", "University of Michigan", "Delhi University", "UFRJ", "NYU"]
                )
            ),
            "job_title": G(lambda f: f.pick(["Data Analyst", "Nurse", "Founder", "Architect", "Consultant"])),
            "employer": G(
                lambda f: f.pick(["Google", "Wipro", "Magazine Luiza", "Kaiser Permanente", "Startup"])
            ),
            "diet": G(
                lambda f: f.pick(["vegetarian", "non-vegetarian", "eggetarian", "vegan", "pescatarian"])
            ),
            "fields_changed": Many(
                G(lambda f: f.pick(["ethnicity", "pronouns", "hometown", "school", "job_title"])), 3
            ),
        },
        2,
    ),
    (
        "track",
        "Preferences Updated",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "age_min": G(lambda f: f.r.randint(18, 30)),
            "age_max": G(lambda f: f.r.randint(30, 50)),
            "distance_km": G(lambda f: f.pick([5, 10, 25, 50, 100, 160])),
            "preferred_genders": Many(
                Y(lambda f: f.pick(["women", "men", "non-binary"]), "sexual orientation"), 2
            ),
            "preferred_religions": Many(Y(lambda f: f.pick(RELIGIONS[f.m]), "religion"), 3),
            "caste_no_bar": G(lambda f: f.pick([True, False])),
            "height_min_cm": G(lambda f: f.r.randint(145, 165)),
            "preferred_languages": Many(G(lambda f: f.pick(LANGS[f.m])), 2),
            "wants_children_filter": G(lambda f: f.pick(["any", "wants", "doesnt_want"])),
            "verified_only": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Kundli Match Requested",
        ["kotlin", "rn"],
        ("IN",),
        {
            "janm_tithi": Y(me("dob"), "birthdate"),
            "janm_samay": Y(lambda f: f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}", "birthdate"),
            "janm_sthan": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "partner_janm_tithi": Y(lambda f: f.date(1975, 2004), "birthdate"),
            "gun_milan_score": G(lambda f: f.r.randint(8, 36)),
            "manglik_dosh": G(lambda f: f.pick([True, False])),
            "rashi": G(lambda f: f.pick(["Mesh", "Vrishabh", "Mithun", "Kark", "Simha", "Kanya", "Tula"])),
            "match_id": G(match_id),
        },
        2,
    ),
    (
        "track",
        "Pet Added",
        MOBILE,
        ("US", "BR", "IN"),
        {
            "pet_name": G(lambda f: f.pick(["Bruno", "Mel", "Biscuit", "Tofu", "Luna", "Sheru", "Paçoca"])),
            "pet_type": G(lambda f: f.pick(["dog", "cat", "rabbit", "parrot"])),
            "pet_breed": G(
                lambda f: f.pick(["Indie", "Labrador", "SRD (vira-lata)", "Golden Retriever", "Persian"])
            ),
            "pet_age_years": G(lambda f: f.r.randint(0, 14)),
        },
        1,
    ),
    # ---------------- discovery, matches, chat ----------------
    (
        "track",
        "Profile Viewed",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "viewed_member_id": G(member_id),
            "viewed_first_name": Y(first_of, "name"),
            "source": G(lambda f: f.pick(["discover", "likes_you", "search", "standouts"])),
            "view_duration_ms": G(lambda f: f.r.randint(400, 60000)),
            "compatibility_score": G(lambda f: round(f.r.uniform(0.2, 0.99), 2)),
            "distance_km": G(lambda f: f.pick([5, 10, 25, 50, 100, 160])),
        },
        3,
    ),
    (
        "track",
        "Match Created",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "match_id": G(match_id),
            "liked_member_id": G(member_id),
            "like_type": G(lambda f: f.pick(["like", "superlike", "rose", "comment_like"])),
            "comment_text": G(
                lambda f: f.pick(
                    [
                        "Your dog is adorable!",
                        "Chai or coffee?",
                        "Adorei sua foto na praia",
                        "Same taste in music 🎶",
                        "Great prompt haha",
                    ]
                )
            ),
            "is_mutual": G(lambda f: True),
            "match_first_name": Y(first_of, "name"),
            "match_photo_url": Y(lambda f: f.photo_url(), "photo"),
            "match_age": G(lambda f: f.r.randint(21, 45)),
            "match_city": Y(lambda f: f.person()["city"], "city"),
            "mutual_friends_count": G(lambda f: f.r.randint(0, 12)),
        },
        3,
    ),
    (
        "track",
        "Message Sent",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "conversation_id": G(lambda f: "cnv_" + f.b62(14)),
            "message_id": G(lambda f: f.uuid()),
            "message_type": G(lambda f: f.pick(["text", "gif", "voice_note", "photo", "icebreaker"])),
            "char_count": G(lambda f: f.r.randint(1, 500)),
            "contains_link": G(lambda f: f.pick([True, False, False])),
            "is_first_message": G(lambda f: f.pick([True, False])),
            "recipient_id": G(member_id),
        },
        4,
    ),
    (
        "track",
        "Contact Info Detected",
        ["node", "python"],
        ("IN", "BR", "US"),
        {
            "conversation_id": G(lambda f: "cnv_" + f.b62(14)),
            "message_id": G(lambda f: f.uuid()),
            "flagged_text": Y(contact_text, "phone|email", True),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v2"])),
            "action_taken": G(lambda f: f.pick(["warn", "blur", "block"])),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
        },
        2,
    ),
    (
        "track",
        "Notification Opened",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: f.r.randint(1000, 9999)),
            "notification_type": G(
                lambda f: f.pick(["new_match", "new_message", "rose_received", "like_received"])
            ),
            "title": G(
                lambda f: f.pick(["Kinara", "New match 💘", "Você tem um novo match!", "Someone likes you"])
            ),
            "body": Y(
                lambda f: f.pick(
                    [
                        "{} sent you a rose 🌹",
                        "It's a match with {}!",
                        "{} liked your prompt",
                        "{} te mandou uma mensagem",
                        "{} is waiting for your reply",
                    ]
                ).format(f.person()["first"]),
                "name",
                True,
            ),
            "opened_from": G(lambda f: f.pick(["lock_screen", "notification_center", "in_app"])),
        },
        2,
    ),
    (
        "track",
        "Passport Mode Enabled",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "destination_city": G(
                lambda f: f.pick(
                    ["Lisbon", "Goa", "New York", "Dubai", "Rio de Janeiro", "London", "Bengaluru"]
                )
            ),
            "destination_country": G(lambda f: f.pick(["PT", "IN", "US", "AE", "BR", "GB"])),
            "trip_start": G(lambda f: f.date(2024, 2025)),
            "trip_end": G(lambda f: f.date(2024, 2025)),
        },
        1,
    ),
    (
        "track",
        "Location Updated",
        ["kotlin", "swift"],
        ("IN", "BR", "US"),
        {
            "latitude": Y(me("lat"), "geolocation"),
            "longitude": Y(me("lon"), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65, 1400])),
            "location_source": G(lambda f: f.pick(["gps", "network", "fused"])),
            "locality": Y(lambda f: f.locality(), "city|address"),
            "permission": G(lambda f: f.pick(["always", "while_in_use"])),
        },
        2,
    ),
    # ---------------- video dates ----------------
    (
        "track",
        "Video Date Ended",
        ["rn", "swift", "kotlin", "web"],
        ("IN", "BR", "US"),
        {
            "video_call_id": G(lambda f: f.uuid()),
            "room_name": G(lambda f: "vd-" + f.hexid(10)),
            "match_id": G(match_id),
            "initiated_by": G(lambda f: f.pick(["self", "match"])),
            "duration_sec": G(lambda f: f.r.randint(15, 3600)),
            "camera_on": G(lambda f: f.pick([True, False])),
            "selected_candidate_pair": {
                "local": {
                    "address": Y(lambda f: f.ip_of(), "ip", True),
                    "port": G(lambda f: f.r.randint(49152, 65535)),
                    "candidate_type": G(lambda f: "srflx"),
                },
                "remote": {
                    "address": Y(lambda f: f.ip_of(f.pick(["IN", "BR", "US"])), "ip", True),
                    "port": G(lambda f: f.r.randint(49152, 65535)),
                    "candidate_type": G(lambda f: f.pick(["srflx", "prflx"])),
                },
            },
            "date_feedback": G(lambda f: f.pick(["great", "ok", "not_a_match", "skip"])),
            "would_meet_again": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    # ---------------- verification ----------------
    (
        "track",
        "Verification Selfie Submitted",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "verification_id": G(lambda f: "ver_" + f.hexid(20)),
            "selfie_url": Y(lambda f: f"https://verify-media.kinara.app/selfies/{f.uuid()}.jpg", "photo"),
            "pose": G(lambda f: f.pick(["thumbs_up", "peace_sign", "hand_on_chin", "look_left"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "liveness_score": G(lambda f: round(f.r.uniform(0.3, 0.999), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 0.999), 3)),
            "vendor": G(lambda f: f.pick(["aws_rekognition", "onfido", "hyperverge", "idwall"])),
            "result": G(lambda f: f.pick(["passed", "failed", "manual_review"])),
            "duration_ms": G(lambda f: f.r.randint(800, 14000)),
        },
        2,
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["java"],
        ("IN",),
        {
            "ekyc_ref": G(lambda f: "EKYC" + f.digits(12)),
            "masked_aadhaar": RED(lambda f: "XXXX XXXX " + f.digits(4), "national id"),
            "name_as_per_aadhaar": Y(me("name"), "name"),
            "name_match": G(lambda f: f.pick([True, True, False])),
            "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
            "year_of_birth": Y(lambda f: int(f.me["dob"][:4]), "birthdate"),
            "pincode": Y(me("zip"), "zipcode"),
            "care_of": Y(
                lambda f: f.pick(["S/O ", "D/O ", "W/O ", "C/O "]) + f.pick(IN_FIRST_M) + " " + f.me["last"],
                "name",
            ),
            "address": Y(lambda f: f.me["street"] + ", " + f.me["city"], "address|street"),
            "state": G(lambda f: IN_STATE_NAMES[f.me["state"]]),
            "consent_given": G(lambda f: True),
            "txn_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["digilocker", "signzy", "karza"])),
        },
        2,
    ),
    (
        "track",
        "KYC Field Submitted",
        ["web", "kotlin"],
        ("IN", "BR"),
        {
            "field": G(lambda f: f._doc[0]),
            "value": RED(lambda f: f._doc[1], "national id", True),
            "step": G(lambda f: f.r.randint(1, 4)),
            "valid_format": G(lambda f: f.pick([True, True, False])),
        },
        1,
    ),
    # ---------------- safety ----------------
    (
        "track",
        "Safety Report Submitted",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "report_id": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "reported_member_id": G(member_id),
            "reported_display_name": Y(first_of, "name"),
            "reason": G(
                lambda f: f.pick(
                    [
                        "harassment",
                        "fake_profile",
                        "scam",
                        "inappropriate_photos",
                        "underage",
                        "offline_behavior",
                    ]
                )
            ),
            "sub_reason": G(
                lambda f: f.pick(
                    ["asked_for_money", "stolen_photos", "threats", "explicit_messages", "no_show"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Kept asking me to invest in crypto after two messages.",
                        "Photos are of a model, reverse image search shows it.",
                        "Was rude and aggressive when I said no to a second date.",
                        "Pediu dinheiro emprestado logo no primeiro papo.",
                        "Profile says 28 but looks much younger.",
                    ]
                )
            ),
            "evidence_count": G(lambda f: f.r.randint(0, 6)),
            "in_person_incident": G(lambda f: f.pick([True, False])),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_location": {"lat": Y(me("lat"), "geolocation"), "lng": Y(me("lon"), "geolocation")},
            "blocked_also": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Member Blocked",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "blocked_member_id": G(member_id),
            "block_source": G(lambda f: f.pick(["chat", "profile", "video_date", "report_flow"])),
            "reason": G(
                lambda f: f.pick(
                    [
                        "harassment",
                        "fake_profile",
                        "scam",
                        "inappropriate_photos",
                        "underage",
                        "offline_behavior",
                    ]
                )
            ),
            "unmatch": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Date Planned",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "date_id": G(lambda f: f.uuid()),
            "match_first_name": Y(first_of, "name"),
            "venue": {
                "name": G(lambda f: f._venue[0]),
                "address": G(lambda f: f._venue[1]),
                "city": G(lambda f: f._venue[2]),
                "category": G(lambda f: f.pick(["cafe", "bar", "restaurant", "park"])),
                "place_id": G(lambda f: "ChIJ" + f.b62(23)),
            },
            "places_session_token": G(lambda f: f.uuid()),
            "masked_call_number": G(lambda f: f.pick(PROXY_NUMBERS[f.m])),
            "scheduled_for": G(lambda f: f.iso()),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair_access", "step_free_entrance", "quiet_space", "accessible_restroom"]
                ),
                "disability",
            ),
        },
        2,
    ),
    (
        "track",
        "Date Check-In Shared",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "trusted_contact": {
                "name": Y(lambda f: f.person()["name"], "name"),
                "phone": Y(lambda f: f.phone_of(), "phone"),
                "relationship": G(lambda f: f.pick(["friend", "sister", "mother", "roommate", "brother"])),
            },
            "venue": {
                "name": G(lambda f: f._venue[0]),
                "address": G(lambda f: f._venue[1]),
                "city": G(lambda f: f._venue[2]),
            },
            "match_first_name": Y(first_of, "name"),
            "scheduled_for": G(lambda f: f.iso()),
            "share_live_location": G(lambda f: f.pick([True, False])),
            "check_in_interval_min": G(lambda f: f.pick([30, 60, 90])),
        },
        2,
    ),
    (
        "track",
        "Trusted Contact Picked",
        ["swift", "kotlin"],
        ("IN", "BR", "US"),
        {
            "contact": {
                "label": Y(lambda f: f.person()["name"], "name", True),
                "value": Y(lambda f: f.phone_of(), "phone", True),
            },
            "picker_source": G(lambda f: f.pick(["address_book", "recent"])),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
        },
        1,
    ),
    (
        "track",
        "Invite Sent",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "to": Y(lambda f: f.e164(), "phone", True),
            "invite_code": G(lambda f: "KIN" + f.b62(6).upper()),
            "referral_reward": G(lambda f: f.pick(["1_week_plus", "5_roses"])),
            "message_template": G(lambda f: f.pick(["invite_v1", "invite_festive", "invite_pt"])),
        },
        1,
    ),
    # ---------------- purchases / subscriptions ----------------
    (
        "track",
        "Order Completed",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "order_id": G(
                lambda f: (
                    "GPA." + f.digits(4) + "-" + f.digits(4) + "-" + f.digits(4) + "-" + f.digits(5)
                    if f.r.random() < 0.5
                    else str(f.r.randint(2 * 10**14, 3 * 10**14))
                )
            ),
            "total": G(lambda f: f.money_in(1, 30)),
            "revenue": G(lambda f: f.money_in(1, 30)),
            "currency": G(lambda f: CURRENCY[f.m]),
            "products": Many(product_item(), 2),
            "payment_provider": G(lambda f: f.pick(["google_play", "app_store"])),
            "store_transaction_id": G(lambda f: str(f.r.randint(2 * 10**14, 3 * 10**14))),
            "app_account_token": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        ("IN", "BR", "US"),
        {
            "subscription_id": G(lambda f: "sub_" + f.b62(24)),
            "customer_id": G(lambda f: "cus_" + f.b62(14)),
            "plan_id": G(lambda f: f.pick(["gold_monthly", "gold_6m", "platinum_monthly", "plus_weekly"])),
            "plan_name": G(
                lambda f: f.pick(["Gold Monthly", "Gold 6 Months", "Platinum Monthly", "Plus Weekly"])
            ),
            "interval": G(lambda f: f.pick(["week", "month", "half_year"])),
            "amount": G(lambda f: f.money_in(5, 40)),
            "currency": G(lambda f: CURRENCY[f.m]),
            "trial_days": G(lambda f: f.pick([0, 3, 7])),
            "payment_method_id": RED(lambda f: "pm_" + f.b62(24), "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay", "elo"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                "country": G(lambda f: f.m),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
            "coupon": G(lambda f: f.pick(["", "DIWALI50", "NAMORADOS30", "VDAY20"])),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.b62(40)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.b62(60) + "_BwE", "advertising id"),
            "billing_email": Y(me("email"), "email"),
        },
        2,
    ),
    (
        "track",
        "Payment Captured",
        ["node", "python"],
        ("IN",),
        {
            "event": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + f.b62(14)),
                        "order_id": G(lambda f: "order_" + f.b62(14)),
                        "amount": G(lambda f: f.pick([19900, 49900, 99900, 149900, 249900])),
                        "currency": G(lambda f: "INR"),
                        "method": G(lambda f: "upi"),
                        "vpa": RED(lambda f: f.vpa(), "bank account"),
                        "email": Y(me("email"), "email"),
                        "contact": Y(lambda f: f.e164(), "phone"),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                        },
                        "notes": {
                            "member_id": G(member_id),
                        },
                    }
                }
            },
        },
        2,
    ),
    (
        "track",
        "Pagamento Pix Confirmado",
        ["php"],
        ("BR",),
        {
            "pix": Many(
                {
                    "endToEndId": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(7) + f.b62(10)),
                    "txid": G(lambda f: f.b62(32)),
                    "chave": G(lambda f: f.pick(["financeiro@kinara.app", "12.345.678/0001-95"])),
                    "valor": G(lambda f: f"{f.pick([29.9, 59.9, 99.9, 149.9]):.2f}"),
                    "horario": G(lambda f: f.iso()),
                    "infoPagador": G(
                        lambda f: f.pick(["Plano Ouro", "assinatura mensal", "", "Kinara Coach - 2 sessões"])
                    ),
                },
                1,
            ),
            "devedor": {
                "cpf": RED(lambda f: f.cpf(False), "national id"),
                "nome": Y(me("name"), "name"),
            },
        },
        2,
    ),
    (
        "track",
        "SubscriptionRenewed",
        ["dotnet"],
        ("US", "IN", "BR"),
        {
            "SubscriptionId": G(lambda f: "SUB-" + f.digits(9)),
            "CustomerEmail": Y(me("email"), "email"),
            "PlanCode": G(lambda f: f.pick(["GOLD_M", "GOLD_6M", "PLAT_M"])),
            "AmountMinor": G(lambda f: f.pick([1999, 2999, 4999, 59900, 8990])),
            "Currency": G(lambda f: CURRENCY[f.m]),
            "RenewalDate": G(lambda f: f.iso()),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "RuPay", "Elo", "Amex"])),
            "BillingAddress": {
                "Line1": Y(me("street"), "address|street"),
                "City": Y(me("city"), "city"),
                "State": G(me("state")),
                "PostalCode": Y(me("zip"), "zipcode"),
                "Country": G(lambda f: f.m),
            },
            "PaymentMethodId": RED(lambda f: "pm_" + f.b62(24), "token"),
            "InvoiceNumber": G(lambda f: f"INV-2024-{f.r.randint(1, 99999):05d}"),
            "IsAutoRenew": G(lambda f: True),
            "TaxAmountMinor": G(lambda f: f.r.randint(0, 9000)),
        },
        2,
    ),
    (
        "track",
        "App Store Notification",
        ["go"],
        ("US", "IN", "BR"),
        {
            "notificationType": G(
                lambda f: f.pick(
                    ["DID_RENEW", "SUBSCRIBED", "EXPIRED", "REFUND", "DID_CHANGE_RENEWAL_STATUS"]
                )
            ),
            "notificationUUID": G(lambda f: f.uuid()),
            "transaction": {
                "bundleId": G(lambda f: "app.kinara.ios"),
                "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
                "transactionId": G(lambda f: "2000000" + f.digits(9)),
                "productId": G(
                    lambda f: f.pick(
                        ["app.kinara.gold.monthly", "app.kinara.platinum.monthly", "app.kinara.roses.12"]
                    )
                ),
                "appAccountToken": G(lambda f: f.uuid()),
                "purchaseDate": G(lambda f: f.epoch_ms()),
                "storefront": G(lambda f: {"IN": "IND", "BR": "BRA", "US": "USA"}[f.m]),
                "currency": G(lambda f: CURRENCY[f.m]),
            },
        },
        1,
    ),
    (
        "track",
        "Gift Subscription Sent",
        ["web"],
        ("US", "IN", "BR"),
        {
            "order_id": G(lambda f: "KNW-" + f.digits(8)),
            "recipient_name": Y(lambda f: f.person()["name"], "name"),
            "recipient_email": Y(lambda f: f.person()["email"], "email"),
            "recipient_phone": Y(lambda f: f.phone_of(), "phone"),
            "sender_name": Y(me("first"), "name"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Go find your person!",
                        "Happy birthday, new year new you",
                        "Feliz aniversário! 💛",
                        "You deserve someone great",
                    ]
                )
            ),
            "plan_name": G(
                lambda f: f.pick(["Gold Monthly", "Gold 6 Months", "Platinum Monthly", "Plus Weekly"])
            ),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
        },
        1,
    ),
    # ---------------- coaching ----------------
    (
        "track",
        "Coaching Session Booked",
        ["web", "flutter"],
        ("IN", "BR", "US"),
        {
            "session_id": G(lambda f: f.r.randint(100000, 999999)),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "coach_name": Y(lambda f: f.person()["name"], "name"),
            "coach_email": Y(
                lambda f: ascii_fold(f.person()["first"].split()[0]).lower() + "@coach.kinara.app", "email"
            ),
            "session_type": G(lambda f: f.pick(["intro_15", "single_60", "package_4x45"])),
            "topic": G(
                lambda f: f.pick(
                    [
                        "profile_review",
                        "first_dates",
                        "breakup_recovery",
                        "confidence",
                        "arranged_marriage_prep",
                    ]
                )
            ),
            "scheduled_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 45, 60])),
            "price": G(lambda f: f.money_in(10, 80)),
            "currency": G(lambda f: CURRENCY[f.m]),
            "timezone": G(lambda f: f.pick(TIMEZONES[f.m])),
            "client_phone": Y(me("phone"), "phone"),
            "attendees": Many(Y(lambda f: f.person()["email"], "email", True), 2),
            "booking_source": G(lambda f: f.pick(["coach_directory", "in_app_banner", "email"])),
            "is_first_session": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Coaching Session Completed",
        ["go", "java"],
        ("IN", "BR", "US"),
        {
            "session_id": G(lambda f: f.r.randint(100000, 999999)),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "actual_duration_min": G(lambda f: f.r.randint(5, 75)),
            "client_rating": G(lambda f: f.r.randint(1, 5)),
            "coach_payout_rate": Y(lambda f: f.money_in(20, 100), "salary"),
            "payout_currency": G(lambda f: CURRENCY[f.m]),
            "no_show": G(lambda f: f.pick([True, False, False])),
            "follow_up_scheduled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Coaching Intake Submitted",
        ["web"],
        ("IN", "BR", "US"),
        {
            "relationship_status": G(
                lambda f: f.pick(["single", "divorced", "separated", "widowed", "in_a_relationship"])
            ),
            "goals": Many(
                G(
                    lambda f: f.pick(
                        ["find_partner", "get_over_ex", "marriage_readiness", "confidence", "better_profile"]
                    )
                ),
                3,
            ),
            "in_therapy": Y(lambda f: f.pick([True, False]), "condition"),
            "mental_health_conditions": Many(
                Y(
                    lambda f: f.pick(["anxiety", "depression", "ADHD", "PTSD", "none", "prefer_not_to_say"]),
                    "condition|diagnosis",
                ),
                2,
            ),
            "preferred_coach_gender": G(lambda f: f.pick(["any", "female", "male"])),
            "has_children": G(lambda f: f.pick([True, False])),
            "how_heard": G(lambda f: f.pick(["instagram", "friend", "podcast", "app"])),
            "emergency_contact_name": Y(lambda f: f.person()["name"], "name"),
            "emergency_contact_phone": Y(lambda f: f.phone_of(), "phone"),
        },
        1,
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        ("IN", "BR", "US"),
        {
            "callback": {
                "number": Y(lambda f: f.phone_of(), "phone", True),
                "preferred_window": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            },
            "topic": G(
                lambda f: f.pick(
                    [
                        "profile_review",
                        "first_dates",
                        "breakup_recovery",
                        "confidence",
                        "arranged_marriage_prep",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Coach Reviewed",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Super helpful, changed how I write my bio.",
                        "Muito atenciosa!",
                        "Meh, generic advice.",
                        "Helped me prepare for meeting his parents.",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "reviewer_display_name": Y(lambda f: f.me["first"] + " " + f.me["last"][0] + ".", "name"),
        },
        1,
    ),
    (
        "track",
        "Coaching Search",
        ["web"],
        ("IN", "BR", "US"),
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "breakup coach",
                        "coach hindi speaking",
                        "coach para namoro",
                        "dating confidence",
                        "arranged marriage advice",
                        "lgbtq coach",
                    ]
                )
            ),
            "filters": {
                "language": G(lambda f: f.pick(LANGS[f.m])),
                "specialty": G(lambda f: f.pick(["first dates", "breakup recovery", "confidence"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
        1,
    ),
    (
        "track",
        "Calendar Connected",
        ["node"],
        ("US", "IN", "BR"),
        {
            "provider": G(lambda f: f.pick(["google", "microsoft"])),
            "calendar_id": Y(
                lambda f: ascii_fold(f.me["first"].split()[0]).lower() + "@coach.kinara.app", "email", True
            ),
            "scopes": Many(
                G(lambda f: f.pick(["calendar.events", "calendar.readonly", "offline_access"])), 3
            ),
            "refresh_token": RED(lambda f: "1//0g" + f.b62(96), "token"),
            "expires_in": G(lambda f: 3599),
            "token_type": G(lambda f: "Bearer"),
        },
        1,
    ),
    (
        "track",
        "Coach Application Submitted",
        ["php"],
        ("IN", "BR", "US"),
        {
            "applicant-id": G(lambda f: "APP-" + f.digits(6)),
            "full-name": Y(me("name"), "name"),
            "work-email": Y(me("email"), "email"),
            "mobile-no": Y(me("phone"), "phone"),
            "date-of-birth": Y(
                lambda f: (
                    "/".join(reversed(f.me["dob"].split("-")))
                    if f.m != "US"
                    else f.me["dob"][5:7] + "/" + f.me["dob"][8:] + "/" + f.me["dob"][:4]
                ),
                "birthdate",
            ),
            "home-address": Y(
                lambda f: f.me["street"] + ", " + f.me["city"] + " " + f.me["zip"], "address|street"
            ),
            "years-experience": G(lambda f: f.r.randint(0, 25)),
            "certifications": Many(
                G(lambda f: f.pick(["ICF ACC", "ICF PCC", "Gottman Level 1", "NLP Practitioner"])), 2
            ),
            "coaching-languages": Many(G(lambda f: f.pick(LANGS[f.m])), 3),
            "authorized-to-work": RED(lambda f: f.pick(["yes", "no", "yes_with_ead"]), "visa"),
            "needs-visa-sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected-hourly-rate": Y(lambda f: f.money_in(20, 120), "salary"),
            "referral-source": G(lambda f: f.pick(["linkedin", "instagram", "friend", "job_board"])),
            "linkedin-connected": G(lambda f: f.pick([True, False])),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "resume-file-id": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "Payout Initiated",
        ["java"],
        ("IN",),
        {
            "payout_id": G(lambda f: "po_" + f.b62(16)),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "amount": G(lambda f: f.money_in(20, 600)),
            "currency": G(lambda f: "INR"),
            "method": G(lambda f: "bank_transfer"),
            "payout_destination": {
                "account_holder_name": Y(me("name"), "name"),
                "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14, 16])), "bank account"),
                "ifsc": G(lambda f: f.ifsc()),
                "beneficiary_mobile": Y(me("phone"), "phone"),
            },
        },
        1,
    ),
    (
        "track",
        "Payout Initiated",
        ["java"],
        ("US",),
        {
            "payout_id": G(lambda f: "po_" + f.b62(16)),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "amount": G(lambda f: f.money_in(20, 600)),
            "currency": G(lambda f: "USD"),
            "method": G(lambda f: "ach"),
            "payout_destination": {
                "account_holder_name": Y(me("name"), "name"),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "routing_number": G(lambda f: f.aba()),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
        },
        1,
    ),
    (
        "track",
        "Payout Initiated",
        ["java"],
        ("BR",),
        {
            "payout_id": G(lambda f: "po_" + f.b62(16)),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "amount": G(lambda f: f.money_in(20, 600)),
            "currency": G(lambda f: "BRL"),
            "method": G(lambda f: f.pick(["pix", "ted"])),
            "payout_destination": {
                "titular": Y(me("name"), "name"),
                "cpf_titular": RED(lambda f: f.cpf(), "national id"),
                "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
                "banco": G(lambda f: f.pick(["341", "260", "001", "237", "104", "077"])),
                "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
                "conta": RED(lambda f: f"{f.r.randint(10000, 99999999)}-{f.r.randint(0, 9)}", "bank account"),
            },
        },
        1,
    ),
    (
        "track",
        "Tax Info Submitted",
        ["ruby"],
        ("US",),
        {
            "tax_form": G(lambda f: f.pick(["W-9", "W-8BEN"])),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number|national id"),
            "legal_name": Y(me("name"), "name"),
            "business_entity": G(lambda f: f.pick(["individual", "sole_proprietor", "llc"])),
            "tin_match": G(lambda f: f.pick(["matched", "pending", "mismatch"])),
        },
        1,
    ),
    # ---------------- support, messaging vendors ----------------
    (
        "track",
        "Member Looked Up",
        ["web"],
        ("IN", "BR", "US"),
        {
            "q": Y(lambda f: f.pick([f.me["email"], f.me["phone"]]), "email|phone", True),
            "matched": G(lambda f: f.pick([True, True, False])),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_email": Y(
                lambda f: (
                    ascii_fold(f.person()["first"].split()[0]).lower()
                    + "."
                    + ascii_fold(f.person()["last"].replace("'", "").replace(" ", "")).lower()
                    + "@kinara.app"
                ),
                "email",
            ),
            "lookup_reason": G(
                lambda f: f.pick(["refund", "safety_escalation", "login_issue", "gdpr_request"])
            ),
        },
        1,
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        ("IN", "BR", "US"),
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Can't log in",
                            "Refund request",
                            "Reembolso",
                            "Verification failed",
                            "Someone is using my photos",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "mobile_sdk", "whatsapp"]))},
                "requester": {"name": Y(me("name"), "name"), "email": Y(me("email"), "email")},
                "assignee": {"name": Y(lambda f: f.person()["name"], "name")},
                "tags": Many(G(lambda f: f.pick(["billing", "safety", "verification", "pt_br", "vip"])), 3),
            },
        },
        1,
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        ("IN", "BR"),
        {
            "payload": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": Y(lambda f: "whatsapp:" + f.e164(), "phone", True),
                "To": G(lambda f: f.pick(["whatsapp:+919820012345", "whatsapp:+5511940041234"])),
                "Body": G(
                    lambda f: f.pick(
                        [
                            "Hi, I want to book a coaching session",
                            "Oi, quero remarcar minha sessão",
                            "What are the timings?",
                            "STOP",
                            "Qual o valor do pacote?",
                        ]
                    )
                ),
                "ProfileName": Y(me("first"), "name"),
                "WaId": Y(lambda f: f.e164().lstrip("+"), "phone", True),
            }
        },
        1,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        ("IN", "BR", "US"),
        {
            "email": Y(me("email"), "email"),
            "sg_event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_message_id": G(
                lambda f: f.b62(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-0"
            ),
            "smtp-id": G(lambda f: f"<{f.b62(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "ip": Y(lambda f: f.ip_of(), "ip"),
            "useragent": G(lambda f: f.pick([*UAS, GMAIL_PROXY_UA])),
            "category": Many(
                G(lambda f: f.pick(["match_digest", "winback", "receipt", "coaching_reminder"])), 2
            ),
        },
        1,
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        ("IN", "BR", "US"),
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(
                    ["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int", "influencer_link"]
                )
            ),
            "campaign": G(
                lambda f: f.pick(["IN_Hindi_Install_Q3", "BR_Namorados_2024", "US_NRI_Matrimony", "None"])
            ),
            "install_time": G(lambda f: f.iso()),
            "country_code": G(lambda f: f.m),
            "city": Y(me("city"), "city"),
            "ip": Y(lambda f: f.ip_of(), "ip"),
        },
        1,
    ),
    (
        "track",
        "Landing Page Viewed",
        ["web"],
        ("IN", "BR", "US"),
        {
            "fbclid": Y(lambda f: "IwAR" + f.b62(58), "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.b62(60) + "_BwE", "advertising id"),
            "utm_source": G(lambda f: f.pick(["facebook", "google", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["diwali_love", "dia_dos_namorados", "valentines24"])),
            "landing_path": G(lambda f: f.pick(["/lp/matrimony", "/lp/namoro-serio", "/lp/coaching"])),
        },
        1,
    ),
    (
        "track",
        "Account Deleted",
        ["go", "python"],
        ("IN", "BR", "US"),
        {
            "deletion_request_id": G(lambda f: f.uuid()),
            "reason": G(lambda f: f.pick(["found_someone", "privacy", "taking_a_break", "bad_experience"])),
            "data_export_requested": G(lambda f: f.pick([True, False])),
            "account_age_days": G(lambda f: f.r.randint(1, 1500)),
        },
        1,
    ),
    (
        "track",
        "Stripe Payment Succeeded",
        ["node"],
        ("US", "BR"),
        {
            "id": G(lambda f: "evt_" + f.b62(24)),
            "type": G(lambda f: "payment_intent.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_" + f.b62(24)),
                    "amount": G(lambda f: f.pick([4900, 9900, 19900, 34900])),
                    "currency": G(lambda f: CURRENCY[f.m].lower()),
                    "customer": G(lambda f: "cus_" + f.b62(14)),
                    "payment_method": RED(lambda f: "pm_" + f.b62(24), "token"),
                    "receipt_email": Y(me("email"), "email"),
                    "billing_details": {
                        "name": Y(me("name"), "name"),
                        "email": Y(me("email"), "email"),
                        "phone": Y(me("phone"), "phone"),
                        "address": {
                            "line1": Y(me("street"), "address|street"),
                            "line2": Y(lambda f: f.line2(), "address|street"),
                            "city": Y(me("city"), "city"),
                            "state": G(me("state")),
                            "postal_code": Y(me("zip"), "zipcode"),
                            "country": G(lambda f: f.m),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "elo"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                            "country": G(lambda f: f.m),
                            "iin": G(lambda f: f.pick(["424242", "510510", "411111", "636368"])),
                        }
                    },
                }
            },
        },
        2,
    ),
]

# Later additions: checkout, SOS, success stories, background checks, contact blocking, logins,
# the coach app and onboarding fields.
EVENTS += [
    (
        "track",
        "Checkout Started",
        ["web"],
        ("IN", "BR", "US"),
        {
            "order_id": G(lambda f: "KNW-" + f.digits(8)),
            "revenue": G(lambda f: f.money_in(10, 80)),
            "currency": G(lambda f: CURRENCY[f.m]),
            "coupon": G(lambda f: f.pick(["", "DIWALI50", "NAMORADOS30", "VDAY20"])),
            "billing": {
                "name": Y(me("name"), "name"),
                "line1": Y(me("street"), "address|street"),
                "city": Y(me("city"), "city"),
                "postal_code": Y(me("zip"), "zipcode"),
                "phone": Y(me("phone"), "phone"),
                "country": G(lambda f: f.m),
            },
            "gstin": G(lambda f: f.pick(["27AAPFU0939F1ZV", "29AACCK4021L1Z6", "07AAACR5055K1Z3", ""])),
        },
        2,
    ),
    (
        "track",
        "SOS Triggered",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "sos_id": G(lambda f: f.uuid()),
            "latitude": Y(me("lat"), "geolocation"),
            "longitude": Y(me("lon"), "geolocation"),
            "reverse_geocoded_address": Y(lambda f: f.me["street"] + ", " + f.me["city"], "address|street"),
            "notified_contacts": Many(
                {
                    "name": Y(lambda f: f.person()["name"], "name"),
                    "phone": Y(lambda f: f.phone_of(), "phone"),
                },
                3,
            ),
            "match_member_id": G(member_id),
            "emergency_services_called": G(lambda f: f.pick([True, False])),
            "trigger": G(lambda f: f.pick(["button_hold", "power_button_x5", "voice"])),
        },
        1,
    ),
    (
        "track",
        "Success Story Submitted",
        ["web"],
        ("IN", "BR", "US"),
        {
            "partner_one_name": Y(me("name"), "name"),
            "partner_two_name": Y(lambda f: f.person()["name"], "name"),
            "wedding_date": G(lambda f: f.date(2023, 2025)),
            "story": G(
                lambda f: f.pick(
                    [
                        "We matched over a prompt about filter coffee and never stopped talking.",
                        "Nos conhecemos no app em 2022 e casamos este ano!",
                        "Our families met after three video dates. The rest is history.",
                        "First date was a disaster, second date was forever.",
                    ]
                )
            ),
            "photo_url": Y(lambda f: f.photo_url(), "photo"),
            "contact_email": Y(me("email"), "email"),
            "city": Y(me("city"), "city"),
            "consent_to_publish": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Background Check Requested",
        ["node"],
        ("US",),
        {
            "check_id": G(lambda f: "bgc_" + f.b62(16)),
            "provider": G(lambda f: "garbo"),
            "subject": {
                "first_name": Y(first_of, "name"),
                "last_name": Y(lambda f: f.person()["last"], "name"),
                "phone": Y(lambda f: f.phone_of(), "phone"),
                "zip": Y(lambda f: f.person()["zip"], "zipcode"),
                "dob": Y(lambda f: f.date(1970, 2005), "birthdate"),
            },
            "result": G(lambda f: f.pick(["no_records", "records_found", "inconclusive"])),
            "credits_remaining": G(lambda f: f.r.randint(0, 5)),
        },
        1,
    ),
    (
        "track",
        "Contacts Blocked",
        ["swift", "kotlin"],
        ("IN", "BR", "US"),
        {
            "contacts": Many(
                {
                    "name": Y(lambda f: f.person()["name"], "name"),
                    "phone_numbers": Many(Y(lambda f: f.phone_of(), "phone"), 2),
                },
                4,
            ),
            "total_blocked": G(lambda f: f.r.randint(1, 300)),
        },
        1,
    ),
    (
        "track",
        "Logged In",
        [*MOBILE, "web"],
        ("IN", "BR", "US"),
        {
            "method": G(lambda f: f.pick(["phone_otp", "google", "apple", "magic_link", "password"])),
            "ip_address": Y(lambda f: f.ip_of(), "ip"),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 2000)),
        },
        2,
    ),
    (
        "track",
        "Coach Profile Published",
        ["flutter"],
        ("IN", "BR", "US"),
        {
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "headshot_url": Y(lambda f: f"https://media.kinara.app/coaches/{f.uuid()}/headshot.jpg", "photo"),
            "intro_video_url": Y(lambda f: f"https://media.kinara.app/coaches/{f.uuid()}/intro.mp4", "photo"),
            "coach_city": Y(me("city"), "city"),
            "listed_price": G(lambda f: f.money_in(10, 80)),
        },
        1,
    ),
    (
        "track",
        "Session Notes Saved",
        ["flutter"],
        ("IN", "BR", "US"),
        {
            "session_id": G(lambda f: f.r.randint(100000, 999999)),
            "client_first_name": Y(first_of, "name"),
            "note_length": G(lambda f: f.r.randint(20, 4000)),
            "note_tags": Many(
                G(lambda f: f.pick(["homework_set", "progress", "profile_rewrite", "follow_up"])), 2
            ),
        },
        1,
    ),
    (
        "track",
        "Onboarding Field Entered",
        MOBILE,
        ("IN", "BR", "US"),
        {
            "field_name": G(lambda f: "first_name"),
            "input": Y(me("first"), "name", True),
            "step_index": G(lambda f: f.r.randint(1, 3)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
]

# Identity documents: the type and number of one document per message (f._doc, drawn per message).
EVENTS += [
    (
        "track",
        "ID Verification Completed",
        ["node", "java"],
        ("IN", "BR", "US"),
        {
            "verification_id": G(lambda f: "ver_" + f.hexid(20)),
            "document_type": G(lambda f: f._doc[0]),
            "document_number": RED(lambda f: f._doc[1], "national id|passport|social security number"),
            "document_country": G(lambda f: {"IN": "IND", "BR": "BRA", "US": "USA"}[f.m]),
            "full_name_on_document": Y(me("name"), "name"),
            "date_of_birth": Y(me("dob"), "birthdate"),
            "expiry_date": G(lambda f: f.date(2026, 2034)),
            "check_status": G(lambda f: f.pick(["clear", "consider", "rejected"])),
            "vendor_reference": G(lambda f: f.uuid()),
        },
        2,
    )
]


def build(seed: int, repeats: int):
    f = DF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, body, weight in EVENTS:
            for _ in range(weight):
                f.begin(markets)
                f._doc = f.kyc_document() if name == "KYC Field Submitted" else f.id_document()
                client = f.pick(clients)
                uid = "KN" + f.digits(8)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                }
                if client in CONTEXTS and client in ("web", *MOBILE, "flutter"):
                    msg["anonymousId"] = f.uuid()
                if kind == "alias":
                    msg["previousId"] = msg.get("anonymousId") or f.uuid()
                msg["userId"] = uid
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = (
                        f._page[2]
                        if kind == "page"
                        else f.pick(["Discover", "Match Profile", "Chat", "Likes You", "Settings"])
                    )
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif body:
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                msg["sentAt"] = msg["timestamp"]
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=121, repeats=14)
    write(Path(__file__).parent, "holdout121_", events, labels)
