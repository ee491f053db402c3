"""Writes holdout216: tests/corpus/holdout216_events.jsonl and holdout216_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its other
corpora' labels, and never scored by its author. Run once with
`.venv/bin/python -m tests.corpus.build_holdout216`; the output is deterministic (seed 216).

Domain: "Nordlys Charge", an electric-vehicle charging network in Norway, the US and China.
Driver accounts and sign-in, RFID charge cards (EMAID contract ids, NFC UIDs, OCPP idTags),
charging sessions at public stations (EVSE ids, connectors, kWh, tariffs), vehicles (plates of
the three countries, VINs with valid check digits, a Tesla-style telemetry payload),
home-charger quotes, installs and guest access at the driver's address, the charger web shop
(Segment e-commerce spec), payments and invoices (Stripe-shaped objects, Norwegian KID and
AvtaleGiro, WeChat Pay/Alipay notifications, US ACH autopay, point-of-sale financing),
fleet accounts (group calls, driver invites, reimbursements, API keys), support (Zendesk-style
tickets, Twilio-style call webhooks, an internal customer lookup), referrals, ad attribution,
a utility-rebate application and a warehouse (reverse-ETL) identify.

Conventions: identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries (context.ip, context.traits,
device, app, library, locale, location, network, userAgent, campaign, externalIds). Keys are
mostly camelCase and snake_case English; about a sixth use other real conventions: PascalCase
(.NET backend, Twilio webhooks), SCREAMING_SNAKE (warehouse sync), kebab-case (an IoT service),
Norwegian keys (billing and vehicle-registry backends) and Chinese keys, in Hanzi and in pinyin
(the China backend). Each message draws one persona (Norway, US or China; names from many
cultures, national phone formats, local addresses and postcodes) so a message's fields agree.
Valid checksums where real ones have them: Luhn cards and KID numbers, mod-97 IBANs, mod-11
Norwegian fodselsnummer, account numbers and organisation numbers, ISO 7064 Chinese resident
ids, ABA routing numbers, VIN check digits; SSNs follow the SSA's structure.

Labelling (the Privacy Portal's default colours): every leaf path has a classification, a type
(the reference's matcher name, or bank account / geolocation / secret / national id /
advertising id / credit card / password / ip / trade union / credit score / social security
number, `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII = personal data about a natural person: the user, a recipient, a guest, a household
  member, an invitee, a staff member (technicians, support agents, account managers). Colour is
  the reference's default for the matcher; outside the reference: red for credentials and
  secrets, card and bank account numbers, government ids and health; yellow otherwise.
- Green: ids we or platforms issue (user, session, station, EVSE, connector, order, invoice,
  KID, EMAID contract ids, customer numbers, WeChat openid and Alipay buyer ids, Stripe cus_/ch_
  ids), versions, timestamps, amounts, kWh, enums, counters and booleans under PII-sounding
  keys, product / plan / company / station / car-nickname names, places that are not the
  person's (station addresses and coordinates, searched destinations, a route's destination),
  country, state, locale, timezone, currency, user agents, OS device ids, card brand / last four
  / expiry / BIN, bank routing numbers, ages and age bands, job titles and employers, a
  business's own phone / e-mail / address (switchboards, role mailboxes, support lines),
  e-mail Message-IDs, UUID session tokens.
- Contested cases follow the product's published policy: plates (`license`) and VINs
  (`serial`) yellow; gclid / fbclid / fbp yellow `advertising id`; billing and shipping
  addresses yellow; salaries yellow `salary`; credit scores yellow; trade-union membership
  yellow; payment tokens (Stripe pm_), activation and one-time codes and sign-in / reset links'
  tokens red `token`; identity document numbers red (`national id` / `passport`); the last
  four of an SSN red.
- Special categories: a boolean or enum that reveals one is PII of that category in the
  reference's colour (wheelchair-accessible bay needed, disabled-parking permit: red
  `disability`; military / veteran affiliation: red `veteran`).
- Free text and neutral keys (`value`, `label`, `note`, `q`, `input`, `text`, `to`, `From`,
  `recipient`, `destination`, `link`, externalIds[].id) are labelled by what every one of their
  values carries; each such PII path carries it in every value, the rest carry none.
- Rules this corpus had to choose (a careful privacy owner's call): the NFC UID of a charge card
  / OCPP idTag and a home charger's serial number are hardware serials of the person's own
  devices: yellow `serial` (the printed EMAID contract id is an issued number: green); a
  driving-licence number is yellow `license` (the reference's matcher and colour); an APNs push
  token (context.device.token) is red `token`, as in the main corpus; a SHA-256 of the
  person's e-mail is still the person's identifier: yellow `email`; a utility account number is
  a number a business issues: green; a photo of a charger is not a photo of a person: green;
  the caller's name from a phone-network lookup is yellow `name`; the name of the residential
  compound a Chinese home charger goes into (小区名称) is part of the person's home address:
  yellow `address`; a household member's birth year is yellow `birthdate`.
"""

# ruff: noqa: RUF001 (the Chinese texts use full-width punctuation, as real ones do)
import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------

NO_FIRST = [
    "Ingrid",
    "Lars",
    "Kari",
    "Ole",
    "Sigrid",
    "Magnus",
    "Nora",
    "Håkon",
    "Øystein",
    "Åse",
    "Solveig",
    "Emma",
    "Jakob",
    "Ahmed",
    "Agnieszka",
    "Fatuma",
    "Mohammed",
    "Linnea",
    "Tobias",
    "Máret",
    "Sondre",
    "Thea",
    "Vegard",
    "Birgitte",
    "Tomas",
    "Sana",
]
NO_LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Berg",
    "Haugen",
    "Bakken",
    "Strand",
    "Lie",
    "Dahl",
    "Solberg",
    "Kristiansen",
    "Nilsen",
    "Aas",
    "Sæther",
    "Røed",
    "Ali",
    "Nowak",
    "Hussein",
    "Eriksen",
    "Sara",
    "Petrauskas",
    "Mirza",
    "Grønvold",
]
US_FIRST = [
    "Emily",
    "Jamal",
    "Maria",
    "Tyler",
    "Aaliyah",
    "José",
    "Ashley",
    "Kevin",
    "Mei-Ling",
    "Darnell",
    "Sarah",
    "Hunter",
    "Guadalupe",
    "Minh",
    "Fatima",
    "Brandon",
    "Keisha",
    "Raj",
    "Connor",
    "Yesenia",
    "Dmitri",
    "Leilani",
]
US_LAST = [
    "Johnson",
    "Washington",
    "Hernandez",
    "Nguyen",
    "Kim",
    "Patel",
    "Rodriguez",
    "Williams",
    "Begay",
    "O'Connor",
    "Kowalczyk",
    "Goldberg",
    "Okonkwo",
    "Yazzie",
    "Jackson",
    "Cohen",
    "Tran",
    "Alvarez",
    "Murphy",
    "Haddad",
]
CN_LAST = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("赵", "zhao"),
    ("黄", "huang"),
    ("周", "zhou"),
    ("吴", "wu"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("林", "lin"),
]
CN_FIRST = [
    ("伟", "wei"),
    ("娜", "na"),
    ("敏", "min"),
    ("洋", "yang"),
    ("静", "jing"),
    ("磊", "lei"),
    ("丽", "li"),
    ("强", "qiang"),
    ("杰", "jie"),
    ("芳", "fang"),
    ("婷婷", "tingting"),
    ("建国", "jianguo"),
    ("晓明", "xiaoming"),
    ("子涵", "zihan"),
    ("浩然", "haoran"),
    ("雨桐", "yutong"),
    ("志强", "zhiqiang"),
    ("欣怡", "xinyi"),
]

NO_STREETS = [
    "Storgata",
    "Kirkeveien",
    "Trondheimsveien",
    "Bygdøy allé",
    "Thorvald Meyers gate",
    "Sandviksveien",
    "Kongens gate",
    "Fjellveien",
    "Skogveien",
    "Ringveien",
    "Bjørnstadveien",
    "Solbakken",
    "Løkkeveien",
    "Haugesundsgata",
    "Nordre Gate",
]
NO_PLACES = [
    ("0155", "Oslo"),
    ("0468", "Oslo"),
    ("0275", "Oslo"),
    ("5003", "Bergen"),
    ("5067", "Bergen"),
    ("7010", "Trondheim"),
    ("4006", "Stavanger"),
    ("9008", "Tromsø"),
    ("1337", "Sandvika"),
    ("3015", "Drammen"),
    ("4614", "Kristiansand"),
    ("2609", "Lillehammer"),
    ("1405", "Langhus"),
    ("8006", "Bodø"),
    ("6002", "Ålesund"),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Mission St",
    "Lincoln Blvd",
    "Peachtree Rd NE",
    "Elm Dr",
    "W 4th St",
    "Cedar Ln",
    "Magnolia Way",
    "S Congress Ave",
    "Juniper Ct",
    "Lakeshore Dr",
]
US_PLACES = [
    ("Fremont", "CA", "94538"),
    ("San Jose", "CA", "95126"),
    ("Austin", "TX", "78704"),
    ("Seattle", "WA", "98109"),
    ("Denver", "CO", "80205"),
    ("Brooklyn", "NY", "11215"),
    ("Atlanta", "GA", "30308"),
    ("Phoenix", "AZ", "85016"),
    ("Portland", "OR", "97214"),
    ("Naperville", "IL", "60540"),
    ("Gallup", "NM", "87301"),
]
CN_PLACES = [
    ("110105", "北京市", "朝阳区", "100022", ["建国路", "望京街", "酒仙桥路"]),
    ("310115", "上海市", "浦东新区", "200120", ["世纪大道", "张杨路", "陆家嘴环路"]),
    ("440305", "深圳市", "南山区", "518057", ["科技南十二路", "深南大道", "南海大道"]),
    ("330106", "杭州市", "西湖区", "310012", ["文三路", "天目山路", "古墩路"]),
    ("440106", "广州市", "天河区", "510623", ["天河路", "体育西路", "珠江新城华夏路"]),
    ("510107", "成都市", "武侯区", "610041", ["人民南路", "天府大道", "科华北路"]),
]

NO_MAIL = ["gmail.com", "online.no", "hotmail.com", "outlook.com", "icloud.com", "live.no", "yahoo.no"]
US_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me"]
CN_MAIL = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"]

ABA_PREFIXES = [
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "11",
    "12",
    "21",
    "22",
    "26",
    "32",
]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
]
ALNUM = string.ascii_letters + string.digits
FOLD = str.maketrans({"ø": "o", "å": "a", "æ": "ae", "á": "a", "é": "e", "'": "", "-": "", " ": ""})

# -- things -------------------------------------------------------------------------------------

VEHICLES = [  # make, model, WMI, battery kWh
    ("Tesla", "Model Y", "7SA", 75),
    ("Tesla", "Model 3", "5YJ", 60),
    ("Tesla", "Model Y", "LRW", 78),
    ("Tesla", "Model Y", "XP7", 75),
    ("Volkswagen", "ID.4", "WVG", 77),
    ("Nissan", "Leaf", "1N4", 40),
    ("Polestar", "2", "LPS", 78),
    ("BYD", "Atto 3", "LGX", 60),
    ("Hyundai", "Ioniq 5", "KMH", 77),
    ("Volvo", "EX30", "YV1", 69),
    ("BMW", "iX3", "WBY", 80),
    ("NIO", "ET5", "LJ1", 100),
    ("Ford", "Mustang Mach-E", "3FM", 91),
    ("Kia", "EV6", "KNA", 77),
]
STATIONS = {
    "NO": [
        (
            "NO*NLC*E10234",
            "Nordlys Sandvika Storsenter",
            "Sandviksveien 176",
            "Sandvika",
            59.889621,
            10.524617,
        ),
        (
            "NO*NLC*E10391",
            "Nordlys Gardermoen Park",
            "Hans Gaarders veg 23",
            "Gardermoen",
            60.193904,
            11.100412,
        ),
        ("NO*NLC*E10877", "Nordlys Bergen Danmarksplass", "Fjøsangerveien 30", "Bergen", 60.369152, 5.350921),
        ("NO*NLC*E11020", "Nordlys Trondheim Sirkus", "Falkenborgveien 1", "Trondheim", 63.435560, 10.454871),
        (
            "NO*NLC*E11563",
            "Nordlys Lillehammer Strandtorget",
            "Strandpromenaden 2",
            "Lillehammer",
            61.113412,
            10.461988,
        ),
        ("NO*NLC*E12008", "Nordlys Dombås Rasteplass", "Kongsvegen 5", "Dombås", 62.074811, 9.124517),
    ],
    "US": [
        (
            "US*NLC*E40021",
            "Nordlys Charge - Fremont Hub",
            "43300 Christy St",
            "Fremont",
            37.493711,
            -121.944318,
        ),
        (
            "US*NLC*E40388",
            "Nordlys Charge - Barstow Station",
            "2630 Lenwood Rd",
            "Barstow",
            34.849176,
            -117.085592,
        ),
        (
            "US*NLC*E41102",
            "Nordlys Charge - Austin Domain",
            "11410 Century Oaks Ter",
            "Austin",
            30.402151,
            -97.725310,
        ),
        (
            "US*NLC*E41560",
            "Nordlys Charge - Tejon Ranch",
            "5602 Dennis McCarthy Dr",
            "Lebec",
            34.987240,
            -118.946380,
        ),
        (
            "US*NLC*E42007",
            "Nordlys Charge - Seattle SoDo",
            "1700 1st Ave S",
            "Seattle",
            47.587642,
            -122.334519,
        ),
    ],
    "CN": [
        ("NLC-SZ-0231", "北极光充电 深圳南山科技园站", "科技南十二路2号", "深圳市", 22.540124, 113.953812),
        ("NLC-SH-0117", "北极光充电 上海虹桥枢纽站", "申虹路1188号", "上海市", 31.194420, 121.318915),
        ("NLC-BJ-0452", "北极光充电 北京望京SOHO站", "阜通东大街1号", "北京市", 39.996410, 116.480580),
        ("NLC-HZ-0078", "北极光充电 杭州西溪站", "文一西路969号", "杭州市", 30.281830, 120.023400),
        ("NLC-CD-0309", "北极光充电 成都天府三街站", "天府三街198号", "成都市", 30.544530, 104.063860),
    ],
}
CURRENCY = {"NO": "NOK", "US": "USD", "CN": "CNY"}
LOCALE = {"NO": ["nb-NO", "nn-NO", "en-NO"], "US": ["en-US", "es-US"], "CN": ["zh-CN", "zh-Hans-CN"]}
TZ = {
    "NO": ["Europe/Oslo"],
    "US": ["America/Los_Angeles", "America/Chicago", "America/New_York", "America/Denver"],
    "CN": ["Asia/Shanghai"],
}
CARRIER = {
    "NO": ["Telenor", "Telia", "Ice"],
    "US": ["Verizon", "T-Mobile", "AT&T"],
    "CN": ["中国移动", "中国联通", "中国电信"],
}
DOMAIN = {"NO": "nordlyscharge.no", "US": "nordlyscharge.com", "CN": "nordlyscharge.cn"}
CHARGERS = [
    "Easee Charge Lite",
    "Easee One",
    "Zaptec Go 2",
    "Zaptec Pro",
    "Wallbox Pulsar Plus",
    "Nordlys Home 22",
    "ChargePoint Home Flex",
    "Tesla Wall Connector Gen 3",
]
COMPANIES = {
    "NO": [
        "Fjordkraft Service AS",
        "Bygg & Rør Vest AS",
        "Oslo Taxi Drift AS",
        "Nordic Rørlegger AS",
        "Helse Midt Transport AS",
        "Vy Buss AS",
        "Tine Distribusjon AS",
    ],
    "US": [
        "Bay Area Plumbing Co.",
        "Greenline Logistics LLC",
        "Sunrise Home Health Inc.",
        "Redwood Property Management",
        "Metro Courier Services",
    ],
    "CN": [
        "深圳顺达物流有限公司",
        "杭州绿行出行科技有限公司",
        "上海申通快运有限公司",
        "成都天府网约车服务有限公司",
    ],
}
ELECTRICIANS = {
    "NO": [
        ("Elektro Nord AS", "+47 22 33 45 00"),
        ("Bergen Elektriske AS", "55 30 20 10"),
        ("Trøndelag Elinstallasjon AS", "+47 73 80 12 00"),
    ],
    "US": [
        ("Volt Brothers Electric", "(408) 555-0142"),
        ("Lone Star EV Installs", "512-555-0199"),
        ("Cascade Electric LLC", "+1 206 555 0110"),
    ],
    "CN": [("深圳安电工程有限公司", "0755-8632 1100"), ("上海沪电安装服务有限公司", "021-6218 0300")],
}
SUPPORT_LINE = {"NO": "+4721490000", "US": "+18885550137", "CN": "+864008205566"}
UNIONS = ["LO Favør", "Tekna", "Fagforbundet", "Fellesforbundet", "Parat", "Delta"]


def ascii_fold(s: str) -> str:
    return s.lower().translate(FOLD)


class EvFake(Fake):
    """Fake with the domain's generators and one persona per message (`self.p`)."""

    def rand(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def person(self, region: str) -> dict:
        r = self.r
        p: dict = {"region": region}
        if region == "NO":
            first, last = self.pick(NO_FIRST), self.pick(NO_LAST)
            postal, city = self.pick(NO_PLACES)
            n = f"{r.randint(1, 180)}{self.pick(['', '', '', 'A', 'B', 'C'])}"
            street = f"{self.pick(NO_STREETS)} {n}"
            if r.random() < 0.3:
                street += f", H0{r.randint(1, 6)}0{r.randint(1, 4)}"
            p.update(
                first=first,
                last=last,
                full=f"{first} {last}",
                street=street,
                postal=postal,
                city=city,
                state=None,
                country="NO",
            )
            local = self.pick(
                [
                    f"{ascii_fold(first)}.{ascii_fold(last)}",
                    f"{ascii_fold(first)}{r.randint(1, 99)}",
                    f"{ascii_fold(first)[0]}{ascii_fold(last)}",
                    f"{ascii_fold(first)}_{ascii_fold(last)}",
                ]
            )
            p["email"] = f"{local}@{self.pick(NO_MAIL)}"
            p["phone"] = self.no_phone()
            p["lat"], p["lon"] = round(r.uniform(58.0, 69.7), 6), round(r.uniform(5.2, 18.9), 6)
        elif region == "US":
            first, last = self.pick(US_FIRST), self.pick(US_LAST)
            city, state, zip_ = self.pick(US_PLACES)
            street = f"{r.randint(10, 24999)} {self.pick(US_STREETS)}"
            if r.random() < 0.25:
                street += f" {self.pick(['Apt', 'Unit', '#'])} {r.randint(1, 40)}{self.pick(['', 'B'])}"
            p.update(
                first=first,
                last=last,
                full=f"{first} {last}",
                street=street,
                postal=zip_,
                city=city,
                state=state,
                country="US",
            )
            sep = self.pick([".", "", "_"])
            suffix = self.pick(["", str(r.randint(1, 99))])
            p["email"] = f"{ascii_fold(first)}{sep}{ascii_fold(last)}{suffix}@{self.pick(US_MAIL)}"
            p["phone"] = self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
            p["lat"], p["lon"] = round(r.uniform(30.0, 47.6), 6), round(r.uniform(-122.4, -74.0), 6)
        else:
            (last, last_py), (first, first_py) = self.pick(CN_LAST), self.pick(CN_FIRST)
            area, city, district, postal, roads = self.pick(CN_PLACES)
            street = (
                f"{district}{self.pick(roads)}{r.randint(1, 999)}号"
                f"{self.pick(['', f'{r.randint(1, 30)}栋', f'{r.randint(1, 12)}号楼'])}"
                f"{r.randint(1, 32)}0{r.randint(1, 8)}室"
            )
            p.update(
                first=first,
                last=last,
                full=last + first,
                street=street,
                postal=postal,
                city=city,
                state=None,
                country="CN",
                area=area,
                pinyin=f"{first_py.capitalize()} {last_py.capitalize()}",
            )
            local = self.pick(
                [f"{last_py}{first_py}{r.randint(1, 999)}", f"{first_py}.{last_py}", self.digits(9)]
            )
            p["email"] = f"{local}@{self.pick(CN_MAIL)}"
            p["phone"] = self.cn_phone()
            p["lat"], p["lon"] = round(r.uniform(22.4, 40.1), 6), round(r.uniform(103.9, 121.6), 6)
        p["dob"] = self.date(1948, 2004)
        p["station"] = self.pick(STATIONS[region])
        p["vehicle"] = self.pick(VEHICLES)
        p["electrician"] = self.pick(ELECTRICIANS[region])
        p["field"] = self.pick(["email", "mobile"])
        p["id_doc"] = self.pick(["身份证", "身份证", "身份证", "护照"])
        return p

    def line2(self) -> str:
        region = self.p["region"]
        if region == "NO":
            return (
                self.pick(["Leil. H0", "H0", "Oppgang B, H0"])
                + f"{self.r.randint(1, 6)}0{self.r.randint(1, 4)}"
            )
        if region == "CN":
            r = self.r
            return f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 32)}0{r.randint(1, 6)}室"
        return (
            self.pick(["Apt ", "Unit ", "Suite ", "# "])
            + f"{self.r.randint(1, 40)}{self.pick(['', 'A', 'B'])}"
        )

    def full_address(self) -> str:
        p = self.p
        if p["region"] == "US":
            return f"{p['street']}, {p['city']}, {p['state']} {p['postal']}"
        if p["region"] == "CN":
            return f"{p['city']}{p['street']}"
        return f"{p['street']}, {p['postal']} {p['city']}"

    def set_person(self, region: str) -> None:
        self.p = self.person(region)

    def other(self) -> dict:
        return self.person(self.p["region"])

    # phones
    def no_phone(self) -> str:
        d = self.pick(["4", "9"]) + self.rand(string.digits, 7)
        return self.pick(
            [f"+47 {d[:3]} {d[3:5]} {d[5:]}", f"+47{d}", f"{d[:3]} {d[3:5]} {d[5:]}", f"0047{d}", d]
        )

    def cn_phone(self) -> str:
        d = self.pick(
            ["138", "139", "135", "186", "187", "150", "152", "177", "181", "199", "166"]
        ) + self.rand(string.digits, 8)
        return self.pick([f"+86 {d[:3]} {d[3:7]} {d[7:]}", d, f"+86{d}", f"{d[:3]}-{d[3:7]}-{d[7:]}"])

    def region_phone(self) -> str:
        return {"NO": self.no_phone, "CN": self.cn_phone, "US": lambda: self.phone("nanp_dash")}[
            self.p["region"]
        ]()

    # national ids
    def fodselsnummer(self) -> str:
        while True:
            y, m, d = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
            ind = self.r.randint(0, 499) if y < 2000 else self.r.randint(500, 999)
            digits = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
            k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], digits)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*digits, k1])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, digits)) + f"{k1}{k2}"

    def cn_resident_id(self) -> str:
        area = self.p.get("area") or self.pick(CN_PLACES)[0]
        r = self.r
        birth = f"{r.randint(1955, 2004)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = f"{area}{birth}{r.randint(0, 999):03d}"
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]

    def passport(self) -> str:
        if self.r.random() < 0.5:
            return self.pick(["E" + self.digits(8), "EA" + self.digits(7), "EB" + self.digits(7)])
        return self.digits(9)

    # money
    def no_account(self) -> str:
        while True:
            body = self.digits(10)
            k = 11 - sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k = 0 if k == 11 else k
            if k != 10:
                return body + str(k)

    def no_account_dotted(self) -> str:
        a = self.no_account()
        return f"{a[:4]}.{a[4:6]}.{a[6:]}"

    def no_iban(self) -> str:
        bban = self.no_account()
        check = 98 - int(bban + "232400") % 97
        raw = f"NO{check:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def aba(self) -> str:
        while True:
            d = self.pick(ABA_PREFIXES) + self.digits(6)
            for c in range(10):
                s = d + str(c)
                w = [3, 7, 1] * 3
                if sum(int(x) * y for x, y in zip(s, w)) % 10 == 0:
                    return s

    def unionpay(self) -> str:
        return self.luhn_complete("62" + self.rand(string.digits, 16))

    def kid(self) -> str:
        return self.luhn_complete(self.digits(self.pick([9, 14])))

    def org_number(self) -> str:
        while True:
            body = self.pick(["8", "9"]) + self.rand(string.digits, 7)
            k = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k = 0 if k == 11 else k
            if k != 10:
                return body + str(k)

    def stripe(self, prefix: str, n: int = 24) -> str:
        return prefix + self.rand(string.ascii_letters + string.digits, n)

    def amount(self, lo=20, hi=900):
        region = self.p["region"]
        scale = {"NO": 1.0, "CN": 0.7, "US": 0.1}[region]
        return round(self.r.uniform(lo, hi) * scale, 2)

    # vehicles
    def vehicle(self):
        return self.p["vehicle"]

    def vin(self) -> str:
        values = {
            c: v
            for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"])
            for c in cs
        }
        values.update({str(i): i for i in range(10)})
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.vehicle()[2]
        vds = self.rand(chars, 5)
        tail = self.pick("LMNPRS") + self.rand("ABCFNPU0123456789", 1) + self.digits(6)
        partial = wmi + vds + "0" + tail
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        check = sum(values[c] * w for c, w in zip(partial, weights)) % 11
        return wmi + vds + ("X" if check == 10 else str(check)) + tail

    def plate(self) -> str:
        region = self.p["region"]
        if region == "NO":
            return (
                self.pick(["EL", "EK", "EV", "EB", "EC", "ED", "EE", "EF", "EH", "EJ"])
                + self.pick([" ", ""])
                + self.digits(5)
            )
        if region == "CN":
            return (
                self.pick(["京A", "沪A", "粤B", "浙A", "川A", "粤A", "沪D"])
                + self.pick(["D", "F"])
                + self.digits(5)
            )
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.r.randint(7, 9)}{self.rand(letters, 3)}{self.digits(3)}",
                f"{self.rand(letters, 3)}-{self.digits(4)}",
                f"{self.rand(letters, 3)} {self.digits(4)}",
            ]
        )

    def nfc_uid(self) -> str:
        uid = (
            "04" + self.rand("0123456789ABCDEF", 12)
            if self.r.random() < 0.7
            else self.rand("0123456789ABCDEF", 8)
        )
        return uid if self.r.random() < 0.6 else ":".join(uid[i : i + 2] for i in range(0, len(uid), 2))

    def emaid(self) -> str:
        return f"{self.p['region']}-NLC-C{self.digits(8)}-{self.r.randint(0, 9)}"

    def charger_serial(self) -> str:
        return self.pick(
            [
                f"EH{self.rand('0123456789ABCDEF', 6)}",
                f"ZAP{self.digits(6)}",
                f"WB{self.digits(9)}",
                f"NLH22-{self.digits(4)}-{self.rand(string.ascii_uppercase, 2)}",
            ]
        )

    def station(self):
        return self.p["station"]

    def work_email(self) -> str:
        o = self.other()
        first, last = (
            o["pinyin"].lower().split()
            if o["region"] == "CN"
            else (ascii_fold(o["first"]), ascii_fold(o["last"]))
        )
        return f"{first}.{last}@nordlyscharge.{DOMAIN[o['region']].rsplit('.', 1)[1]}"

    # ad platforms
    def gclid(self) -> str:
        return self.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + self.rand(
            string.ascii_letters + string.digits + "-_", 72
        )

    def fbclid(self) -> str:
        return "IwAR" + self.rand(string.ascii_letters + string.digits + "-_", 58)

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def idfa(self) -> str:
        return self.uuid().upper()


def P(key):
    return lambda f: f.p[key]


def cur(f):
    return CURRENCY[f.p["region"]]


# -- contexts ------------------------------------------------------------------------------------


def app_block(f, namespace):
    return {
        "name": G(lambda f: "Nordlys Charge"),
        "version": G(lambda f: f.pick(["4.12.0", "4.12.3", "4.13.0", "4.14.1"])),
        "build": G(lambda f: f.pick(["41200", "41203", "41300", "41401"])),
        "namespace": G(lambda f: namespace),
    }


def web_context(f):
    region = f.p["region"]
    host = "https://www." + DOMAIN[region]
    path = f.pick(["/", "/lade", "/hjemmelading", "/account", "/stations", "/shop/chargers", "/pricing"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.baidu.com/", "https://elbil.no/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=app", "?tab=invoices"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Nordlys Charge", "Hjemmelading | Nordlys", "Stations - Nordlys Charge", "北极光充电"]
                )
            ),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[region])),
        "timezone": G(lambda f: f.pick(TZ[region])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["vinterlading_2024", "home_charger_q2", "618_promo", "summer_roadtrip"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "baidu"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(["hurtiglader oslo", "home ev charger install", "充电桩安装", "easee pris"])
            ),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_2"])),
        },
    }


def swift_context(f):
    region = f.p["region"]
    return {
        "app": app_block(f, "no.nordlyscharge.ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,18"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[region])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZ[region])),
    }


def context_traits():
    return {
        "email": Y(P("email"), "email"),
        "firstName": Y(P("first"), "name"),
        "plan": G(lambda f: f.pick(["pay_as_you_go", "nordlys_plus", "fleet"])),
        "market": G(P("country")),
    }


def device_location():
    return {
        "latitude": Y(P("lat"), "geolocation"),
        "longitude": Y(P("lon"), "geolocation"),
        "speed": G(lambda f: f.pick([0.0, 0.0, 3.4, 12.8])),
    }


def kotlin_context(f):
    region = f.p["region"]
    return {
        "app": app_block(f, "no.nordlyscharge.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "HUAWEI", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "23127PN0CC", "CPH2581"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "houji"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[region])),
        "location": device_location(),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIER[region])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZ[region])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                ]
            )
        ),
        "traits": context_traits(),
    }


def rn_context(f):
    region = f.p["region"]
    ios = f.r.random() < 0.5
    return {
        "app": app_block(f, "no.nordlyscharge.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Google"])),
            "model": G(
                lambda f: f.pick(["iPhone14,7", "iPhone15,3"]) if ios else f.pick(["SM-A546B", "Pixel 7a"])
            ),
            "name": G(lambda f: "iPhone" if ios else "a54x"),
            "type": G(lambda f: "ios" if ios else "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[region])),
        "location": device_location(),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.4" if ios else "14"),
        },
        "screen": {"width": G(lambda f: 390 if ios else 412), "height": G(lambda f: 844 if ios else 915)},
        "timezone": G(lambda f: f.pick(TZ[region])),
        "traits": context_traits(),
    }


def flutter_context(f):
    region = f.p["region"]
    ios = f.r.random() < 0.5
    return {
        "app": app_block(f, "no.nordlyscharge.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["Xiaomi", "samsung"])),
            "model": G(
                lambda f: f.pick(["iPhone13,2", "iPhone15,4"]) if ios else f.pick(["2211133C", "SM-G991B"])
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(lambda f: f.pick(LOCALE[region])),
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.2" if ios else "13"),
        },
        "screen": {"width": G(lambda f: 390 if ios else 1080), "height": G(lambda f: 844 if ios else 2400)},
        "timezone": G(lambda f: f.pick(TZ[region])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(client):
    def build(f):
        name, version = SERVER_LIBS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if client in ("python", "node"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "NordlysCharge/4.13.0 (iPhone; iOS 17.4.1; Scale/3.00)",
                        "okhttp/4.12.0",
                        "python-requests/2.31.0",
                    ]
                )
            )
        if client == "ruby":
            ctx["externalIds"] = Many(
                {
                    "id": Y(P("email"), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "php":
            ctx["locale"] = G(lambda f: "nb-NO")
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
CLIENT = ["web", *MOBILE]
ANY = ["NO", "NO", "US", "CN"]

# -- free text ------------------------------------------------------------------------------------


def install_note(f):
    phone = f.region_phone()
    return f.pick(
        {
            "NO": [
                f"Ring {phone} ved ankomst, hunden er i hagen",
                f"Porten er låst, ring {phone}",
                f"Sikringsskapet er i kjelleren. Mobil: {phone}",
                f"Send SMS til {phone} en halvtime før",
            ],
            "US": [
                f"Call me at {phone} when you're at the gate",
                f"Please text {phone} 30 min before arriving",
                f"Panel is in the garage, side door. Cell {phone}",
            ],
            "CN": [
                f"到了请打 {phone}，车库在B2",
                f"施工前请先联系 {phone}",
                f"物业要求提前报备，电话 {phone}",
            ],
        }[f.p["region"]]
    )


def ticket_description(f):
    phone, email, name = f.p["phone"], f.p["email"], f.p["full"]
    return f.pick(
        {
            "NO": [
                f"Laderen starter ikke etter oppdatering. Nås på {phone}",
                f"Jeg har flyttet, send nytt ladekort. E-post: {email}",
                f"Belastet to ganger på Gardermoen. Hilsen {name}, {phone}",
            ],
            "US": [
                f"My charge card stopped working at Fremont, please call me on {phone}",
                f"Charged twice for the same session. Refund to my account please. Reply to {email}",
                f"App shows session still running. {name}, {phone}",
            ],
            "CN": [
                f"充电桩无法启动，请联系我 {phone}",
                f"重复扣费，请退款。邮箱 {email}",
                f"发票一直没收到，{name} {phone}",
            ],
        }[f.p["region"]]
    )


def gift_message(f, recipient_first, sender_first):
    return f.pick(
        {
            "NO": [
                f"Gratulerer med dagen, {recipient_first}! Klem {sender_first}",
                f"{recipient_first}, god tur til hytta!",
                f"God jul, {recipient_first}! Hilsen {sender_first}",
            ],
            "US": [
                f"Happy birthday {recipient_first}! Enjoy the road trip",
                f"Merry Christmas {recipient_first} - love, {sender_first}",
                f"Congrats on the new car, {recipient_first}!",
            ],
            "CN": [
                f"{recipient_first}，生日快乐！",
                f"{recipient_first}，新年快乐！——{sender_first}",
                f"祝{recipient_first}一路顺风",
            ],
        }[f.p["region"]]
    )


def sms_text(f):
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        {
            "NO": [
                f"Din Nordlys-kode er {code}. Den utløper om 10 minutter.",
                f"{code} er din engangskode hos Nordlys Charge",
            ],
            "US": [
                f"Your Nordlys Charge code: {code}",
                f"{code} is your Nordlys verification code. Don't share it.",
            ],
            "CN": [
                f"【北极光充电】您的验证码是{code}，5分钟内有效。",
                f"【北极光充电】验证码{code}，请勿泄露给他人。",
            ],
        }[f.p["region"]]
    )


def chat_message(f):
    return f.pick(
        [
            "Laderen i Sandvika virker ikke",
            "The connector is stuck in my car",
            "充电桩显示故障代码E12",
            "How do I add a second card?",
            "Takk for hjelpen!",
            "Session won't stop, what should I do?",
            "Kan jeg lade med Type 2-kabel her?",
            "可以开发票吗？",
        ]
    )


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["EAS-CL-", "ZAP-GO2-", "WBX-PP-", "NLH22-", "CBL-T2-"]) + f.digits(4)),
        "name": G(
            lambda f: f.pick(
                [*CHARGERS, "Type 2-kabel 7,5 m", "Veggholder for kabel", "Installasjonspakke Standard"]
            )
        ),
        "brand": G(lambda f: f.pick(["Easee", "Zaptec", "Wallbox", "Nordlys", "ChargePoint"])),
        "category": G(lambda f: f.pick(["Home chargers", "Cables", "Accessories", "Installation"])),
        "price": G(lambda f: f.amount(300, 16000)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def address_block(street_key, zip_key, extra=None):
    block = {
        "name": Y(P("full"), "name"),
        street_key: Y(P("street"), "address|street"),
        "line2": Y(lambda f: f.line2(), "address|street"),
        "city": Y(P("city"), "city"),
        zip_key: Y(P("postal"), "zipcode"),
        "country": G(P("country")),
    }
    block.update(extra or {})
    return block


# -- events ---------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, regions, body)

EVENTS = [
    # -- driver accounts ---------------------------------------------------------------------------
    (
        "identify",
        None,
        CLIENT,
        ANY,
        {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "phone": Y(P("phone"), "phone"),
            "address": {
                "street": Y(P("street"), "address|street"),
                "postalCode": Y(P("postal"), "zipcode"),
                "city": Y(P("city"), "city"),
                "country": G(P("country")),
            },
            "birthday": Y(P("dob"), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "female", "male"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.{DOMAIN[f.p['region']]}/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "nordlys_plus", "fleet"])),
            "preferredLanguage": G(lambda f: f.pick(["nb", "en", "zh"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "vehicleCount": G(lambda f: f.r.randint(0, 3)),
            "hasHomeCharger": G(lambda f: f.pick([True, False])),
            "customerNumber": G(lambda f: f.digits(8)),
            "referralCode": G(lambda f: "NLC-" + f.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "track",
        "Signed Up",
        CLIENT,
        ANY,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "wechat", "vipps"])),
            "email": Y(P("email"), "email"),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "country": G(P("country")),
        },
    ),
    (
        "track",
        "Signed In",
        MOBILE,
        ANY,
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "wechat", "bankid", "magic_link"])),
            "username": Y(P("email"), "email|name"),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "loginAttempts": G(lambda f: f.r.randint(1, 4)),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        ANY,
        {
            "channel": G(lambda f: f.pick(["sms"])),
            "destination": Y(P("phone"), "phone", True),
            "verificationCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expiresInSec": G(lambda f: f.pick([300, 600])),
            "provider": G(lambda f: f.pick(["twilio", "aliyun_sms", "sveve"])),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["go"],
        ANY,
        {
            "to": Y(P("phone"), "phone", True),
            "text": RED(sms_text, "token", True),
            "providerMessageId": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "python"],
        ANY,
        {
            "email": Y(P("email"), "email"),
            "resetLink": RED(
                lambda f: f"https://app.{DOMAIN[f.p['region']]}/reset?token={f.rand(ALNUM, 40)}",
                "token",
            ),
            "requestIp": Y(lambda f: f.ipv4(), "ip"),
            "accountFound": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        ANY,
        {
            "link": RED(
                lambda f: f"https://app.{DOMAIN[f.p['region']]}/auth/callback?t={f.rand(ALNUM + '-_', 43)}",
                "token",
                True,
            ),
            "linkAgeSec": G(lambda f: f.r.randint(5, 900)),
            "sameDevice": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, CLIENT, ANY, {}),
    # -- RFID charge cards -------------------------------------------------------------------------
    (
        "track",
        "Charge Card Ordered",
        CLIENT,
        ANY,
        {
            "cardType": G(lambda f: f.pick(["rfid_card", "key_fob", "sticker"])),
            "emaid": G(lambda f: f.emaid()),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "printedName": Y(P("full"), "name"),
            "shippingAddress": address_block("line1", "postalCode"),
            "deliveryMethod": G(lambda f: f.pick(["posten", "usps", "sf_express", "pickup"])),
            "fee": G(lambda f: f.pick([0, 49, 99])),
            "currency": G(cur),
        },
    ),
    (
        "track",
        "Charge Card Activated",
        MOBILE,
        ANY,
        {
            "activationCode": RED(
                lambda f: (
                    f.rand(string.ascii_uppercase + string.digits, 4)
                    + "-"
                    + f.rand(string.ascii_uppercase + string.digits, 4)
                ),
                "token",
            ),
            "cardUid": Y(lambda f: f.nfc_uid(), "serial"),
            "emaid": G(lambda f: f.emaid()),
            "activatedVia": G(lambda f: f.pick(["nfc_scan", "manual_entry", "qr"])),
            "cardLabel": G(lambda f: f.pick(["Jobbkort", "Hytta", "Blå brikke", "Work fob", "家里的卡"])),
        },
    ),
    (
        "track",
        "Charge Card Blocked",
        ["web", "java"],
        ANY,
        {
            "reason": G(lambda f: f.pick(["lost", "stolen", "damaged", "replaced"])),
            "emaid": G(lambda f: f.emaid()),
            "cardUid": Y(lambda f: f.nfc_uid(), "serial"),
            "blockedBy": G(lambda f: f.pick(["driver", "support", "fleet_admin"])),
            "replacementOrdered": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- charging sessions ---------------------------------------------------------------------------
    (
        "track",
        "Charging Session Started",
        MOBILE,
        ANY,
        {
            "sessionId": G(lambda f: f.uuid()),
            "stationId": G(lambda f: f.station()[0]),
            "evseId": G(lambda f: f.station()[0] + "*" + str(f.r.randint(1, 8))),
            "connectorId": G(lambda f: f.r.randint(1, 2)),
            "connectorType": G(lambda f: f.pick(["CCS2", "Type 2", "CHAdeMO", "GB/T DC", "NACS", "CCS1"])),
            "maxPowerKw": G(lambda f: f.pick([22, 50, 150, 180, 300])),
            "station": {
                "name": G(lambda f: f.station()[1]),
                "operator": G(lambda f: f.pick(["Nordlys Charge", "Nordlys Partner Network"])),
                "address": G(lambda f: f.station()[2]),
                "city": G(lambda f: f.station()[3]),
                "lat": G(lambda f: f.station()[4]),
                "lng": G(lambda f: f.station()[5]),
            },
            "authMethod": G(lambda f: f.pick(["app", "rfid", "plug_and_charge", "payment_terminal"])),
            "socStartPercent": G(lambda f: f.r.randint(5, 60)),
            "vehicleId": G(lambda f: "veh_" + f.hexid(12)),
            "tariffId": G(lambda f: f.pick(["NO-STD-2024", "NO-PLUS-2024", "US-CA-TOU", "CN-SZ-PEAK"])),
            "pricePerKwh": G(lambda f: f.amount(3, 7)),
            "currency": G(cur),
        },
    ),
    (
        "track",
        "Charging Session Ended",
        [*MOBILE, "node"],
        ANY,
        {
            "sessionId": G(lambda f: f.uuid()),
            "stationId": G(lambda f: f.station()[0]),
            "energyKwh": G(lambda f: round(f.r.uniform(4, 95), 3)),
            "durationMin": G(lambda f: f.r.randint(8, 180)),
            "idleMinutes": G(lambda f: f.r.randint(0, 45)),
            "socEndPercent": G(lambda f: f.r.randint(60, 100)),
            "costTotal": G(lambda f: f.amount(40, 900)),
            "currency": G(cur),
            "stopReason": G(
                lambda f: f.pick(["user_stopped", "ev_disconnected", "soc_limit", "remote", "power_loss"])
            ),
            "peakPowerKw": G(lambda f: round(f.r.uniform(7, 250), 1)),
            "meterStartWh": G(lambda f: f.r.randint(1_000_000, 90_000_000)),
            "meterStopWh": G(lambda f: f.r.randint(1_000_000, 90_000_000)),
        },
    ),
    (
        "track",
        "Charging Session Failed",
        MOBILE,
        ANY,
        {
            "stationId": G(lambda f: f.station()[0]),
            "errorCode": G(
                lambda f: f.pick(
                    ["ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "PowerSwitchFailure"]
                )
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
            "authMethod": G(lambda f: f.pick(["app", "rfid", "plug_and_charge", "payment_terminal"])),
        },
    ),
    (
        "track",
        "OCPP StartTransaction",
        ["go", "java"],
        ANY,
        {
            "chargePointId": G(lambda f: f.station()[0].replace("*", "-")),
            "ocppVersion": G(lambda f: f.pick(["1.6J", "2.0.1"])),
            "ocppMessageId": G(lambda f: f.uuid()),
            "payload": {
                "connectorId": G(lambda f: f.r.randint(1, 2)),
                "idTag": Y(lambda f: f.nfc_uid().replace(":", ""), "serial"),
                "meterStart": G(lambda f: f.r.randint(1_000_000, 90_000_000)),
                "timestamp": G(lambda f: f.iso()),
                "reservationId": G(lambda f: f.r.randint(1000, 99999)),
            },
            "idTagInfo": {
                "status": G(lambda f: f.pick(["Accepted", "Blocked", "Expired"])),
                "expiryDate": G(lambda f: f.iso()),
            },
        },
    ),
    (
        "track",
        "Plug and Charge Authorized",
        ["java"],
        ANY,
        {
            "vin": Y(lambda f: f.vin(), "serial"),
            "emaid": G(lambda f: f.emaid()),
            "contractCertExpiry": G(lambda f: f.date(2025, 2027)),
            "oem": G(lambda f: f.vehicle()[0]),
            "iso15118Version": G(lambda f: f.pick(["-2", "-20"])),
        },
    ),
    (
        "track",
        "Idle Fee Charged",
        ["node"],
        ANY,
        {
            "sessionId": G(lambda f: f.uuid()),
            "licensePlate": Y(lambda f: f.plate(), "license"),
            "idleMinutes": G(lambda f: f.r.randint(5, 120)),
            "feeAmount": G(lambda f: f.amount(10, 400)),
            "cameraId": G(lambda f: "anpr-" + f.digits(3)),
        },
    ),
    # -- vehicles --------------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Added",
        MOBILE,
        ANY,
        {
            "make": G(lambda f: f.vehicle()[0]),
            "model": G(lambda f: f.vehicle()[1]),
            "modelYear": G(lambda f: f.r.randint(2018, 2025)),
            "batteryKwh": G(lambda f: f.vehicle()[3]),
            "vin": Y(lambda f: f.vin(), "serial"),
            "licensePlate": Y(lambda f: f.plate(), "license"),
            "nickname": G(lambda f: f.pick(["Sparky", "Blåbær", "小白", "Lyn", "The Fridge", "Thunder"])),
            "isPrimary": G(lambda f: f.pick([True, False])),
            "vinDecoded": G(lambda f: f.pick([True, False])),
            "plateCount": G(lambda f: f.pick([0, 1, 1, 2])),
        },
    ),
    (
        "track",
        "Vehicle Telemetry Synced",
        ["node"],
        ANY,
        {
            "vehicle": {
                "vin": Y(lambda f: f.vin(), "serial"),
                "display_name": G(lambda f: f.pick(["Sparky", "Blåbær", "小白", "Lyn", "Model Y"])),
                "state": G(lambda f: f.pick(["online", "asleep"])),
            },
            "charge_state": {
                "battery_level": G(lambda f: f.r.randint(5, 100)),
                "charge_limit_soc": G(lambda f: f.pick([80, 90, 100])),
                "charging_state": G(lambda f: f.pick(["Charging", "Complete", "Disconnected"])),
                "charge_port_door_open": G(lambda f: f.pick([True, False])),
            },
            "drive_state": {
                "latitude": Y(P("lat"), "geolocation"),
                "longitude": Y(P("lon"), "geolocation"),
                "speed": G(lambda f: f.pick([0, 0, 35, 80])),
                "gps_as_of": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            },
            "odometer_km": G(lambda f: f.r.randint(500, 180000)),
        },
    ),
    (
        "track",
        "Kjøretøy Registrert",
        ["node"],
        ["NO"],
        {
            "regnr": Y(lambda f: f.plate(), "license"),
            "understellsnummer": Y(lambda f: f.vin(), "serial"),
            "bilmerke": G(lambda f: f.vehicle()[0]),
            "modell": G(lambda f: f.vehicle()[1]),
            "årsmodell": G(lambda f: f.r.randint(2016, 2025)),
            "batteristørrelse_kwh": G(lambda f: f.vehicle()[3]),
            "eier_navn": Y(P("full"), "name"),
            "eier_adresse": Y(lambda f: f.full_address(), "address"),
            "neste_eu_kontroll": G(lambda f: f.date(2025, 2027)),
        },
    ),
    (
        "track",
        "车辆绑定",
        ["python"],
        ["CN"],
        {
            "车牌号": Y(lambda f: f.plate(), "license"),
            "车架号": Y(lambda f: f.vin(), "serial"),
            "品牌": G(lambda f: f.pick(["比亚迪", "特斯拉", "蔚来", "小鹏", "理想"])),
            "车型": G(lambda f: f.pick(["海豹", "Model Y", "ET5", "P7", "L7"])),
            "电池容量": G(lambda f: f.pick([60.5, 78.4, 100, 82.7])),
            "是否新能源": G(lambda f: True),
            "绑定时间": G(lambda f: f.iso()),
            "车主手机号": Y(P("phone"), "phone"),
        },
    ),
    # -- home chargers -------------------------------------------------------------------------------
    (
        "track",
        "Home Charger Quote Requested",
        ["web"],
        ANY,
        {
            "quoteId": G(lambda f: "Q-" + f.digits(7)),
            "address": {
                "street": Y(P("street"), "address|street"),
                "postalCode": Y(P("postal"), "zipcode"),
                "city": Y(P("city"), "city"),
            },
            "propertyType": G(
                lambda f: f.pick(["enebolig", "rekkehus", "leilighet", "house", "apartment", "townhouse"])
            ),
            "parkingType": G(lambda f: f.pick(["garage", "carport", "driveway", "shared_garage"])),
            "fuseSizeAmps": G(lambda f: f.pick([25, 32, 40, 63, 100, 200])),
            "gridType": G(lambda f: f.pick(["IT", "TN", "split_phase"])),
            "distanceToPanelM": G(lambda f: f.r.randint(1, 40)),
            "housingCooperative": G(lambda f: f.pick([True, False])),
            "chargerModel": G(lambda f: f.pick(CHARGERS)),
            "contactName": Y(P("full"), "name"),
            "contactEmail": Y(P("email"), "email"),
            "contactPhone": Y(P("phone"), "phone"),
            "preferredContactTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "estimatedPrice": G(lambda f: f.amount(8000, 25000)),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        ANY,
        {
            "input": Y(lambda f: f"{f.p['street']}, {f.p['city']}", "address", True),
            "placeId": G(lambda f: "ChIJ" + f.rand(string.ascii_letters + string.digits + "_-", 23)),
            "sessionToken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "kartverket", "amap"])),
        },
    ),
    (
        "track",
        "Home Charger Install Scheduled",
        ["node"],
        ANY,
        {
            "installId": G(lambda f: "INS-" + f.digits(6)),
            "installDate": G(lambda f: f.date(2024, 2025)),
            "timeWindow": G(lambda f: f.pick(["08-12", "12-16", "16-20"])),
            "installer": {
                "company": G(lambda f: f.p["electrician"][0]),
                "companyPhone": G(lambda f: f.p["electrician"][1]),
                "orgNumber": G(lambda f: f.org_number()),
                "technicianName": Y(lambda f: f.other()["full"], "name"),
                "technicianPhone": Y(lambda f: f.other()["phone"], "phone"),
            },
            "siteAddress": Y(lambda f: f.full_address(), "address"),
            "note": Y(install_note, "phone", True),
            "gateCode": RED(lambda f: f.pick(["", "#", "*"]) + f.digits(4), "secret|password"),
        },
    ),
    (
        "track",
        "Hjemmelader Installert",
        ["java"],
        ["NO"],
        {
            "laderSerienummer": Y(lambda f: f.charger_serial(), "serial"),
            "ladermodell": G(lambda f: f.pick(CHARGERS[:6])),
            "firmwareVersjon": G(lambda f: f.pick(["2.4.1", "2.5.0", "3.0.2"])),
            "installasjonsadresse": {
                "gateadresse": Y(P("street"), "address|street"),
                "postnummer": Y(P("postal"), "zipcode"),
                "poststed": Y(P("city"), "city"),
            },
            "gpsLat": Y(P("lat"), "geolocation"),
            "gpsLng": Y(P("lon"), "geolocation"),
            "jordfeilvern": G(lambda f: f.pick(["Type A", "Type B", "innebygd"])),
            "sikringsstørrelse_a": G(lambda f: f.pick([16, 20, 25, 32])),
            "nettselskap": G(lambda f: f.pick(["Elvia", "BKK Nett", "Tensio", "Lede"])),
            "kundenummer": G(lambda f: f.digits(8)),
            "ferdigmeldt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Charger Guest Access Granted",
        ["swift", "kotlin"],
        ANY,
        {
            "chargerId": G(lambda f: "chg_" + f.hexid(10)),
            "guest": {
                "label": Y(lambda f: f.other()["full"], "name", True),
                "email": Y(lambda f: f.other()["email"], "email"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
            },
            "accessLevel": G(lambda f: f.pick(["charge_only", "schedule", "admin"])),
            "expiresAt": G(lambda f: f.iso()),
            "costSharing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Charger Settings Updated",
        ["rn"],
        ANY,
        {
            "chargerId": G(lambda f: "chg_" + f.hexid(10)),
            "maxCurrentA": G(lambda f: f.pick([10, 16, 20, 32])),
            "scheduleEnabled": G(lambda f: f.pick([True, False])),
            "offPeakStart": G(lambda f: f.pick(["22:00", "23:00", "00:00"])),
            "solarMode": G(lambda f: f.pick([True, False])),
            "loadBalancing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "charger-firmware-updated",
        ["node"],
        ANY,
        {
            "charger-serial": Y(lambda f: f.charger_serial(), "serial"),
            "firmware-from": G(lambda f: f.pick(["2.4.1", "2.5.0"])),
            "firmware-to": G(lambda f: f.pick(["2.5.0", "3.0.2"])),
            "update-duration-ms": G(lambda f: f.r.randint(20000, 400000)),
            "owner-email": Y(P("email"), "email"),
            "site-postcode": Y(P("postal"), "zipcode"),
            "rollout-ring": G(lambda f: f.pick(["canary", "ring-1", "ga"])),
            "image-sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Household Members Updated",
        ["web", "swift"],
        ANY,
        {
            "members": Many(
                {
                    "name": Y(lambda f: f.other()["first"], "name"),
                    "birthYear": Y(lambda f: f.r.randint(1940, 2020), "birthdate"),
                    "relation": G(lambda f: f.pick(["spouse", "partner", "child", "parent"])),
                    "drivesEv": G(lambda f: f.pick([True, False])),
                    "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
                },
                3,
            ),
            "memberCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Accessibility Preferences Updated",
        ["swift", "kotlin"],
        ANY,
        {
            "needsAccessibleBay": RED(lambda f: f.pick([True, False]), "disability"),
            "disabledParkingPermit": RED(lambda f: f.pick([True, False]), "disability"),
            "preferDriveThrough": G(lambda f: f.pick([True, False])),
            "largeText": G(lambda f: f.pick([True, False])),
            "hapticFeedback": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- web shop (e-commerce spec) ------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        ANY,
        {
            "query": G(
                lambda f: f.pick(
                    ["easee charge lite", "type 2 kabel", "wall connector", "充电桩", "zaptec go"]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web"],
        ANY,
        {
            **product(),
            "currency": G(cur),
            "url": G(lambda f: f"https://www.{DOMAIN[f.p['region']]}/shop/p/{f.r.randint(100, 999)}"),
            "image_url": G(lambda f: f"https://cdn.{DOMAIN[f.p['region']]}/img/{f.hexid(8)}.webp"),
        },
    ),
    ("track", "Product Added", ["web"], ANY, {"cart_id": G(lambda f: f.uuid()), **product()}),
    (
        "track",
        "Checkout Started",
        ["web"],
        ANY,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.amount(300, 20000)),
            "tax": G(lambda f: f.amount(50, 4000)),
            "shipping": G(lambda f: f.pick([0, 99, 149])),
            "coupon": G(lambda f: f.pick(["", "VINTER24", "HOMECHARGE10"])),
            "currency": G(cur),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        ANY,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "vipps", "klarna", "alipay", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "unionpay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["415461", "542418", "625805", "374245"])),
            "paymentMethodId": RED(lambda f: f.stripe("pm_1", 23), "token"),
            "billing_postal_code": Y(P("postal"), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        ANY,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "order_number": G(lambda f: "NLC" + f.digits(8)),
            "total": G(lambda f: f.amount(300, 20000)),
            "tax": G(lambda f: f.amount(50, 4000)),
            "discount": G(lambda f: f.pick([0, 0, 250, 500])),
            "coupon": G(lambda f: f.pick(["", "VINTER24", "HOMECHARGE10"])),
            "currency": G(cur),
            "shipping_method": G(
                lambda f: f.pick(["posten_pakke", "ups_ground", "sf_standard", "click_collect"])
            ),
            "products": Many(product(), 3),
            "shipping_address": address_block("line1", "postal_code", {"phone": Y(P("phone"), "phone")}),
            "billing_address": address_block("line1", "postal_code"),
            "email": Y(P("email"), "email"),
            "installation_included": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        ANY,
        {
            "subscriptionId": G(lambda f: f.stripe("sub_1", 23)),
            "plan": G(lambda f: f.pick(["nordlys_plus_monthly", "nordlys_plus_yearly", "fleet_basic"])),
            "price": G(lambda f: f.amount(49, 1200)),
            "currency": G(cur),
            "trialDays": G(lambda f: f.pick([0, 14, 30])),
            "stripeCustomerId": G(lambda f: f.stripe("cus_", 14)),
            "paymentMethod": RED(lambda f: f.stripe("pm_1", 23), "token"),
        },
    ),
    (
        "track",
        "Member Benefit Linked",
        ["web", "php"],
        ["NO"],
        {
            "program": Y(lambda f: f.pick(UNIONS), "trade union", True),
            "memberNumber": G(lambda f: f.digits(f.pick([6, 7, 8]))),
            "discountPercent": G(lambda f: f.pick([5, 10, 15])),
        },
    ),
    # -- payments and invoices -----------------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        ["python"],
        ANY,
        {
            "invoiceNumber": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "kid": G(lambda f: f.kid()),
            "amountDue": G(lambda f: f.amount(50, 3000)),
            "currency": G(cur),
            "dueDate": G(lambda f: f.date(2024, 2025)),
            "billingEmail": Y(P("email"), "email"),
            "billingName": Y(P("full"), "name"),
            "pdfUrl": G(lambda f: f"https://billing.nordlyscharge.no/invoices/{f.uuid()}.pdf"),
            "lineItems": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Lading Sandvika 32,4 kWh",
                                "Charging Fremont Hub 41.2 kWh",
                                "充电服务费 深圳南山",
                                "Nordlys Plus månedsavgift",
                                "Idle fee 12 min",
                            ]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                    "unitPrice": G(lambda f: f.amount(5, 400)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Faktura Betalt",
        ["php"],
        ["NO"],
        {
            "fakturanummer": G(lambda f: f.digits(7)),
            "kid": G(lambda f: f.kid()),
            "beløp": G(lambda f: f.amount(50, 3000)),
            "betalt_dato": G(lambda f: f.date(2024, 2024)),
            "betalingsmåte": G(lambda f: f.pick(["AvtaleGiro", "Vipps", "kort", "eFaktura"])),
            "kontonummer": RED(
                lambda f: f.pick(
                    [
                        f.no_account(),
                        f.no_account_dotted(),
                    ]
                ),
                "bank account",
            ),
            "kundenummer": G(lambda f: f.digits(8)),
            "vipps_mobilnummer": Y(lambda f: f.no_phone(), "phone"),
            "purring_sendt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["python"],
        ["NO"],
        {
            "refundId": G(lambda f: "rf_" + f.hexid(16)),
            "amount": G(lambda f: f.amount(20, 900)),
            "reason": G(lambda f: f.pick(["double_charge", "faulty_station", "goodwill"])),
            "iban": RED(lambda f: f.no_iban(), "bank account"),
            "bic": G(lambda f: f.pick(["DNBANOKKXXX", "NDEANOKKXXX", "SPRONO22XXX", "HANDNOKK"])),
            "accountHolder": Y(P("full"), "name"),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["ruby"],
        ["US"],
        {
            "institution": G(
                lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union"])
            ),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "plaid_item_id": G(lambda f: f.rand(string.ascii_letters + string.digits, 37)),
            "autopay_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "支付成功",
        ["python"],
        ["CN"],
        {
            "订单号": G(lambda f: "1" + f.digits(10)),
            "交易流水号": G(lambda f: "4200" + f.digits(24)),
            "支付方式": G(lambda f: f.pick(["微信支付", "支付宝", "银联云闪付"])),
            "金额": G(lambda f: f.amount(10, 300)),
            "openid": G(lambda f: "o" + f.rand(string.ascii_letters + string.digits + "_-", 27)),
            "付款银行": G(lambda f: f.pick(["招商银行", "工商银行", "建设银行", "零钱"])),
            "银行卡尾号": G(lambda f: f.digits(4)),
            "支付时间": G(lambda f: f.iso().replace("T", " ")[:19]),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["java"],
        ["CN"],
        {
            "withdrawalId": G(lambda f: "WD" + f.digits(12)),
            "amount": G(lambda f: f.amount(10, 300)),
            "bankName": G(lambda f: f.pick(["招商银行", "中国银行", "农业银行"])),
            "bankCardNo": RED(lambda f: f.unionpay(), "credit card|bank account"),
            "cardholderName": Y(P("full"), "name"),
            "reservedPhone": Y(P("phone"), "phone"),
            "alipayBuyerId": G(lambda f: "2088" + f.digits(12)),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        ANY,
        {
            "data": {
                "object": {
                    "id": G(lambda f: f.stripe("ch_3", 23)),
                    "amount": G(lambda f: f.r.randint(500, 90000)),
                    "currency": G(lambda f: cur(f).lower()),
                    "failure_code": G(
                        lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])
                    ),
                    "failure_message": G(
                        lambda f: f.pick(
                            [
                                "Your card was declined.",
                                "Your card has expired.",
                                "Your card has insufficient funds.",
                            ]
                        )
                    ),
                    "billing_details": {
                        "name": Y(P("full"), "name"),
                        "email": Y(P("email"), "email"),
                        "phone": Y(P("phone"), "phone"),
                        "address": {
                            "line1": Y(P("street"), "address|street"),
                            "city": Y(P("city"), "city"),
                            "postal_code": Y(P("postal"), "zipcode"),
                            "country": G(P("country")),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2024, 2030)),
                            "country": G(lambda f: f.pick(["NO", "US", "SE", "CN"])),
                        },
                    },
                    "customer": G(lambda f: f.stripe("cus_", 14)),
                    "payment_method": RED(lambda f: f.stripe("pm_1", 23), "token"),
                    "receipt_email": Y(P("email"), "email"),
                },
            },
            "type": G(lambda f: "charge.failed"),
        },
    ),
    (
        "track",
        "Payment Card Updated",
        ["php"],
        ANY,
        {
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardHolder": Y(P("full"), "name"),
            "billingZip": Y(P("postal"), "zipcode"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "source": G(lambda f: f.pick(["customer_portal", "support_call"])),
            "threeDSecure": G(lambda f: f.pick(["passed", "not_required", "failed"])),
        },
    ),
    (
        "track",
        "Financing Application Submitted",
        ["ruby"],
        ["US"],
        {
            "applicationId": G(lambda f: "fa_" + f.hexid(12)),
            "applicant": {
                "firstName": Y(P("first"), "name"),
                "lastName": Y(P("last"), "name"),
                "dateOfBirth": Y(P("dob"), "birthdate"),
                "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
                "annualIncome": Y(lambda f: f.r.randint(28, 260) * 1000, "salary"),
                "employer": G(
                    lambda f: f.pick(["Kaiser Permanente", "Amazon", "Austin ISD", "self-employed", "Tesla"])
                ),
                "jobTitle": G(
                    lambda f: f.pick(["Nurse", "Teacher", "Software Engineer", "Electrician", "Manager"])
                ),
                "housingStatus": G(lambda f: f.pick(["own", "rent", "other"])),
                "militaryStatus": RED(
                    lambda f: f.pick(["veteran", "active_duty", "reserve", "spouse_of_service_member"]),
                    "veteran",
                ),
            },
            "creditScore": Y(lambda f: f.r.randint(540, 830), "credit score"),
            "amountRequested": G(lambda f: f.r.randint(12, 60) * 100),
            "termMonths": G(lambda f: f.pick([12, 24, 36])),
            "apr": G(lambda f: round(f.r.uniform(0, 29.9), 2)),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending"])),
        },
    ),
    (
        "track",
        "Charging Credit Gifted",
        ["web"],
        ANY,
        {
            "giftId": G(lambda f: "gft_" + f.hexid(10)),
            "amount": G(lambda f: f.pick([200, 500, 1000, 50, 100])),
            "currency": G(cur),
            "recipient": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "email": Y(lambda f: f.other()["email"], "email"),
            },
            "senderName": Y(P("first"), "name"),
            "giftMessage": Y(lambda f: gift_message(f, f.other()["first"], f.p["first"]), "name", True),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["ruby"],
        ANY,
        {
            "emailMessageId": G(lambda f: f"<{f.digits(14)}.{f.hexid(8).upper()}@mail.nordlyscharge.no>"),
            "recipient": Y(P("email"), "email", True),
            "recipientName": Y(P("full"), "name"),
            "template": G(lambda f: f.pick(["session_receipt_v3", "monthly_statement", "kvittering_v2"])),
            "sessionId": G(lambda f: f.uuid()),
            "replyTo": G(
                lambda f: f.pick(
                    ["support@nordlyscharge.no", "no-reply@nordlyscharge.com", "kefu@nordlyscharge.cn"]
                )
            ),
        },
    ),
    # -- fleet accounts ------------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        ANY,
        {
            "name": G(lambda f: f.pick(COMPANIES[f.p["region"]])),
            "orgNumber": G(
                lambda f: f.org_number() if f.p["region"] == "NO" else f"{f.digits(2)}-{f.digits(7)}"
            ),
            "industry": G(
                lambda f: f.pick(["Transportation", "Construction", "Healthcare", "Logistics", "Taxi"])
            ),
            "employees": G(lambda f: f.r.randint(5, 4000)),
            "fleetSize": G(lambda f: f.r.randint(3, 600)),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "nordlys_plus", "fleet"])),
            "invoiceEmail": G(
                lambda f: (
                    f.pick(["faktura@", "ap@", "invoices@", "finance@", "caiwu@"])
                    + f.pick(["oslotaxi.no", "greenline.com", "shunda-wl.cn", "vy.no"])
                )
            ),
            "mainPhone": G(
                lambda f: f.pick(["+47 22 00 44 00", "+1 408 555 0100", "0755-2688 9000", "815 00 888"])
            ),
            "officeAddress": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "Dronning Eufemias gate 16",
                            "2100 Geng Rd",
                            "福田区深南大道6008号",
                            "Karenslyst allé 2",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Oslo", "Palo Alto", "深圳市", "Bergen"])),
                "postalCode": G(lambda f: f.pick(["0191", "94303", "518040", "0278"])),
            },
            "website": G(
                lambda f: f.pick(["https://www.oslotaxi.no", "https://greenline.com", "https://www.vy.no"])
            ),
            "accountManager": Y(lambda f: f.other()["full"], "name"),
            "fleetManagerEmail": Y(lambda f: f.other()["email"], "email"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Fleet Driver Invited",
        ["web"],
        ANY,
        {
            "fleetId": G(lambda f: "flt_" + f.digits(5)),
            "inviteeEmail": Y(lambda f: f.other()["email"], "email"),
            "inviteeName": Y(lambda f: f.other()["full"], "name"),
            "inviteePhone": Y(lambda f: f.other()["phone"], "phone"),
            "employeeNumber": G(lambda f: f.pick(["E", "A", ""]) + f.digits(5)),
            "costCenter": G(lambda f: f.pick(["4100-Service", "4200-Salg", "CC-17", "物流部"])),
            "role": G(lambda f: f.pick(["driver", "fleet_admin", "viewer"])),
            "spendLimitMonthly": G(lambda f: f.pick([1000, 2500, 5000])),
            "cardsToIssue": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Fleet Report Exported",
        ["dotnet"],
        ANY,
        {
            "ReportId": G(lambda f: f.uuid()),
            "Format": G(lambda f: f.pick(["xlsx", "csv", "pdf"])),
            "PeriodStart": G(lambda f: f.date(2024, 2024)),
            "PeriodEnd": G(lambda f: f.date(2024, 2024)),
            "RowCount": G(lambda f: f.r.randint(10, 20000)),
            "RequestedByEmail": Y(P("email"), "email"),
            "IncludesDriverNames": G(lambda f: f.pick([True, False])),
            "FleetName": G(lambda f: f.pick(COMPANIES[f.p["region"]])),
        },
    ),
    (
        "track",
        "Fleet API Key Created",
        ["dotnet"],
        ANY,
        {
            "KeyId": G(lambda f: "key_" + f.hexid(12)),
            "KeyPrefix": G(lambda f: "nlc_live_" + f.hexid(4)),
            "ApiKey": RED(lambda f: "nlc_live_" + f.rand(string.ascii_letters + string.digits, 40), "secret"),
            "Scopes": Many(G(lambda f: f.pick(["sessions:read", "cards:write", "reports:read"])), 3),
            "CreatedBy": G(lambda f: "u" + f.digits(7)),
            "ExpiresAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Employee Charging Reimbursed",
        ["dotnet"],
        ANY,
        {
            "EmployeeId": G(lambda f: f.digits(6)),
            "EmployeeName": Y(P("full"), "name"),
            "Amount": G(lambda f: f.amount(50, 2500)),
            "KwhAtHome": G(lambda f: round(f.r.uniform(20, 900), 1)),
            "PayrollPeriod": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03", "2024-04"])),
            "TaxableBenefit": G(lambda f: f.pick([True, False])),
            "HomeAddress": Y(lambda f: f.full_address(), "address"),
            "MonthlySalary": Y(lambda f: f.r.randint(35, 95) * 1000, "salary"),
        },
    ),
    # -- support -----------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["node"],
        ANY,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Card not working", "Double charge", "Ladekort", "充电失败", "Home charger offline"]
                    )
                ),
                "description": Y(ticket_description, "phone|email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "channel": G(lambda f: f.pick(["web", "email", "app", "wechat"])),
                "tags": Many(G(lambda f: f.pick(["billing", "rfid", "hardware", "refund", "vip"])), 3),
            },
            "requester": {
                "name": Y(P("full"), "name"),
                "email": Y(P("email"), "email"),
                "phone": Y(P("phone"), "phone"),
            },
            "assignee": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "group": G(lambda f: f.pick(["Tier 1 NO", "Tier 1 US", "二线支持", "Hardware"])),
            },
            "stationId": G(lambda f: f.station()[0]),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "rn"],
        ANY,
        {
            "conversationId": G(lambda f: f.uuid()),
            "sender": G(lambda f: f.pick(["user", "agent", "bot"])),
            "message": G(chat_message),
            "attachmentCount": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Support Call Completed",
        ["go"],
        ["US"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["5ef8732a3c49700934481addd5ce1659", "9bd1c3f2a8e047b4b1e0d2c94a5f1e21"])
                )
            ),
            "From": Y(
                lambda f: "+1" + "".join(c for c in f.phone("nanp_dash") if c.isdigit()), "phone", True
            ),
            "To": G(lambda f: f.pick([SUPPORT_LINE["US"], "+18885550142"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "Direction": G(lambda f: "inbound"),
            "FromState": G(lambda f: f.p["state"]),
            "FromCountry": G(lambda f: "US"),
            "CallerName": Y(lambda f: f.p["full"].upper(), "name"),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        ["web", "node"],
        ANY,
        {
            "ticketId": G(lambda f: f.r.randint(100000, 999999)),
            "score": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(["Rask hjelp!", "Took too long", "很满意", "Agent was great", "", "OK"])
            ),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["ruby"],
        ANY,
        {
            "q": Y(lambda f: f.pick([f.p["email"], f.p["phone"]]), "email|phone", True),
            "resultCount": G(lambda f: f.r.randint(0, 3)),
            "agentEmail": Y(lambda f: f.work_email(), "email"),
            "reason": G(lambda f: f.pick(["inbound_call", "chargeback", "gdpr_request"])),
            "tool": G(lambda f: "backoffice"),
        },
    ),
    # -- app usage -------------------------------------------------------------------------------------
    (
        "screen",
        "Station Details",
        MOBILE,
        ANY,
        {
            "stationId": G(lambda f: f.station()[0]),
            "stationName": G(lambda f: f.station()[1]),
            "distanceKm": G(lambda f: round(f.r.uniform(0.2, 80), 1)),
        },
    ),
    (
        "page",
        "Home Charging",
        ["web"],
        ANY,
        {
            "name": G(lambda f: f.pick(["Home Charging", "Pricing", "Stations", "Account"])),
            "path": G(lambda f: f.pick(["/hjemmelading", "/pricing", "/stations", "/account"])),
            "url": G(
                lambda f: (
                    f"https://www.{DOMAIN[f.p['region']]}"
                    + f.pick(["/hjemmelading", "/pricing", "/stations"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Hjemmelading | Nordlys", "Pricing - Nordlys Charge", "北极光充电 - 充电站"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://elbil.no/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=facebook", "?ref=nav"])),
        },
    ),
    (
        "track",
        "Stations Searched",
        MOBILE,
        ANY,
        {
            "searchQuery": G(
                lambda f: f.pick(
                    ["Gardermoen", "Dombås", "Barstow", "Tejon Ranch", "虹桥", "望京", "IKEA Slependen"]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 30)),
            "radiusKm": G(lambda f: f.pick([5, 10, 25, 50])),
            "filterFastOnly": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Route Planned",
        ["rn", "flutter"],
        ANY,
        {
            "origin": {"lat": Y(P("lat"), "geolocation"), "lng": Y(P("lon"), "geolocation")},
            "destination": {
                "name": G(
                    lambda f: f.pick(["Trysil", "Geilo", "Lake Tahoe", "Las Vegas", "千岛湖", "Hemsedal"])
                ),
                "lat": G(lambda f: f.pick([61.3151, 60.5341, 39.0968, 36.1699, 29.6058, 60.8660])),
                "lng": G(lambda f: f.pick([12.2637, 8.2059, -120.0324, -115.1398, 119.0244, 8.5530])),
            },
            "vehicleModel": G(lambda f: f.vehicle()[1]),
            "arrivalSocPercent": G(lambda f: f.r.randint(10, 40)),
            "chargingStops": G(lambda f: f.r.randint(0, 4)),
            "distanceKm": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Favorite Station Added",
        MOBILE,
        ANY,
        {
            "stationId": G(lambda f: f.station()[0]),
            "label": G(lambda f: f.pick(["Hytta", "Near work", "公司楼下", "Mormor", "Grocery run"])),
            "favoritesCount": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Station Reported",
        MOBILE,
        ANY,
        {
            "stationId": G(lambda f: f.station()[0]),
            "issueType": G(
                lambda f: f.pick(
                    ["broken_connector", "blocked_by_ice_car", "screen_dead", "payment_terminal"]
                )
            ),
            "photoUrl": G(lambda f: f"https://uploads.nordlyscharge.no/reports/{f.uuid()}.jpg"),
            "comment": G(
                lambda f: f.pick(
                    ["Kabelen er ødelagt", "ICE car parked in EV spot", "屏幕不亮", "Stuck at 0 kW"]
                )
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ANY,
        {
            "formId": G(lambda f: f.pick(["home_charger_quote", "fleet_contact"])),
            "fieldName": G(lambda f: f.p["field"]),
            "value": Y(
                lambda f: f.p["email"] if f.p["field"] == "email" else f.p["phone"], "email|phone", True
            ),
            "durationMs": G(lambda f: f.r.randint(400, 15000)),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["rn", "swift"],
        ANY,
        {
            "caseId": G(lambda f: "RSA-" + f.digits(6)),
            "issue": G(lambda f: f.pick(["out_of_charge", "flat_tyre", "charge_port_stuck", "12v_battery"])),
            "location": {"lat": Y(P("lat"), "geolocation"), "lng": Y(P("lon"), "geolocation")},
            "contact": Y(P("phone"), "phone", True),
            "plate": Y(lambda f: f.plate(), "license"),
            "batteryPercent": G(lambda f: f.r.randint(0, 12)),
            "towRequired": G(lambda f: f.pick([True, False])),
            "passengers": G(lambda f: f.r.randint(0, 4)),
            "emergencyContact": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
            },
        },
    ),
    (
        "track",
        "Privacy Request Submitted",
        ["web", "ruby"],
        ANY,
        {
            "requestType": G(lambda f: f.pick(["access", "erasure", "rectification", "do_not_sell"])),
            "identifier": Y(P("email"), "email", True),
            "fullName": Y(P("full"), "name"),
            "jurisdiction": G(lambda f: f.pick(["GDPR", "CCPA", "PIPL"])),
            "verifiedVia": G(lambda f: f.pick(["email_link", "bankid", "sms_code"])),
        },
    ),
    (
        "track",
        "Fleet Driver Onboarded",
        ["dotnet"],
        ANY,
        {
            "DriverName": Y(P("full"), "name"),
            "DriverLicenseNumber": Y(
                lambda f: f.pick(["D", "F", ""]) + f.digits(f.pick([7, 8, 11])), "license"
            ),
            "DateOfBirth": Y(P("dob"), "birthdate"),
            "HomeChargingAddress": Y(lambda f: f.full_address(), "address"),
            "PersonalMobile": Y(P("phone"), "phone"),
            "WorkEmail": Y(
                lambda f: (
                    ascii_fold(f.p["pinyin"] if f.p["region"] == "CN" else f.p["first"])
                    + "@"
                    + f.pick(["oslotaxi.no", "greenline.com", "shunda-wl.cn", "vy.no"])
                ),
                "email",
            ),
            "EmployeeNumber": G(lambda f: f.digits(5)),
            "Department": G(lambda f: f.pick(["Service", "Sales", "Logistics", "物流部"])),
        },
    ),
    (
        "track",
        "家充桩安装预约",
        ["python"],
        ["CN"],
        {
            "预约编号": G(lambda f: "AZ" + f.digits(10)),
            "联系人": Y(P("full"), "name"),
            "联系电话": Y(P("phone"), "phone"),
            "安装地址": Y(lambda f: f.full_address(), "address"),
            "小区名称": Y(
                lambda f: f.pick(["万科城", "碧桂园凤凰城", "华润城", "绿城西溪诚园", "保利天悦"]), "address"
            ),
            "车位号": G(lambda f: f.pick(["B2-", "B1-", "A-"]) + f.digits(3)),
            "物业同意": G(lambda f: f.pick([True, False])),
            "预约日期": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Tax Credit Form Generated",
        ["python"],
        ["US"],
        {
            "formType": G(lambda f: "8911"),
            "taxYear": G(lambda f: f.pick([2023, 2024])),
            "taxpayerName": Y(P("full"), "name"),
            "taxpayerSsn": RED(lambda f: f.ssn(), "social security number"),
            "propertyAddress": Y(lambda f: f.full_address(), "address"),
            "creditAmount": G(lambda f: f.r.randint(300, 1000)),
        },
    ),
    # -- China backend -------------------------------------------------------------------------------
    (
        "track",
        "实名认证提交",
        ["python"],
        ["CN"],
        {
            "姓名": Y(P("full"), "name"),
            "证件类型": G(lambda f: f.p["id_doc"]),
            "证件号码": RED(
                lambda f: f.cn_resident_id() if f.p["id_doc"] == "身份证" else f.passport(),
                "national id|passport",
            ),
            "手机号": Y(P("phone"), "phone"),
            "人脸核验结果": G(lambda f: f.pick(["通过", "未通过", "待复核"])),
            "认证时间": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        ["CN"],
        {
            "xingming": Y(P("full"), "name"),
            "shouji": Y(P("phone"), "phone"),
            "chengshi": Y(P("city"), "city"),
            "huiyuan_dengji": G(lambda f: f.pick(["普通", "银卡", "金卡"])),
            "zhuce_qudao": G(lambda f: f.pick(["微信小程序", "App", "支付宝小程序"])),
            "shiming_renzheng": G(lambda f: f.pick([True, False])),
            "wechat_unionid": G(lambda f: "o" + f.rand(string.ascii_letters + string.digits + "_-", 27)),
        },
    ),
    (
        "track",
        "charge_order_completed",
        ["go"],
        ["CN"],
        {
            "order_no": G(lambda f: "1" + f.digits(10)),
            "zhuang_bianhao": G(lambda f: f.station()[0] + "-" + f.digits(2)),
            "dianliang_kwh": G(lambda f: round(f.r.uniform(5, 80), 2)),
            "dianfei": G(lambda f: f.amount(10, 80)),
            "fuwufei": G(lambda f: f.amount(5, 40)),
            "zongjine": G(lambda f: f.amount(15, 120)),
            "chepai_hao": Y(lambda f: f.plate(), "license"),
            "yonghu_shouji": Y(P("phone"), "phone"),
            "mianfei_tingche_fenzhong": G(lambda f: f.pick([0, 30, 60, 120])),
        },
    ),
    (
        "track",
        "发票申请",
        ["php"],
        ["CN"],
        {
            "发票抬头": G(lambda f: f.pick(COMPANIES["CN"])),
            "纳税人识别号": G(lambda f: "91" + f.digits(6) + f.rand("0123456789ABCDEFGHJKLMNPQRTUWXY", 10)),
            "接收邮箱": Y(P("email"), "email"),
            "金额": G(lambda f: f.amount(15, 300)),
            "发票类型": G(lambda f: f.pick(["电子普通发票", "增值税专用发票"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ["NO"],
        {
            "fornavn": Y(P("first"), "name"),
            "etternavn": Y(P("last"), "name"),
            "epost": Y(P("email"), "email"),
            "mobil": Y(P("phone"), "phone"),
            "adresse": {
                "gate": Y(P("street"), "address|street"),
                "postnummer": Y(P("postal"), "zipcode"),
                "poststed": Y(P("city"), "city"),
            },
            "fødselsnummer": RED(lambda f: f.fodselsnummer(), "national id"),
            "kundenummer": G(lambda f: f.digits(8)),
            "reservert_mot_markedsføring": G(lambda f: f.pick([True, False])),
            "førerkortnummer": Y(lambda f: f.digits(11), "license"),
        },
    ),
    # -- US programs ---------------------------------------------------------------------------------
    (
        "track",
        "Utility Rebate Application Submitted",
        ["python"],
        ["US"],
        {
            "utilityName": G(
                lambda f: f.pick(["PG&E", "Austin Energy", "Xcel Energy", "ConEd", "Seattle City Light"])
            ),
            "utilityAccountNumber": G(lambda f: f.digits(10)),
            "rebateAmount": G(lambda f: f.pick([250, 500, 1000])),
            "serviceAddress": {
                "line1": Y(P("street"), "address|street"),
                "city": Y(P("city"), "city"),
                "state": G(P("state")),
                "zip": Y(P("postal"), "zipcode"),
            },
            "applicantEmail": Y(P("email"), "email"),
            "taxpayerSsn": RED(lambda f: f.ssn(), "social security number"),
            "evMake": G(lambda f: f.vehicle()[0]),
            "proofOfPurchaseUploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        ["web"],
        ["US"],
        {
            "verificationProvider": G(lambda f: "ID.me"),
            "status": G(lambda f: f.pick(["verified", "verified", "failed"])),
            "affiliation": RED(
                lambda f: f.pick(["veteran", "active duty", "military spouse", "reservist"]), "veteran", True
            ),
            "discountPercent": G(lambda f: f.pick([10, 15])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ANY,
        {
            "EMAIL": Y(P("email"), "email"),
            "FIRST_NAME": Y(P("first"), "name"),
            "LAST_NAME": Y(P("last"), "name"),
            "PHONE_NUMBER": Y(P("phone"), "phone"),
            "ZIP_CODE": Y(P("postal"), "zipcode"),
            "LIFETIME_KWH": G(lambda f: round(f.r.uniform(10, 40000), 1)),
            "LIFETIME_SPEND": G(lambda f: f.amount(0, 50000)),
            "LAST_SESSION_AT": G(lambda f: f.iso()),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HOME_CHARGER_OWNER": G(lambda f: f.pick([True, False])),
            "MARKET": G(P("country")),
            "CUSTOMER_SINCE": G(lambda f: f.date(2017, 2024)),
            "AGE": G(lambda f: f.r.randint(19, 80)),
            "HASHED_EMAIL": Y(lambda f: hashlib.sha256(f.p["email"].lower().encode()).hexdigest(), "email"),
        },
    ),
    # -- growth ----------------------------------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        MOBILE,
        ANY,
        {
            "referralCode": G(lambda f: "NLC-" + f.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)),
            "channel": G(lambda f: f.pick(["sms", "email", "wechat", "copy_link"])),
            "refereeEmail": Y(lambda f: f.other()["email"], "email"),
            "refereePhone": Y(lambda f: f.other()["phone"], "phone"),
            "rewardKwh": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["node"],
        ANY,
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "campaignId": G(lambda f: f.digits(11)),
            "adsetId": G(lambda f: f.digits(13)),
            "landingPage": G(lambda f: f"https://www.{DOMAIN[f.p['region']]}/hjemmelading"),
            "clickTs": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        ANY,
        {
            "email": Y(P("email"), "email"),
            "listId": G(lambda f: f.pick(["nl_no_drivers", "nl_us_drivers", "nl_fleet"])),
            "doubleOptIn": G(lambda f: f.pick([True, False])),
            "topics": Many(G(lambda f: f.pick(["new_stations", "home_charging", "offers"])), 3),
        },
    ),
]

HEAVY = {
    "Charging Session Started": 3,
    "Charging Session Ended": 3,
    "Station Details": 2,
    "Stations Searched": 2,
}


def message(f: EvFake, kind, name, clients, regions, body, labels):
    f.set_person(f.pick(regions))
    client = f.pick(clients)
    msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in CLIENT:
        msg["anonymousId"] = f.uuid()
    msg["userId"] = "u" + f.digits(7)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = EvFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, regions, body in EVENTS:
            for _ in range(HEAVY.get(name, 1)):
                events.append(message(f, kind, name, clients, regions, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=216, repeats=26)
    write(Path(__file__).parent, "holdout216_", events, labels)
