"""Writes holdout 296: tests/corpus/holdout296_events.jsonl and holdout296_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, other
holdouts' labels or the detection docs, and without running the engine on these events. Only the
corpus helpers (build.py, fake.py), build_holdout3.py (for format), portal.events.flatten, and
../shared/REFERENCE.md and DESIGN.md were read. Nothing here was tuned to the engine.

Domain: an online sports-betting and casino operator licensed in the UK (UKGC), Ontario (AGCO /
iGaming Ontario) and Kenya (BCLB). Covered: registration with KYC and age verification (GBG-,
Onfido- and Smile ID-shaped checks, GAMSTOP-shaped self-exclusion lookups), deposits and
withdrawals (cards, open banking shaped like TrueLayer, Interac e-Transfer, M-Pesa STK push and
Daraja C2B confirmations), bet placement and settlement, casino and live-dealer rounds, bonuses and
promotions, deposit limits, time-outs, self-exclusion and trusted contacts, chargebacks,
affordability and source-of-funds checks, safer-gambling interactions logged by agents, retail
betting shops, Ontario geolocation checks (GeoComply-shaped), Kenyan USSD and SMS betting,
affiliate tracking, Twilio-shaped SMS and Verify webhooks, warehouse reverse-ETL identifies.

Messages: identify, track, page, screen, group and alias calls, with the `context` each client
library really sends: analytics.js (page, userAgent, userAgentData, campaign, consent),
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter, and the server
libraries for Python, Node, Go, Java, Ruby, PHP and C# (.NET).

Conventions: mostly camelCase and snake_case English keys; about 18 % are PascalCase (.NET
services, Daraja and Twilio payloads), kebab-case (a PHP affiliate tracker), SCREAMING_SNAKE (a
warehouse reverse-ETL) and Swahili (the Kenyan backend: `jina_la_kwanza`, `nambari_ya_simu`,
`barua_pepe`, `tarehe_ya_kuzaliwa`, `nambari_ya_kitambulisho`, `kiasi`, `mpokeaji` ...).
Values cover UK, Canadian and Kenyan people: names from many cultures, national phone formats
(+44 7..., 07..., +1 416..., 2547..., 0712 ...), UK postcodes, Canadian postal codes, Kenyan
P.O. boxes; ids with real structure (Luhn-valid cards and Canadian SINs, mod-97 IBANs, UK
National Insurance numbers with valid prefixes, UK driving-licence numbers built from surname and
birth date, Kenyan ID numbers and KRA PINs).

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has classification red / yellow / green, a type (the reference's matcher name,
  or `national id`, `bank account`, `geolocation`, `token`, `secret`, `credit card`,
  `advertising id`, `credit score`; `a|b` when either name is fair) and value_only (the key does
  not say what the value is; such a path holds that PII in every value).
- PII is personal data about a natural person: the player, a recipient, a referred friend, a
  staff member (agents, cashiers, approvers, account managers, live-casino dealers). Reference
  colours for reference matchers; red for credentials, one-time codes, payment tokens, card
  numbers, bank accounts and government ids; yellow otherwise.
- Green: ids the operator or its vendors issue (user, bet, round, deposit, check, M-Pesa receipt
  numbers, SDK device ids such as AppsFlyer ids), versions, timestamps, amounts, odds, enums,
  counters and booleans even under PII-sounding keys (`emailVerified`, `channels.sms`,
  `dob_matched`), the BIN, last four and expiry of a card, sort codes and Canadian transit /
  institution numbers, masked PANs, company / game / product names, places that are not the
  person's (a betting shop, a venue, a racecourse), country, province, county, locale, currency,
  user agents, job titles, employers, ages, businesses' own e-mail, phone and address (role
  mailboxes, an affiliate's office, the operator's SMS sender number and short codes).
- Policy cases: billing postcodes are the person's (`zipcode`); salaries, declared income and
  income bands are `salary`; credit scores are `credit score`; gclid / fbclid / _fbp / _fbc and
  an affiliate network's per-click id are `advertising id` (yellow); payment-method ids
  (`pm_...`), one-time codes (also an SMS body that carries one), password-reset links and a game
  launch URL carrying the player's session token are red; an identity document's number
  (passport, national id, or a driving licence presented as the identity document) is red.
- Decisions made here: names of public sporting participants in sports-data feeds (teams,
  players, horses, greyhounds, jockeys) are catalogue data, green, like product names. The results
  of a clinical gambling-harm screen (PGSI score and category) and health conditions a player
  discloses are `condition` (yellow); a disclosed disability is `disability` (red). The operator's
  own behavioural risk tiers, markers of harm and the responsible-gambling settings a player
  chooses (limits, time-outs, self-exclusion periods and schemes) are operational enums: green.
  A PEP flag is not a political opinion: green. A self-exclusion register's response code is
  green. A retail loyalty-card number is a number the business issues: green. A key that names
  the kind of value (`MSISDN`, `holder`, `username`) is not value_only; `to`, `sender`, `q`,
  `input`, `value`, `label`, `note(s)`, `Body`, `payer_handle`, `launch_url` and
  `externalIds[].id` are.
- Free text is labelled by what every one of its values carries; texts that never carry PII are
  green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places in the three markets ----------------------------------------------------

FIRST = {
    "uk": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Priya",
        "Mohammed",
        "Aisha",
        "Siobhan",
        "Rhys",
        "Tomasz",
        "Chidi",
        "Megan",
        "Callum",
        "Fatima",
        "Jack",
        "Grace",
        "Arjun",
        "Zainab",
    ],
    "on": [
        "Liam",
        "Chloé",
        "Étienne",
        "Gurpreet",
        "Harjit",
        "Wei",
        "Marie-Ève",
        "Tyler",
        "Aaliyah",
        "Ahmed",
        "Mei",
        "Connor",
        "Jasleen",
        "Nicolas",
        "Olivia",
        "Tenzin",
        "Mateo",
        "Sanjay",
    ],
    "ke": [
        "Wanjiru",
        "Kamau",
        "Otieno",
        "Achieng",
        "Kiprop",
        "Chebet",
        "Mwangi",
        "Njeri",
        "Omondi",
        "Akinyi",
        "Mutua",
        "Wambui",
        "Hassan",
        "Halima",
        "Barasa",
        "Nafula",
        "Kipchoge",
        "Atieno",
    ],
}
LAST = {
    "uk": [
        "Smith",
        "Jones",
        "Patel",
        "Khan",
        "O'Neill",
        "Evans",
        "Nowak",
        "Okonkwo",
        "MacLeod",
        "Hughes",
        "Begum",
        "Ahmed",
        "Williams",
        "Thompson",
        "Osei",
        "Davies",
    ],
    "on": [
        "Tremblay",
        "Gagnon",
        "Singh",
        "Dhillon",
        "Wong",
        "Nguyen",
        "MacDonald",
        "Roy",
        "Brar",
        "Chen",
        "Côté",
        "Li",
        "Campbell",
        "Haddad",
        "Ramirez",
        "Kaur",
    ],
    "ke": [
        "Kamau",
        "Otieno",
        "Mwangi",
        "Wanjiku",
        "Kiprotich",
        "Odhiambo",
        "Njoroge",
        "Wafula",
        "Mohamed",
        "Abdi",
        "Kariuki",
        "Ochieng",
        "Cheruiyot",
        "Muthoni",
        "Omondi",
        "Nyambura",
    ],
}
MIDDLE_KE = ["Wairimu", "Kiptoo", "Adhiambo", "Njuguna", "Wekesa", "Jepchirchir", "Mumbi", "Onyango"]
MAIL_DOMAINS = {
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"],
    "on": ["gmail.com", "rogers.com", "hotmail.com", "outlook.com", "sympatico.ca", "icloud.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com", "gmail.com", "uonbi.ac.ke"],
}
STREETS = {
    "uk": [
        "Clarendon Road",
        "Albert Street",
        "Victoria Avenue",
        "Church Lane",
        "Kingsway",
        "Harrow Road",
        "Station Road",
        "Hope Street",
        "Mill Lane",
        "Queen's Drive",
    ],
    "on": [
        "Queen St W",
        "Dundas Street East",
        "Yonge St",
        "Bloor St W",
        "Bank Street",
        "Lakeshore Blvd",
        "King St E",
        "Hurontario St",
        "Wellington Rd",
    ],
    "ke": [
        "Argwings Kodhek Rd",
        "Ngong Road",
        "Moi Avenue",
        "Kenyatta Avenue",
        "Jogoo Road",
        "Oginga Odinga St",
        "Thika Road",
        "Lenana Road",
        "Mombasa Road",
    ],
}
CITIES = {
    "uk": [
        "London",
        "Manchester",
        "Birmingham",
        "Leeds",
        "Glasgow",
        "Cardiff",
        "Belfast",
        "Bristol",
        "Liverpool",
        "Nottingham",
    ],
    "on": [
        "Toronto",
        "Ottawa",
        "Mississauga",
        "Brampton",
        "Hamilton",
        "London",
        "Markham",
        "Windsor",
        "Kitchener",
    ],
    "ke": ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Nyeri"],
}
KE_ESTATES = [
    "Kilimani",
    "Kileleshwa",
    "South B",
    "Umoja",
    "Kasarani",
    "Westlands",
    "Rongai",
    "Nyali",
    "Milimani",
    "Langata",
]
KE_COUNTIES = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Uasin Gishu", "Kiambu", "Machakos", "Nyeri"]
ON_CODES = ["416", "647", "437", "905", "289", "365", "519", "226", "613", "343", "705", "249"]
UK_AREAS = ["SW", "SE", "E", "N", "NW", "M", "B", "LS", "G", "CF", "BT", "NG", "EH", "L", "BS"]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

UA_CHROME_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
UA_TECNO = (
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36"
)
UA_SAFARI_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
)

TEAMS = [
    "Arsenal",
    "Chelsea",
    "Liverpool",
    "Man City",
    "Tottenham",
    "Aston Villa",
    "Gor Mahia",
    "AFC Leopards",
    "Tusker FC",
    "Toronto FC",
    "Toronto Maple Leafs",
    "Montreal Canadiens",
    "Raptors",
    "Blue Jays",
    "Real Madrid",
    "Bayern Munich",
]
PLAYERS = [
    "Bukayo Saka",
    "Mohamed Salah",
    "Erling Haaland",
    "Auston Matthews",
    "Connor McDavid",
    "Son Heung-min",
    "Michael Olunga",
    "Ollie Watkins",
]
HORSES = [
    "Desert Crown",
    "Galopin Des Champs",
    "Constitution Hill",
    "Shishkin",
    "El Fabiolo",
    "Romeo Magico",
    "Greenwell Tiger",
    "Ballymac Ariel",
]
JOCKEYS = ["Paul Townend", "Rachael Blackmore", "Frankie Dettori", "Oisin Murphy", "Hollie Doyle"]
COURSES = ["Cheltenham", "Aintree", "Ascot", "Woodbine", "Newmarket", "Romford", "Towcester"]
GAMES = [
    ("vs20olympgate", "Gates of Olympus", "Pragmatic Play", "slots"),
    ("starburst_not_mobile", "Starburst", "NetEnt", "slots"),
    ("aviator", "Aviator", "Spribe", "crash"),
    ("lightningroulette", "Lightning Roulette", "Evolution", "live_casino"),
    ("crazytime", "Crazy Time", "Evolution", "game_show"),
    ("bigbassbonanza", "Big Bass Bonanza", "Pragmatic Play", "slots"),
    ("blackjack_classic", "Blackjack Classic", "Playtech", "table"),
    ("jetx", "JetX", "SmartSoft", "crash"),
]
SPORTS = ["football", "tennis", "horse_racing", "basketball", "ice_hockey", "cricket", "greyhounds"]
MARKETS = [
    "Match Result",
    "Both Teams To Score",
    "Over/Under 2.5 Goals",
    "Anytime Goalscorer",
    "Win Only",
    "Each Way",
    "Puck Line",
    "Correct Score",
    "Double Chance",
]
COMPETITIONS = [
    "Premier League",
    "Kenyan Premier League",
    "NHL",
    "NBA",
    "Champions League",
    "Cheltenham Festival",
    "MLS",
    "Wimbledon",
]
AGENT_NOTES_NO_PII = [
    "Customer confirmed spend is affordable, no further action.",
    "Discussed deposit limits, customer declined to set one.",
    "Sent safer gambling tools email; follow up in 30 days.",
    "Customer asked about reality checks, enabled 30 min interval.",
    "Escalated to RG team lead for enhanced review.",
]


def region_of(f: Fake) -> str:
    return f.pick(["uk", "on", "ke"])


class Bet(Fake):
    """fake.Fake with generators for the UK, Ontario and Kenya."""

    def first_in(self, region=None):
        return self.pick(FIRST[region or region_of(self)])

    def last_in(self, region=None):
        return self.pick(LAST[region or region_of(self)])

    def name_in(self, region=None):
        region = region or region_of(self)
        return f"{self.first_in(region)} {self.last_in(region)}"

    def mail(self, region=None, name=None):
        region = region or region_of(self)
        first, last = (name or self.name_in(region)).split(" ", 1)
        clean = str.maketrans({"é": "e", "É": "e", "ô": "o", "'": "", " ": "", "-": ""})
        first, last = first.lower().translate(clean), last.lower().translate(clean)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{last}_{first}",
                f"{first}{self.r.randint(1970, 2005)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[region])}"

    def mobile(self, region=None, style=None):
        region = region or region_of(self)
        r = self.r
        if region == "uk":
            body = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            style = style or self.pick(["e164", "national", "spaced"])
            if style == "e164":
                return "+44" + body
            if style == "national":
                return f"0{body[:4]} {body[4:]}"
            return f"+44 {body[:4]} {body[4:]}"
        if region == "on":
            area, ex, line = self.pick(ON_CODES), r.randint(200, 989), r.randint(0, 9999)
            style = style or self.pick(["e164", "paren", "dash"])
            if style == "e164":
                return f"+1{area}{ex}{line:04d}"
            if style == "paren":
                return f"({area}) {ex}-{line:04d}"
            return f"{area}-{ex}-{line:04d}"
        prefix = self.pick(["70", "71", "72", "74", "79", "11", "10", "75", "76"])
        rest = f"{prefix}{r.randint(0, 9)}{r.randint(100000, 999999)}"
        style = style or self.pick(["msisdn", "e164", "national", "spaced"])
        if style == "msisdn":
            return "254" + rest
        if style == "e164":
            return "+254" + rest
        if style == "national":
            return f"0{rest[:3]} {rest[3:6]} {rest[6:]}"
        return f"+254 {rest[:3]} {rest[3:6]} {rest[6:]}"

    def postcode(self, region=None):
        region = region or region_of(self)
        r = self.r
        if region == "uk":
            letters = "".join(r.choice(POSTCODE_LETTERS) for _ in range(2))
            return f"{self.pick(UK_AREAS)}{r.randint(1, 19)} {r.randint(1, 9)}{letters}"
        if region == "on":
            abc = "ABCEGHJKLMNPRSTVXY"
            return (
                f"{self.pick('KLMNP')}{r.randint(0, 9)}{r.choice(abc)} "
                f"{r.randint(0, 9)}{r.choice(abc)}{r.randint(0, 9)}"
            )
        return f"{self.pick(['00100', '00200', '80100', '40100', '20100', '30100', '00610'])}"

    def street_in(self, region=None):
        region = region or region_of(self)
        n = self.r.randint(1, 420)
        if region == "uk":
            return self.pick(
                [
                    f"{n} {self.pick(STREETS['uk'])}",
                    f"Flat {self.r.randint(1, 30)}, {n} {self.pick(STREETS['uk'])}",
                ]
            )
        if region == "on":
            return self.pick(
                [
                    f"{n} {self.pick(STREETS['on'])}",
                    f"{self.r.randint(100, 2900)}-{n} {self.pick(STREETS['on'])}",
                ]
            )
        return self.pick(
            [
                f"{self.pick(KE_ESTATES)}, {self.pick(STREETS['ke'])}",
                f"House {n}, {self.pick(KE_ESTATES)} Estate",
                f"P.O. Box {self.r.randint(100, 99999)}-{self.postcode('ke')}",
            ]
        )

    def city_in(self, region=None):
        return self.pick(CITIES[region or region_of(self)])

    def dob(self):
        return self.date(1952, 2005)

    def ni_number(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.r.choice(first) + self.r.choice(second)
            if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        digits = self.digits(6) if self.r.random() < 0.9 else "0" + self.digits(5)
        nino = f"{prefix}{digits}{self.pick('ABCD')}"
        if self.r.random() < 0.4:
            return f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}"
        return nino

    def sin(self):
        number = self.luhn_complete(self.pick("45") + "".join(str(self.r.randint(0, 9)) for _ in range(7)))
        return self.pick(
            [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def ke_id(self):
        return str(self.r.randint(10_000_000, 39_999_999))

    def kra_pin(self):
        return f"{self.pick('AP')}{self.r.randint(0, 9)}{self.digits(8)}{self.pick('ABCDEFGHJKLMNPQRSTWXYZ')}"

    def passport(self, region=None):
        region = region or region_of(self)
        if region == "uk":
            return self.digits(9)
        if region == "on":
            return f"{self.pick(['AB', 'GA', 'HK', 'AK', 'CS'])}{self.digits(6)}"
        return f"{self.pick(['AK', 'BK', 'CK'])}{self.digits(7)}"

    def uk_licence(self):
        last = self.last_in("uk").upper().replace("'", "")
        surname = (last + "99999")[:5]
        year, month, day = self.dob().split("-")
        month = int(month) + self.pick([0, 50])
        initials = self.first_in("uk")[0].upper() + self.pick("9ABJMR")
        check = self.pick(["AB", "LK", "XY", "FT"])
        return f"{surname}{year[2]}{month:02d}{day}{year[3]}{initials}{self.r.randint(1, 9)}{check}"

    def on_licence(self):
        return f"{self.pick('ABDKLMPST')}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}"

    def pick_document(self):
        """A (type, region) pair for an identity document; its fields read self.doc."""
        self.doc = (self.pick(["passport", "driving_licence", "national_identity_card"]), region_of(self))
        if self.doc[0] == "national_identity_card":
            self.doc = (self.doc[0], "ke")
        return self.doc[0]

    def document_number(self):
        kind, region = self.doc
        if kind == "passport":
            return self.passport(region)
        if kind == "national_identity_card":
            return self.ke_id()
        return self.uk_licence() if region == "uk" else self.on_licence() if region == "on" else self.ke_id()

    def trans_time(self):
        r = self.r
        return f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "".join(
            f"{n:02d}" for n in (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        )

    def adjustment_note(self):
        kind = self.pick(["Goodwill credit", "Refund for voided bet", "Bonus correction"])
        return f"{kind} approved by {self.name_in('uk')}"

    def sms_bet(self):
        code = self.pick(["GAME", "JP", "BET"])
        return f"{code}#{self.digits(5)}#{self.pick(['1', 'X', '2'])}#{self.pick([49, 100, 200])}"

    def launch_url(self):
        host = self.pick(["pragmaticplay", "evo-games", "netent"])
        lobby = "https%3A%2F%2Fwww.betco.example%2Fcasino"
        return f"https://gs.{host}.example/launch?gameId={self.game[0]}&token={self.hexid(32)}&lang=en&lobby={lobby}"

    def sort_code(self):
        return self.pick(
            ["20-32-06", "40-47-84", "30-96-26", "04-00-04", "60-83-71", "11-01-77", "23-05-80", "09-01-28"]
        )

    def uk_account(self):
        return f"{self.r.randint(10_000_000, 99_999_999)}"

    def mpesa_receipt(self):
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return self.pick(["S", "T", "R"]) + "".join(self.r.choice(alnum) for _ in range(9))

    def pm(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_" + "".join(self.r.choice(alnum) for _ in range(24))

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQ" + "".join(self.r.choice(alnum) for _ in range(80))

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.r.choice(alnum) for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def odds(self):
        return round(self.r.uniform(1.05, 21.0), 2)

    def stake(self):
        return float(self.pick([1, 2, 5, 10, 20, 25, 50, 100, 200, 0.5, 49, 99]))

    def bin6(self):
        return self.pick(["465859", "475129", "535522", "454313", "492181", "559603", "411111", "520424"])

    def last4(self):
        return f"{self.r.randint(0, 9999):04d}"

    def ipv6_any(self):
        return ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(8))

    def ip_any(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6_any()

    def money_in(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)


def pick(items):
    return lambda f: f.pick(items)


def game(i):
    """Field i of one game per message: the first field rendered picks it, the rest follow."""
    if i == 0:
        return lambda f: (setattr(f, "game", f.pick(GAMES)), f.game[0])[1]
    return lambda f: f.game[i]


def page(i):
    """Field i of one web page per message, as game() does."""
    if i == 0:
        return lambda f: (setattr(f, "page", f.pick(WEB_PAGES)), f.page[0])[1]
    return lambda f: f.page[i]


# -- contexts of the client libraries -------------------------------------------------------------

WEB_PAGES = [
    ("/", "BetCo | Sports Betting & Casino"),
    ("/sports/football", "Football Betting Odds | BetCo"),
    ("/casino", "Online Casino | BetCo"),
    ("/account/deposit", "Deposit | BetCo"),
    ("/account/limits", "Safer Gambling Limits | BetCo"),
    ("/promotions", "Promotions | BetCo"),
]


def web_context():
    return {
        "library": {
            "name": G(pick(["analytics.js"])),
            "version": G(pick(["npm:next-1.72.0", "next-1.74.1", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(page(0)),
            "referrer": G(
                pick(
                    [
                        "https://www.google.co.uk/",
                        "",
                        "https://www.oddschecker.com/",
                        "https://www.google.ca/",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                pick(["", "?btag=a_4412b_1093c_", "?utm_source=google&utm_medium=cpc", "?promo=WELCOME50"])
            ),
            "title": G(page(1)),
            "url": G(
                lambda f: (
                    f.pick(
                        ["https://www.betco.example", "https://on.betco.example", "https://ke.betco.example"]
                    )
                    + f.page[0]
                )
            ),
        },
        "userAgent": G(
            pick(
                [
                    UA_CHROME_WIN,
                    UA_IPHONE,
                    UA_TECNO,
                    UA_SAFARI_MAC,
                ]
            )
        ),
        "userAgentData": {
            "mobile": G(pick([True, False])),
            "platform": G(pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(pick(["en-GB", "en-CA", "fr-CA", "en-KE", "sw-KE", "en-US"])),
        "timezone": G(pick(["Europe/London", "America/Toronto", "Africa/Nairobi"])),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(pick(["cheltenham_2024", "welcome_offer", "nhl_playoffs", "jackpot_ke", "euros24"])),
            "source": G(pick(["google", "facebook", "oddschecker", "newsletter", "tiktok"])),
            "medium": G(pick(["cpc", "social", "affiliate", "email"])),
            "term": G(pick(["betting sites", "free bets", "online casino ontario", "sportpesa alternative"])),
            "content": G(pick(["banner_300x250", "text_a", "video_15s", "carousel_2"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(pick([True, False])),
                "Analytics": G(pick([True, False])),
                "Functional": G(pick([True, True, False])),
            }
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(pick(["BetCo"])),
            "version": G(pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(pick(["81400", "81502", "81600"])),
            "namespace": G(pick(["com.betco.sportsbook", "com.betco.ontario"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick(["Apple"])),
            "model": G(pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,1"])),
            "name": G(pick(["iPhone", "iPad"])),
            "type": G(pick(["ios"])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick(["analytics-swift"])), "version": G(pick(["1.5.11", "1.6.0", "1.5.9"]))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick(["en-GB", "en-CA", "fr-CA"])),
        "network": {"wifi": G(pick([True, False])), "cellular": G(pick([True, False]))},
        "os": {"name": G(pick(["iOS", "iPadOS"])), "version": G(pick(["17.4.1", "17.5", "16.7.7"]))},
        "screen": {"width": G(pick([390, 393, 430, 820])), "height": G(pick([844, 852, 932, 1180]))},
        "timezone": G(pick(["Europe/London", "America/Toronto"])),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.name_in(), "name"),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": G(pick(["BetCo"])),
            "version": G(pick(["8.14.0", "8.15.1", "8.16.0"])),
            "build": G(pick(["3141", "3152", "3160"])),
            "namespace": G(pick(["com.betco.sportsbook", "com.betco.ke"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["samsung", "TECNO", "Google", "Xiaomi", "INFINIX"])),
            "model": G(pick(["SM-A546B", "TECNO KI7", "Pixel 8", "Redmi Note 12", "Infinix X6833B"])),
            "name": G(pick(["a54x", "TECNO-KI7", "shiba", "tapas"])),
            "type": G(pick(["android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick([True, False])),
        },
        "library": {
            "name": G(pick(["analytics-kotlin"])),
            "version": G(pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick(["en-GB", "en-KE", "sw-KE"])),
        "network": {
            "wifi": G(pick([True, False])),
            "cellular": G(pick([True, False])),
            "carrier": G(pick(["Safaricom", "Airtel KE", "EE", "Vodafone UK", "Three"])),
        },
        "os": {"name": G(pick(["Android"])), "version": G(pick(["14", "13", "12"]))},
        "screen": {
            "density": G(pick([2.75, 3.0, 2.0])),
            "width": G(pick([1080, 720])),
            "height": G(pick([2340, 1600, 2400])),
        },
        "timezone": G(pick(["Africa/Nairobi", "Europe/London"])),
        "userAgent": G(
            pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI7 Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "phone": Y(lambda f: f.mobile(), "phone"),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(pick(["BetCo Casino"])),
            "version": G(pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(pick(["420", "431", "440"])),
            "namespace": G(pick(["com.betco.casino"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick(["Apple", "samsung", "OnePlus"])),
            "model": G(pick(["iPhone14,2", "SM-S918B", "CPH2449"])),
            "name": G(pick(["iPhone", "dm3q", "OP5958L1"])),
            "type": G(pick(["ios", "android"])),
        },
        "library": {
            "name": G(pick(["analytics-react-native"])),
            "version": G(pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "locale": G(pick(["en-CA", "fr-CA", "en-GB"])),
        "network": {"wifi": G(pick([True, False])), "cellular": G(pick([True, False]))},
        "os": {"name": G(pick(["iOS", "Android"])), "version": G(pick(["17.4", "14", "13"]))},
        "screen": {"width": G(pick([390, 412])), "height": G(pick([844, 915]))},
        "timezone": G(pick(["America/Toronto", "Europe/London"])),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "userId": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
        },
        # Added by the app's geolocation plugin: Ontario requires it for real-money play.
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(42.0, 46.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-83.0, -74.5), 6), "geolocation"),
            "accuracy": G(lambda f: f.r.randint(5, 120)),
            "speed": G(pick([0, 0.0, 1.4])),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(pick(["BetCo Kenya"])),
            "version": G(pick(["2.7.0", "2.8.1", "2.9.0"])),
            "build": G(pick(["270", "281", "290"])),
            "namespace": G(pick(["ke.betco.app"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["TECNO", "INFINIX", "samsung", "itel"])),
            "model": G(pick(["TECNO BF7", "Infinix X6525", "SM-A145F", "itel A665L"])),
            "type": G(pick(["android"])),
        },
        "library": {"name": G(pick(["analytics_flutter"])), "version": G(pick(["1.1.3", "1.1.4"]))},
        "locale": G(pick(["en-KE", "sw-KE", "en-US"])),
        "network": {
            "wifi": G(pick([True, False])),
            "cellular": G(pick([True, False])),
            "carrier": G(pick(["Safaricom", "Airtel"])),
        },
        "os": {"name": G(pick(["Android"])), "version": G(pick(["12", "13", "11"]))},
        "screen": {
            "width": G(pick([720, 1080])),
            "height": G(pick([1612, 2400])),
            "density": G(pick([2.0, 2.5])),
        },
        "timezone": G(pick(["Africa/Nairobi"])),
        "userAgent": G(pick(["Dart/3.3 (dart:io)", "Dart/3.2 (dart:io)"])),
        "traits": {
            "phone": Y(lambda f: f.mobile("ke"), "phone"),
            "name": Y(lambda f: f.name_in("ke"), "name"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.2", "2.4.0"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "Analytics.CSharp": ["2.4.0", "2.3.7"],
}


def server_context(library, ip=False, ua=False, ext=False):
    ctx = {"library": {"name": G(pick([library])), "version": G(pick(SERVER_VERSIONS[library]))}}
    if ip:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
    if ua:
        ctx["userAgent"] = G(
            pick(
                [
                    UA_CHROME_WIN,
                    "BetCo/8.15.2 (iPhone; iOS 17.4.1; Scale/3.00)",
                    "okhttp/4.12.0",
                ]
            )
        )
        ctx["active"] = G(pick([False]))
        ctx["traits"] = {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.first_in(), "name"),
            "last_name": Y(lambda f: f.last_in(), "name"),
        }
    if ext:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(pick(["email"])),
                "collection": G(pick(["users"])),
                "encoding": G(pick(["none"])),
            },
            1,
        )
    return ctx


CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python"),
    "python_ip": lambda: server_context("analytics-python", ip=True),
    "node": lambda: server_context("@segment/analytics-node", ip=True, ua=True),
    "node_ext": lambda: server_context("@segment/analytics-node", ext=True),
    "go": lambda: server_context("analytics-go"),
    "java": lambda: server_context("analytics-java", ip=True),
    "ruby": lambda: server_context("analytics-ruby"),
    "php": lambda: server_context("analytics-php", ip=True, ua=True),
    "dotnet": lambda: server_context("Analytics.CSharp"),
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]


# -- event templates ------------------------------------------------------------------------------


def selection():
    return {
        "event_id": G(lambda f: f.digits(8)),
        "event_name": G(lambda f: f"{f.pick(TEAMS)} v {f.pick(TEAMS)}"),
        "market_name": G(pick(MARKETS)),
        # Teams, players and horses from the sports feed: catalogue data.
        "selection_name": G(
            lambda f: f.pick([f.pick(TEAMS), f.pick(PLAYERS), f.pick(HORSES), "Draw", "Over 2.5"])
        ),
        "odds": G(lambda f: f.odds()),
        "sport": G(pick(SPORTS)),
        "competition": G(pick(COMPETITIONS)),
        "start_time": G(lambda f: f.iso()),
    }


def deposit_product():
    return {
        "product_id": G(pick(["deposit", "deposit_first", "deposit_bonus"])),
        "sku": G(pick(["DEP-STD", "DEP-FTD", "DEP-BONUS-100"])),
        "name": G(pick(["Deposit", "First Deposit", "Deposit + 100% Bonus"])),
        "category": G(pick(["cashier"])),
        "price": G(lambda f: f.money_in(5, 500)),
        "quantity": G(pick([1])),
    }


def rg_note(f):
    name = f.first_in()
    return f.pick(
        [
            f"Spoke with {name}, confirmed spend is affordable; agreed a monthly limit.",
            f"Called {name} re: deposit velocity. No answer, left voicemail.",
            f"{name} said they are chasing losses; recommended a 6 week time-out.",
            f"Live chat with {name}: asked about self-exclusion, sent GAMSTOP info.",
            f"{name} disclosed job loss, account suspended pending affordability review.",
        ]
    )


EVENTS = [
    # -- registration, KYC, age verification ------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_in(), "name"),
            "lastName": Y(lambda f: f.last_in(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street_in(), "street|address"),
                "city": Y(lambda f: f.city_in(), "city"),
                "state": G(pick(["ON", "England", "Scotland", "Nairobi", "Wales"])),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(pick(["GB", "CA", "KE"])),
            },
            "gender": Y(pick(["male", "female", "M", "F", "other"]), "gender"),
            "username": Y(
                lambda f: (
                    f.first_in().lower().replace("é", "e")
                    + f.pick(["_bets", "", "254", "99", "_tfc"])
                    + str(f.r.randint(1, 999))
                ),
                "name",
            ),
            "avatar": Y(lambda f: f"https://cdn.betco.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "nationality": Y(
                pick(["British", "Canadian", "Kenyan", "Irish", "Indian", "Ugandan"]), "citizenship"
            ),
            "createdAt": G(lambda f: f.iso()),
            "jurisdiction": G(pick(["UKGC", "AGCO", "BCLB"])),
            "currency": G(pick(["GBP", "CAD", "KES"])),
            "emailVerified": G(pick([True, False])),
            "phoneVerified": G(pick([True, False])),
            "kycStatus": G(pick(["verified", "pending", "refer", "failed"])),
            "age": G(lambda f: f.r.randint(18, 72)),
            "marketingOptIn": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Account Registered",
        ["node"],
        {
            "user_id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "registration_method": G(pick(["email", "apple", "google", "phone"])),
            "email": Y(lambda f: f.mail(), "email"),
            "mobile_number": Y(lambda f: f.mobile(), "phone"),
            "first_name": Y(lambda f: f.first_in(), "name"),
            "last_name": Y(lambda f: f.last_in(), "name"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "signup_ip": Y(lambda f: f.ip_any(), "ip"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "middle_name": Y(
                lambda f: f.pick([*MIDDLE_KE, "James", "Marie", "Kaur", "Singh", "Louise"]), "name"
            ),
            "promo_code": G(pick(["WELCOME50", "BET10GET30", "", "CASINO100", "KARIBU"])),
            "btag": G(lambda f: f"a_{f.r.randint(1000, 9999)}b_{f.r.randint(10, 999)}c_"),
            "referrer_email": Y(lambda f: f.mail(), "email"),
            "device_fingerprint": G(lambda f: f.hexid(40)),
            "affiliate_id": G(lambda f: str(f.r.randint(1000, 9999))),
            "country": G(pick(["GB", "CA", "KE"])),
            "marketing_channels": Many(G(pick(["email", "sms", "push", "phone"])), 3),
            "age_verified": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(pick(["GBG ID3global", "LexisNexis", "Experian"])),
            "result": G(pick(["PASS", "REFER", "FAIL"])),
            "score": G(lambda f: f.r.randint(0, 3000)),
            "verified_over_18": G(pick([True, False])),
            "dob_matched": G(pick([True, False])),
            "address_matched": G(pick([True, False])),
            "electoral_roll_match": G(pick([True, False])),
            "request": {
                "forename": Y(lambda f: f.first_in("uk"), "name"),
                "surname": Y(lambda f: f.last_in("uk"), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "building_number": Y(lambda f: str(f.r.randint(1, 240)), "address|street"),
                "street": Y(lambda f: f.pick(STREETS["uk"]), "street|address"),
                "post_town": Y(lambda f: f.city_in("uk"), "city"),
                "postcode": Y(lambda f: f.postcode("uk"), "zipcode"),
                "country_code": G(pick(["GBR"])),
                "ni_number": RED(lambda f: f.ni_number(), "national id"),
                "middle_name": Y(pick(["James", "Louise", "Kaur", "Ann", "Mohammed", "Rose"]), "name"),
                "mobile": Y(lambda f: f.mobile("uk", "national"), "phone"),
                "email": Y(lambda f: f.mail("uk"), "email"),
            },
        },
    ),
    (
        "track",
        "KYC Document Submitted",
        ["swift", "kotlin", "rn"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "vendor": G(pick(["onfido", "jumio", "sumsub"])),
            "document_type": G(lambda f: f.pick_document()),
            "issuing_country": G(lambda f: {"uk": "GBR", "on": "CAN", "ke": "KEN"}[f.doc[1]]),
            "document_number": RED(lambda f: f.document_number(), "passport|national id|license"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "extracted": {
                "first_name": Y(lambda f: f.first_in().upper(), "name"),
                "last_name": Y(lambda f: f.last_in().upper(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "gender": Y(pick(["M", "F", "X"]), "gender|sex"),
                "place_of_birth": Y(
                    lambda f: f.pick(["LONDON", "NAIROBI", "TORONTO", "KISUMU", "LAHORE", "MANCHESTER"]),
                    "city",
                ),
            },
            "nationality": Y(
                pick(["British", "Canadian", "Kenyan", "Indian", "Nigerian", "Polish"]), "citizenship"
            ),
            "front_image_url": Y(
                lambda f: f"https://kyc-uploads.betco.example/docs/{f.uuid()}/front.jpg", "photo"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.betco.example/selfies/{f.uuid()}.jpg", "photo"),
            "passport_scanned_via_nfc": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["ruby"],
        {
            "smile_job_id": G(lambda f: f.digits(10)),
            "id_type": G(pick(["NATIONAL_ID", "NATIONAL_ID", "ALIEN_CARD"])),
            "id_number": RED(lambda f: f.ke_id(), "national id"),
            "kra_pin": RED(lambda f: f.kra_pin(), "national id"),
            "full_name": Y(lambda f: f"{f.first_in('ke')} {f.pick(MIDDLE_KE)} {f.last_in('ke')}", "name"),
            "dob": Y(lambda f: f.dob(), "birthdate"),
            "phone_number": Y(lambda f: f.mobile("ke", "msisdn"), "phone"),
            "photo": Y(lambda f: f"https://smile-results.example/jobs/{f.digits(10)}/photo.jpg", "photo"),
            "result_code": G(pick(["1012", "1013", "1022"])),
            "result_text": G(pick(["Valid ID", "Invalid ID", "Partial Match"])),
            "county": G(pick(KE_COUNTIES)),
        },
    ),
    (
        "track",
        "Mteja Amesajiliwa",
        ["php"],
        {
            "jina_la_kwanza": Y(lambda f: f.first_in("ke"), "name"),
            "jina_la_mwisho": Y(lambda f: f.last_in("ke"), "name"),
            "nambari_ya_simu": Y(lambda f: f.mobile("ke"), "phone"),
            "barua_pepe": Y(lambda f: f.mail("ke"), "email"),
            "tarehe_ya_kuzaliwa": Y(lambda f: f.dob(), "birthdate"),
            "nambari_ya_kitambulisho": RED(lambda f: f.ke_id(), "national id"),
            "jinsia": Y(pick(["mwanaume", "mwanamke", "M", "F"]), "gender"),
            "mji": Y(lambda f: f.city_in("ke"), "city"),
            "kaunti": G(pick(KE_COUNTIES)),
            "lugha": G(pick(["sw", "en"])),
            "umri": G(lambda f: f.r.randint(18, 70)),
            "njia_ya_usajili": G(pick(["ussd", "app", "web", "sms"])),
            "msimbo_wa_mwaliko": G(lambda f: f.pick(["", "KARIBU", f.hexid(6).upper()])),
        },
    ),
    (
        "track",
        "Registration Details Confirmed",
        ["dotnet"],
        {
            "PlayerId": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "FirstName": Y(lambda f: f.first_in("on"), "name"),
            "LastName": Y(lambda f: f.last_in("on"), "name"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "HomeAddress": {
                "Line1": Y(lambda f: f.street_in("on"), "address|street"),
                "Line2": Y(
                    lambda f: f.pick(["Unit 1203", "Apt 4", "Suite 210", "Basement"]), "address|street"
                ),
                "City": Y(lambda f: f.city_in("on"), "city"),
                "Province": G(pick(["ON"])),
                "PostalCode": Y(lambda f: f.postcode("on"), "zipcode"),
            },
            "PhoneNumber": Y(lambda f: f.mobile("on"), "phone"),
            "Occupation": G(
                pick(["Nurse", "Software Developer", "Electrician", "Student", "Retired", "Teacher"])
            ),
            "IsPoliticallyExposedPerson": G(pick([False, False, True])),
            "CorrelationId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Large Withdrawal Review Opened",
        ["dotnet"],
        {
            "ReviewId": G(lambda f: f"LWR-{f.digits(7)}"),
            "WithdrawalId": G(lambda f: f.uuid()),
            "AmountCad": G(lambda f: f.money_in(10_000, 60_000)),
            "PlayerFullName": Y(lambda f: f.name_in("on"), "name"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Sin": RED(lambda f: f.sin(), "national id|social security number"),
            "EmployerName": G(
                pick(
                    [
                        "Rogers Communications",
                        "Ontario Public Service",
                        "Shopify",
                        "Self-employed",
                        "Magna International",
                    ]
                )
            ),
            "Occupation": G(
                pick(["Nurse", "Software Developer", "Electrician", "Student", "Retired", "Teacher"])
            ),
            "FintracReportRequired": G(pick([True, False])),
            "ApprovedByName": Y(lambda f: f.name_in("on"), "name"),
            "ApprovedByEmail": Y(lambda f: f.mail("on").split("@")[0] + "@betco.example", "email"),
            "ApproverId": G(lambda f: f"EMP{f.digits(5)}"),
            "RiskScore": G(lambda f: f.r.randint(0, 100)),
            "Notes": G(
                pick(
                    [
                        "Source of funds verified against payslips.",
                        "Awaiting bank statement.",
                        "Cleared by compliance.",
                    ]
                )
            ),
        },
    ),
    # -- cashier: deposits ------------------------------------------------------------------------
    (
        "track",
        "Deposit Started",
        APPS,
        {
            "deposit_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([10, 20, 50, 100, 250, 500, 1000])),
            "currency": G(pick(["GBP", "CAD", "KES"])),
            "payment_method": G(pick(["card", "open_banking", "interac", "mpesa", "apple_pay", "paypal"])),
            "is_first_deposit": G(pick([True, False])),
            "bonus_code": G(pick(["", "WELCOME50", "CASINO100", "KARIBU"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(pick(["visa_debit", "mastercard_debit", "apple_pay"])),
            "card_brand": G(pick(["Visa", "Mastercard", "Maestro"])),
            "card_bin": G(lambda f: f.bin6()),
            "card_last4": G(lambda f: f.last4()),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.name_in().upper(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(f.pick(["uk", "on"])), "zipcode"),
            "save_card": G(pick([True, False])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: f"dep_{f.hexid(20)}"),
            "revenue": G(lambda f: f.money_in(5, 500)),
            "total": G(lambda f: f.money_in(5, 500)),
            "currency": G(pick(["GBP", "CAD"])),
            "psp": G(pick(["Worldpay", "Paysafe", "Nuvei", "Checkout.com"])),
            "psp_reference": G(lambda f: f.digits(16)),
            "card": {
                "brand": G(pick(["visa", "mastercard"])),
                "last4": G(lambda f: f.last4()),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "products": Many(deposit_product(), 1),
            "first_deposit": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Deposit Failed",
        ["php"],
        {
            "cashier_txn": G(lambda f: str(f.r.randint(10**8, 10**9))),
            "request": {
                "card_number": RED(lambda f: f.card(), "credit card"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
                "holder": Y(lambda f: f.name_in(), "name"),
                "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
                "address": Y(lambda f: f.street_in(f.pick(["uk", "on"])), "address"),
                "zip": Y(lambda f: f.postcode(f.pick(["uk", "on"])), "zipcode"),
                "amount": G(lambda f: f.pick([10, 20, 50, 100])),
                "currency": G(pick(["GBP", "CAD"])),
            },
            "response": {
                "code": G(pick(["05", "51", "54", "N7", "91"])),
                "message": G(
                    pick(["Do not honour", "Insufficient funds", "Expired card", "Issuer unavailable"])
                ),
            },
            "retry": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Deposit Declined",
        ["node"],
        {
            "reason": G(
                pick(
                    [
                        "limit_reached",
                        "card_declined",
                        "self_excluded",
                        "credit_card_blocked",
                        "affordability_hold",
                    ]
                )
            ),
            "decline_code": G(pick(["do_not_honor", "insufficient_funds", "rg_limit", "ukgc_credit_ban"])),
            "amount": G(lambda f: f.pick([10, 20, 50, 100, 250])),
            "card_bin": G(lambda f: f.bin6()),
            "card_last4": G(lambda f: f.last4()),
            "issuer_name": G(pick(["Monzo", "Barclays", "HSBC UK", "RBC Royal Bank", "TD Canada Trust"])),
        },
    ),
    (
        "track",
        "Open Banking Payment Authorised",
        ["python_ip"],
        {
            "payment_id": G(lambda f: f.uuid()),
            "provider_id": G(pick(["ob-monzo", "ob-barclays", "ob-natwest", "ob-lloyds", "ob-revolut"])),
            "scheme_id": G(pick(["faster_payments_service"])),
            "amount_in_minor": G(lambda f: f.pick([1000, 2000, 5000, 10000, 25000])),
            "currency": G(pick(["GBP"])),
            "status": G(pick(["authorized", "executed", "settled", "failed"])),
            "beneficiary": {
                "type": G(pick(["merchant_account"])),
                "merchant_account_id": G(lambda f: f.uuid()),
                "reference": G(lambda f: f"BETCO {f.r.randint(1_000_000, 9_999_999)}"),
            },
            "remitter": {
                "account_holder_name": Y(lambda f: f.name_in("uk"), "name"),
                "sort_code": G(lambda f: f.sort_code().replace("-", "")),
                "account_number": RED(lambda f: f.uk_account(), "bank account"),
                "iban": RED(lambda f: f.iban("GB").replace(" ", ""), "bank account"),
            },
            "user": {
                "id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
                "name": Y(lambda f: f.name_in("uk"), "name"),
                "email": Y(lambda f: f.mail("uk"), "email"),
                "phone": Y(lambda f: f.mobile("uk", "e164"), "phone"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "address": {
                    "address_line1": Y(lambda f: f.street_in("uk"), "address|street"),
                    "city": Y(lambda f: f.city_in("uk"), "city"),
                    "zip": Y(lambda f: f.postcode("uk"), "zipcode"),
                    "country_code": G(pick(["GB"])),
                },
            },
        },
    ),
    (
        "track",
        "Interac Deposit Completed",
        ["java"],
        {
            "interac_reference": G(lambda f: f"CA{f.hexid(10).upper()}"),
            "payer_name": Y(lambda f: f.name_in("on"), "name"),
            "payer_handle": Y(lambda f: f.pick([f.mail("on"), f.mobile("on")]), "email|phone", True),
            "amount": G(lambda f: f.pick([20, 50, 100, 200, 500])),
            "currency": G(pick(["CAD"])),
            "bank_name": G(pick(["RBC", "TD", "Scotiabank", "BMO", "CIBC", "Desjardins"])),
            "institution_number": G(pick(["003", "004", "002", "001", "010", "815"])),
            "transit_number": G(lambda f: f"{f.r.randint(10000, 99999)}"),
            "account_number": RED(lambda f: f.digits(f.pick([7, 8, 12])), "bank account"),
        },
    ),
    (
        "track",
        "STK Push Initiated",
        ["flutter", "kotlin"],
        {
            "phone_number": Y(lambda f: f.mobile("ke", "msisdn"), "phone"),
            "amount": G(lambda f: f.pick([49, 50, 100, 200, 500, 1000, 20])),
            "account_reference": G(lambda f: f"BETCO{f.r.randint(100_000, 999_999)}"),
            "checkout_request_id": G(
                lambda f: f"ws_CO_{f.r.randint(10**11, 10**12)}{f.r.randint(100000, 999999)}"
            ),
            "paybill": G(pick(["290290", "4047777"])),
            "response_code": G(pick(["0", "1032", "1037", "2001"])),
        },
    ),
    (
        "track",
        "M-Pesa C2B Confirmation",
        ["go"],
        {
            "TransactionType": G(pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(lambda f: f.mpesa_receipt()),
            "TransTime": G(lambda f: f.trans_time()),
            "TransAmount": G(lambda f: f"{f.pick([20, 50, 99, 100, 250, 500, 1000])}.00"),
            "BusinessShortCode": G(pick(["290290", "4047777"])),
            "BillRefNumber": G(lambda f: f"BETCO{f.r.randint(100_000, 999_999)}"),
            "OrgAccountBalance": G(lambda f: f"{f.money_in(10_000, 9_000_000):.2f}"),
            "MSISDN": Y(lambda f: f.mobile("ke", "msisdn"), "phone"),
            "FirstName": Y(lambda f: f.first_in("ke").upper(), "name"),
            "MiddleName": Y(lambda f: f.pick(MIDDLE_KE).upper(), "name"),
            "LastName": Y(lambda f: f.last_in("ke").upper(), "name"),
        },
    ),
    # -- cashier: withdrawals ---------------------------------------------------------------------
    (
        "track",
        "Withdrawal Requested",
        ["web", "swift", "rn"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money_in(10, 5000)),
            "currency": G(pick(["GBP", "CAD"])),
            "method": G(pick(["card", "bank_transfer", "interac"])),
            "destination": {
                "type": G(pick(["bank_account"])),
                "bank_name": G(pick(["Monzo", "Barclays", "Nationwide", "RBC", "TD"])),
                "sort_code": G(lambda f: f.sort_code()),
                "account_number": RED(lambda f: f.uk_account(), "bank account"),
                "account_holder": Y(lambda f: f.name_in(), "name"),
                "masked_pan": G(lambda f: f"{f.bin6()[:4]} **** **** {f.last4()}"),
            },
            "pending_hours": G(pick([0, 24, 48, 72])),
            "requested_from_ip": Y(lambda f: f.ip_any(), "ip"),
        },
    ),
    (
        "track",
        "Saved Payout Account Selected",
        ["kotlin", "flutter", "web"],
        {
            "account_ref": G(lambda f: f"pa_{f.hexid(12)}"),
            # The label the cashier shows: the holder's name and the last digits.
            "label": Y(lambda f: f"{f.name_in()} ••{f.last4()}", "name", True),
            "rail": G(pick(["mpesa", "bank", "card"])),
            "is_default": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Uondoaji Umekamilika",
        ["php"],
        {
            "kiasi": G(lambda f: f.pick([100, 250, 500, 1000, 5000, 12000])),
            "sarafu": G(pick(["KES"])),
            "nambari_ya_muamala": G(lambda f: f.mpesa_receipt()),
            "nambari_ya_simu": Y(lambda f: f.mobile("ke"), "phone"),
            "kitambulisho_cha_mpokeaji": RED(lambda f: f.ke_id(), "national id"),
            "jina_la_mpokeaji": Y(lambda f: f.name_in("ke").upper(), "name"),
            "ada": G(lambda f: f.pick([0, 15, 22, 33])),
            "hali": G(pick(["imekamilika", "inasubiri", "imeshindwa"])),
            "muda": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Withdrawal Approved",
        ["dotnet"],
        {
            "WithdrawalId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.money_in(10, 9000)),
            "Currency": G(pick(["GBP", "CAD", "KES"])),
            "ApprovedByName": Y(lambda f: f.name_in(), "name"),
            "ApprovedByEmail": Y(lambda f: f.mail("uk").split("@")[0] + "@betco.example", "email"),
            "ApproverId": G(lambda f: f"EMP{f.digits(5)}"),
            "RiskScore": G(lambda f: f.r.randint(0, 100)),
            "Notes": G(
                pick(
                    [
                        "Source of funds verified against payslips.",
                        "Awaiting bank statement.",
                        "Cleared by compliance.",
                        "Auto-approved under threshold.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Manual Adjustment Made",
        ["java"],
        {
            "adjustment_id": G(lambda f: f.digits(9)),
            "amount": G(lambda f: f.money_in(1, 500)),
            "type": G(pick(["goodwill", "void_bet_refund", "bonus_correction"])),
            "note": Y(lambda f: f.adjustment_note(), "name", True),
            "ticket": G(lambda f: f"ZD-{f.digits(6)}"),
        },
    ),
    # -- sportsbook -------------------------------------------------------------------------------
    (
        "track",
        "Bet Placed",
        APPS,
        {
            "bet_id": G(lambda f: f.digits(12)),
            "bet_type": G(pick(["single", "double", "treble", "accumulator", "each_way", "bet_builder"])),
            "stake": G(lambda f: f.stake()),
            "currency": G(pick(["GBP", "CAD", "KES"])),
            "potential_returns": G(lambda f: f.money_in(1, 5000)),
            "total_odds": G(lambda f: f.odds()),
            "is_live": G(pick([True, False])),
            "free_bet_used": G(pick([True, False])),
            "selections": Many(selection(), 4),
        },
    ),
    (
        "track",
        "Bet Settled",
        ["java"],
        {
            "bet_id": G(lambda f: f.digits(12)),
            "result": G(pick(["won", "lost", "void", "half_won", "cashed_out"])),
            "payout": G(lambda f: f.money_in(0, 5000)),
            "stake": G(lambda f: f.stake()),
            "settled_at": G(lambda f: f.iso()),
            "void_reason": G(pick(["", "non_runner", "match_abandoned", "palpable_error"])),
        },
    ),
    (
        "track",
        "Racecard Viewed",
        ["web", "swift"],
        {
            "race_id": G(lambda f: f.digits(7)),
            "course": G(pick(COURSES)),
            "off_time": G(lambda f: f.iso()),
            "runners_count": G(lambda f: f.r.randint(4, 24)),
            "favourite_name": G(pick(HORSES)),
            "favourite_jockey": G(pick(JOCKEYS)),
            "favourite_trainer": G(
                pick(["Willie Mullins", "Nicky Henderson", "Aidan O'Brien", "Mark Casse"])
            ),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "kotlin"],
        {
            "query": G(
                pick(["aviator", "man utd", "starburst", "gor mahia", "leafs", "roulette", "cheltenham"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 80)),
            "search_tab": G(pick(["sports", "casino", "all"])),
        },
    ),
    (
        "track",
        "Jackpot Bet Placed",
        ["flutter"],
        {
            "jackpot_id": G(lambda f: f"MJ{f.r.randint(100, 999)}"),
            "jackpot_name": G(pick(["Mega Jackpot", "Midweek Jackpot", "Supa 13"])),
            "picks": Many(G(pick(["1", "X", "2", "1X", "X2"])), 17),
            "stake": G(pick([99, 198, 297, 49])),
            "msisdn": Y(lambda f: f.mobile("ke", "msisdn"), "phone"),
        },
    ),
    (
        "track",
        "SMS Bet Received",
        ["php"],
        {
            "shortcode": G(pick(["29050", "79079"])),
            "sender": Y(lambda f: f.mobile("ke", "msisdn"), "phone", True),
            "message": G(lambda f: f.sms_bet()),
            "network": G(pick(["Safaricom", "Airtel"])),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        ["python"],
        {
            "sessionId": G(lambda f: f"ATUid_{f.hexid(32)}"),
            "serviceCode": G(pick(["*290#", "*290*1#"])),
            "phoneNumber": Y(lambda f: f.mobile("ke", "e164"), "phone"),
            "networkCode": G(pick(["63902", "63903", "63907"])),
            "text": G(lambda f: f.pick(["1", "1*2", "2*1*100", "3*1*500", "4"])),
            "status": G(pick(["Success", "Incomplete"])),
            "durationInMillis": G(lambda f: str(f.r.randint(2000, 90000))),
        },
    ),
    (
        "track",
        "Dau Limewekwa",
        ["php"],
        {
            "nambari_ya_dau": G(lambda f: f.digits(10)),
            "mechi": G(lambda f: f"{f.pick(TEAMS)} vs {f.pick(TEAMS)}"),
            "chaguo": G(pick(["1", "X", "2", "GG", "Over 2.5"])),
            "odds": G(lambda f: f.odds()),
            "kiasi": G(lambda f: f.pick([20, 49, 50, 100, 500, 1000])),
            "ushindi_unaowezekana": G(lambda f: f.money_in(30, 100000)),
            "nambari_ya_simu": Y(lambda f: f.mobile("ke"), "phone"),
            "njia": G(pick(["app", "sms", "ussd", "web"])),
        },
    ),
    (
        "track",
        "Shop Bet Placed",
        ["java"],
        {
            "slip_barcode": G(lambda f: f.digits(18)),
            "terminal_id": G(lambda f: f"SSBT-{f.r.randint(100, 999)}"),
            "shop": {
                "id": G(lambda f: str(f.r.randint(1000, 1999))),
                "name": G(
                    pick(["BetCo Kilburn High Rd", "BetCo Moss Side", "BetCo Kenyatta Ave", "BetCo Govan Rd"])
                ),
                "city": G(pick(["London", "Manchester", "Nairobi", "Glasgow"])),
                "postcode": G(pick(["NW6 2BS", "M14 4GL", "00100", "G51 2SE"])),
                "phone": G(
                    pick(["+44 20 7624 0191", "+44 161 226 0452", "+254 20 222 1133", "+44 141 445 0210"])
                ),
            },
            "cashier_name": Y(lambda f: f.name_in(f.pick(["uk", "ke"])), "name"),
            "cashier_id": G(lambda f: f"C{f.digits(4)}"),
            "loyalty_card_number": G(lambda f: "6338" + f.digits(12)),
            "stake": G(lambda f: f.stake()),
        },
    ),
    # -- casino -----------------------------------------------------------------------------------
    (
        "track",
        "Casino Game Launched",
        ["web", "kotlin", "rn"],
        {
            "game_id": G(game(0)),
            "game_name": G(game(1)),
            "provider": G(game(2)),
            "category": G(game(3)),
            # The provider's launch URL carries the player's game-session token.
            "launch_url": RED(lambda f: f.launch_url(), "token", True),
        },
    ),
    (
        "track",
        "Game Round Completed",
        ["go", "node"],
        {
            "round_id": G(lambda f: f.digits(14)),
            "game_id": G(game(0)),
            "game_name": G(game(1)),
            "provider": G(game(2)),
            "bet_amount": G(lambda f: f.pick([0.1, 0.2, 0.5, 1.0, 2.0, 5.0])),
            "win_amount": G(lambda f: f.pick([0, 0, 0, round(f.r.uniform(0.1, 400), 2)])),
            "balance_after": G(lambda f: f.money_in(0, 3000)),
            "currency": G(pick(["GBP", "CAD", "KES"])),
            "is_bonus_round": G(pick([True, False])),
            "game_session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Live Table Joined",
        ["swift", "web"],
        {
            "table_id": G(lambda f: f.hexid(16)),
            "table_name": G(
                pick(["Speed Baccarat A", "Lightning Roulette", "Infinite Blackjack", "Crazy Time"])
            ),
            "dealer_name": Y(lambda f: f.first_in(f.pick(["uk", "on"])), "name"),
            "seat": G(lambda f: f.r.randint(1, 7)),
            "chat_nickname": Y(
                lambda f: (
                    f.first_in().lower().replace("é", "e")
                    + f.pick(["_lucky", "88", "_ke", "_to", ""])
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
        },
    ),
    # -- promotions and bonuses -------------------------------------------------------------------
    (
        "track",
        "Promotion Viewed",
        ["web", "kotlin"],
        {
            "promotion_id": G(lambda f: f"promo_{f.r.randint(100, 999)}"),
            "creative": G(pick(["hero_banner", "casino_tile", "sportsbook_strip"])),
            "name": G(pick(["Bet £10 Get £30", "100 Free Spins", "Karibu Bonus", "Early Payout"])),
            "position": G(pick(["home_top", "casino_lobby", "betslip"])),
        },
    ),
    (
        "track",
        "Bonus Claimed",
        ["node"],
        {
            "bonus_id": G(lambda f: f"bn_{f.hexid(10)}"),
            "bonus_code": G(pick(["WELCOME50", "CASINO100", "KARIBU", "FREEBET5"])),
            "bonus_type": G(pick(["free_bet", "deposit_match", "free_spins", "odds_boost"])),
            "amount": G(lambda f: f.pick([5, 10, 20, 30, 50, 100])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    # -- responsible gambling ---------------------------------------------------------------------
    (
        "track",
        "Deposit Limit Set",
        APPS,
        {
            "limit_type": G(pick(["deposit", "loss", "wager"])),
            "period": G(pick(["daily", "weekly", "monthly"])),
            "amount": G(lambda f: f.pick([10, 50, 100, 200, 500, 1000])),
            "currency": G(pick(["GBP", "CAD", "KES"])),
            "is_increase": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Time Out Started",
        ["web", "swift", "kotlin"],
        {
            "duration_days": G(pick([1, 7, 14, 30, 42])),
            "reason": G(pick(["taking_a_break", "spending_too_much", "too_much_time", "other"])),
            "products_excluded": Many(G(pick(["sportsbook", "casino", "live_casino", "poker"])), 3),
            "ends_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Self Exclusion Requested",
        ["python"],
        {
            "exclusion_id": G(lambda f: f.uuid()),
            "duration_months": G(pick([6, 12, 60])),
            "scheme": G(pick(["GAMSTOP", "iGO Centralized Self-Exclusion", "BCLB", "operator"])),
            "reason": G(pick(["taking_a_break", "spending_too_much", "other", ""])),
            "channel": G(pick(["web", "app", "live_chat", "phone"])),
            "confirmed": G(pick([True, False])),
            "email": Y(lambda f: f.mail(), "email"),
            "contact_phone": Y(lambda f: f.mobile(), "phone"),
        },
    ),
    (
        "track",
        "GAMSTOP Check Completed",
        ["java"],
        {
            "request": {
                "firstName": Y(lambda f: f.first_in("uk"), "name"),
                "lastName": Y(lambda f: f.last_in("uk"), "name"),
                "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.mail("uk"), "email"),
                "postcode": Y(lambda f: f.postcode("uk"), "zipcode"),
                "mobile": Y(lambda f: f.mobile("uk", "national").replace(" ", ""), "phone"),
            },
            "response": {
                "exclusion": G(pick(["Y", "N", "P"])),
                "uniqueId": G(lambda f: f.uuid()),
            },
            "trigger": G(pick(["registration", "login", "daily_batch"])),
        },
    ),
    (
        "track",
        "Affordability Check Completed",
        ["python", "dotnet"],
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(pick(["Experian", "TransUnion", "Equifax"])),
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "estimated_income": Y(lambda f: f.r.randint(14_000, 140_000), "salary"),
            "income_band": Y(pick(["<20k", "20k-30k", "30k-50k", "50k-80k", "80k+"]), "salary"),
            "affordability_limit": G(lambda f: f.pick([250, 500, 1000, 2000, 5000])),
            "outcome": G(pick(["pass", "refer", "restrict", "insufficient_data"])),
            "net_deposits_12m": G(lambda f: f.money_in(0, 40000)),
            "employment_status": G(pick(["employed", "self_employed", "retired", "student", "unemployed"])),
            "employer_name": G(pick(["NHS", "Tesco", "Amazon UK", "Self-employed", "Barclays"])),
            "job_title": G(pick(["Nurse", "Warehouse Operative", "Accountant", "Driver", "Engineer"])),
            "dependants": G(lambda f: f.r.randint(0, 4)),
            "housing_status": G(pick(["owner", "renting", "living_with_parents"])),
        },
    ),
    (
        "track",
        "Source of Funds Submitted",
        ["web", "swift"],
        {
            "sof_type": G(pick(["salary", "savings", "inheritance", "business_income", "pension"])),
            "document_type": G(pick(["payslip", "bank_statement", "p60", "tax_return"])),
            "document_count": G(lambda f: f.r.randint(1, 6)),
            "declared_annual_income": Y(
                lambda f: f.pick([18_000, 24_500, 32_000, 45_000, 61_000, 95_000, 150_000]), "salary"
            ),
            "employer": G(pick(["NHS", "Tesco", "Shopify", "Safaricom", "Self-employed"])),
            "job_title": G(pick(["Nurse", "Warehouse Operative", "Accountant", "Driver", "Engineer"])),
        },
    ),
    (
        "track",
        "Safer Gambling Interaction Logged",
        ["ruby"],
        {
            "interaction_id": G(lambda f: f.uuid()),
            "customer_id": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "agent": {
                "id": G(lambda f: f"ag_{f.r.randint(100, 999)}"),
                "name": Y(lambda f: f.name_in(), "name"),
                "email": Y(lambda f: f.mail("uk").split("@")[0] + "@betco.example", "email"),
                "team": G(pick(["RG Team", "Customer Care", "VIP Desk"])),
            },
            "trigger": G(
                pick(["loss_threshold", "time_on_site", "deposit_velocity", "night_play", "customer_contact"])
            ),
            "channel": G(pick(["phone", "live_chat", "email"])),
            "outcome": G(
                pick(["no_concern", "limit_set", "time_out", "self_exclusion", "account_restricted"])
            ),
            "risk_level": G(pick(["low", "medium", "high"])),
            "markers_of_harm": Many(
                G(
                    pick(
                        [
                            "chasing_losses",
                            "late_night_play",
                            "declined_deposits",
                            "increased_spend",
                            "reversed_withdrawals",
                        ]
                    )
                ),
                3,
            ),
            "pgsi_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "health_disclosure": Y(
                pick(
                    [
                        "anxiety",
                        "depression",
                        "gambling_disorder",
                        "alcohol_dependence",
                        "adhd",
                        "bipolar_disorder",
                    ]
                ),
                "condition",
            ),
            "disability_disclosed": RED(pick([True, False]), "disability"),
            "callback_number": Y(lambda f: f.mobile(), "phone"),
            "notes": Y(rg_note, "name", True),
            "summary": G(pick(AGENT_NOTES_NO_PII)),
        },
    ),
    (
        "track",
        "Self Assessment Completed",
        ["web", "rn"],
        {
            "assessment": G(pick(["PGSI"])),
            "total_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "risk_category": Y(
                pick(["non_problem", "low_risk", "moderate_risk", "problem_gambling"]), "condition"
            ),
            "duration_sec": G(lambda f: f.r.randint(40, 600)),
        },
    ),
    (
        "track",
        "Geolocation Check Completed",
        ["node"],
        {
            "geo_check_id": G(lambda f: f.uuid()),
            "vendor": G(pick(["GeoComply"])),
            "result": G(pick(["PASSED", "FAILED", "PASSED", "PASSED"])),
            "reason": G(pick(["", "OUT_OF_BOUNDARY", "VPN_DETECTED", "INSUFFICIENT_LOCATION_DATA"])),
            "latitude": Y(lambda f: round(f.r.uniform(42.0, 46.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-83.0, -74.5), 6), "geolocation"),
            "province": G(pick(["ON", "QC", "MB"])),
            "within_boundary": G(pick([True, False])),
            "vpn_detected": G(pick([True, False])),
            "ip_address": Y(lambda f: f.ip_any(), "ip"),
            "isp": G(pick(["Rogers", "Bell Canada", "TELUS", "Videotron"])),
        },
    ),
    # -- marketing, affiliates, messaging -------------------------------------------------------
    (
        "track",
        "Marketing Preferences Updated",
        ["web", "kotlin", "swift"],
        {
            "channels": {
                "email": G(pick([True, False])),
                "sms": G(pick([True, False])),
                "push": G(pick([True, False])),
                "phone": G(pick([True, False])),
            },
            "unsubscribe_all": G(pick([True, False])),
            "email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Affiliate Click Tracked",
        ["php"],
        {
            "affiliate-id": G(lambda f: str(f.r.randint(1000, 9999))),
            "btag": G(lambda f: f"a_{f.r.randint(1000, 9999)}b_{f.r.randint(10, 999)}c_"),
            "click-id": Y(lambda f: f.hexid(32), "advertising id"),
            "sub-id": G(pick(["homepage_banner", "review_page", "top10_table", ""])),
            "landing-page": G(pick(["/welcome", "/casino/welcome", "/ke/karibu"])),
            "ip-address": Y(lambda f: f.ipv4(), "ip"),
            "user-agent": G(
                pick(
                    [
                        UA_CHROME_WIN,
                        UA_IPHONE,
                        UA_TECNO,
                    ]
                )
            ),
            "country-code": G(pick(["GB", "CA", "KE"])),
            "referrer-url": G(
                pick(["https://www.oddschecker.example/free-bets", "https://bettingsites.example/ke", ""])
            ),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["swift", "kotlin"],
        {
            "provider": G(pick(["AppsFlyer"])),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.r.randint(10**18, 10**19)}"),
            "media_source": G(pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])),
            "campaign": {
                "name": G(pick(["UK_Sports_Install_Q2", "KE_Jackpot_Android", "ON_Casino_iOS"])),
                "ad_group": G(pick(["lookalike_1pct", "broad", "retarget_lapsed"])),
                "ad_creative": G(pick(["video_goal_15s", "static_jackpot", "carousel_odds"])),
            },
            "idfv": G(lambda f: f.uuid().upper()),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift", "kotlin"],
        {
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "channel": G(pick(["whatsapp", "sms", "email", "copy_link"])),
            "invitee_name": Y(lambda f: f.name_in(), "name"),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invitee_phone": Y(lambda f: f.mobile(), "phone"),
            "reward_amount": G(pick([10, 20, 200])),
        },
    ),
    (
        "track",
        "Message Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(pick(["BETCO", "+447700900123", "+16475550182", "BetCoKE"])),
            "To": Y(lambda f: f.mobile(style="e164"), "phone", True),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your BetCo verification code is {}",
                        "{} is your BetCo code. Don't share it.",
                        "BetCo: use code {} to confirm your withdrawal",
                    ]
                ).format(f.otp()),
                "token",
                True,
            ),
            "MessageStatus": G(pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "sid": G(lambda f: "VE" + f.hexid(32)),
            "service_sid": G(lambda f: "VA" + f.hexid(32)),
            "to": Y(lambda f: f.mobile(style="e164"), "phone", True),
            "channel": G(pick(["sms", "whatsapp", "call"])),
            "status": G(pick(["pending", "approved", "canceled"])),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "lookup": {
                "carrier": {
                    "name": G(
                        pick(["EE Limited", "Safaricom", "Rogers Wireless", "Vodafone UK", "Airtel Kenya"])
                    ),
                    "type": G(pick(["mobile", "voip"])),
                },
            },
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "node"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "reset_link": RED(
                lambda f: f"https://www.betco.example/account/reset?token={f.hexid(48)}", "token|secret"
            ),
            "expires_in_min": G(pick([15, 30, 60])),
            "requested_from": G(pick(["login_page", "app", "support_agent"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "flutter"],
        {
            "method": G(pick(["password", "face_id", "fingerprint", "otp", "google"])),
            "username": Y(
                lambda f: (
                    f.first_in().lower().replace("é", "e")
                    + f.pick(["_bets", "", "254", "99"])
                    + str(f.r.randint(1, 999))
                ),
                "name",
            ),
            "biometric_enabled": G(pick([True, False])),
            "mfa_method": G(pick(["sms", "totp", "none"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "session_id": G(lambda f: f.uuid()),
            "password_strength": G(pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Login Identifier Entered",
        ["web", "flutter"],
        {
            "form": G(pick(["login", "forgot_password"])),
            "input": Y(lambda f: f.pick([f.mail(), f.mobile()]), "email|phone", True),
            "input_type": G(pick(["email", "phone"])),
            "autofilled": G(pick([True, False])),
        },
    ),
    (
        "track",
        "Registration Field Completed",
        ["web", "rn"],
        {
            "form_id": G(pick(["reg_v7", "reg_v8_short"])),
            "step": G(pick([1, 2, 3])),
            "field": G(pick(["email", "mobile"])),
            "value": Y(lambda f: f.pick([f.mail(), f.mobile()]), "email|phone", True),
            "validation_error": G(pick(["", "invalid_format", "already_registered"])),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.mail(), f.mobile()]), "email|phone", True),
            "search_scope": G(pick(["players", "transactions"])),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: f"ag_{f.r.randint(100, 999)}"),
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.digits(15)),
            "department": G(pick(["payments", "account", "safer_gambling", "sportsbook"])),
            "visitor": {
                "name": Y(lambda f: f.name_in(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "ip": Y(lambda f: f.ip_any(), "ip"),
            },
            "first_message": G(
                pick(
                    [
                        "How long do withdrawals take?",
                        "Why was my bet voided?",
                        "I want to close my account",
                        "Bonus not credited",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        ["python"],
        {
            "request_id": G(lambda f: f"DSR-{f.digits(6)}"),
            "request_type": G(pick(["access", "erasure", "rectification", "portability"])),
            "requester_email": Y(lambda f: f.mail(), "email"),
            "requester_name": Y(lambda f: f.name_in(), "name"),
            "requester_phone": Y(lambda f: f.mobile(), "phone"),
            "verification_method": G(pick(["login", "id_document", "email_link"])),
            "regulation": G(pick(["UK GDPR", "PIPEDA", "Kenya DPA 2019"])),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": G(pick([True, False])),
            "version": G(pick(["8.15.2", "4.3.1", "2.8.1"])),
            "build": G(pick(["81502", "431", "281"])),
            "url": G(pick(["", "betco://promo/WELCOME50", "https://www.betco.example/sports/football"])),
        },
    ),
    (
        "track",
        "Weekly Player Summary",
        ["python"],
        {
            "USER_ID": G(lambda f: str(f.r.randint(1_000_000, 9_999_999))),
            "WEEK_START": G(lambda f: f.date(2024, 2024)),
            "TOTAL_STAKED": G(lambda f: f.money_in(0, 9000)),
            "TOTAL_WON": G(lambda f: f.money_in(0, 9000)),
            "BETS_COUNT": G(lambda f: f.r.randint(0, 400)),
            "DEPOSITS_COUNT": G(lambda f: f.r.randint(0, 30)),
            "FAVOURITE_GAME": G(lambda f: f.pick(GAMES)[1]),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["web", "swift"],
        {
            "contact_id": G(lambda f: f.uuid()),
            "contact_name": Y(lambda f: f.name_in(), "name"),
            "contact_phone": Y(lambda f: f.mobile(), "phone"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "relationship": G(pick(["spouse", "partner", "parent", "sibling", "friend"])),
            "notify_on": Many(G(pick(["limit_increase", "self_exclusion_end", "large_deposit"])), 2),
        },
    ),
    (
        "track",
        "Bank Account Added",
        ["flutter", "kotlin"],
        {
            "bank_name": G(pick(["Equity Bank", "KCB", "Co-operative Bank", "NCBA", "Absa Kenya"])),
            "branch_code": G(pick(["068", "001", "114", "230"])),
            "bank_account_no": RED(lambda f: f.pick(["01", "11", "02"]) + f.digits(11), "bank account"),
            "account_name": Y(lambda f: f.name_in("ke").upper(), "name"),
            "verified_via": G(pick(["pesalink", "manual"])),
        },
    ),
    (
        "track",
        "Chargeback Received",
        ["ruby"],
        {
            "dispute_id": G(lambda f: "dp_" + f.hexid(24)),
            "reason": G(pick(["fraudulent", "unrecognized", "product_not_received", "duplicate"])),
            "amount": G(lambda f: f.money_in(10, 2000)),
            "arn": G(lambda f: f.digits(23)),
            "card_last4": G(lambda f: f.last4()),
            "cardholder_name": Y(lambda f: f.name_in().upper(), "name"),
            "cardholder_email": Y(lambda f: f.mail(), "email"),
            "customer_ip": Y(lambda f: f.ip_any(), "ip"),
            "billing_address_line1": Y(lambda f: f.street_in(f.pick(["uk", "on"])), "address|street"),
            "evidence_due_by": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Winnings Tax Certificate Issued",
        ["php"],
        {
            "certificate_number": G(lambda f: f"WHT{f.digits(10)}"),
            "kra_pin": RED(lambda f: f.kra_pin(), "national id"),
            "full_name": Y(lambda f: f.name_in("ke"), "name"),
            "winnings": G(lambda f: f.money_in(1000, 500000)),
            "tax_withheld": G(lambda f: f.money_in(200, 100000)),
            "period": G(pick(["2024-01", "2024-02", "2024-03", "2024-04"])),
        },
    ),
]

IDENTIFY_WAREHOUSE = (
    "identify",
    None,
    ["python"],
    {
        "EMAIL": Y(lambda f: f.mail(), "email"),
        "FIRST_NAME": Y(lambda f: f.first_in(), "name"),
        "LAST_NAME": Y(lambda f: f.last_in(), "name"),
        "PHONE_NUMBER": Y(lambda f: f.mobile(), "phone"),
        "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
        "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
        "ADDRESS_LINE_1": Y(lambda f: f.street_in(), "address|street"),
        "CITY": Y(lambda f: f.city_in(), "city"),
        "LAST_LOGIN_IP": Y(lambda f: f.ip_any(), "ip"),
        "GENDER": Y(pick(["M", "F", "U"]), "gender|sex"),
        "COUNTRY_CODE": G(pick(["GB", "CA", "KE"])),
        "CUSTOMER_KEY": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
        "LIFETIME_DEPOSITS": G(lambda f: f.money_in(0, 90000)),
        "LAST_BET_AT": G(lambda f: f.iso()),
        "VIP_SEGMENT": G(pick(["core", "high_value", "dormant", "vip"])),
        "PREFERRED_SPORT": G(pick(SPORTS)),
        "IS_SELF_EXCLUDED": G(pick([True, False])),
        "MARKETING_CONSENT": G(pick([True, False])),
        "AGE_BAND": G(pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
    },
)

IDENTIFY_KE_SERVER = (
    "identify",
    None,
    ["node_ext"],
    {
        "phone": Y(lambda f: f.mobile("ke"), "phone"),
        "full_name": Y(lambda f: f.name_in("ke"), "name"),
        "county": G(pick(KE_COUNTIES)),
        "kyc_tier": G(pick([1, 2, 3])),
        "id_number": RED(lambda f: f.ke_id(), "national id"),
        "email": Y(lambda f: f.mail("ke"), "email"),
        "birthday": Y(lambda f: f.dob(), "birthdate"),
        "mpesa_registered_name": Y(lambda f: f.name_in("ke").upper(), "name"),
        "wallet_balance": G(lambda f: f.money_in(0, 80000)),
    },
)

GROUP = (
    "group",
    None,
    ["web", "ruby"],
    {
        "name": G(pick(["BetReviews UK Ltd", "Oddspedia Media", "TipsterHub Kenya", "CanBet Guides Inc."])),
        "website": G(
            pick(["https://betreviews.example", "https://oddspedia.example", "https://tipsterhub.example"])
        ),
        "industry": G(pick(["affiliate_media", "tipster", "comparison"])),
        "commission_model": G(pick(["RevShare", "CPA", "Hybrid"])),
        "revshare_pct": G(pick([25, 30, 35, 40])),
        "partner_inbox": G(
            pick(["partners@betreviews.example", "affiliates@oddspedia.example", "info@tipsterhub.example"])
        ),
        "office_phone": G(pick(["+44 20 3808 4100", "+254 20 765 4321", "+1 416 640 2200"])),
        "registered_office": G(
            pick(
                [
                    "20-22 Wenlock Road, London N1 7GU",
                    "Westlands Business Park, Nairobi",
                    "100 King St W, Toronto, ON M5X 1A9",
                ]
            )
        ),
        "account_manager_name": Y(lambda f: f.name_in(), "name"),
        "account_manager_email": Y(lambda f: f.mail("uk").split("@")[0] + "@betco.example", "email"),
        "created_at": G(lambda f: f.iso()),
    },
)

PAGE = (
    "page",
    "page",
    ["web"],
    {
        "path": G(page(0)),
        "referrer": G(pick(["https://www.google.co.uk/", "", "https://www.oddschecker.com/"])),
        "search": G(pick(["", "?btag=a_4412b_1093c_", "?promo=WELCOME50", "?tab=live"])),
        "title": G(page(1)),
        "url": G(lambda f: "https://www.betco.example" + f.page[0]),
        "name": G(pick(["Home", "Football", "Casino Lobby", "Deposit", "Limits"])),
        "keywords": Many(G(pick(["betting", "odds", "casino", "free bets"])), 3),
    },
)

SCREEN = (
    "screen",
    "screen",
    MOBILE,
    {
        "screen_class": G(
            pick(["BetslipViewController", "CasinoLobbyFragment", "DepositScreen", "MyBetsScreen"])
        ),
        "previous_screen": G(pick(["Home", "Sports", "Casino", "Account"])),
        "load_time_ms": G(lambda f: f.r.randint(80, 3000)),
    },
)

ALIAS = ("alias", None, ["web", "swift", "kotlin"], {})

ALL = [*EVENTS, IDENTIFY_WAREHOUSE, IDENTIFY_KE_SERVER, GROUP, PAGE, SCREEN, ALIAS]


def build(seed: int, repeats: int):
    f = Bet(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in ALL:
            client = f.pick(clients)
            user_id = str(f.r.randint(1_000_000, 9_999_999))
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = event
            elif kind == "page":
                msg["name"] = f.pick(["Home", "Football", "Casino Lobby", "Deposit", "Limits"])
            elif kind == "screen":
                msg["name"] = f.pick(["Betslip", "Casino Lobby", "Deposit", "My Bets"])
            elif kind == "group":
                msg["groupId"] = f"aff_{f.r.randint(1000, 9999)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CLIENTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=296, repeats=30)
    write(Path(__file__).parent, "holdout296_", events, labels)
