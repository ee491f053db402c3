"""Writes holdout106: tests/corpus/holdout106_events.jsonl and holdout106_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author; only build.py, fake.py
and build_holdout3.py (for the format) were read.

Domain: a news publisher ("Meridian Post") with a paywall in the US, the UK and Germany: article
pages and screens, scroll depth, registration walls, newsletters and their e-mail service
webhooks, subscriptions (Stripe-, App Store-, Play-, GoCardless- and SEPA-shaped payments), gift
subscriptions, comments and letters to the editor, podcasts (Segment's video/audio spec),
puzzles and leaderboards, tips to the newsroom through a secure contact form, event tickets and
check-in and transfers, consent (OneTrust / TCF), account settings (profile, security questions,
an autocaptured login form, age verification), family-plan members (dependants), reader services
(chat, hotline, notes, callbacks, corrections), print subscriptions and holiday stops, freelance
contributors' payment details, reader surveys, pet photos, Facebook Conversions API payloads.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter, and the
python, node, go, java, ruby, php and .NET server libraries, each with the `context` its library
sends (context.ip, context.traits, device, app, library, locale, userAgent, campaign, consent,
location, externalIds).

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (.NET identify and
group, Twilio webhooks, OneTrust), kebab-case (an edge worker's request headers),
SCREAMING_SNAKE (a warehouse reverse-ETL identify) and German backend keys (SEPA subscriptions,
letters, freelancer onboarding). Values come from many cultures and three countries' formats:
US/UK/DE phone numbers, postcodes and addresses, Luhn-valid cards, mod-97 IBANs, SSA-structured
SSNs, checksummed UK UTRs and German Steuer-IDs, valid-prefix NI numbers.

Labelling rules (the product's default colours):
- Every leaf path gets classification, type (the reference's matcher name, or `bank account`,
  `geolocation`, `secret`, `national id`, `advertising id`, `credit card`, `token`, `political
  opinion`, `trade union`; `a|b` when either is fair) and value_only.
- PII = personal data about a natural person: the reader, a gift recipient, an attendee, a
  commenter, a letter writer, a tipster, a caller, a journalist (bylines, podcast hosts, agents
  and freelancers are staff: their names are PII too). Colours: the reference's default for the
  matcher; outside it red for credentials/secrets/tokens, card numbers, bank accounts,
  government ids and health, yellow otherwise.
- Green: ids we or our vendors issue (user, order, subscription, Stripe cus_/pi_ ids, mandate ids,
  transaction ids, Message-IDs, ticket barcodes, customer numbers / Kundennummer), UUID tokens
  (appAccountToken, a Places session token), versions, timestamps, amounts, enums, counters and
  booleans under PII-sounding keys, hashes of non-PII (a hashed user id, a hashed country code,
  file digests), card brand / last four / expiry / BIN, routing numbers, sort codes and BICs,
  ages and age bands, marital status, job titles, employers, a business's own phone, address and
  role mailboxes (box office, support@, a company's billing inbox, the publisher's hotline number
  in a Twilio webhook, an SMS short code), places that are not the reader's (a venue, a
  searched weather city and its coordinates), pets' names and photos, product / plan / podcast /
  puzzle / company / university names, user agents, OS-issued device ids.
- Contested cases follow the product's published policy: click and browser ids from ad platforms
  (gclid, fbclid, msclkid, fbp, fbc) are yellow `advertising id`; billing and delivery addresses
  are the person's (yellow `address`); pay rates, income bands and salaries are yellow `salary`;
  political opinions and union membership are yellow; payment-method tokens (Stripe pm_), Play
  purchase tokens, one-time codes, gift redemption codes and password-reset links are red
  `token`; government ids (SSN and its last four, NI number, UTR, Steuer-ID) and identity
  documents' numbers are red.
- Credentials: a password captured by a form autotracker and an answer to a security question
  are red (`password`, `password|secret`): the answer unlocks the account whatever it looks like.
- Special categories revealed by a boolean or enum are labelled as that category: accessibility
  needs, a screen reader or a dyslexia font in use are red `disability` (a careful owner would
  rather flag a screen-reader flag than guess it belongs to a tester); dietary requirements
  (halal, kosher, coeliac) are yellow `allergy|religion`; `Anrede` (Herr / Frau / Divers) is yellow
  `gender`.
- Hashed matching keys an ad platform uses to find the person (CAPI `em`, `ph`, `fn`, `ln`, `db`,
  `ge`, `ct`, `zp`: SHA-256 of a normalised e-mail, phone, name, birth date, gender, city,
  postcode) are labelled as what they stand
  for (they identify the person across platforms), not value_only since the platform's key names
  them; hashes of non-PII in the same object (`country`, `external_id`) are green.
- The caller's side of a telephony webhook (Twilio `From`, `CallerName`, `FromCity`, `FromZip`) is
  the person's; the publisher's side (`To`, `ToCity`) and regions and countries are green. A city
  a reader types as their own location (`author_town`, a commenter's `location`) is yellow `city`.
- An Apple advertisingId of all zeros (tracking denied) still sits under a key that carries IDFAs:
  the path is labelled by its key.
- value_only is true when the key does not say what the value is (`value`, `label`, `input`,
  `text`, `Text`, `note`, `q`, `message`, `body`, `id`, a gift or share message) and only the
  value reveals it; such a PII path holds that PII in every one of its values (every gift message
  is signed, every chat message quotes an address, every tip gives a number to call). Free text
  that carries no personal data in any value (comments on articles, cancellation reasons,
  captions, delivery notes) is green.
"""

import base64
import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people and places --------------------------------------------------------------------------

FIRSTS = [
    *FIRST,
    "Lukas",
    "Leonie",
    "Mehmet",
    "Ayşe",
    "Aoife",
    "Siobhan",
    "Chidi",
    "Ngozi",
    "Jin-woo",
    "Min-ji",
    "Thanh",
    "Dmitri",
    "Agnieszka",
    "Rafael",
    "Guadalupe",
    "Tariq",
    "Anjali",
    "Ingrid",
    "Kofi",
    "Esperanza",
    "Wei",
    "Hamid",
    "Freya",
    "Callum",
    "Rhiannon",
    "DeShawn",
    "Latoya",
    "Giulia",
    "Jürgen",
    "Katrin",
    "Malik",
    "Naledi",
    "Oluwaseun",
    "Saoirse",
    "Tomasz",
    "Yasmin",
    "Zeynep",
    "Margaret",
    "Harold",
    "Brenda",
]
LASTS = [
    *LAST,
    "Schneider",
    "Fischer",
    "Weber",
    "Yılmaz",  # noqa: RUF001
    "Demir",
    "Kelly",
    "Murphy",
    "Adeyemi",
    "Eze",
    "Kim",
    "Park",
    "Tran",
    "Novak",
    "Hernández",
    "Martínez",
    "Rahman",
    "Sharma",
    "Iyer",
    "Johansson",
    "Asante",
    "Boateng",
    "Jones",
    "Williams",
    "Evans",
    "Washington",
    "Becker",
    "Hoffmann",
    "Zimmermann",
    "Wagner",
    "Cohen",
    "MacDonald",
    "Fitzgerald",
    "Reyes",
    "Wong",
    "Li",
]
ASCII = str.maketrans(
    {"é": "e", "ö": "oe", "ü": "ue", "ä": "ae", "ş": "s", "ı": "i", "á": "a", "í": "i", "ñ": "n", "'": ""}  # noqa: RUF001
)
MAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.de",
    "post.example.co.uk",
    "inbox.example.io",
]
US_CITIES = [
    ("New York", "NY"),
    ("Chicago", "IL"),
    ("Austin", "TX"),
    ("Seattle", "WA"),
    ("Boston", "MA"),
    ("Denver", "CO"),
    ("Atlanta", "GA"),
    ("Philadelphia", "PA"),
    ("Portland", "OR"),
    ("Minneapolis", "MN"),
]
UK_CITIES = [
    "London",
    "Manchester",
    "Leeds",
    "Glasgow",
    "Bristol",
    "Cardiff",
    "Birmingham",
    "Edinburgh",
    "Norwich",
]
DE_CITIES = [
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt am Main",
    "Leipzig",
    "Stuttgart",
    "Dresden",
    "Freiburg",
]
US_STREETS = ["Main St", "Oak Avenue", "Maple Lane", "W 86th St", "Elm Street", "Cedar Dr", "Lakeview Ave"]
UK_STREETS = [
    "Acacia Avenue",
    "Victoria Road",
    "Church Lane",
    "High Street",
    "Mill Road",
    "Albert Street",
    "Kingsway",
]
DE_STREETS = [
    "Hauptstraße",
    "Bahnhofstraße",
    "Lindenallee",
    "Goethestraße",
    "Bergmannstraße",
    "Kastanienweg",
    "Am Stadtpark",
]


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a, b = first(f).lower().translate(ASCII), last(f).lower().translate(ASCII).replace(" ", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b[:1]}{f.r.randint(1, 99)}", f"{a[:1]}{b}", f"{a}_{b}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def country(f: Fake) -> str:
    return f.pick(["US", "US", "GB", "GB", "DE"])


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone_uk(f: Fake) -> str:
    n = f.r.randint(100000, 999999)
    return f.pick(
        [
            f"07{f.r.randint(400, 999)} {n}",
            f"+44 7{f.r.randint(400, 999)} {n}",
            f"+447{f.r.randint(400, 999)}{n}",
            f"020 7946 0{f.r.randint(100, 999)}",
            f"0161 496 0{f.r.randint(100, 999)}",
        ]
    )


def phone_de(f: Fake) -> str:
    return f.pick(
        [
            f"+49 151 {f.r.randint(10000000, 99999999)}",
            f"0171 {f.r.randint(1000000, 9999999)}",
            f"+49 (0)30 {f.r.randint(1000000, 99999999)}",
            f"089 {f.r.randint(100000, 9999999)}",
            f"+4917{f.r.randint(0, 9)}{f.r.randint(1000000, 9999999)}",
        ]
    )


def phone(f: Fake) -> str:
    return f.pick([phone_us, phone_us, phone_uk, phone_de])(f)


def uk_postcode(f: Fake) -> str:
    area = f.pick(["SW", "SE", "N", "NW", "E", "M", "LS", "G", "BS", "CF", "B", "EH", "NR"])
    tail = "".join(f.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(1, 9)}{tail}"


def postcode(f: Fake) -> str:
    kind = f.pick(["us", "us4", "uk", "de"])
    if kind == "us":
        return f"{f.r.randint(1001, 99950):05d}"
    if kind == "us4":
        return f"{f.r.randint(1001, 99950):05d}-{f.r.randint(1, 9999):04d}"
    if kind == "uk":
        return uk_postcode(f)
    return f"{f.r.randint(1067, 99998):05d}"


def street(f: Fake) -> str:
    kind = f.pick(["us", "uk", "de"])
    if kind == "us":
        return f"{f.r.randint(1, 9999)} {f.pick(US_STREETS)}"
    if kind == "uk":
        return f"{f.r.randint(1, 200)} {f.pick(UK_STREETS)}"
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 120)}{f.pick(['', '', 'a', 'b'])}"


def unit(f: Fake) -> str:
    return f.pick(
        ["Apt 4B", "Flat 3", "Unit 12", "2. OG links", "Suite 210", "Flat 7, Rowan House", "Apt 1102"]
    )


def city(f: Fake) -> str:
    return f.pick([f.pick(US_CITIES)[0], f.pick(UK_CITIES), f.pick(DE_CITIES)])


def one_line_address(f: Fake) -> str:
    kind = f.pick(["us", "uk", "de"])
    if kind == "us":
        c, s = f.pick(US_CITIES)
        return f"{f.r.randint(1, 9999)} {f.pick(US_STREETS)}, {c}, {s} {f.r.randint(1001, 99950):05d}"
    if kind == "uk":
        return f"{f.r.randint(1, 200)} {f.pick(UK_STREETS)}, {f.pick(UK_CITIES)} {uk_postcode(f)}"
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 120)}, {f.r.randint(1067, 99998):05d} {f.pick(DE_CITIES)}"


def de_street(f: Fake) -> str:
    return f.pick(DE_STREETS)


def us_lat_lon(f: Fake) -> tuple[float, float]:
    return round(f.r.uniform(25.5, 48.5), 6), round(f.r.uniform(-123.5, -71.0), 6)


def lat(f: Fake) -> float:
    return f.pick(
        [
            round(f.r.uniform(25.5, 48.5), 6),
            round(f.r.uniform(50.2, 57.5), 6),
            round(f.r.uniform(47.6, 54.6), 6),
        ]
    )


def lon(f: Fake) -> float:
    return f.pick(
        [
            round(f.r.uniform(-123.5, -71.0), 6),
            round(f.r.uniform(-4.5, 1.7), 6),
            round(f.r.uniform(6.1, 14.9), 6),
        ]
    )


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a02:8109", "2600:1700", "2a00:23c5", "2003:e5", "2601:647"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.pick([f.ipv4(), f.ipv4(), f.ipv4(), ipv6(f)])


def alnum(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def urlsafe(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def steuer_id(f: Fake) -> str:
    """German tax id: ten digits with one digit twice, then the ISO 7064 MOD 11,10 check digit."""
    while True:
        pool = f.r.sample(range(10), 9)
        pool.append(f.pick(pool))
        f.r.shuffle(pool)
        if pool[0] != 0:
            break
    product = 10
    for d in pool:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, pool)) + str(check)


def utr(f: Fake) -> str:
    """UK Unique Taxpayer Reference: a check digit in front of nine weighted digits."""
    body = [f.r.randint(0, 9) for _ in range(9)]
    total = sum(d * w for d, w in zip(body, [6, 7, 8, 9, 10, 5, 4, 3, 2], strict=True))
    check = 11 - total % 11
    check = check - 9 if check > 9 else check
    return str(check) + "".join(map(str, body))


def ni_number(f: Fake) -> str:
    while True:
        a, b = f.pick("ABCEGHJKLMNOPRSTWXYZ"), f.pick("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = f.digits(6)
    s = f.pick("ABCD")
    return f.pick([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


# -- content --------------------------------------------------------------------------------------

HEADLINES = [
    "City council approves new transit budget",
    "How the heatwave is reshaping farming",
    "Inflation eases for a third month",
    "Inside the race to build cheaper batteries",
    "Late goal seals the derby",
    "Housing costs push families out of the capital",
    "What the new pension rules mean for you",
    "Election night: live results",
    "Rail strike: what you need to know",
    "Warum die Mieten weiter steigen",
    "Review: a quietly brilliant debut novel",
    "The mayor's plan for the waterfront, explained",
]
SECTIONS = [
    "politics",
    "business",
    "sport",
    "culture",
    "opinion",
    "science",
    "local",
    "lifestyle",
    "wirtschaft",
]
PLANS = [
    "All Access Digital",
    "Digital Basic",
    "Print + Digital Weekend",
    "Puzzles Only",
    "Digital Plus Jahresabo",
]
NEWSLETTERS = [
    "Morning Briefing",
    "The Week in Review",
    "Election Watch",
    "Puzzle Digest",
    "Guten Morgen Berlin",
]
PROGRAMS = ["Meridian Daily", "The Long Read", "Das Wochenend-Briefing", "Match Report", "Money Talks"]
PUZZLES = ["crossword", "mini_crossword", "sudoku", "spelling_bee", "wortgitter", "connections"]
EDITIONS = ["us", "uk", "de"]


def article_id(f: Fake) -> int:
    return f.r.randint(4_000_000, 4_999_999)


def article_url(f: Fake) -> str:
    ed = f.pick(EDITIONS)
    month = f"{f.r.randint(1, 12):02d}"
    return f"https://www.meridianpost.example/{ed}/{f.pick(SECTIONS)}/2024/{month}/{article_id(f)}"


def plan_sku(f: Fake) -> str:
    return f.pick(["DIG-ANN-USD", "DIG-MON-USD", "DIG-MON-GBP", "PRT-WKD-GBP", "DIG-JAHR-EUR", "PZL-ANN-USD"])


def personal_message(f: Fake) -> str:
    return f.pick(
        [
            f"Thought you'd find this interesting. — {first(f)}",
            f"Saw this and thought of our chat! x {first(f)}",
            f"Worth a read. Cheers, {first(f)}",
            f"From {first(f)}: you have to read this one",
            f"Hab das gelesen und an dich gedacht. LG {first(f)}",
        ]
    )


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Happy birthday {first(f)}! Enjoy the crosswords. Love, {first(f)}",
            f"Merry Christmas, {first(f)} — now you can stop borrowing my login! {first(f)}",
            f"Congratulations on the new job, {first(f)}. From {first(f)} & {first(f)}",
            f"Frohe Weihnachten, liebe {first(f)}! Deine {first(f)}",
            f"For {first(f)}, who reads every word. Happy anniversary — {first(f)}",
        ]
    )


def letter_body(f: Fake) -> str:
    opening = f.pick(
        [
            "Your report on the transit budget missed the point: riders need frequency, not new stations.",
            "As a teacher of thirty years I was moved by your piece on school funding.",
            "I must correct a figure in last Saturday's column on pension reform.",
            "Thank you for the long read on the heatwave; our allotment society discussed it at length.",
        ]
    )
    return f"{opening}\n\n{full(f)}, {city(f)}"


def leserbrief(f: Fake) -> str:
    opening = f.pick(
        [
            "Ihr Artikel über die Mietpreise hat mich sehr bewegt.",
            "Leider enthält der Bericht über den Nahverkehr einen Fehler.",
            "Vielen Dank für die ausgewogene Berichterstattung zur Wahl.",
        ]
    )
    return f"{opening}\n\nMit freundlichen Grüßen\n{full(f)}, {f.pick(DE_CITIES)}"


def tip_message(f: Fake) -> str:
    return f.pick(
        [
            f"I work in procurement at the county. The paving contracts were split to avoid tender. "
            f"Call me on {phone(f)} after 6pm, never at work.",
            f"Our care home has been understaffed for months and the inspection report was changed. "
            f"Signal only: {phone(f)}",
            f"Ich habe Unterlagen zur Vergabe am Flughafen. Bitte nur abends anrufen: {phone_de(f)}",
            f"The factory has been dumping at night again, I have photos. Text {phone(f)}.",
        ]
    )


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, I can't log in, my account email is {email(f)}",
            f"I was charged twice this month, the account is under {email(f)}",
            f"Please cancel the subscription for {email(f)}, thanks",
            f"Can you change my login to {email(f)}? The old one is closed",
            f"Gift code not working, I bought it with {email(f)}",
        ]
    )


def agent_note(f: Fake) -> str:
    return f.pick(
        [
            f"Reader called from {phone(f)} about missed Saturday delivery",
            f"Callback requested on {phone(f)} re: renewal price",
            f"Spoke to reader, alternative number {phone(f)}",
            f"Reader rang ({phone(f)}) to dispute annual charge, refund issued",
        ]
    )


def obituary_query(f: Fake) -> str:
    return f.pick([full(f), f"{last(f)} obituary", f"obituary {full(f)}", f"{full(f).lower()}"])


def comment_text(f: Fake) -> str:
    return f.pick(
        [
            "Great reporting, more of this please.",
            "The chart in the third paragraph has the axes swapped.",
            "This is the best explainer I've read on the subject.",
            "Paywall again? I'll wait for the free summary.",
            "Spot on about the trains.",
            "Danke für den Artikel!",
        ]
    )


def message_id(f: Fake) -> str:
    return f"<{f.hexid(20)}.{f.digits(6)}@mail.meridianpost.example>"


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def click_id(f: Fake) -> str:
    return f.pick(["Cj0KCQjw" + urlsafe(f, 80), "IwAR" + urlsafe(f, 58), f.hexid(32)])


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.{f.pick([1, 2])}.{f.epoch_ms()}.IwAR{urlsafe(f, 58)}"


def tcf(f: Fake) -> str:
    raw = base64.urlsafe_b64encode(f.r.randbytes(45)).decode().rstrip("=")
    return "CP" + raw + ".YAAAAAAAAAAA"


def play_token(f: Fake) -> str:
    return "".join(f.pick(string.ascii_lowercase) for _ in range(24)) + ".AO-J1O" + urlsafe(f, 100)


def card_bin(f: Fake) -> str:
    prefix = f.pick(["4", "51", "37", "2221"])
    return prefix + f.digits(f.pick([6, 8]) - len(prefix))


def us_routing(f: Fake) -> str:
    return f.pick(["021000021", "026009593", "121000248", "011000138", "071000013", "322271627"])


def sort_code(f: Fake) -> str:
    return f.pick(["20-00-00", "40-47-84", "60-83-71", "04-00-04", "30-94-57", "09-01-28"])


def bic(f: Fake) -> str:
    return f.pick(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001", "INGDDEFFXXX", "PBNKDEFF"])


def iso_date(f: Fake) -> str:
    return f.date(2024, 2025)


def money(lo: float, hi: float):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def rint(lo: int, hi: int):
    return lambda f: f.r.randint(lo, hi)


def boolean(f: Fake) -> bool:
    return f.pick([True, False])


B = G(boolean)

# -- contexts -------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile "
    "Safari/537.36",
]
LOCALES = ["en-US", "en-GB", "de-DE"]
ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin"]


def web_context(f: Fake):
    ctx = {
        "library": {"name": G(const("analytics.js")), "version": G(pick("npm:next-1.70.0", "next-1.66.0"))},
        "page": {
            "path": G(lambda f: f"/{f.pick(EDITIONS)}/{f.pick(SECTIONS)}"),
            "referrer": G(pick("https://www.google.com/", "", "https://news.google.com/", "https://t.co/")),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?ref=homepage")),
            "title": G(lambda f: f.pick(HEADLINES) + " | Meridian Post"),
            "url": G(article_url),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "99", "8")),
                },
                3,
            ),
            "mobile": B,
            "platform": G(pick("macOS", "Windows", "Android")),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "ip": Y(ip, "ip"),
    }
    if f.r.random() < 0.45:
        ctx["campaign"] = {
            "name": G(pick("spring_trial", "election_2024", "black_friday")),
            "source": G(pick("google", "newsletter", "facebook")),
            "medium": G(pick("cpc", "email", "social")),
            "term": G(pick("news subscription", "crossword app", "zeitung abo")),
            "content": G(pick("banner_a", "textlink", "video_15s")),
        }
    if f.r.random() < 0.5:
        ctx["consent"] = {
            "categoryPreferences": {
                "C0001": G(const(True)),
                "C0002": B,
                "C0003": B,
                "C0004": B,
            }
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(const("Meridian")),
            "version": G(pick("8.14.0", "8.15.2")),
            "build": G(pick("81400", "81521")),
            "namespace": G(const("com.meridianpost.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,3", "iPhone14,7", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(const("ios")),
            "adTrackingEnabled": B,
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "network": {"wifi": B, "cellular": B},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 820)), "height": G(pick(844, 852, 1180))},
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "rdr_" + f.digits(8)),
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(const("Meridian")),
            "version": G(pick("8.14.0", "8.15.1")),
            "build": G(pick("814000", "815100")),
            "namespace": G(const("com.meridianpost.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "Xiaomi")),
            "model": G(pick("SM-S921B", "Pixel 8", "23078RKD5C")),
            "name": G(pick("e1q", "shiba", "marble")),
            "type": G(const("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": B,
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": B,
            "cellular": B,
            "carrier": G(pick("EE", "T-Mobile", "o2-de")),
        },
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {"density": G(pick(2.625, 3.0)), "width": G(const(1080)), "height": G(pick(2340, 2400))},
        "timezone": G(lambda f: f.pick(ZONES)),
        "userAgent": G(const("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)")),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
        "ip": Y(ip, "ip"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(const("Meridian Puzzles")),
            "version": G(pick("3.2.0", "3.3.1")),
            "build": G(pick("320", "331")),
            "namespace": G(const("com.meridianpost.puzzles")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone16,1", "SM-A546B")),
            "name": G(pick("iPhone", "a54x")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics-react-native")), "version": G(pick("2.19.1", "2.20.0"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(393, 412)), "height": G(pick(852, 915))},
        "network": {"wifi": B, "cellular": B},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
        "location": {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")},
        "ip": Y(ip, "ip"),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(const("Meridian Audio")),
            "version": G(pick("2.0.4", "2.1.0")),
            "build": G(pick("204", "210")),
            "namespace": G(const("com.meridianpost.audio")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "Google", "OnePlus")),
            "model": G(pick("iPhone13,2", "Pixel 7", "CPH2449")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 892))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(ZONES)),
        "network": {"wifi": B},
        "ip": Y(ip, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(const(name)), "version": G(pick(*versions))}}
    if lib in ("python", "node", "java", "php") and f.r.random() < 0.7:
        ctx["ip"] = Y(ip, "ip")
    if lib in ("python", "node") and f.r.random() < 0.5:
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(const("email")),
                "collection": G(const("users")),
                "encoding": G(const("none")),
            },
            1,
        )
        ctx["traits"] = {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "plan": G(lambda f: f.pick(PLANS)),
        }
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
MOBILE = ("swift", "kotlin")

# -- reusable bodies ----------------------------------------------------------------------------------


def page_props():
    return {
        "path": G(lambda f: f"/{f.pick(EDITIONS)}/{f.pick(SECTIONS)}"),
        "referrer": G(pick("https://www.google.com/", "", "https://news.google.com/")),
        "search": G(pick("", "?ref=homepage", "?utm_source=newsletter")),
        "title": G(lambda f: f.pick(HEADLINES) + " | Meridian Post"),
        "url": G(article_url),
    }


def product():
    return {
        "product_id": G(lambda f: f.pick(["prod_" + alnum(f, 14), str(f.r.randint(1000, 9999))])),
        "sku": G(plan_sku),
        "name": G(lambda f: f.pick(PLANS)),
        "category": G(pick("digital", "print", "puzzles", "gift")),
        "variant": G(pick("monthly", "annual", "weekend")),
        "price": G(lambda f: f.pick([4.0, 17.0, 149.0, 9.99, 119.0])),
        "quantity": G(const(1)),
    }


CARD = {
    "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
    "card_last4": G(lambda f: f.digits(4)),
    "card_exp_month": G(rint(1, 12)),
    "card_exp_year": G(rint(2025, 2031)),
}

# (kind, event or page/screen name, clients, body)
EVENTS = [
    # -- reading ----------------------------------------------------------------------------------
    (
        "page",
        "Article",
        ("web",),
        {
            "name": G(const("Article")),
            **page_props(),
            "article_id": G(article_id),
            "section": G(lambda f: f.pick(SECTIONS)),
            "authors": Many(Y(full, "name"), 2),
            "published_at": G(lambda f: f.iso()),
            "word_count": G(rint(300, 6000)),
            "paywall": G(pick("metered", "hard", "free")),
            "edition": G(lambda f: f.pick(EDITIONS)),
            "tags": Many(G(pick("housing", "transport", "bundesliga", "elections", "climate", "ai")), 3),
        },
    ),
    (
        "page",
        "Section Front",
        ("web",),
        {"name": G(const("Section Front")), **page_props(), "section": G(lambda f: f.pick(SECTIONS))},
    ),
    (
        "screen",
        "Article",
        ("swift", "kotlin", "flutter"),
        {
            "name": G(const("Article")),
            "article_id": G(article_id),
            "section": G(lambda f: f.pick(SECTIONS)),
            "headline": G(lambda f: f.pick(HEADLINES)),
            "authors": Many(Y(full, "name"), 2),
            "is_offline": B,
        },
    ),
    (
        "track",
        "Article Scrolled",
        ("web",),
        {
            "article_id": G(article_id),
            "scroll_depth": G(pick(25, 50, 75, 100)),
            "max_scroll_px": G(rint(400, 12000)),
            "time_on_page_sec": G(rint(3, 900)),
            "is_subscriber": B,
            "headline": G(lambda f: f.pick(HEADLINES)),
        },
    ),
    (
        "track",
        "Article Emailed",
        ("web",),
        {
            "article_id": G(article_id),
            "sender_name": Y(full, "name"),
            "sender_email": Y(email, "email"),
            "recipient_emails": Many(Y(email, "email"), 3),
            "personal_message": Y(personal_message, "name", True),
            "copy_to_self": B,
            "gift_link": B,
        },
    ),
    (
        "track",
        "Author Followed",
        ("web", "swift"),
        {
            "author_id": G(lambda f: f.r.randint(1000, 9999)),
            "author_name": Y(full, "name"),
            "followed_authors_count": G(rint(1, 30)),
            "notifications": B,
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaign_id": G(lambda f: f.hexid(24)),
            "notification_id": G(lambda f: f.uuid()),
            "title": G(lambda f: f.pick(HEADLINES)),
            "article_id": G(article_id),
        },
    ),
    (
        "track",
        "Articles Searched",
        ("web", "swift"),
        {
            "query": G(
                pick("rent cap", "heatwave", "bundesliga table", "crossword answers", "pension reform")
            ),
            "results_count": G(rint(0, 400)),
            "sort": G(pick("relevance", "newest")),
            "filters": Many(G(pick("section:business", "type:opinion", "date:30d")), 2),
        },
    ),
    (
        "track",
        "Obituary Search Performed",
        ("web",),
        {
            "q": Y(obituary_query, "name", True),
            "results_count": G(rint(0, 400)),
            "filter_year": G(rint(1990, 2024)),
            "page": G(rint(1, 5)),
        },
    ),
    # -- registration wall and newsletters ----------------------------------------------------------
    (
        "track",
        "Registration Wall Viewed",
        ("web", "rn"),
        {
            "article_id": G(article_id),
            "wall_type": G(pick("soft", "hard")),
            "meter_count": G(rint(1, 10)),
            "meter_limit": G(pick(3, 5, 10)),
            "variant": G(pick("control", "b_social_proof")),
            "trigger": G(pick("article", "audio", "comments")),
        },
    ),
    (
        "track",
        "Account Created",
        ("web", "swift", "kotlin"),
        {
            "method": G(pick("email", "google", "apple")),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "zip_code": Y(postcode, "zipcode"),
            "birth_year": Y(rint(1940, 2006), "birthdate"),
            "newsletter_opt_in": B,
            "marketing_consent": B,
            "registration_source": G(pick("regwall", "newsletter", "comments", "puzzles")),
            "age_confirmed": G(const(True)),
            "email_verified": B,
        },
    ),
    (
        "identify",
        None,
        ("web", "swift", "kotlin"),
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full, "name"),
            "displayName": Y(
                lambda f: f.pick([first(f).lower() + "_" + f.digits(2), f"{first(f)} {last(f)[0]}."]), "name"
            ),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(pick("NY", "CA", "England", "Bayern", "TX")),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(country),
            },
            "birthday": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "gender": Y(pick("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "age": G(rint(18, 90)),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLANS)),
            "subscriptionStatus": G(pick("active", "trialing", "past_due", "canceled", "none")),
            "emailVerified": B,
            "newsletters": Many(G(lambda f: f.pick(NEWSLETTERS)), 3),
            "articlesRead30d": G(rint(0, 300)),
            "favouriteSection": G(lambda f: f.pick(SECTIONS)),
            "jobTitle": G(pick("Teacher", "Software Engineer", "Nurse", "Retired", "Student")),
            "company": G(pick("Globex", "Initech", "NHS Trust", "Siemens", "self-employed")),
            "hasPrintSubscription": B,
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        {
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1940, 2006) + "T00:00:00", "birthdate"),
            "CustomerNumber": G(lambda f: "MP" + f.digits(9)),
            "SubscriptionTier": G(pick("Basic", "AllAccess", "PrintDigital")),
            "Country": G(country),
            "CreatedAt": G(lambda f: f.iso()),
            "MarketingOptIn": B,
            "LifetimeValue": G(money(0, 1200)),
        },
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "POSTAL_CODE": Y(postcode, "zipcode"),
            "CITY": Y(city, "city"),
            "COUNTRY_CODE": G(country),
            "CUSTOMER_NUMBER": G(lambda f: "MP" + f.digits(9)),
            "SUBSCRIPTION_TIER": G(pick("BASIC", "ALL_ACCESS", "PRINT_DIGITAL")),
            "LTV_USD": G(money(0, 1500)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_ARTICLE_READ_AT": G(lambda f: f.iso()),
            "HOUSEHOLD_INCOME_EST": Y(pick("<25k", "25-50k", "50-100k", "100-150k", "150k+"), "salary"),
            "AGE_BAND": G(pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+")),
            "PHONE_VERIFIED": B,
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ("web", "swift", "kotlin"),
        {
            "newsletter_id": G(lambda f: f.r.randint(100, 180)),
            "newsletter_name": G(lambda f: f.pick(NEWSLETTERS)),
            "email": Y(email, "email"),
            "frequency": G(pick("daily", "weekly", "breaking")),
            "placement": G(pick("article_inline", "footer", "regwall", "app_settings")),
            "double_opt_in": B,
            "list_count": G(rint(1, 8)),
        },
    ),
    (
        "track",
        "Newsletter Unsubscribed",
        ("node",),
        {
            "email": Y(email, "email"),
            "list_id": G(lambda f: f.r.randint(100, 180)),
            "newsletter_name": G(lambda f: f.pick(NEWSLETTERS)),
            "reason": G(pick("too_many_emails", "not_relevant", "spam_report", "other")),
            "campaign_id": G(lambda f: f.hexid(24)),
            "message_id": G(message_id),
            "unsubscribed_at": G(lambda f: f.epoch_ms() // 1000),
            "sg_event_id": G(lambda f: urlsafe(f, 22)),
        },
    ),
    (
        "track",
        "Email Opened",
        ("go",),
        {
            "email": Y(email, "email"),
            "campaign_name": G(pick("morning_briefing_2024_05_12", "winback_q2", "puzzle_digest_w19")),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "message_id": G(message_id),
            "user_agent": G(pick("Mozilla/5.0", "GoogleImageProxy", UAS[2])),
            "ip": Y(ip, "ip"),
            "is_machine_open": B,
            "opened_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "SMS Breaking News Subscribed",
        ("python",),
        {
            "phone": Y(phone, "phone"),
            "keyword": G(pick("NEWS", "ELECTION", "SPORT")),
            "short_code": G(pick("63942", "88022")),
            "carrier": G(pick("Verizon", "AT&T", "EE", "Vodafone")),
            "country": G(country),
            "opt_in_method": G(pick("web_form", "keyword")),
            "double_opt_in_confirmed": B,
        },
    ),
    # -- subscriptions and payments ---------------------------------------------------------------
    (
        "track",
        "Paywall Offer Viewed",
        ("web", "swift"),
        {
            "offer_id": G(lambda f: "ofr_" + alnum(f, 10)),
            "offer_name": G(pick("Intro $1/week", "£1 for 3 months", "1 Monat gratis")),
            "price": G(lambda f: f.pick([1.0, 4.0, 17.0, 149.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "billing_period": G(pick("week", "month", "year")),
            "variant": G(pick("control", "b_social_proof")),
            "meter_count": G(rint(1, 10)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web",),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "affiliation": G(const("meridianpost.example")),
            "value": G(money(1, 200)),
            "revenue": G(money(1, 200)),
            "currency": G(pick("USD", "GBP", "EUR")),
            "coupon": G(pick("", "SPRING50", "STUDENT", "WELCOMEBACK")),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "step": G(const(2)),
            "payment_method": G(pick("card", "paypal", "sepa_debit", "apple_pay")),
            **CARD,
            "card_bin": G(card_bin),
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "billing_country": G(country),
            "payment_method_id": RED(pm_token, "token"),
        },
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money(1, 200)),
            "tax": G(money(0, 30)),
            "discount": G(money(0, 50)),
            "coupon": G(pick("", "SPRING50", "STUDENT", "WELCOMEBACK")),
            "currency": G(pick("USD", "GBP", "EUR")),
            "products": Many(product(), 2),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(unit, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(pick("NY", "CA", "", "BE")),
                "country": G(country),
            },
            "customer_email": Y(email, "email"),
            "stripe_customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "payment_intent_id": G(lambda f: "pi_3" + alnum(f, 23)),
            "invoice_number": G(lambda f: f"MP-{f.hexid(8).upper()}-{f.r.randint(1, 30):04d}"),
            "is_gift": B,
        },
    ),
    (
        "track",
        "Subscription Started",
        ("python",),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan_id": G(plan_sku),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "billing_period": G(pick("week", "month", "year")),
            "price": G(lambda f: f.pick([1.0, 4.0, 17.0, 149.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "trial_end": G(iso_date),
            "country": G(country),
            "is_gift": B,
            "payment_provider": G(pick("stripe", "paypal", "app_store", "google_play")),
            "click_id": Y(click_id, "advertising id"),
            "click_id_type": G(pick("gclid", "fbclid", "msclkid")),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
        },
    ),
    (
        "track",
        "Abonnement abgeschlossen",
        ("php",),
        {
            "Kundennummer": G(lambda f: f.digits(8)),
            "Anrede": Y(pick("Herr", "Frau", "Divers"), "gender"),
            "Titel": G(pick("", "", "Dr.", "Prof. Dr.")),
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "Strasse": Y(de_street, "street|address"),
            "Hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', '', 'a'])}", "address|street"),
            "PLZ": Y(lambda f: f"{f.r.randint(1067, 99998):05d}", "zipcode"),
            "Ort": Y(lambda f: f.pick(DE_CITIES), "city"),
            "Land": G(pick("DE", "AT")),
            "Geburtsdatum": Y(lambda f: "{2}.{1}.{0}".format(*f.date(1940, 2006).split("-")), "birthdate"),
            "Telefon": Y(phone_de, "phone"),
            "E_Mail": Y(email, "email"),
            "IBAN": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL"])), "bank account"),
            "BIC": G(bic),
            "Kontoinhaber": Y(full, "name"),
            "Mandatsreferenz": G(lambda f: "MP-" + f.digits(10)),
            "Abo_Modell": G(pick("Digital Basis", "Digital Plus Jahresabo", "Wochenende Print")),
            "Preis_monatlich": G(lambda f: f.pick([9.99, 14.99, 29.9])),
            "Zahlungsart": G(pick("Lastschrift", "Kreditkarte", "PayPal")),
            "Startdatum": G(iso_date),
            "Werbeeinwilligung": B,
        },
    ),
    (
        "track",
        "Abonnement gekündigt",
        ("php",),
        {
            "Kundennummer": G(lambda f: f.digits(8)),
            "Abo_ID": G(lambda f: f.r.randint(100000, 999999)),
            "Kuendigungsgrund": G(pick("zu_teuer", "keine_zeit", "inhalt", "sonstiges")),
            "Kuendigung_zum": G(iso_date),
            "Rueckgewinnung_angeboten": B,
            "Freitext": G(pick("Zu teuer geworden", "Lese zu wenig", "Umzug ins Ausland", "")),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ("web", "swift"),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "cancel_reason": G(pick("price", "not_reading", "content", "technical", "other")),
            "reason_text": G(
                pick(
                    "Too expensive after the intro price", "I don't have time to read", "Too much paywall", ""
                )
            ),
            "tenure_months": G(rint(0, 120)),
            "retention_offer_shown": B,
            "retention_offer_accepted": B,
        },
    ),
    (
        "track",
        "Subscription Payment Failed",
        ("java",),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "invoice_id": G(lambda f: "in_1" + alnum(f, 23)),
            "amount": G(money(1, 200)),
            "currency": G(pick("USD", "GBP", "EUR")),
            "decline_code": G(pick("insufficient_funds", "expired_card", "do_not_honor")),
            "attempt_count": G(rint(1, 4)),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "customer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Payment Method Updated",
        ("swift", "rn"),
        {
            "payment_method_type": G(pick("card", "apple_pay", "google_pay")),
            **CARD,
            "payment_method_id": RED(pm_token, "token"),
            "wallet": G(pick("none", "apple_pay", "google_pay")),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ("ruby",),
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "scheme": G(const("bacs")),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(sort_code),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": G(pick("Barclays", "HSBC UK", "Starling Bank", "Lloyds Bank")),
            "customer": {
                "given_name": Y(first, "name"),
                "family_name": Y(last, "name"),
                "email": Y(email, "email"),
                "address_line1": Y(lambda f: f"{f.r.randint(1, 200)} {f.pick(UK_STREETS)}", "address|street"),
                "city": Y(lambda f: f.pick(UK_CITIES), "city"),
                "postal_code": Y(uk_postcode, "zipcode"),
                "country_code": G(const("GB")),
                "phone_number": Y(phone_uk, "phone"),
            },
        },
    ),
    (
        "track",
        "App Store Subscription Purchased",
        ("swift",),
        {
            "product_id": G(pick("com.meridianpost.allaccess.monthly", "com.meridianpost.allaccess.annual")),
            "original_transaction_id": G(lambda f: "2000" + f.digits(11)),
            "app_account_token": G(lambda f: f.uuid()),
            "storefront": G(pick("USA", "GBR", "DEU")),
            "environment": G(pick("Production", "Sandbox")),
            "price": G(lambda f: f.pick([1.0, 4.0, 17.0, 149.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "is_trial": B,
        },
    ),
    (
        "track",
        "Play Subscription Purchased",
        ("kotlin",),
        {
            "product_id": G(pick("allaccess_monthly", "allaccess_annual")),
            "order_id": G(lambda f: f"GPA.{f.digits(4)}-{f.digits(4)}-{f.digits(4)}-{f.digits(5)}"),
            "purchase_token": RED(play_token, "token"),
            "price": G(lambda f: f.pick([1.0, 4.0, 17.0, 149.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "is_auto_renewing": B,
            "obfuscated_account_id": G(lambda f: sha256("rdr_" + f.digits(8))),
        },
    ),
    (
        "track",
        "Contribution Made",
        ("web",),
        {
            "amount": G(lambda f: f.pick([5, 10, 25, 50, 100])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "frequency": G(pick("one_off", "monthly", "annual")),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "payment_method_id": RED(pm_token, "token"),
            "gift_aid_declared": B,
            "gift_aid_address": Y(
                lambda f: f"{f.r.randint(1, 200)} {f.pick(UK_STREETS)}, {f.pick(UK_CITIES)}", "address"
            ),
            "gift_aid_postcode": Y(uk_postcode, "zipcode"),
        },
    ),
    # -- gift subscriptions ---------------------------------------------------------------------------
    (
        "track",
        "Gift Subscription Purchased",
        ("web", "node"),
        {
            "gift_id": G(lambda f: f.uuid()),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "duration_months": G(pick(3, 6, 12)),
            "purchaser_name": Y(full, "name"),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "gift_message": Y(gift_message, "name", True),
            "recipient_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(country),
            },
            "delivery_date": G(iso_date),
            "delivery_method": G(pick("email", "print_at_home")),
            "price": G(lambda f: f.pick([25.0, 49.0, 99.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
        },
    ),
    (
        "track",
        "Gift Subscription Redeemed",
        ("web", "swift"),
        {
            "gift_id": G(lambda f: f.uuid()),
            "redemption_code": RED(
                lambda f: "MRDN-" + "-".join(alnum(f, 4).upper() for _ in range(3)), "token|secret"
            ),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "days_since_purchase": G(rint(0, 90)),
            "recipient_had_account": B,
        },
    ),
    # -- comments and letters -----------------------------------------------------------------------
    (
        "track",
        "Comment Posted",
        ("web", "swift"),
        {
            "comment_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "article_id": G(article_id),
            "parent_comment_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "display_name": Y(lambda f: f.pick([full(f), first(f).lower() + f.digits(3)]), "name"),
            "comment_length": G(rint(5, 2000)),
            "is_reply": B,
            "is_subscriber": B,
            "comment_text": G(comment_text),
        },
    ),
    (
        "track",
        "Comment Reported",
        ("web",),
        {
            "comment_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "reason": G(pick("abuse", "spam", "off_topic", "misinformation")),
            "reporter_note": G(pick("Personal attack on another reader", "Spam link", "Off topic", "")),
            "reported_display_name": Y(lambda f: f.pick([full(f), first(f).lower() + f.digits(3)]), "name"),
            "reports_on_comment": G(rint(1, 12)),
        },
    ),
    (
        "track",
        "Letter to the Editor Submitted",
        ("python",),
        {
            "letter_id": G(lambda f: f.uuid()),
            "subject": G(pick("Transit budget", "School funding", "Pension figures", "Heatwave")),
            "body": Y(letter_body, "name", True),
            "author_name": Y(full, "name"),
            "author_email": Y(email, "email"),
            "author_town": Y(city, "city"),
            "author_address": Y(one_line_address, "address"),
            "daytime_phone": Y(phone, "phone"),
            "consent_to_publish": B,
            "word_count": G(rint(40, 300)),
            "edition": G(lambda f: f.pick(EDITIONS)),
        },
    ),
    (
        "track",
        "Leserbrief eingereicht",
        ("php",),
        {
            "Betreff": G(pick("Mietpreise", "Nahverkehr", "Wahlberichterstattung")),
            "Text": Y(leserbrief, "name", True),
            "Name": Y(full, "name"),
            "E-Mail": Y(email, "email"),
            "Wohnort": Y(lambda f: f.pick(DE_CITIES), "city"),
            "Veroeffentlichung_erlaubt": B,
            "Zeichenanzahl": G(rint(200, 1800)),
        },
    ),
    # -- podcasts -------------------------------------------------------------------------------------
    (
        "track",
        "Podcast Playback Started",
        ("swift", "kotlin", "web", "flutter"),
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: f.r.randint(200000, 299999)),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "title": G(lambda f: f.pick(HEADLINES)),
            "episode": G(rint(1, 320)),
            "hosts": Many(Y(full, "name"), 2),
            "position": G(rint(0, 3600)),
            "total_length": G(rint(600, 4200)),
            "playback_speed": G(pick(1.0, 1.25, 1.5, 2.0)),
        },
    ),
    (
        "track",
        "Podcast Playback Completed",
        ("swift", "kotlin", "flutter"),
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: f.r.randint(200000, 299999)),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "position": G(rint(600, 4200)),
            "total_length": G(rint(600, 4200)),
            "playback_speed": G(pick(1.0, 1.25, 1.5, 2.0)),
        },
    ),
    (
        "screen",
        "Podcast Episode",
        ("kotlin", "swift", "flutter"),
        {
            "name": G(const("Podcast Episode")),
            "episode_id": G(lambda f: f.r.randint(200000, 299999)),
            "program": G(lambda f: f.pick(PROGRAMS)),
        },
    ),
    (
        "track",
        "Podcast Followed",
        ("swift", "kotlin", "flutter"),
        {
            "show_id": G(lambda f: f.r.randint(10, 60)),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "notifications_enabled": B,
        },
    ),
    # -- puzzles and games ----------------------------------------------------------------------------
    (
        "track",
        "Puzzle Completed",
        ("web", "rn"),
        {
            "puzzle_id": G(lambda f: f.r.randint(20000, 29999)),
            "puzzle_type": G(lambda f: f.pick(PUZZLES)),
            "puzzle_date": G(iso_date),
            "solve_time_sec": G(rint(40, 5400)),
            "hints_used": G(rint(0, 6)),
            "checks_used": G(rint(0, 10)),
            "streak_days": G(rint(0, 400)),
            "is_personal_best": B,
            "completion_pct": G(pick(100, 100, 87.5)),
        },
    ),
    (
        "track",
        "Leaderboard Joined",
        ("rn",),
        {
            "leaderboard_id": G(lambda f: f.uuid()),
            "leaderboard_name": G(pick("Office crossword league", "Family Sudoku", "Die Rätselrunde")),
            "nickname": Y(
                lambda f: f.pick([first(f), first(f) + " " + last(f)[0], first(f).lower() + f.digits(2)]),
                "name",
            ),
            "invited_emails": Many(Y(email, "email"), 3),
            "members_count": G(rint(2, 40)),
        },
    ),
    # -- tips to the newsroom ----------------------------------------------------------------------------
    (
        "track",
        "Tip Submitted",
        ("go",),
        {
            "tip_id": G(lambda f: f.uuid()),
            "desk": G(pick("investigations", "local", "business", "wirtschaft")),
            "channel": G(pick("secure_form", "signal", "email")),
            "has_attachments": B,
            "attachment_sha256": G(lambda f: f.hexid(64)),
            "contact_preference": G(pick("signal", "phone", "email")),
            "tipster_name": Y(lambda f: f.pick([full(f), first(f)]), "name"),
            "signal_number": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
            "message": Y(tip_message, "phone", True),
            "submitted_via_tor": B,
        },
    ),
    # -- events and tickets ------------------------------------------------------------------------------
    (
        "track",
        "Event Ticket Purchased",
        ("node",),
        {
            "event_id": G(lambda f: f.r.randint(3000, 3999)),
            "event_name": G(
                pick("Meridian Live: Election Night", "Crossword Championship 2024", "Ideas Festival Berlin")
            ),
            "venue_name": G(pick("The Barbican", "Town Hall Seattle", "Kulturbrauerei")),
            "venue_address": G(
                pick(
                    "Silk Street, London EC2Y 8DS",
                    "1119 8th Ave, Seattle, WA 98101",
                    "Schönhauser Allee 36, 10435 Berlin",
                )
            ),
            "venue_city": G(pick("London", "Seattle", "Berlin")),
            "ticket_type": G(pick("general", "subscriber", "student", "vip")),
            "quantity": G(rint(1, 4)),
            "price": G(lambda f: f.pick([15.0, 25.0, 45.0])),
            "currency": G(pick("USD", "GBP", "EUR")),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "buyer_name": Y(full, "name"),
            "buyer_email": Y(email, "email"),
            "buyer_phone": Y(phone, "phone"),
            "attendees": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "dietary_requirements": Y(
                        pick("none", "vegetarian", "vegan", "halal", "kosher", "coeliac"), "allergy|religion"
                    ),
                    "accessibility_needs": RED(
                        pick(
                            "none", "wheelchair space", "step-free access", "hearing loop", "BSL interpreter"
                        ),
                        "disability",
                    ),
                },
                3,
            ),
            "box_office_phone": G(pick("+44 20 7638 8891", "(206) 652-4255", "+49 30 443 150")),
            "support_email": G(const("events@meridianpost.example")),
        },
    ),
    (
        "track",
        "Event Checked In",
        ("kotlin",),
        {
            "ticket_barcode": G(lambda f: f.digits(12)),
            "attendee_name": Y(full, "name"),
            "attendee_email": Y(email, "email"),
            "event_id": G(lambda f: f.r.randint(3000, 3999)),
            "gate": G(pick("A", "B", "Main")),
            "scanned_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "scanned_at": G(lambda f: f.iso()),
            "entry_count": G(rint(1, 2)),
        },
    ),
    # -- consent, account settings -----------------------------------------------------------------
    (
        "track",
        "Consent Preferences Updated",
        ("web",),
        {
            "consent_id": G(lambda f: f.uuid()),
            "analytics_consent": B,
            "advertising_consent": B,
            "tcf_string": G(tcf),
            "cmp": G(const("OneTrust")),
            "region": G(pick("EU", "UK", "US-CA", "US")),
            "gdpr_applies": B,
            "OnetrustActiveGroups": G(pick(",C0001,", ",C0001,C0002,C0003,", ",C0001,C0002,C0003,C0004,")),
        },
    ),
    (
        "track",
        "Email Address Changed",
        ("web", "ruby"),
        {
            "old_email": Y(email, "email"),
            "new_email": Y(email, "email"),
            "verification_sent": B,
            "changed_via": G(pick("account_page", "support_agent")),
            "emails_on_file": G(rint(1, 3)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ("web", "swift"),
        {
            "email": Y(email, "email"),
            "reset_url": RED(
                lambda f: "https://account.meridianpost.example/reset-password?token=" + urlsafe(f, 43),
                "token",
            ),
            "requested_from": G(pick("login_page", "app")),
            "delivery": G(const("email")),
            "reset_count_24h": G(rint(1, 4)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ("java",),
        {
            "channel": G(pick("sms", "email")),
            "phone_number": Y(phone, "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_sec": G(pick(300, 600)),
            "attempt": G(rint(1, 3)),
        },
    ),
    (
        "track",
        "Signed In",
        ("web", "node"),
        {
            "method": G(pick("password", "google", "apple", "magic_link")),
            "mfa_used": B,
            "failed_attempts": G(rint(0, 4)),
            "session_id": G(lambda f: f.uuid()),
            "remember_me": B,
            "ip_address": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Profile Updated",
        ("swift", "kotlin", "web"),
        {
            "fields_changed": Many(G(pick("phone", "postcode", "avatar", "display_name", "newsletters")), 3),
            "phone_number": Y(phone, "phone"),
            "postcode": Y(postcode, "zipcode"),
            "local_edition": G(pick("New York", "Manchester", "Berlin", "none")),
            "avatar_url": Y(lambda f: f"https://img.meridianpost.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "has_avatar": B,
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ("dotnet",),
        {
            "UserId": G(lambda f: "rdr_" + f.digits(8)),
            "Email": Y(email, "email"),
            "Reason": G(pick("no_longer_reading", "privacy", "duplicate_account")),
            "RequestedAt": G(lambda f: f.iso()),
            "Jurisdiction": G(pick("GDPR", "UK_GDPR", "CCPA")),
            "VerificationMethod": G(pick("email_link", "support_call")),
            "OpenSubscriptions": G(rint(0, 2)),
        },
    ),
    (
        "group",
        None,
        ("dotnet",),
        {
            "Name": G(pick("Globex Corporation", "Initech GmbH", "University of Leeds Library", "Hooli")),
            "Industry": G(pick("Finance", "Education", "Technology")),
            "Employees": G(rint(50, 20000)),
            "Plan": G(pick("Site Licence 50", "Site Licence 250", "Enterprise")),
            "Seats": G(rint(10, 500)),
            "Domain": G(pick("globex.example", "initech.example", "leeds.example.ac.uk")),
            "Phone": G(pick("+1 212 555 0147", "+49 89 2190 0", "+44 113 243 1751")),
            "Address": {
                "Street": G(pick("100 Park Avenue", "Leopoldstraße 8", "Woodhouse Lane")),
                "City": G(pick("New York", "München", "Leeds")),
                "PostalCode": G(pick("10017", "80802", "LS2 9JT")),
                "Country": G(pick("US", "DE", "GB")),
            },
            "BillingEmail": G(
                pick(
                    "accounts-payable@globex.example",
                    "rechnung@initech.example",
                    "library-invoices@leeds.example.ac.uk",
                )
            ),
            "AdminContactName": Y(full, "name"),
            "AdminContactEmail": Y(email, "email"),
            "SsoEnabled": B,
        },
    ),
    (
        "track",
        "Print Subscription Started",
        ("ruby", "python"),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "plan_name": G(pick("Print + Digital Weekend", "Print Daily", "Sunday Only")),
            "start_date": G(iso_date),
            "delivery_days": Many(G(pick("sat", "sun", "mon", "wed", "fri")), 3),
            "subscriber": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "delivery_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(unit, "address|street"),
                "city": Y(city, "city"),
                "state": G(pick("NY", "IL", "", "Scotland")),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(country),
            },
            "delivery_instructions": G(
                pick("Leave in porch", "Through the letterbox please", "Side gate", "")
            ),
            "delivery_round": G(lambda f: "R" + str(f.r.randint(1, 60))),
        },
    ),
    (
        "track",
        "Family Member Added",
        ("swift", "web"),
        {
            "family_plan_id": G(lambda f: "fam_" + f.digits(7)),
            "member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "birth_year": Y(rint(2006, 2016), "birthdate"),
                "relationship": G(pick("child", "partner", "parent", "other")),
                "is_minor": B,
            },
            "seats_remaining": G(rint(0, 4)),
        },
    ),
    (
        "track",
        "Security Question Set",
        ("web",),
        {
            "security_question": G(pick("first_pet", "mothers_maiden_name", "first_school", "birth_city")),
            "security_answer": RED(
                lambda f: f.pick([f.pick(LASTS), "Biscuit", "St Mary's", f.pick(DE_CITIES), "Rex"]),
                "password|secret",
            ),
            "questions_set_count": G(rint(1, 3)),
        },
    ),
    (
        "track",
        "Login Form Submitted",
        ("web",),
        {
            "form_id": G(pick("login-modal", "login-page")),
            "form_data": {
                "username": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(["Summer2024!", "hunter2", "Meridian#" + f.digits(4), alnum(f, 12)]),
                    "password",
                ),
                "remember": B,
            },
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ("node",),
        {
            "verification_id": G(lambda f: f.hexid(24)),
            "method": G(pick("id_document", "facial_age_estimation", "credit_card_check")),
            "over_18": B,
            "full_name": Y(full, "name"),
            "date_of_birth": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "document_type": G(pick("passport", "driving_licence", "national_id_card")),
            "document_number": RED(
                lambda f: f.pick(["C" + f.digits(8), f.digits(9), "L01X" + alnum(f, 5).upper()]),
                "passport|national id",
            ),
            "document_country": G(pick("US", "GB", "DE")),
            "selfie_url": Y(lambda f: f"https://verify.example.com/sessions/{f.uuid()}/selfie.jpg", "photo"),
        },
    ),
    (
        "track",
        "Commenter Profile Updated",
        ("web",),
        {
            "display_name": Y(lambda f: f.pick([full(f), first(f).lower() + f.digits(3)]), "name"),
            "real_name": Y(full, "name"),
            "location": Y(
                lambda f: f.pick(
                    [f.pick(US_CITIES)[0] + ", " + f.pick(US_CITIES)[1], f.pick(UK_CITIES), f.pick(DE_CITIES)]
                ),
                "city",
            ),
            "profile_public": B,
        },
    ),
    (
        "track",
        "Event Ticket Transferred",
        ("node",),
        {
            "ticket_id": G(lambda f: "tkt_" + f.digits(8)),
            "from_email": Y(email, "email"),
            "to_name": Y(full, "name"),
            "to_email": Y(email, "email"),
            "to_phone": Y(phone, "phone"),
            "transfer_count": G(rint(1, 2)),
        },
    ),
    (
        "track",
        "Correction Requested",
        ("web",),
        {
            "article_id": G(article_id),
            "requester_name": Y(full, "name"),
            "requester_email": Y(email, "email"),
            "requester_phone": Y(phone, "phone"),
            "correction_type": G(pick("factual", "spelling", "attribution", "headline")),
            "details": G(
                pick("The date in the second paragraph is wrong", "Misspelled street name", "Chart units")
            ),
        },
    ),
    (
        "track",
        "Reader Callback Requested",
        ("web", "swift"),
        {
            "callback_name": Y(full, "name"),
            "callback_phone": Y(phone, "phone"),
            "preferred_time": G(pick("morning", "afternoon", "evening")),
            "topic": G(pick("billing", "delivery", "cancellation", "technical")),
        },
    ),
    ("alias", None, ("swift", "kotlin", "web"), {}),
    (
        "track",
        "Student Discount Verified",
        ("node",),
        {
            "verification_id": G(lambda f: f.hexid(24)),
            "organization_name": G(
                pick("University of Manchester", "TU München", "Boston University", "NYU")
            ),
            "status": G(pick("success", "pending_docs", "rejected")),
            "birth_date": Y(lambda f: f.date(1995, 2006), "birthdate"),
            "student_email": Y(
                lambda f: (
                    email(f).split("@")[0]
                    + f.pick(["@student.example.ac.uk", "@tum.example.de", "@bu.example.edu"])
                ),
                "email",
            ),
            "graduation_year": G(rint(2024, 2029)),
            "country": G(country),
            "verification_method": G(pick("instant", "document_upload")),
        },
    ),
    (
        "track",
        "Accessibility Settings Changed",
        MOBILE,
        {
            "text_size": G(pick("small", "default", "large", "xlarge")),
            "dark_mode": B,
            "screen_reader_enabled": RED(boolean, "disability"),
            "dyslexia_font": RED(boolean, "disability"),
            "reduce_motion": B,
            "high_contrast": B,
            "audio_articles_autoplay": B,
        },
    ),
    (
        "track",
        "Local Edition Location Set",
        ("rn", "swift"),
        {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "postcode": Y(postcode, "zipcode"),
            "local_edition": G(pick("New York", "Manchester", "Berlin", "none")),
            "radius_km": G(pick(5, 10, 25)),
            "source": G(pick("gps", "manual")),
        },
    ),
    (
        "track",
        "Weather Location Searched",
        ("rn", "web"),
        {
            "query": G(pick("Hamburg", "Lisbon", "Lake Tahoe", "Edinburgh weather", "Mallorca")),
            "selected_city": G(pick("Hamburg", "Lisbon", "South Lake Tahoe", "Edinburgh", "Palma")),
            "result_lat": G(pick(53.5511, 38.7223, 38.9399, 55.9533, 39.5696)),
            "result_lon": G(pick(9.9937, -9.1393, -119.9772, -3.1883, 2.6502)),
            "results_count": G(rint(0, 400)),
        },
    ),
    (
        "track",
        "Reader Survey Submitted",
        ("web",),
        {
            "survey_id": G(lambda f: "srv_" + f.digits(4)),
            "age_band": G(pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+")),
            "employment_status": G(pick("employed", "self_employed", "retired", "student", "unemployed")),
            "job_title": G(pick("Teacher", "Software Engineer", "Nurse", "Retired", "Student", "Lawyer")),
            "marital_status": G(pick("single", "married", "divorced", "widowed")),
            "children_in_household": G(rint(0, 4)),
            "household_income_band": Y(pick("<25k", "25-50k", "50-100k", "100-150k", "150k+"), "salary"),
            "voting_intention": Y(
                pick(
                    "Labour",
                    "Conservative",
                    "Lib Dem",
                    "Democrat",
                    "Republican",
                    "SPD",
                    "CDU/CSU",
                    "Grüne",
                    "undecided",
                ),
                "political opinion",
            ),
            "union_member": Y(boolean, "trade union"),
            "nps_score": G(rint(0, 10)),
        },
    ),
    (
        "track",
        "Pet Photo Submitted",
        ("web", "rn"),
        {
            "submission_id": G(lambda f: f.uuid()),
            "pet_name": G(pick("Biscuit", "Luna", "Mr. Whiskers", "Bello", "Pepper", "Otto")),
            "species": G(pick("dog", "cat", "rabbit", "tortoise")),
            "pet_age_years": G(rint(0, 18)),
            "owner_name": Y(full, "name"),
            "owner_email": Y(email, "email"),
            "photo_url": G(lambda f: f"https://ugc.meridianpost.example/pets/{f.hexid(16)}.jpg"),
            "caption": G(
                pick("Biscuit enjoying the sun", "Luna guarding the crossword", "Bello nach dem Spaziergang")
            ),
            "consent_to_publish": B,
        },
    ),
    # -- reader services and print delivery --------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ("web", "swift"),
        {
            "conversation_id": G(lambda f: f.r.randint(10**7, 10**8)),
            "sender_role": G(const("reader")),
            "text": Y(chat_text, "email", True),
            "attachments_count": G(rint(0, 2)),
            "language": G(pick("en", "de")),
        },
    ),
    (
        "track",
        "Reader Services Note Added",
        ("java",),
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "agent_id": G(lambda f: f.r.randint(3600000000, 3699999999)),
            "agent_name": Y(full, "name"),
            "note": Y(agent_note, "phone", True),
            "channel": G(pick("phone", "email", "chat")),
            "tags": Many(G(pick("delivery", "billing", "refund", "vip")), 3),
            "priority": G(pick("low", "normal", "high")),
        },
    ),
    (
        "track",
        "Reader Hotline Call Completed",
        ("go",),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(const("AC3f9b0e7c21d84a5b9e6f0a1c2d3e4f5a")),
            "From": Y(phone, "phone"),
            "CallerName": Y(lambda f: f"{last(f).upper()} {first(f).upper()}"[:15], "name"),
            "To": G(pick("+18005550123", "+448000465555", "+4930408170")),
            "FromCity": Y(lambda f: f.pick(["BROOKLYN", "SEATTLE", "LONDON", "BERLIN", "AUSTIN"]), "city"),
            "FromState": G(pick("NY", "WA", "", "TX")),
            "FromZip": Y(lambda f: f"{f.r.randint(1001, 99950):05d}", "zipcode"),
            "FromCountry": G(pick("US", "GB", "DE")),
            "ToCity": G(pick("", "NEW YORK")),
            "CallStatus": G(pick("completed", "no-answer", "busy")),
            "CallDuration": G(rint(0, 1800)),
        },
    ),
    (
        "track",
        "Holiday Stop Scheduled",
        ("ruby",),
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "delivery_address": Y(one_line_address, "address"),
            "stop_from": G(iso_date),
            "stop_until": G(iso_date),
            "days": G(rint(2, 28)),
            "instructions": G(pick("No papers while away", "Resume with the Saturday edition", "")),
            "delivery_round": G(lambda f: "R" + str(f.r.randint(1, 60))),
            "credit_amount": G(money(1, 40)),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ("web",),
        {
            "input": Y(postcode, "zipcode", True),
            "label": Y(one_line_address, "address", True),
            "id": G(lambda f: f"GB|RM|A|{f.digits(8)}"),
            "places_session_token": G(lambda f: f.uuid()),
            "result_count": G(rint(1, 30)),
            "country": G(country),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ("web",),
        {
            "form": {
                "id": G(pick("newsletter_footer", "regwall_v3")),
                "name": G(pick("Newsletter signup", "Register")),
            },
            "field": {"name": G(const("email")), "type": G(const("email")), "value": Y(email, "email", True)},
            "time_to_complete_ms": G(rint(800, 30000)),
        },
    ),
    # -- contributors ---------------------------------------------------------------------------------
    (
        "track",
        "Contributor Payment Details Submitted",
        ("java",),
        {
            "contributor_id": G(lambda f: "ctb_" + f.digits(5)),
            "contributor_name": Y(full, "name"),
            "contributor_email": Y(email, "email"),
            "contributor_phone": Y(phone_us, "phone"),
            "home_address": Y(one_line_address, "address"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "routing_number": G(us_routing),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "rate_per_word": Y(lambda f: f.pick([0.5, 1.0, 1.5, 2.0]), "salary"),
            "w9_received": B,
            "tax_classification": G(pick("individual", "llc_single_member")),
            "address_state": G(pick("NY", "CA", "IL", "TX")),
        },
    ),
    (
        "track",
        "Contributor Onboarded",
        ("ruby",),
        {
            "contributor_id": G(lambda f: "ctb_" + f.digits(5)),
            "contributor_name": Y(full, "name"),
            "contributor_email": Y(email, "email"),
            "contributor_phone": Y(phone_uk, "phone"),
            "home_address": Y(one_line_address, "address"),
            "ni_number": RED(ni_number, "national id"),
            "utr": RED(utr, "national id"),
            "sort_code": G(sort_code),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "day_rate": Y(lambda f: f.pick([250, 300, 400, 450]), "salary"),
            "ir35_status": G(pick("outside", "inside")),
        },
    ),
    (
        "track",
        "Freie Mitarbeit angelegt",
        ("php",),
        {
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "Anschrift": Y(
                lambda f: (
                    f"{f.pick(DE_STREETS)} {f.r.randint(1, 120)}, {f.r.randint(1067, 99998):05d} "
                    f"{f.pick(DE_CITIES)}"
                ),
                "address",
            ),
            "Geburtsdatum": Y(lambda f: "{2}.{1}.{0}".format(*f.date(1950, 2000).split("-")), "birthdate"),
            "Steuer_ID": RED(steuer_id, "national id"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": G(bic),
            "Honorar_pro_Artikel": Y(lambda f: f.pick([150, 220, 300, 450]), "salary"),
            "Ressort": G(pick("Politik", "Wirtschaft", "Kultur", "Sport")),
            "Vertragsart": G(pick("Pauschalist", "Zeilenhonorar")),
            "KSK_versichert": B,
        },
    ),
    # -- edge worker and ad platforms ------------------------------------------------------------------
    (
        "track",
        "Paywall Decision",
        ("node",),
        {
            "meter-count": G(rint(0, 10)),
            "paywall-variant": G(pick("control", "dynamic_v2")),
            "decision": G(pick("allow", "regwall", "paywall")),
            "cf-ipcountry": G(pick("US", "GB", "DE", "IE")),
            "cf-ray": G(lambda f: f.hexid(16) + "-" + f.pick(["LHR", "FRA", "EWR", "SEA"])),
            "x-forwarded-for": Y(ip, "ip"),
            "user-agent": G(lambda f: f.pick(UAS)),
            "accept-language": G(pick("en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9")),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ("python",),
        {
            "event_name": G(pick("Subscribe", "StartTrial", "CompleteRegistration")),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(pick("website", "app")),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256("1" + f.digits(10)), "phone"),
                "fn": Y(lambda f: sha256(first(f).lower()), "name"),
                "ln": Y(lambda f: sha256(last(f).lower()), "name"),
                "db": Y(lambda f: sha256(f.date(1940, 2006).replace("-", "")), "birthdate"),
                "ge": Y(lambda f: sha256(f.pick(["f", "m"])), "gender"),
                "ct": Y(lambda f: sha256(city(f).lower().replace(" ", "")), "city"),
                "zp": Y(lambda f: sha256(postcode(f).lower().replace(" ", "")), "zipcode"),
                "country": G(lambda f: sha256(country(f).lower())),
                "external_id": G(lambda f: sha256("rdr_" + f.digits(8))),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(fbc, "advertising id"),
                "fbp": Y(fbp, "advertising id"),
            },
            "custom_data": {
                "value": G(money(1, 200)),
                "currency": G(pick("USD", "GBP", "EUR")),
                "content_ids": Many(G(plan_sku), 2),
            },
        },
    ),
]


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict = {
        "type": kind,
        "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "rdr_" + f.digits(8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    context = CONTEXTS[client](f) if client in CONTEXTS else server_context(f, client)
    msg["context"] = render(context, f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(list(clients)), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=106, repeats=28)
    write(Path(__file__).parent, "holdout106_", events, labels)
