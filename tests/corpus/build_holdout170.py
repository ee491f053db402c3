"""Writes holdout170: tests/corpus/holdout170_events.jsonl and holdout170_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders (only build.py, fake.py and build_holdout3.py for the format),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout170`.

Domain: a national lottery, sports-betting and online-casino operator ("LuckyNorth") licensed in
Finland, Denmark and Ireland. Registration with strong identity checks (Finnish henkilotunnus via
bank ID / FTN, Danish CPR via MitID, Irish PPSN and documents), age and KYC verification
(Sumsub/Onfido-shaped webhooks), deposits and withdrawals (cards, IBANs, Danish reg./konto
numbers, Irish sort codes), responsible-gambling limits, ROFUS self-exclusion and cool-off,
reality checks and risk assessments, bet slips, settled bets, casino and live-casino game rounds,
lottery tickets and syndicates, bonus wagering, customer-service chats and tickets (Zendesk-shaped),
telephony and e-mail webhooks, Facebook CAPI and affiliate postbacks, a back-office search, a
retailer finder, e-commerce spec events (Product Viewed, Order Completed), page and screen calls,
group and alias calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter and the
server libraries (python, node, go, java, ruby, php, .NET), with their `context` blocks
(`context.ip`, `context.traits`, device, app, library, locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; about a sixth of the labelled paths
(a fifth of the body keys) in other conventions real customers send: PascalCase (.NET backend,
Twilio webhooks), SCREAMING_SNAKE (a reverse-ETL sync from the warehouse), kebab-case (a web
cashier widget), and Finnish and Danish backend keys (etunimi, sukunimi, henkilotunnus, fornavn,
efternavn, cpr_nummer, kontonummer, beloeb, indsats ...).

Values are generated here for the three markets and for residents from elsewhere: Finnish, Danish,
Irish and immigrant names; national phone formats (+358 40 ..., 040 ..., +45 20 12 34 56,
20123456, 087 ..., +353 87 ...); Finnish henkilotunnus with its mod-31 check character, Danish CPR
numbers that pass the modulus-11 check, Irish PPSNs with their mod-23 check letters; FI, DK and IE
IBANs with correct mod-97 digits; Luhn card numbers (fake.py); eircodes, Finnish and Danish
postcodes and street formats.

Labels (the Privacy Portal's default colours, exactly as the corpus brief states them):
- PII is personal data about a natural person (the player, a recipient, a referred friend, a
  syndicate organiser, a caller, a staff member): names, contact details, the person's own
  address or precise location, birth dates, government ids, financial accounts and full card
  numbers, health, credentials and secrets, IP addresses, advertising ids. Colour: the reference's
  default for the matcher; outside the reference, red for credentials/secrets, card numbers, bank
  accounts, government ids and health ids, yellow otherwise.
- Green: ids we or our vendors issue (user, customer, bet, round, ticket, transaction, applicant,
  MitID uuid, PSP references), versions, timestamps, hashes of non-PII, amounts, odds, stakes,
  enums, counters and booleans even under PII-sounding keys (emailVerified, cprMatched,
  passwordStrength), team, horse, game, product, syndicate and company names, places that are
  not the person's (a retailer's or a prize office's address), country, county, market, locale,
  language, timezone, currency, user agents, OS-issued device ids. Card brand, BIN, last four
  and expiry are green; BICs, Danish reg. numbers and Irish sort codes identify the bank: green.
- The product's published policy for contested cases is followed as written in the brief
  (customer / member / claim numbers and ages green; a business's own phone, role mailboxes,
  no-reply senders, Message-IDs green; salary bands and income yellow `salary`; gclid, fbp, fbc
  yellow `advertising id`; billing addresses yellow `address`; payment tokens, one-time codes and
  sign-in link tokens red `token`; identity document numbers red `national id|passport`).
- value_only is true when the key does not say what the value is (`value`, `previous_value`, `q`,
  `text`, `note`, `label`, `input`, `message`, `link`, `description`, `besked`, a login `username`,
  an SMS `to`, an e-mail `recipient`), and then every value of that path carries the PII; free
  text is labelled by what every one of its values carries, green when none does (`comment`).
- One path, one label: a group call's `traits.name` is the syndicate's name (green), so the
  player's name in identify calls travels as firstName/lastName/fullName.

Decisions where the brief left room (what a careful privacy owner would want):
- A problem-gambling screening result (PGSI score, its risk band) and conditions a player
  discloses to a safer-gambling agent are health data: yellow `condition` (`condition|diagnosis`
  for the disclosed list). Self-exclusion, cool-off and limits (periods, amounts, ROFUS
  registration, reasons such as "taking_a_break") are account state: green.
- A hash of the player's e-mail or phone sent for ad matching (Facebook CAPI) is still their
  identifier: yellow, typed as what was hashed (`email`, `phone`). A place of birth is `city`.
  An address-autocomplete session token (a UUID) is green, as the policy says of Places tokens.
- A staff member's personal work contact (a VIP host's direct mobile, an agent's named mailbox)
  and a live-casino dealer's name are personal data about staff: yellow. Teams, horses and
  betting selections that name public sports figures are catalogue data: green.
- A login `username` holding e-mail addresses is `email`, value_only (the key names a login, not
  the e-mail).
- A push-notification device token is a credential (red `token`), as in build.py.
- A PSP's card fingerprint and a masked PAN (BIN + last four) are vendor-issued identifiers of
  the card, not the number: green; the last two digits of a phone number are green.
- The lottery numbers a player picks, a payment reference (viitenumero) and an ID document's
  expiry date are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "FI": ["Aino", "Eero", "Juha", "Satu", "Mikko", "Johanna", "Tuomas", "Päivi", "Ville", "Elina", "Jari"],
    "DK": ["Søren", "Freja", "Mads", "Ida", "Lars", "Mette", "Rasmus", "Sofie", "Anders", "Line", "Astrid"],
    "IE": ["Aoife", "Cian", "Niamh", "Seán", "Siobhán", "Pádraig", "Ciarán", "Orla", "Darragh", "Saoirse"],
}
LAST = {
    "FI": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Järvinen"],
    "DK": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Sørensen", "Møller"],
    "IE": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ó Briain", "McCarthy", "Fitzgerald"],
}
OTHER_NAMES = [
    ("Ahmed", "Hassan"),
    ("Oksana", "Kovalenko"),
    ("Lan", "Nguyen"),
    ("Priya", "Sharma"),
    ("Wojciech", "Nowak"),
    ("Ana", "Silva"),
    ("Chidi", "Okeke"),
    ("Mehmet", "Yılmaz"),  # noqa: RUF001 (Turkish dotless i)
    ("Fatima", "Al-Sayed"),
    ("Abdi", "Warsame"),
    ("Mikael", "Lindqvist"),
    ("Yuki", "Tanaka"),
]
MAIL_DOMAINS = {
    "FI": ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "elisanet.fi", "kolumbus.fi"],
    "DK": ["gmail.com", "hotmail.dk", "outlook.dk", "live.dk", "yahoo.dk", "mail.dk"],
    "IE": ["gmail.com", "eircom.net", "yahoo.ie", "hotmail.com", "icloud.com", "outlook.ie"],
}
FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Rautatienkatu", "Koulukatu", "Puistokatu"]
FI_PLACES = [
    ("00100", "Helsinki"),
    ("00530", "Helsinki"),
    ("02100", "Espoo"),
    ("33100", "Tampere"),
    ("20100", "Turku"),
    ("90100", "Oulu"),
    ("40100", "Jyväskylä"),
    ("70100", "Kuopio"),
]
DK_STREETS = ["Nørrebrogade", "Vesterbrogade", "Jægersborggade", "Frederiksberg Allé", "Søndergade", "Algade"]
DK_PLACES = [
    ("2200", "København N"),
    ("2100", "København Ø"),
    ("1620", "København V"),
    ("2000", "Frederiksberg"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("6700", "Esbjerg"),
]
IE_STREETS = [
    "Grafton Street",
    "Dame Street",
    "Main Street",
    "Shop Street",
    "Patrick Street",
    "O'Connell Street",
]
IE_PLACES = [
    ("D02", "Dublin 2", "Dublin"),
    ("D08", "Dublin 8", "Dublin"),
    ("D6W", "Dublin 6W", "Dublin"),
    ("T12", "Cork", "Cork"),
    ("H91", "Galway", "Galway"),
    ("V94", "Limerick", "Limerick"),
    ("X91", "Waterford", "Waterford"),
    ("R95", "Kilkenny", "Kilkenny"),
]
OFFICES = [
    ("LuckyNorth Helsinki", "Mannerheimintie 5, 00100 Helsinki", "+358 9 4200 100"),
    ("LuckyNorth Dublin", "10 Abbey Street Upper, Dublin 1, D01 K7W2", "+353 1 836 4444"),
    ("LuckyNorth København", "Kalvebod Brygge 30, 1560 København V", "+45 33 12 00 00"),
]
RETAILERS = [
    ("R-kioski Kamppi", "Urho Kekkosen katu 1", "Helsinki", "+358 20 7100 200", 60.16952, 24.93545),
    ("K-Market Hervanta", "Insinöörinkatu 50", "Tampere", "+358 10 538 4400", 61.44903, 23.85608),
    ("7-Eleven Nørreport", "Nørre Voldgade 19", "København K", "+45 33 14 17 00", 55.68373, 12.57114),
    ("Centra Rathmines", "200 Rathmines Road Lower", "Dublin 6", "+353 1 496 0000", 53.32243, -6.26464),
    ("SuperValu Ballincollig", "Main Street", "Cork", "+353 21 487 1000", 51.88779, -8.59205),
]
MARKETS = ["FI", "DK", "IE"]
CURRENCY = {"FI": "EUR", "DK": "DKK", "IE": "EUR"}


def market(f: Fake) -> str:
    return f.pick(MARKETS)


def first(f: Fake, m: str | None = None) -> str:
    if m is None and f.r.random() < 0.2:
        return f.pick(OTHER_NAMES)[0]
    return f.pick(FIRST[m or market(f)])


def last(f: Fake, m: str | None = None) -> str:
    if m is None and f.r.random() < 0.2:
        return f.pick(OTHER_NAMES)[1]
    return f.pick(LAST[m or market(f)])


def full_name(f: Fake, m: str | None = None) -> str:
    if m is None and f.r.random() < 0.2:
        return " ".join(f.pick(OTHER_NAMES))
    m = m or market(f)
    return f"{first(f, m)} {last(f, m)}"


def ascii_part(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    a, b = ascii_part(first(f)), ascii_part(last(f))
    local = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{f.r.randint(1, 99)}",
            f"{a[0]}.{b}",
            f"{a}_{b}",
            f"{b}.{a}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[m])}"


def phone(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "FI":
        pre = f.pick(["40", "41", "44", "45", "50"])
        n = f.digits(7)
        return f.pick(
            [f"+358{pre}{n}", f"0{pre} {n[:3]} {n[3:]}", f"+358 {pre} {n[:3]} {n[3:]}", f"0{pre}{n}"]
        )
    if m == "DK":
        n = f.pick(["2", "3", "4", "5", "6"]) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
        spaced = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return f.pick([f"+45{n}", spaced, f"+45 {spaced}", n])
    pre = f.pick(["83", "85", "86", "87", "89"])
    n = f.digits(7)
    return f.pick(
        [f"0{pre} {n[:3]} {n[3:]}", f"+353 {pre} {n[:3]} {n[3:]}", f"+353{pre}{n}", f"(0{pre}) {n}"]
    )


def street(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    n = f.r.randint(1, 120)
    if m == "FI":
        return f.pick([f"{f.pick(FI_STREETS)} {n}", f"{f.pick(FI_STREETS)} {n} B {f.r.randint(1, 40)}"])
    if m == "DK":
        return f.pick([f"{f.pick(DK_STREETS)} {n}", f"{f.pick(DK_STREETS)} {n}, {f.r.randint(1, 5)}. th."])
    return f.pick([f"{n} {f.pick(IE_STREETS)}", f"Apt {f.r.randint(1, 30)}, {n} {f.pick(IE_STREETS)}"])


def eircode(f: Fake, routing: str | None = None) -> str:
    routing = routing or f.pick(IE_PLACES)[0]
    chars = "ACDEFHKNPRTVWXY0123456789"
    return f"{routing} {f.pick('ACDEFHKNPRTVWXY')}{''.join(f.pick(chars) for _ in range(3))}"


def postcode(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    if m == "FI":
        return f.pick(FI_PLACES)[0]
    if m == "DK":
        return f.pick(DK_PLACES)[0]
    return eircode(f)


def city(f: Fake, m: str | None = None) -> str:
    m = m or market(f)
    return f.pick({"FI": FI_PLACES, "DK": DK_PLACES, "IE": IE_PLACES}[m])[1]


def full_address(f: Fake) -> str:
    m = market(f)
    if m == "FI":
        code, town = f.pick(FI_PLACES)
        return f"{street(f, m)}, {code} {town}"
    if m == "DK":
        code, town = f.pick(DK_PLACES)
        return f"{street(f, m)}, {code} {town}"
    routing, town, _ = f.pick(IE_PLACES)
    return f"{street(f, m)}, {town}, {eircode(f, routing)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_part(first(f))}.{ascii_part(last(f))}@luckynorth.{f.pick(['fi', 'dk', 'ie'])}"


def dob(f: Fake, start=1950, end=2005) -> str:
    return f.date(start, end)


def hetu(f: Fake) -> str:
    year = f.r.randint(1950, 2005)
    d, mo = f.r.randint(1, 28), f.r.randint(1, 12)
    indiv = f.r.randint(2, 899)
    base = f"{d:02d}{mo:02d}{year % 100:02d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{indiv:03d}") % 31]
    return f"{base}{'-' if year < 2000 else 'A'}{indiv:03d}{check}"


def cpr(f: Fake, dash: bool | None = None) -> str:
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        base = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(50, 99):02d}"
        serial = f"{f.r.randint(0, 9999):04d}"
        if sum(int(c) * w for c, w in zip(base + serial, weights, strict=True)) % 11 == 0:
            break
    dash = f.r.random() < 0.6 if dash is None else dash
    return f"{base}-{serial}" if dash else base + serial


def ppsn(f: Fake) -> str:
    digits = [f.r.randint(0, 9) for _ in range(7)]
    second = f.pick(["", "A"])
    total = sum(d * (8 - i) for i, d in enumerate(digits)) + (9 if second == "A" else 0)
    return "".join(map(str, digits)) + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def national_id(f: Fake) -> str:
    return f.pick([hetu, cpr, ppsn])(f)


def passport_no(f: Fake) -> str:
    return f.pick([f.pick(["FP", "XP", "PA", "LA", "PE"]) + f.digits(7), f.digits(9)])


def iban(f: Fake, m: str | None = None, spaced: bool | None = None) -> str:
    m = m or market(f)
    if m == "FI":
        bban = f.pick(["1", "5", "8", "3"]) + "".join(str(f.r.randint(0, 9)) for _ in range(13))
    elif m == "DK":
        bban = f.pick(["2400", "3409", "9570", "7890", "0400"]) + f.digits(10)
    else:
        bban = f.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + f.pick(["931152", "900017", "990510"]) + f.digits(8)
    numeric = "".join(str(int(c, 36)) for c in bban + m + "00")
    raw = f"{m}{98 - int(numeric) % 97:02d}{bban}"
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def bic(f: Fake) -> str:
    return f.pick(
        ["NDEAFIHH", "OKOYFIHH", "DABAFIHH", "DABADKKK", "NDEADKKK", "JYBADKKK", "AIBKIE2D", "BOFIIE2D"]
    )


def card_last4(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


def viitenumero(f: Fake) -> str:
    """A Finnish payment reference with its 7-3-1 check digit."""
    body = f.digits(f.r.randint(5, 12))
    weights = [7, 3, 1]
    total = sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def money(f: Fake, lo=2, hi=500) -> float:
    return f.money(lo, hi)


def odds(f: Fake) -> float:
    return round(f.r.uniform(1.05, 12.0), 2)


# -- catalogue ----------------------------------------------------------------------------------

MATCHES = [
    ("Football", "Veikkausliiga", "HJK", "KuPS"),
    ("Football", "Veikkausliiga", "FC Inter", "SJK"),
    ("Football", "3F Superliga", "FC København", "Brøndby IF"),
    ("Football", "3F Superliga", "FC Midtjylland", "AGF"),
    ("Football", "League of Ireland Premier Division", "Shamrock Rovers", "Bohemians"),
    ("Football", "Premier League", "Liverpool", "Arsenal"),
    ("Ice Hockey", "Liiga", "Tappara", "Kärpät"),
    ("Handball", "Herre Håndboldligaen", "Aalborg Håndbold", "GOG"),
    ("Gaelic Football", "All-Ireland Championship", "Kerry", "Dublin"),
    ("Hurling", "All-Ireland Championship", "Limerick", "Kilkenny"),
]
MARKETS_BET = ["1X2", "Over/Under 2.5", "Both Teams To Score", "Asian Handicap -1", "Anytime Goalscorer"]
SELECTIONS = ["Home", "Draw", "Away", "Over 2.5", "Under 2.5", "Yes", "No", "Haaland anytime", "Home -1"]
GAMES = [
    ("book-of-dead", "Book of Dead", "Play'n GO", "slots"),
    ("starburst", "Starburst", "NetEnt", "slots"),
    ("lightning-roulette", "Lightning Roulette", "Evolution", "live"),
    ("crazy-time", "Crazy Time", "Evolution", "live"),
    ("big-bass-bonanza", "Big Bass Bonanza", "Pragmatic Play", "slots"),
    ("blackjack-classic", "Blackjack Classic", "NetEnt", "table"),
]
LOTTERIES = ["Lotto", "Eurojackpot", "Vikinglotto", "Keno", "Daily Million", "Lotto Plus"]
HORSES = ["Galopin des Champs", "Ruuben Hermes", "Sea Of Class", "Brave Eagle", "Nordic Star"]
TRACKS = ["Vermo", "Charlottenlund", "Leopardstown", "Punchestown", "Teivo"]


def match_name(f: Fake) -> str:
    _, _, home, away = f.pick(MATCHES)
    return f"{home} vs {away}"


# Fields of one object rendered in key order share a pick: the first field draws a match or a game
# and the following fields of the same object read it, so sport, league and name agree.
_current: dict[str, tuple] = {}


def draw(kind: str, items: list, index: int):
    def gen(f: Fake):
        _current[kind] = f.pick(items)
        return _current[kind][index]

    return gen


def same(kind: str, index: int):
    return lambda f: _current[kind][index]


def event_name(f: Fake) -> str:
    _current["match"] = f.pick(MATCHES)
    return f"{_current['match'][2]} vs {_current['match'][3]}"


# -- contexts -------------------------------------------------------------------------------------


def web_context(f: Fake):
    host = f.pick(["www.luckynorth.fi", "www.luckynorth.dk", "www.luckynorth.ie"])
    path = f.pick(["/", "/sport", "/casino", "/lotto", "/cashier", "/account/limits"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.72.0", "next-1.74.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", f"https://{host}/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?tab=live", "?ref=banner"])),
            "title": G(
                lambda f: f.pick(["LuckyNorth", "Vedonlyönti | LuckyNorth", "Casino - LuckyNorth", "Lotto"])
            ),
            "url": G(lambda f: f"https://{host}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "8", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "sv-FI", "da-DK", "en-IE", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "Europe/Copenhagen", "Europe/Dublin"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["euro_jackpot_rollover", "welcome_fs", "superliga_boost"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "affiliate"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["vedonlyönti", "online casino ireland", "lotto online", "odds"])),
            "content": G(lambda f: f.pick(["hero_banner", "textlink", "carousel_3"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LuckyNorth"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "com.luckynorth.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "da-DK", "en-IE"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "Europe/Copenhagen", "Europe/Dublin"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "customerNumber": G(lambda f: f.digits(8)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LuckyNorth"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1"])),
            "build": G(lambda f: f.pick(["814001", "815010"])),
            "namespace": G(lambda f: "com.luckynorth.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "CPH2581", "23078PND5G"])),
            "name": G(lambda f: f.pick(["e1s", "shiba", "OP5913L1", "marble"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "da-DK", "en-IE"])),
        "network": {
            "carrier": G(lambda f: f.pick(["Elisa", "DNA", "Telia", "TDC", "3 DK", "Vodafone IE", "Eir"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "Europe/Copenhagen", "Europe/Dublin"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2581 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "customerNumber": G(lambda f: f.digits(8)),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(51.5, 69.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-10.0, 29.0), 6), "geolocation"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LuckyNorth Sport"),
            "version": G(lambda f: f.pick(["5.2.0", "5.3.1", "5.3.4"])),
            "build": G(lambda f: f.pick(["520", "531", "534"])),
            "namespace": G(lambda f: "com.luckynorth.sport"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["fi-FI", "da-DK", "en-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "Europe/Copenhagen", "Europe/Dublin"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "location": {
            "city": Y(lambda f: city(f), "city"),
            "country": G(lambda f: f.pick(["Finland", "Denmark", "Ireland"])),
            "latitude": Y(lambda f: round(f.r.uniform(51.5, 69.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-10.0, 29.0), 6), "geolocation"),
        },
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full_name(f), "name"),
            "market": G(lambda f: market(f)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LuckyNorth Lotto"),
            "version": G(lambda f: f.pick(["3.0.4", "3.1.0"])),
            "build": G(lambda f: f.pick(["304", "310"])),
            "namespace": G(lambda f: "com.luckynorth.lotto"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 360])), "height": G(lambda f: f.pick([844, 800]))},
        "locale": G(lambda f: f.pick(["fi-FI", "da-DK", "en-IE", "ga-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/Helsinki", "Europe/Copenhagen", "Europe/Dublin"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0", "3.8.1"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(lib: str):
    def ctx(f: Fake):
        out = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
        }
        if lib == "@segment/analytics-node":
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
            out["traits"] = {
                "email": Y(lambda f: email(f), "email"),
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
            }
        if lib == "analytics-python":
            out["groupId"] = G(lambda f: f.pick(["brand_fi", "brand_dk", "brand_ie"]))
        if lib == "analytics-php":
            out["traits"] = {"email": Y(lambda f: email(f), "email")}
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin"]

# -- free text ------------------------------------------------------------------------------------


def chat_with_email(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Hi, my email is {e} and I can't log in",
            f"please send the deposit receipt to {e}",
            f"I changed my email to {e} but still get mails at the old one",
            f"Hei, sähköpostini on {e}, en saa vahvistuskoodia",
            f"Hej, min mail er {e} - kan I lukke min konto?",
            f"{e}",
        ]
    )


def ticket_with_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Please call me on {p} about my withdrawal, it has been pending 5 days",
            f"My withdrawal hasn't arrived. Best number to reach me: {p}",
            f"Voitteko soittaa numeroon {p}? Tililläni on ongelma.",
            f"Ring venligst på {p} vedr. min udbetaling",
            f"Verification keeps failing. Mobile {p}, available after 6pm",
        ]
    )


def chat_with_cpr(f: Fake) -> str:
    c = cpr(f)
    return f.pick(
        [
            f"Hej, mit CPR er {c}, jeg kan ikke logge ind med MitID",
            f"CPR {c} - hvorfor er min konto lukket?",
            f"Jeg har fået ny telefon og kan ikke logge ind. cpr nr {c}",
            f"{c} er mit cpr, I skal bare slette mig",
        ]
    )


def note_with_iban(f: Fake) -> str:
    i = iban(f)
    return f.pick(
        [
            f"Payout returned by bank, customer confirmed new account {i}",
            f"Withdrawal re-sent to {i} after name mismatch",
            f"SoF docs ok. Salary lands in {i}",
            f"Asiakas vaihtoi tilin: {i}",
        ]
    )


def gift_message(f: Fake) -> str:
    name = first(f)
    return f.pick(
        [
            f"Happy birthday {name}! Fingers crossed x",
            f"Hyvää syntymäpäivää {name}!",
            f"Tillykke med dagen {name}!",
            f"Good luck {name}, don't spend it all at once",
            f"{name} - for the jackpot on Friday!",
        ]
    )


FEEDBACK = [
    "App crashes when I open live casino",
    "Odds took ages to update during the match",
    "Would like dark mode",
    "Withdrawals are too slow",
    "Kiitos, toimii hyvin",
    "Rigtig god app",
    "Cash out button disappeared on my acca",
]

# -- events ---------------------------------------------------------------------------------------


def address_block(line2=True):
    block = {
        "line1": Y(lambda f: street(f), "address|street"),
        "city": Y(lambda f: city(f), "city"),
        "postalCode": Y(lambda f: postcode(f), "zipcode"),
        "country": G(lambda f: market(f)),
    }
    if line2:
        block["line2"] = Y(lambda f: f.pick(["B 12", "2. th.", "Apt 4", "as. 7"]), "address|street")
    return block


def selection():
    return {
        "eventId": G(lambda f: f.digits(8)),
        "eventName": G(event_name),
        "sport": G(same("match", 0)),
        "league": G(same("match", 1)),
        "market": G(lambda f: f.pick(MARKETS_BET)),
        "selectionName": G(lambda f: f.pick(SELECTIONS)),
        "odds": G(odds),
        "startTime": G(lambda f: f.iso()),
        "isLive": G(lambda f: f.pick([True, False])),
    }


def lotto_product():
    return {
        "product_id": G(lambda f: f.pick(["lotto", "eurojackpot", "vikinglotto", "keno", "daily-million"])),
        "sku": G(
            lambda f: (
                f"{f.pick(['LOT', 'EJP', 'VKL', 'KNO'])}-{f.r.randint(2024, 2025)}-W{f.r.randint(1, 52):02d}"
            )
        ),
        "name": G(
            lambda f: f.pick(
                ["Eurojackpot 2 rows", "Lotto 10 rows + Jokeri", "Vikinglotto system 7", "Keno 5"]
            )
        ),
        "category": G(lambda f: f.pick(["lottery", "instant", "keno", "subscription"])),
        "price": G(lambda f: f.pick([2.0, 4.0, 10.0, 12.5, 20.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


EVENTS = [
    # -- identity and registration ----------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "address": address_block(line2=False),
            "age": G(lambda f: f.r.randint(18, 80)),
            "createdAt": G(lambda f: f.iso()),
            "customerNumber": G(lambda f: f.digits(8)),
            "market": G(market),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "language": G(lambda f: f.pick(["fi", "sv", "da", "en"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "vipTier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(lambda f: email(f, "IE"), "email"),
            "FirstName": Y(lambda f: first(f, "IE"), "name"),
            "Surname": Y(lambda f: last(f, "IE"), "name"),
            "MobileNumber": Y(lambda f: phone(f, "IE"), "phone"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "AddressLine1": Y(lambda f: street(f, "IE"), "address|street"),
            "AddressLine2": Y(
                lambda f: f.pick(["Apt 2", "Ballymore Road", "The Grove", "Unit 14"]), "address|street"
            ),
            "Town": Y(lambda f: city(f, "IE"), "city"),
            "County": G(lambda f: f.pick(IE_PLACES)[2]),
            "Eircode": Y(lambda f: eircode(f), "zipcode"),
            "Ppsn": RED(ppsn, "national id"),
            "CustomerNumber": G(lambda f: "IE" + f.digits(7)),
            "IsSelfExcluded": G(lambda f: f.pick([True, False])),
            "MonthlyDepositLimit": G(lambda f: f.pick([200, 500, 1000, 2500])),
            "AgeBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "fornavn": Y(lambda f: first(f, "DK"), "name"),
            "efternavn": Y(lambda f: last(f, "DK"), "name"),
            "mobilnummer": Y(lambda f: phone(f, "DK"), "phone"),
            "foedselsdato": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2005)}",
                "birthdate",
            ),
            "adresse": Y(lambda f: street(f, "DK"), "address|street"),
            "postnummer": Y(lambda f: f.pick(DK_PLACES)[0], "zipcode"),
            "by": Y(lambda f: f.pick(DK_PLACES)[1], "city"),
            "email": Y(lambda f: email(f, "DK"), "email"),
            "cpr_nummer": RED(cpr, "national id"),
            "kundenummer": G(lambda f: f.digits(9)),
            "rofus_status": G(lambda f: f.pick(["ikke_registreret", "midlertidig", "endelig"])),
            "samtykke_markedsfoering": G(lambda f: f.pick([True, False])),
            "indbetalingsgraense_uge": G(lambda f: f.pick([500, 1000, 2500, 5000])),
            "oprettet": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "etunimi": Y(lambda f: first(f, "FI"), "name"),
            "sukunimi": Y(lambda f: last(f, "FI"), "name"),
            "sahkoposti": Y(lambda f: email(f, "FI"), "email"),
            "puhelin": Y(lambda f: phone(f, "FI"), "phone"),
            "henkilotunnus": RED(hetu, "national id"),
            "syntymaaika": Y(
                lambda f: f"{f.r.randint(1, 28)}.{f.r.randint(1, 12)}.{f.r.randint(1950, 2005)}", "birthdate"
            ),
            "katuosoite": Y(lambda f: street(f, "FI"), "address|street"),
            "postinumero": Y(lambda f: f.pick(FI_PLACES)[0], "zipcode"),
            "postitoimipaikka": Y(lambda f: f.pick(FI_PLACES)[1], "city"),
            "asiakasnumero": G(lambda f: f.digits(8)),
            "kieli": G(lambda f: f.pick(["fi", "sv", "en"])),
            "tunnistautunut": G(lambda f: f.pick([True, False])),
            "pelirajat_asetettu": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "PLAYER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_PHONE": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "MARKET": G(market),
            "VIP_SEGMENT": G(lambda f: f.pick(["HIGH_VALUE", "CORE", "LAPSED", "NEW"])),
            "LIFETIME_DEPOSITS_EUR": G(lambda f: f.money(10, 90000)),
            "NGR_30D_EUR": G(lambda f: f.money(-500, 4000)),
            "LAST_LOGIN_TS": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Registration Started",
        ["web"],
        {
            "step": G(lambda f: f.r.randint(1, 4)),
            "market": G(market),
            "method": G(lambda f: f.pick(["mitid", "bank_id", "manual"])),
            "promo_code": G(lambda f: f.pick(["WELCOME100", "", "FS50", "LOTTO2FOR1"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "experiment_variant": G(lambda f: f.pick(["control", "short_form", "mitid_first"])),
        },
    ),
    (
        "track",
        "Registration Completed",
        ["node", "web"],
        {
            "user_id": G(lambda f: f.uuid()),
            "customer_number": G(lambda f: f.digits(8)),
            "email": Y(email, "email"),
            "email_verified": G(lambda f: False),
            "phone_country_code": G(lambda f: f.pick(["+358", "+45", "+353"])),
            "age": G(lambda f: f.r.randint(18, 80)),
            "is_resident": G(lambda f: True),
            "referral_code": G(lambda f: f.hexid(8).upper()),
        },
    ),
    (
        "track",
        "Age Gate Passed",
        ["web"],
        {
            "dob": Y(dob, "birthdate"),
            "age": G(lambda f: f.r.randint(18, 80)),
            "passed": G(lambda f: True),
            "country": G(lambda f: "IE"),
        },
    ),
    (
        "track",
        "MitID Login Completed",
        ["node"],
        {
            "broker": G(lambda f: "criipto"),
            "transactionId": G(lambda f: f.uuid()),
            "claims": {
                "sub": G(lambda f: "{" + f.uuid() + "}"),
                "identityscheme": G(lambda f: "dkmitid"),
                "authenticationtype": G(lambda f: "urn:grn:authn:dk:mitid:substantial"),
                "uuid": G(lambda f: f.uuid()),
                "cprNumberIdentifier": RED(lambda f: cpr(f, dash=False), "national id"),
                "name": Y(lambda f: full_name(f, "DK"), "name"),
                "dateofbirth": Y(dob, "birthdate"),
                "age": G(lambda f: str(f.r.randint(18, 80))),
                "iat": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                "ial": G(lambda f: "SUBSTANTIAL"),
            },
            "cprMatched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank ID Authenticated",
        ["go"],
        {
            "provider": G(lambda f: "ftn"),
            "bank": G(
                lambda f: f.pick(["nordea", "op", "danske_bank", "s_pankki", "aktia", "mobiilivarmenne"])
            ),
            "hetu": RED(hetu, "national id"),
            "given_name": Y(lambda f: first(f, "FI"), "name"),
            "family_name": Y(lambda f: last(f, "FI"), "name"),
            "session_ref": G(lambda f: f.hexid(32)),
            "loa": G(lambda f: f.pick(["substantial", "high"])),
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "Identity Document Submitted",
        ["python"],
        {
            "document_type": G(lambda f: f.pick(["passport", "national_id_card", "driving_licence"])),
            "document_number": RED(lambda f: f.pick([passport_no(f), f.digits(9)]), "national id|passport"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["IE", "GB", "PL", "LT", "FI", "DK"])),
            "date_of_birth": Y(dob, "birthdate"),
            "ppsn": RED(ppsn, "national id"),
            "full_name": Y(full_name, "name"),
            "place_of_birth": Y(
                lambda f: f.pick(["Cork", "Warsaw", "Vilnius", "Manila", "Limerick"]), "city"
            ),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "verification_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "KYC Webhook Received",
        ["node"],
        {
            "applicantId": G(lambda f: f.hexid(24)),
            "externalUserId": G(lambda f: f.digits(8)),
            "type": G(lambda f: f.pick(["applicantReviewed", "applicantPending"])),
            "levelName": G(lambda f: f.pick(["basic-kyc-level", "sof-level", "edd-level"])),
            "reviewResult": {
                "reviewAnswer": G(lambda f: f.pick(["GREEN", "RED"])),
                "reviewRejectType": G(lambda f: f.pick(["RETRY", "FINAL", ""])),
                "rejectLabels": Many(
                    G(lambda f: f.pick(["DOCUMENT_DAMAGED", "SELFIE_MISMATCH", "EXPIRATION_DATE"])), 2
                ),
            },
            "info": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "middleName": Y(first, "name"),
                "placeOfBirth": Y(
                    lambda f: f.pick(["Helsinki", "Kraków", "Lagos", "Dublin", "Kyiv", "Aarhus"]), "city"
                ),
                "phone": Y(phone, "phone"),
                "country": G(lambda f: f.pick(["IRL", "FIN", "DNK"])),
                "nationality": Y(
                    lambda f: f.pick(["IRL", "POL", "UKR", "IND", "FIN", "DNK", "NGA"]), "citizenship"
                ),
                "idDocs": Many(
                    {
                        "idDocType": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS"])),
                        "country": G(lambda f: f.pick(["IRL", "POL", "FIN"])),
                        "number": RED(passport_no, "national id|passport"),
                        "validUntil": G(lambda f: f.date(2025, 2034)),
                    },
                    2,
                ),
                "addresses": Many(
                    {
                        "street": Y(lambda f: street(f), "address|street"),
                        "town": Y(lambda f: city(f), "city"),
                        "postCode": Y(lambda f: postcode(f), "zipcode"),
                        "country": G(lambda f: f.pick(["IRL", "FIN", "DNK"])),
                    },
                    1,
                ),
            },
            "createdAtMs": G(lambda f: str(f.epoch_ms())),
        },
    ),
    (
        "track",
        "Source Of Funds Submitted",
        ["web"],
        {
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "retired", "student"])),
            "occupation": G(lambda f: f.pick(["Nurse", "Software Engineer", "Electrician", "Teacher"])),
            "employer": G(lambda f: f.pick(["HSE", "Nokia", "Novo Nordisk", "Kone", "Intel Ireland"])),
            "annual_income": Y(lambda f: f.r.randint(18000, 180000), "salary"),
            "income_band": Y(lambda f: f.pick(["<20k", "20k-40k", "40k-60k", "60k-100k", ">100k"]), "salary"),
            "source_of_funds": G(lambda f: f.pick(["salary", "savings", "inheritance", "pension"])),
            "documents_uploaded": G(lambda f: f.r.randint(0, 3)),
            "monthly_deposit_estimate": G(lambda f: f.pick([100, 500, 1500, 5000])),
        },
    ),
    # -- sign-in and security --------------------------------------------------------------------
    (
        "track",
        "Signed In",
        MOBILE,
        {
            "method": G(lambda f: f.pick(["mitid", "bank_id", "password", "face_id"])),
            "session_id": G(lambda f: f.uuid()),
            "remember_me": G(lambda f: f.pick([True, False])),
            "two_factor_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["node"],
        {
            "username": Y(email, "email", True),
            "reason": G(lambda f: f.pick(["wrong_password", "account_locked", "self_excluded"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "locked_out": G(lambda f: f.pick([True, False])),
            "password_length": G(lambda f: f.r.randint(6, 20)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "email": Y(email, "email"),
            "link_sent": G(lambda f: True),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_last_changed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Password Reset Completed",
        ["ruby"],
        {
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "token_age_sec": G(lambda f: f.r.randint(10, 3600)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link": RED(lambda f: f"https://www.luckynorth.ie/auth/magic?token={f.hexid(48)}", "token", True),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Two Factor Verified",
        MOBILE,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "authenticator"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_last_digits": G(lambda f: f"{f.r.randint(0, 99):02d}"),
        },
    ),
    (
        "track",
        "Login Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "login-form"),
            "fields": {
                "username": Y(email, "email", True),
                "password": RED(
                    lambda f: (
                        f.pick(["Kesä2024!", "hunter2hunter", "Liverpool#1", "Sommer2023"])
                        + str(f.r.randint(1, 99))
                    ),
                    "password",
                ),
                "remember": G(lambda f: f.pick(["on", "off"])),
            },
        },
    ),
    (
        "track",
        "Session Refreshed",
        ["node"],
        {
            "session_token": RED(lambda f: f.jwt(), "token"),
            "expires_in": G(lambda f: 3600),
        },
    ),
    # -- profile -----------------------------------------------------------------------------------
    (
        "track",
        "Profile Field Updated",
        MOBILE,
        {
            "field": G(lambda f: "mobile"),
            "value": Y(phone, "phone", True),
            "previous_value": Y(phone, "phone", True),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Updated",
        ["kotlin"],
        {
            "address_line1": Y(street, "address|street"),
            "address_line2": Y(lambda f: f.pick(["B 12", "2. th.", "Apt 4", "as. 7"]), "address|street"),
            "city": Y(city, "city"),
            "postcode": Y(postcode, "zipcode"),
            "county": G(lambda f: f.pick(IE_PLACES)[2]),
            "country": G(market),
            "proof_of_address_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Marketing Preferences Updated",
        APPS,
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "push_opt_in": G(lambda f: f.pick([True, False])),
            "phone_calls_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- payments -----------------------------------------------------------------------------------
    (
        "track",
        "Deposit Initiated",
        MOBILE,
        {
            "amount": G(money),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "payment_method": G(lambda f: f.pick(["card", "mobilepay", "trustly", "apple_pay", "siirto"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "dankort"])),
            "card_last4": G(card_last4),
            "card_bin": G(lambda f: f.pick(["457173", "522168", "479271", "535110"])),
            "is_first_deposit": G(lambda f: f.pick([True, False])),
            "deposit_count": G(lambda f: f.r.randint(0, 400)),
            "bonus_code": G(lambda f: f.pick(["", "WELCOME100", "RELOAD25"])),
        },
    ),
    (
        "track",
        "Deposit Completed",
        ["java"],
        {
            "transactionId": G(lambda f: f.digits(16)),
            "pspReference": G(lambda f: f.pick(["8835", "8816"]) + f.digits(12)),
            "psp": G(lambda f: f.pick(["adyen", "worldline", "trustly"])),
            "amount": G(money),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "shopperReference": G(lambda f: "player-" + f.digits(8)),
            "shopperEmail": Y(email, "email"),
            "shopperIP": Y(lambda f: f.ipv4(), "ip"),
            "storedPaymentMethodId": RED(lambda f: f.pick(["8315", "8416"]) + f.digits(12), "token"),
            "card": {
                "holderName": Y(full_name, "name"),
                "brand": G(lambda f: f.pick(["visa", "mc", "dankort", "visa_debit"])),
                "bin": G(lambda f: f.pick(["457173", "522168", "479271"])),
                "lastFour": G(card_last4),
                "expiryMonth": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                "expiryYear": G(lambda f: str(f.r.randint(2025, 2031))),
            },
            "balanceAfter": G(lambda f: f.money(0, 5000)),
        },
    ),
    (
        "track",
        "Card Form Submitted",
        ["web"],
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder": Y(full_name, "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "save_card": G(lambda f: f.pick([True, False])),
            "form_version": G(lambda f: f.pick(["v2", "v3", "v3.1"])),
        },
    ),
    (
        "track",
        "Quick Deposit Tapped",
        ["web"],
        {
            "deposit-amount": G(lambda f: f.pick([10, 20, 50, 100])),
            "payment-method": G(lambda f: f.pick(["saved_card", "apple_pay", "mobilepay"])),
            "card-last-four": G(card_last4),
            "saved-card-holder": Y(full_name, "name"),
            "widget-position": G(lambda f: f.pick(["header", "betslip", "game_overlay"])),
            "balance-before": G(lambda f: f.money(0, 300)),
        },
    ),
    (
        "track",
        "Stripe Payment Method Attached",
        ["ruby"],
        {
            "type": G(lambda f: "payment_method.attached"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "billing_details": {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "postal_code": Y(postcode, "zipcode"),
                            "city": Y(city, "city"),
                            "country": G(market),
                        },
                    },
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(card_last4),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "fingerprint": G(
                            lambda f: "".join(
                                f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789")
                                for _ in range(16)
                            )
                        ),
                        "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", None])),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["rn", "web"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(20, 8000)),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "method": G(lambda f: f.pick(["bank_transfer", "card", "trustly"])),
            "iban": RED(iban, "bank account"),
            "bic": G(bic),
            "account_holder": Y(full_name, "name"),
            "pending_withdrawals": G(lambda f: f.r.randint(0, 3)),
            "reverse_allowed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Udbetaling Anmodet",
        ["php"],
        {
            "udbetaling_id": G(lambda f: f.digits(10)),
            "beloeb": G(lambda f: f.money(100, 50000)),
            "valuta": G(lambda f: "DKK"),
            "reg_nr": G(lambda f: f.pick(["2400", "3409", "9570", "7890", "0400"])),
            "kontonummer": RED(lambda f: f.digits(10), "bank account"),
            "kontohaver": Y(lambda f: full_name(f, "DK"), "name"),
            "status": G(lambda f: f.pick(["afventer", "godkendt", "afvist"])),
        },
    ),
    (
        "track",
        "Nosto Pyydetty",
        ["go"],
        {
            "nosto_id": G(lambda f: f.uuid()),
            "summa": G(lambda f: f.money(20, 20000)),
            "tilinumero": RED(lambda f: iban(f, "FI"), "bank account"),
            "saaja": Y(lambda f: full_name(f, "FI"), "name"),
            "viitenumero": G(viitenumero),
            "tila": G(lambda f: f.pick(["odottaa", "hyväksytty", "hylätty"])),
        },
    ),
    (
        "track",
        "Irish Bank Account Added",
        ["dotnet"],
        {
            "SortCode": G(lambda f: f.pick(["93-11-52", "90-00-17", "99-05-10"])),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "AccountName": Y(lambda f: full_name(f, "IE"), "name"),
            "Bic": G(bic),
            "IsDefault": G(lambda f: f.pick([True, False])),
            "AddedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Accounts Listed",
        ["swift"],
        {
            "accounts": Many(
                {
                    "id": G(lambda f: f.uuid()),
                    "label": RED(
                        lambda f: f"{f.pick(['Nordea', 'OP', 'Danske Bank', 'AIB', 'Lunar'])} {iban(f)}",
                        "bank account",
                        True,
                    ),
                    "type": G(lambda f: f.pick(["iban", "card"])),
                    "is_default": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- responsible gambling --------------------------------------------------------------------------
    (
        "track",
        "Deposit Limit Set",
        APPS,
        {
            "limit_type": G(lambda f: f.pick(["daily", "weekly", "monthly"])),
            "limit_amount": G(lambda f: f.pick([50, 100, 250, 500, 1000])),
            "previous_limit": G(lambda f: f.pick([None, 100, 500, 2000])),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "effective_from": G(lambda f: f.iso()),
            "is_increase": G(lambda f: f.pick([True, False])),
            "cooling_period_hours": G(lambda f: f.pick([0, 24, 72])),
        },
    ),
    (
        "track",
        "Self Exclusion Requested",
        ["web", "rn"],
        {
            "duration": G(lambda f: f.pick(["1_month", "3_months", "6_months", "permanent"])),
            "verticals": Many(G(lambda f: f.pick(["sportsbook", "casino", "lottery", "all"])), 3),
            "reason": G(lambda f: f.pick(["taking_a_break", "spending_too_much", "too_much_time", "other"])),
            "rofus_registered": G(lambda f: f.pick([True, False])),
            "excluded_until": G(lambda f: f.iso()),
            "confirmation_email_sent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Cool Off Started",
        ["kotlin", "flutter"],
        {
            "period_hours": G(lambda f: f.pick([24, 48, 168, 720])),
            "verticals": Many(G(lambda f: f.pick(["sportsbook", "casino", "lottery", "all"])), 3),
            "triggered_by": G(lambda f: f.pick(["player", "reality_check", "agent"])),
        },
    ),
    (
        "track",
        "Reality Check Shown",
        ["web", "swift", "flutter"],
        {
            "session_minutes": G(lambda f: f.r.randint(30, 240)),
            "net_result": G(lambda f: f.money(-800, 500)),
            "bets_placed": G(lambda f: f.r.randint(1, 900)),
            "action": G(lambda f: f.pick(["continue", "logout", "set_limit"])),
        },
    ),
    (
        "track",
        "Safer Gambling Interaction Logged",
        ["python"],
        {
            "interaction_id": G(lambda f: f.uuid()),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_name": Y(full_name, "name"),
            "channel": G(lambda f: f.pick(["phone", "chat", "email"])),
            "trigger": G(lambda f: f.pick(["loss_threshold", "night_play", "deposit_velocity"])),
            "pgsi_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "risk_band": Y(
                lambda f: f.pick(["non_problem", "low_risk", "moderate_risk", "problem_gambler"]), "condition"
            ),
            "disclosed_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["depression", "ADHD", "alcohol dependency", "anxiety", "bipolar disorder"]
                    ),
                    "condition|diagnosis",
                ),
                2,
            ),
            "outcome": G(lambda f: f.pick(["limits_set", "cool_off", "no_action", "closed"])),
            "follow_up_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "ROFUS Check",
        ["php"],
        {
            "tjek_id": G(lambda f: f.uuid()),
            "cpr_nummer": RED(cpr, "national id"),
            "registreret": G(lambda f: f.pick([True, False])),
            "udelukkelsestype": G(lambda f: f.pick(["ingen", "midlertidig", "endelig"])),
            "svartid_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    # -- sportsbook -----------------------------------------------------------------------------------
    (
        "track",
        "Bet Placed",
        ["swift", "kotlin", "rn", "web"],
        {
            "betslipId": G(lambda f: f.digits(16)),
            "betType": G(lambda f: f.pick(["single", "double", "acca", "system"])),
            "stake": G(lambda f: f.pick([1, 2, 5, 10, 20, 50, 100])),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "totalOdds": G(odds),
            "potentialReturn": G(lambda f: f.money(2, 5000)),
            "oddsFormat": G(lambda f: f.pick(["decimal", "fractional"])),
            "acceptOddsChanges": G(lambda f: f.pick(["any", "higher", "none"])),
            "freebetUsed": G(lambda f: f.pick([True, False])),
            "selections": Many(selection(), 4),
        },
    ),
    (
        "track",
        "Bet Settled",
        ["java"],
        {
            "bet_id": G(lambda f: f.digits(16)),
            "result": G(lambda f: f.pick(["won", "lost", "void", "half_won"])),
            "payout": G(lambda f: f.money(0, 3000)),
            "stake": G(lambda f: f.pick([1, 2, 5, 10, 20, 50, 100])),
            "settled_at": G(lambda f: f.iso()),
            "legs_won": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Race Bet Placed",
        ["web", "swift"],
        {
            "race_id": G(lambda f: f"{f.pick(TRACKS)[:3].upper()}-{f.date(2024, 2024)}-R{f.r.randint(1, 9)}"),
            "track": G(lambda f: f.pick(TRACKS)),
            "horse_name": G(lambda f: f.pick(HORSES)),
            "bet_type": G(lambda f: f.pick(["win", "each_way", "toto_v75"])),
            "stake": G(lambda f: f.pick([1, 2, 5, 10])),
            "price": G(lambda f: f.pick(["5/2", "11/4", "7/1", "evens"])),
        },
    ),
    (
        "track",
        "Spil Placeret",
        ["php"],
        {
            "kupon_id": G(lambda f: f.digits(12)),
            "indsats": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "samlet_odds": G(odds),
            "mulig_gevinst": G(lambda f: f.money(10, 20000)),
            "spiltype": G(lambda f: f.pick(["single", "kombination", "system"])),
            "kamp": G(match_name),
            "valuta": G(lambda f: "DKK"),
        },
    ),
    # -- casino ---------------------------------------------------------------------------------------
    (
        "track",
        "Game Launched",
        ["web", "kotlin"],
        {
            "game_id": G(draw("game", GAMES, 0)),
            "game_name": G(same("game", 1)),
            "provider": G(same("game", 2)),
            "category": G(same("game", 3)),
            "is_demo": G(lambda f: f.pick([True, False])),
            "launch_source": G(lambda f: f.pick(["lobby", "search", "recently_played", "promo"])),
            "position": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Game Round Completed",
        ["node"],
        {
            "roundId": G(lambda f: f.hexid(20)),
            "gameId": G(draw("game", GAMES, 0)),
            "provider": G(same("game", 2)),
            "bet": G(lambda f: f.pick([0.2, 0.5, 1.0, 2.0, 5.0])),
            "win": G(lambda f: f.pick([0.0, 0.0, 0.4, 1.5, 12.0, 250.0])),
            "balanceAfter": G(lambda f: f.money(0, 3000)),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "bonusMoneyUsed": G(lambda f: f.pick([True, False])),
            "table": {
                "tableId": G(lambda f: f.hexid(16)),
                "dealerName": Y(lambda f: first(f), "name"),
                "seat": G(lambda f: f.r.randint(1, 7)),
            },
        },
    ),
    (
        "track",
        "Pelikierros Päättynyt",
        ["go"],
        {
            "kierros_id": G(lambda f: f.hexid(20)),
            "peli": G(lambda f: f.pick(["Kasino Jokeri", "Tuplapotti", "Pajatso", "Ässäkeno"])),
            "panos": G(lambda f: f.pick([0.2, 0.5, 1.0, 2.0])),
            "voitto": G(lambda f: f.pick([0.0, 0.0, 0.6, 3.0, 40.0])),
            "saldo": G(lambda f: f.money(0, 2000)),
            "kesto_ms": G(lambda f: f.r.randint(500, 5000)),
        },
    ),
    # -- lottery --------------------------------------------------------------------------------------
    (
        "track",
        "Lottery Ticket Purchased",
        ["flutter", "web"],
        {
            "ticketId": G(lambda f: f.digits(14)),
            "game": G(lambda f: f.pick(LOTTERIES)),
            "drawId": G(lambda f: f.r.randint(1200, 1800)),
            "drawDate": G(lambda f: f.date(2024, 2025)),
            "rows": G(lambda f: f.r.randint(1, 12)),
            "numbers": Many(G(lambda f: f.r.randint(1, 50)), 7),
            "euroNumbers": Many(G(lambda f: f.r.randint(1, 12)), 2),
            "jokeri": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: f.pick([2.0, 4.0, 10.0, 12.5])),
        },
    ),
    (
        "track",
        "Gift Ticket Sent",
        ["web", "flutter"],
        {
            "ticket_id": G(lambda f: f.digits(14)),
            "game": G(lambda f: f.pick(LOTTERIES)),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "recipient_phone": Y(phone, "phone"),
            "message": Y(gift_message, "name", True),
            "send_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Prize Claim Submitted",
        ["python"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "ticket_id": G(lambda f: f.digits(14)),
            "prize_tier": G(lambda f: f.pick(["5+2", "5+1", "6 oikein", "match 5 + bonus"])),
            "prize_amount": G(lambda f: f.money(10000, 9000000)),
            "claimant": {
                "full_name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "iban": RED(iban, "bank account"),
                "national_id": RED(national_id, "national id"),
                "address": Y(full_address, "address"),
                "date_of_birth": Y(dob, "birthdate"),
            },
            "collection_office": {
                "name": G(draw("office", OFFICES, 0)),
                "address": G(same("office", 1)),
                "phone": G(same("office", 2)),
            },
            "tax_withheld": G(lambda f: f.money(0, 200000)),
            "publicity_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["flutter", "swift"],
        {
            "name": G(
                lambda f: f.pick(["Toimiston porukka", "Kontorets Lotto", "Friday Syndicate", "Mökkiporukka"])
            ),
            "game": G(lambda f: f.pick(LOTTERIES)),
            "members": G(lambda f: f.r.randint(2, 40)),
            "share_price": G(lambda f: f.pick([2.5, 5.0, 10.0])),
            "organiser_name": Y(full_name, "name"),
            "organiser_email": Y(email, "email"),
            "organiser_phone": Y(phone, "phone"),
            "created_at": G(lambda f: f.iso()),
            "is_public": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Retailer Located",
        ["swift", "kotlin"],
        {
            "search_lat": Y(lambda f: round(f.r.uniform(51.5, 69.5), 5), "geolocation"),
            "search_lng": Y(lambda f: round(f.r.uniform(-10.0, 29.0), 5), "geolocation"),
            "retailer": {
                "id": G(lambda f: f.digits(6)),
                "name": G(draw("shop", RETAILERS, 0)),
                "address": G(same("shop", 1)),
                "city": G(same("shop", 2)),
                "phone": G(same("shop", 3)),
                "lat": G(same("shop", 4)),
                "lng": G(same("shop", 5)),
            },
            "distance_km": G(lambda f: f.money(0, 15)),
        },
    ),
    # -- bonuses and e-commerce -----------------------------------------------------------------------
    (
        "track",
        "Bonus Claimed",
        ["web", "swift"],
        {
            "bonus_id": G(lambda f: "bn_" + f.hexid(10)),
            "bonus_code": G(lambda f: f.pick(["WELCOME100", "FS50", "ACCA_BOOST", "LOTTO2FOR1"])),
            "bonus_type": G(lambda f: f.pick(["deposit_match", "free_spins", "free_bet", "odds_boost"])),
            "amount": G(lambda f: f.pick([10, 25, 50, 100])),
            "wagering_multiplier": G(lambda f: f.pick([10, 20, 35])),
            "expires_at": G(lambda f: f.iso()),
            "eligible_games": Many(G(lambda f: f.pick(GAMES)[0]), 3),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "flutter"],
        {
            **lotto_product(),
            "currency": G(lambda f: "EUR"),
            "jackpot_amount": G(lambda f: f.pick([10e6, 42e6, 120e6])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "flutter"],
        {
            "order_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(2, 60)),
            "revenue": G(lambda f: f.money(2, 60)),
            "currency": G(lambda f: f.pick(["EUR", "DKK"])),
            "coupon": G(lambda f: f.pick(["", "LOTTO2FOR1", "EJP5OFF", "KENOFREE"])),
            "payment_method": G(lambda f: f.pick(["balance", "card", "mobilepay"])),
            "products": Many(lotto_product(), 3),
        },
    ),
    (
        "track",
        "Friend Referred",
        ["rn"],
        {
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "friend_email": Y(email, "email"),
            "friend_name": Y(first, "name"),
            "friend_phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 20, 25, 50])),
        },
    ),
    (
        "track",
        "VIP Tier Changed",
        ["ruby"],
        {
            "from_tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "to_tier": G(lambda f: f.pick(["silver", "gold", "platinum"])),
            "host_name": Y(full_name, "name"),
            "host_phone": Y(phone, "phone"),
            "host_email": G(
                lambda f: f.pick(["vip@luckynorth.ie", "vip@luckynorth.dk", "vip@luckynorth.fi"])
            ),
            "points": G(lambda f: f.r.randint(0, 250000)),
            "member_number": G(lambda f: "M" + f.digits(9)),
        },
    ),
    # -- support and messaging -----------------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: "user"),
            "visitor": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "text": Y(chat_with_email, "email", True),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Chat Besked Modtaget",
        ["php"],
        {
            "samtale_id": G(lambda f: f.digits(10)),
            "besked": RED(chat_with_cpr, "national id", True),
            "kanal": G(lambda f: f.pick(["chat", "messenger", "email", "app"])),
            "tidspunkt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Withdrawal pending",
                            "Cannot verify account",
                            "Bonus not credited",
                            "Close my account",
                        ]
                    )
                ),
                "description": Y(ticket_with_phone, "phone", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "tags": Many(G(lambda f: f.pick(["payments", "kyc", "rg", "vip", "fi", "dk", "ie"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat"]))},
                "recipient": G(
                    lambda f: f.pick(
                        ["support@luckynorth.fi", "kundeservice@luckynorth.dk", "help@luckynorth.ie"]
                    )
                ),
                "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
                "collaborators": Many({"email": Y(email, "email")}, 2),
                "assignee": {
                    "name": Y(full_name, "name"),
                    "email": Y(staff_email, "email"),
                },
                "group": G(lambda f: f.pick(["Payments", "KYC", "Safer Gambling", "General"])),
            },
        },
    ),
    (
        "track",
        "Feedback Submitted",
        APPS,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(FEEDBACK)),
            "screen": G(lambda f: f.pick(["Betslip", "Cashier", "Casino Lobby", "Lotto"])),
            "nps": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    (
        "track",
        "Customer Lookup",
        ["java"],
        {
            "q": RED(lambda f: f.pick([hetu, cpr, ppsn])(f), "national id", True),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "results": G(lambda f: f.r.randint(0, 2)),
            "tool": G(lambda f: "backoffice"),
        },
    ),
    (
        "track",
        "Cashier Note Added",
        ["java"],
        {
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
            "note": RED(note_with_iban, "bank account", True),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "category": G(lambda f: f.pick(["payout", "sof", "chargeback"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["dotnet"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(phone, "phone"),
            "Caller": Y(phone, "phone"),
            "To": G(lambda f: f.pick(["+358942001000", "+4570101010", "+35318364444"])),
            "CallerName": Y(lambda f: full_name(f).upper(), "name"),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(20, 1800))),
            "FromCountry": G(lambda f: f.pick(["FI", "DK", "IE"])),
            "QueueName": G(lambda f: f.pick(["payments_fi", "kyc_dk", "general_ie"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "email_id": G(lambda f: f.hexid(24)),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.luckynorth.com>"),
            "recipient": Y(email, "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@luckynorth.fi", "no-reply@luckynorth.dk", "news@luckynorth.ie"])
            ),
            "template": G(lambda f: f.pick(["deposit_receipt", "weekly_draw_results", "kyc_reminder"])),
            "subject": G(
                lambda f: f.pick(["Your deposit receipt", "Eurojackpot results", "Verify your account"])
            ),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        {
            "to": Y(phone, "phone", True),
            "sender_id": G(lambda f: "LuckyNorth"),
            "template": G(lambda f: f.pick(["otp", "draw_reminder", "withdrawal_paid"])),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    # -- marketing ------------------------------------------------------------------------------------
    (
        "track",
        "CAPI Purchase Forwarded",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: f.pick(
                    [
                        "https://www.luckynorth.ie/cashier",
                        "https://www.luckynorth.fi/kassa",
                        "https://www.luckynorth.dk/kasse",
                    ]
                )
            ),
            "user_data": {
                "email_sha256": Y(lambda f: f.hexid(64), "email"),
                "phone_sha256": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "external_id": G(lambda f: f.digits(8)),
            },
            "custom_data": {"value": G(lambda f: f.money(10, 500)), "currency": G(lambda f: "EUR")},
        },
    ),
    (
        "track",
        "Affiliate Postback Sent",
        ["ruby"],
        {
            "affiliate_id": G(lambda f: f.digits(5)),
            "campaign": G(
                lambda f: f.pick(["nordic_casino_q3", "ie_racing", "dk_superliga", "fi_lotto_ppc"])
            ),
            "ftd": G(lambda f: f.pick([True, False])),
            "ftd_amount": G(lambda f: f.money(10, 500)),
            "commission_model": G(lambda f: f.pick(["cpa", "revshare", "hybrid"])),
            "player_ref": G(lambda f: f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "fullName": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthYear": Y(lambda f: f.r.randint(1950, 2005), "birthdate"),
            "city": Y(city, "city"),
            "postcode": Y(postcode, "zipcode"),
            "favouriteGame": G(lambda f: f.pick(LOTTERIES)),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Affordability Check Completed",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["Experian", "Creditinfo", "Bisnode", "Asiakastieto"])),
            "subject": {
                "full_name": Y(full_name, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "address_line1": Y(street, "address|street"),
                "town": Y(city, "city"),
                "postcode": Y(postcode, "zipcode"),
                "national_id": RED(national_id, "national id"),
            },
            "credit_score": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "estimated_net_income": Y(lambda f: f.r.randint(1200, 9000), "salary"),
            "result": G(lambda f: f.pick(["pass", "refer", "fail"])),
            "max_monthly_loss": G(lambda f: f.pick([250, 500, 1000, 3000])),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["web", "swift"],
        {
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
            "relationship": G(lambda f: f.pick(["partner", "parent", "sibling", "friend"])),
            "notify_on": Many(
                G(lambda f: f.pick(["limit_increase", "self_exclusion_end", "large_deposit"])), 3
            ),
        },
    ),
    (
        "track",
        "Syndicate Member Invited",
        ["flutter"],
        {
            "syndicate_id": G(lambda f: "syn_" + f.hexid(10)),
            "invitee_name": Y(full_name, "name"),
            "invitee_email": Y(email, "email"),
            "invitee_phone": Y(phone, "phone"),
            "shares": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Chargeback Received",
        ["java"],
        {
            "disputeId": G(lambda f: "dp_" + f.hexid(20)),
            "reasonCode": G(lambda f: f.pick(["10.4", "13.1", "4837", "4853"])),
            "amount": G(lambda f: f.money(10, 2000)),
            "maskedPan": G(lambda f: f"{f.pick(['457173', '522168', '479271'])}******{card_last4(f)}"),
            "arn": G(lambda f: "7" + f.digits(22)),
            "cardholderName": Y(full_name, "name"),
            "cardholderEmail": Y(email, "email"),
            "billingAddress": Y(full_address, "address"),
            "ipAtPurchase": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Geolocation Check Passed",
        ["web"],
        {
            "geo": {
                "latitude": Y(lambda f: round(f.r.uniform(51.5, 55.3), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-10.4, -6.0), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 2000)),
            },
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "isp": G(lambda f: f.pick(["Eir", "Virgin Media Ireland", "Vodafone Ireland", "Three Ireland"])),
            "vpn_detected": G(lambda f: f.pick([True, False])),
            "jurisdiction": G(lambda f: "IE"),
        },
    ),
    (
        "track",
        "Winner Story Consent Given",
        ["web"],
        {
            "winner_id": G(lambda f: f.digits(8)),
            "photo_url": Y(lambda f: f"https://cdn.luckynorth.com/winners/{f.hexid(12)}.jpg", "photo"),
            "display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "home_town": Y(city, "city"),
            "prize_amount": G(lambda f: f.money(10000, 9000000)),
        },
    ),
    (
        "track",
        "Asiakastiedot Päivitetty",
        ["go"],
        {
            "muutettu_kentta": G(lambda f: f.pick(["sahkoposti", "puhelin", "sahkoposti,puhelin"])),
            "vanha_sahkoposti": Y(lambda f: email(f, "FI"), "email"),
            "uusi_sahkoposti": Y(lambda f: email(f, "FI"), "email"),
            "uusi_puhelin": Y(lambda f: phone(f, "FI"), "phone"),
            "muutettu": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        {
            "full_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "topic": G(lambda f: f.pick(["payments", "account", "responsible_gaming", "other"])),
            "comment": G(lambda f: f.pick(FEEDBACK)),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "rn"],
        {
            "input": Y(lambda f: street(f), "address|street", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: f.pick(["google_places", "loqate", "dawa"])),
        },
    ),
    # -- page and screen calls ------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        {
            "name": G(lambda f: f.pick(["Home", "Sportsbook", "Casino Lobby", "Lotto", "Cashier"])),
            "path": G(lambda f: f.pick(["/", "/sport/football", "/casino", "/lotto/eurojackpot"])),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.luckynorth.fi/",
                        "https://www.luckynorth.dk/casino",
                        "https://www.luckynorth.ie/lotto",
                    ]
                )
            ),
            "title": G(lambda f: f.pick(["LuckyNorth", "Casino", "Lotto"])),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.facebook.com/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?tab=live", "?promo=welcome"])),
        },
    ),
    (
        "screen",
        None,
        ["swift", "kotlin", "flutter"],
        {
            "name": G(lambda f: f.pick(["Sportsbook", "Betslip", "Cashier", "Lotto Home", "My Limits"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Casino Lobby", "Account"])),
            "tab": G(lambda f: f.pick(["live", "upcoming", "favourites"])),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(8),
            }
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "syn_" + f.hexid(10)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            if kind in ("page", "screen"):
                msg["name"] = msg["properties"]["name"]
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=170, repeats=26)
    write(Path(__file__).parent, "holdout170_", events, labels)
