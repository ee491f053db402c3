"""Writes holdout 83: tests/corpus/holdout83_events.jsonl and holdout83_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the
helpers and the format), and never run through the engine by its author.

Domain: event ticketing and live entertainment in the US, the UK and Australia, as a ticketing
platform ("Stagepass") and its organisers would send it to Segment: event discovery and search,
seat maps, ticket purchase (e-commerce spec), resale and transfer to friends, mobile tickets with
barcodes and wallet passes, attendee details for named tickets, accessibility requests, age
verification for 18+ events (in-app, a Persona-shaped webhook, door ID scanners), entry scans by
venue staff, merchandise and food & drink orders to the seat, festival camping and parking,
organiser dashboards, team invites and payouts (US, UK and AU bank details), promoter e-mail
(SendGrid- and Mailchimp-shaped webhooks), Twilio SMS replies, Meta Conversions API and ad click
ids, audience surveys, venue-hire enquiries, staff onboarding. PII under neutral keys (`q`,
`text`, `input`, `note`, `notes`, `message`, `added_by`, `send_to`, `answers[].answer`, a wallet
pass's `secondaryFields[].value`, a contact card's `phoneNumbers[].value`,
`context.externalIds[].id`); booleans, counters and enums under PII-sounding keys; businesses'
contact details, venues' coordinates, pets, hotels and performers as green look-alikes. Buyers,
attendees, transfer recipients, guests, emergency contacts, stewards and bar staff, organisers.

Conventions: identify / track / page / screen / group / alias calls with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python, node, go, java, ruby, php and .NET server libraries. Keys are mostly camelCase and
snake_case; about 15 % are PascalCase (.NET box office, steward and staff-onboarding apps,
Twilio), kebab-case (Persona, PHP gift-card and venue-hire forms) or SCREAMING_SNAKE (a warehouse
reverse-ETL identify, Mailchimp merge fields), with British and Australian spellings (postcode,
licence, mobile, favourite, organiser). Values are varied across cultures and the three
countries' formats: phone numbers, postcodes, addresses; Luhn-valid cards, mod-97 GB IBANs,
ABA-valid routing numbers, ABN and UK VAT numbers with their check digits, SSA-structured SSN
fragments, DVLA-shaped licence numbers.

Labelling rules (the product's default colours): PII = personal data about a natural person
(user, recipient, attendee, guest, contact, staff member); the type is the reference matcher
name or bank account / geolocation / secret / national id / health id / advertising id /
credit card / password / ip address, `a|b` where either is fair. Green: ids we issue (orders,
tickets, listings, barcodes, pass serial numbers, scanner ids), versions, timestamps, amounts,
enums, counters and booleans under PII-sounding keys, catalogue data, places that are not the
person's (venues, searched cities, a venue's coordinates), a business's own phone / e-mail /
address / ABN / EIN / VAT number, card brand / last four / BIN / expiry, routing numbers, sort
codes and BSBs, user agents, OS-issued device ids, loyalty and member numbers, ages and age
bands, job titles and employers, pets. Yellow by policy: insurance (refund-protection) policy
numbers (identification), pay rates (salary), vehicle plates (license), ad-platform click and
browser ids (advertising id), billing and shipping addresses. Red: payment tokens, one-time and
activation codes, transfer acceptance codes, invite and reset tokens, push tokens, UK
right-to-work share codes (token); passwords; API keys (secret); full card numbers; bank account
numbers and IBANs; the last four of an SSN; National Insurance numbers; passport numbers;
disability (a boolean or enum revealing it is red, like the reference's `disability`) and
veteran / military status. value_only is true when the key does not say what the value is; such
a PII path holds that PII in every value, and free text is labelled by what every value carries
(green when none carries PII; no free-text path here mixes).

Judgement calls made here (what a careful privacy owner would want): performers, artists and
teams as billed are catalogue data, green; a ticket's static barcode is an id we issue, green,
but a rotating SafeTix-style barcode token and a per-fan presale access code are one-time codes,
red token; a gift-card code is a stored-value credential, red token; hashed e-mail and phone sent
to an ad platform's conversions API still identify the person, yellow (email / phone or
advertising id); a person's IP-derived city and coordinates are theirs, yellow; a Companion Card
or Blue Badge flag reveals disability, red; the city / postcode Twilio derives from the sender's
number is the sender's, yellow, while the business number it was sent to is green; a pet's
microchip number is pet data, green; an organiser account owner's name and e-mail are a person's,
yellow, while the organiser's support e-mail and box-office phone are the business's, green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = [
    "Olivia",
    "Liam",
    "Aroha",
    "Wiremu",
    "Siobhán",
    "Tomás",
    "Priya",
    "Arjun",
    "Oluwaseun",
    "Chidi",
    "Mei Ling",
    "Hyun-woo",
    "Ji-yeon",
    "Nguyen",
    "Thi Lan",
    "Mohammed",
    "Fatima",
    "Zainab",
    "Dmitri",
    "Anastasia",
    "Leilani",
    "Kai",
    "Jamal",
    "DeShawn",
    "Guadalupe",
    "José",
    "Ximena",
    "Connor",
    "Aoife",
    "Eilidh",
    "Rhys",
    "Cerys",
    "Isla",
    "Harper",
    "Matilda",
    "Cooper",
    "Hamish",
    "Yusuf",
    "Amira",
    "Sipho",
    "Mateus",
    "Ingrid",
    "Tane",
    "Malia",
    "Chloe",
    "Ethan",
    "Grace",
    "Ravi",
]
LAST = [
    "Nguyen",
    "Tran",
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "O'Connor",
    "MacLeod",
    "Ahmed",
    "Hussain",
    "Patel",
    "Singh",
    "Kaur",
    "Kim",
    "Park",
    "Wong",
    "Li",
    "Zhang",
    "Rodríguez",
    "Hernández",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Kowalczyk",
    "Papadopoulos",
    "Rossi",
    "Murphy",
    "Evans",
    "Davies",
    "Thompson",
    "Washington",
    "Jackson",
    "Tupou",
    "Fonoti",
    "Walker-Mundine",
    "Van der Berg",
    "Ó Súilleabháin",
    "Al-Rashid",
    "Yamamoto",
    "Gutiérrez",
    "Baptiste",
    "Chowdhury",
]
MAILHOSTS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.co.uk",
    "bigpond.com",
    "optusnet.com.au",
    "btinternet.com",
    "proton.me",
    "me.com",
    "live.com.au",
    "aol.com",
]
US_CITIES = [
    ("Brooklyn", "NY"),
    ("Austin", "TX"),
    ("Nashville", "TN"),
    ("Chicago", "IL"),
    ("Los Angeles", "CA"),
    ("Atlanta", "GA"),
    ("Denver", "CO"),
    ("Seattle", "WA"),
]
UK_CITIES = [
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Glasgow", "G"),
    ("Bristol", "BS"),
    ("Cardiff", "CF"),
    ("Belfast", "BT"),
    ("London", "SE"),
    ("Brighton", "BN"),
]
AU_CITIES = [
    ("Fitzroy", "VIC", "3065"),
    ("Newtown", "NSW", "2042"),
    ("Fremantle", "WA", "6160"),
    ("Paddington", "QLD", "4064"),
    ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"),
    ("Bondi", "NSW", "2026"),
    ("Brunswick", "VIC", "3056"),
]
STREET_NAMES = [
    "Elm",
    "Maple",
    "Church",
    "High",
    "Victoria",
    "Station",
    "Smith",
    "Brunswick",
    "Lygon",
    "King",
    "George",
    "Oxford",
    "Park",
    "Mill",
    "Cedar",
    "Queen",
]
ARTISTS = [
    "Olivia Rodrigo",
    "Tame Impala",
    "Arctic Monkeys",
    "Beyoncé",
    "Kendrick Lamar",
    "RÜFÜS DU SOL",
    "Fontaines D.C.",
    "The Wiggles",
    "Hamilton",
    "Les Misérables",
    "Khruangbin",
    "Sam Fender",
    "Peggy Gou",
    "Noah Kahan",
    "Hilltop Hoods",
    "Wet Leg",
    "Zach Bryan",
    "Royel Otis",
]
EVENT_NAMES = [
    "Olivia Rodrigo: GUTS World Tour",
    "Tame Impala - Live at Red Rocks",
    "Arctic Monkeys UK Tour",
    "Hamilton (Matinee)",
    "Melbourne International Comedy Festival Gala",
    "Splendour in the Grass 2024",
    "Arsenal v Tottenham Hotspur",
    "NRL Grand Final",
    "Glastonbury Resale",
    "The Wiggles Big Show",
    "Boiler Room Sydney",
    "Noah Kahan - Stick Season Tour",
]
VENUES = [
    ("Madison Square Garden", "New York", "US"),
    ("O2 Academy Brixton", "London", "GB"),
    ("Sydney Opera House", "Sydney", "AU"),
    ("Rod Laver Arena", "Melbourne", "AU"),
    ("Red Rocks Amphitheatre", "Morrison", "US"),
    ("Manchester Academy", "Manchester", "GB"),
    ("Enmore Theatre", "Sydney", "AU"),
    ("Ryman Auditorium", "Nashville", "US"),
    ("Barrowland Ballroom", "Glasgow", "GB"),
    ("The Fillmore", "San Francisco", "US"),
]
PROMOTERS = [
    "Live Nation",
    "AEG Presents",
    "Frontier Touring",
    "Secret Sounds",
    "DHP Family",
    "Mothership Presents",
    "Metropolis Music",
    "Handsome Tours",
]
MERCH = [
    "GUTS Tour Tee - Black",
    "Tour Hoodie",
    "Signed Vinyl LP",
    "Tote Bag",
    "Bucket Hat",
    "Poster A2",
    "Enamel Pin Set",
]
FNB = [
    "Schooner Pale Ale",
    "Pint of Lager",
    "Hot Dog",
    "Loaded Fries",
    "Margarita",
    "Bottled Water",
    "Veggie Burger",
    "Nachos",
    "Prosecco 200ml",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def letters(f, n):
    return "".join(f.pick(PLATE_LETTERS) for _ in range(n))


def first(f):
    return f.pick(FIRST)


def last(f):
    return f.pick(LAST)


def full(f):
    return f"{first(f)} {last(f)}"


def email(f):
    fn = first(f).lower().replace(" ", "").replace("á", "a").replace("é", "e")
    ln = last(f).lower().replace("'", "").replace(" ", "").replace("í", "i").replace("á", "a")
    ln = ln.replace("ó", "o").replace("ú", "u").replace("é", "e")
    style = f.r.randint(0, 3)
    user = [f"{fn}.{ln}", f"{fn}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}{f.r.randint(80, 99)}"][
        style
    ]
    return f"{user}@{f.pick(MAILHOSTS)}"


def us_phone(f):
    a, e, n = f.r.randint(201, 989), f.r.randint(200, 999), f.r.randint(0, 9999)
    return f.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a}-{e}-{n:04d}"])


def uk_phone(f):
    body = f"7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}"
    return f.pick(
        [
            f"0{body}",
            f"+44 {body}",
            "+44" + body.replace(" ", ""),
            f"020 {f.r.randint(7000, 8999)} {f.digits(4)}",
        ]
    )


def au_phone(f):
    a, b, c = f.r.randint(400, 499), f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick(
        [
            f"0{a} {b} {c}",
            f"+61 {a} {b} {c}",
            f"+61{a}{b}{c}",
            f"(02) {f.r.randint(8000, 9999)} {f.digits(4)}",
        ]
    )


def phone(f):
    return f.pick([us_phone, uk_phone, au_phone])(f)


def e164(f):
    return f.pick(["+1" + f.digits(10), "+447" + f.digits(9), "+614" + f.digits(8)])


def uk_postcode(f):
    area = f.pick(UK_CITIES)[1]
    outward = f"{area}{f.r.randint(1, 20)}"
    inward = f"{f.r.randint(1, 9)}{f.pick(POSTCODE_LETTERS)}{f.pick(POSTCODE_LETTERS)}"
    return f"{outward} {inward}"


def postcode(f):
    return f.pick(
        [
            lambda f: f.digits(5),
            uk_postcode,
            lambda f: f.pick(AU_CITIES)[2],
            lambda f: f.digits(5) + "-" + f.digits(4),
        ]
    )(f)


def street(f):
    n = f.r.randint(1, 2400)
    kind = f.pick(["St", "Street", "Road", "Ave", "Lane", "Parade", "Terrace"])
    return f.pick(
        [
            f"{n} {f.pick(STREET_NAMES)} {kind}",
            f"Unit {f.r.randint(1, 40)}/{n % 200 + 1} {f.pick(STREET_NAMES)} {kind}",
            f"Flat {f.r.randint(1, 12)}, {n % 90 + 1} {f.pick(STREET_NAMES)} {kind}",
        ]
    )


def line2(f):
    return f.pick(
        [
            "Apt 4B",
            f"Unit {f.r.randint(1, 30)}",
            f"Flat {f.r.randint(1, 9)}",
            f"Suite {f.r.randint(100, 900)}",
            "Level 2",
        ]
    )


def city(f):
    return f.pick([c[0] for c in US_CITIES] + [c[0] for c in UK_CITIES] + [c[0] for c in AU_CITIES])


def full_address(f):
    return f"{street(f)}, {city(f)} {postcode(f)}"


def dob(f):
    return f.date(1958, 2006)


def iso(f):
    return f.iso()


def money(lo=5, hi=400):
    return lambda f: f.money(lo, hi)


def count(lo=0, hi=20):
    return lambda f: f.r.randint(lo, hi)


def one(*items):
    return G(lambda f: f.pick(list(items)))


def const(v):
    return G(lambda f: v)


def boolean():
    return G(lambda f: f.pick([True, False]))


def uid(f):
    return f.uuid()


def tm_id(f):
    return "".join(f.pick(ALNUM) for _ in range(16))


def order_no(f):
    return f.pick(["SP-", "STG-", ""]) + f.digits(9)


def ticket_id(f):
    return "tkt_" + f.hexid(20)


def barcode(f):
    return f.digits(f.pick([16, 18]))


def event_id(f):
    return f.pick(["evt_", "E"]) + f.hexid(12).upper()


def venue_id(f):
    return "KovZpZ" + "".join(f.pick(ALNUM) for _ in range(6))


def seat_label(f):
    return f"Sec {f.r.randint(101, 340)}, Row {f.pick('ABCDEFGHJKLMN')}, Seat {f.r.randint(1, 30)}"


def routing(f):
    while True:
        d = [int(c) for c in f.pick(["0", "1", "2", "3"]) + f.digits(8)]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
            return "".join(map(str, d))


def abn(f):
    weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [int(c) for c in f.digits(11)]
        if (
            sum(w * (x - (1 if i == 0 else 0)) for i, (w, x) in enumerate(zip(weights, d, strict=True))) % 89
            == 0
        ):
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def gb_vat(f):
    d = [int(c) for c in f.digits(7)]
    total = sum(w * x for w, x in zip(range(8, 1, -1), d, strict=True))
    check = (-total) % 97
    return "GB" + "".join(map(str, d)) + f"{check:02d}"


def ein(f):
    return f"{f.r.randint(10, 98)}-{f.digits(7)}"


def dvla(f):
    surname = (last(f).upper().replace("'", "").replace(" ", "").replace("-", "")[:5] + "99999")[:5]
    surname = surname.replace("Ó", "O").replace("Í", "I").replace("Á", "A").replace("É", "E")
    y = f.r.randint(60, 99)
    month = f.r.randint(1, 12) + f.pick([0, 50])
    born = f"{y // 10}{month:02d}{f.r.randint(1, 28):02d}{y % 10}"
    tail = f"{first(f)[0].upper()}9{f.r.randint(0, 9)}{f.pick(PLATE_LETTERS)}{f.pick(PLATE_LETTERS)}"
    return surname + born + tail


def us_dl(f):
    return f.pick(
        [
            "D" + f.digits(7),
            f.digits(9),
            f.pick("ABCSW") + f.digits(12),
            f.digits(3) + "-" + f.digits(3) + "-" + f.digits(3),
        ]
    )


def au_dl(f):
    return f.pick([f.digits(8), f.digits(9), f.digits(10)])


def licence(f):
    return f.pick([dvla, us_dl, au_dl])(f)


def passport(f):
    return f.pick([f.digits(9), f.pick(["PA", "N", "PE", "RA"]) + f.digits(7), "5" + f.digits(8)])


def plate(f):
    return f.pick(
        [
            f"{f.pick(['AB', 'LD', 'MA', 'YK', 'GL'])}{f.r.randint(10, 74)} {letters(f, 3)}",
            f"{f.r.randint(1, 9)}{letters(f, 3)}{f.r.randint(100, 999)}",
            f"{letters(f, 3)}-{f.r.randint(1000, 9999)}",
            f"{letters(f, 3)}{f.r.randint(10, 99)}{f.pick('ABCDEFGHJKLMN')}",
        ]
    )


def pm_token(f):
    return f.pick(["pm_1", "tok_1", "card_1"]) + "".join(f.pick(ALNUM) for _ in range(23))


def otp(f):
    return f.digits(6)


def gclid(f):
    return "Cj0KCQjw" + "".join(f.pick(ALNUM + "-_") for _ in range(f.r.randint(70, 90))) + "BwE"


def fbclid(f):
    return "IwAR" + "".join(f.pick(ALNUM + "_-") for _ in range(58))


def fbp(f):
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fcm(f):
    return (
        "".join(f.pick(ALNUM) for _ in range(22))
        + ":APA91b"
        + "".join(f.pick(ALNUM + "-_") for _ in range(134))
    )


def photo_url(f, kind="avatars"):
    return f"https://cdn.stagepass.com/{kind}/{f.uuid()}.jpg"


def sha256(f):
    return f.hexid(64)


def ipaddr(f):
    return f.pick([f.ipv4, f.ipv4, f.ipv6])()


def dl_state(f):
    return f.pick(["CA", "NY", "TX", "NSW", "VIC", "QLD", "DVLA"])


def idfa(f):
    return f.uuid().upper()


# -- free text ------------------------------------------------------------------------------------


def gift_message(f):
    n = first(f)
    return f.pick(
        [
            f"Happy birthday {n}! See you at the barrier x",
            f"{n} - you owe me a drink for this one",
            f"For {n}, congrats on finishing exams!!",
            f"Surprise {n}!! Don't tell Mum",
            f"Enjoy the show {n}, wish I could come",
            f"{n}, ticket's yours. Doors at 7",
        ]
    )


def access_note(f):
    return f.pick(
        [
            "I use a power wheelchair and need step-free access to the seat",
            "Partially sighted - will attend with my guide dog",
            "Deaf, BSL interpreter side of stage please",
            "I have MS and can't stand for long periods, need a seat near the toilets",
            "Autistic son, would like access to the quiet room",
            "Walking frame user, need aisle seat and lift access",
            "Epilepsy - please seat me away from strobe effects",
            "Wheelchair user plus one carer",
        ]
    )


def chat_input(f):
    e = email(f)
    return f.pick(
        [
            f"hi I never got my tickets, my email is {e}",
            f"Can you resend to {e}? order {order_no(f)}",
            f"{e} - transfer didn't arrive",
            f"I changed email, the new one is {e} thanks",
            f"Tickets went to spam I think. Account {e}",
        ]
    )


def sms_body(f):
    return f.pick(
        ["YES", "Y", "STOP", "Thanks!", "What time do doors open?", "Is there parking?", "HELP", "ok"]
    )


def review_text(f):
    return f.pick(
        [
            "Incredible set, sound was perfect from the balcony",
            "Queue for the bar was 40 minutes, not good enough",
            "Best night of the year",
            "Support act was great, headliner started late",
            "Seats had a restricted view, not mentioned when buying",
            "Easy entry with the mobile tickets",
        ]
    )


def survey_comment(f):
    return f.pick(
        [
            "More toilets please",
            "Sound at the back was muddy",
            "Loved it, staff were friendly",
            "Public transport home was a nightmare",
            "Would come again next year",
            "Too expensive drinks",
            "",
        ]
    )


def hotel_requests(f):
    return f.pick(
        [
            "Late check-in after the show",
            "High floor if possible",
            "Twin beds",
            "",
            "Cot required",
            "Early check-in",
        ]
    )


def lost_item(f):
    return f.pick(
        [
            "Black North Face puffer jacket",
            "iPhone 13 in a green case",
            "Silver hoop earring",
            "Blue denim jacket",
            "Car keys on a Glastonbury lanyard",
            "Prescription glasses, brown frames",
        ]
    )


def guest_note(f):
    return f.pick(
        [
            "Artist guest",
            "Label rep",
            "Photographer - pit access",
            "Friend of promoter",
            "Radio comp winner",
            "",
        ]
    )


# -- contexts -------------------------------------------------------------------------------------


def web_context(f):
    path = f.pick(
        ["/", "/event/" + event_id(f), "/checkout", "/account/tickets", "/search", "/organiser/dashboard"]
    )
    ctx = {
        "library": {
            "name": const("analytics.js"),
            "version": one("npm:next-1.70.0", "next-1.72.1", "npm:next-1.73.0"),
        },
        "page": {
            "path": const(path),
            "referrer": one(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x1y2z3"
            ),
            "search": one(
                "", "?utm_source=newsletter&utm_medium=email", "?ref=artist_page", "?q=tame+impala"
            ),
            "title": one(
                "Stagepass | Live music, theatre & sport tickets", "Checkout | Stagepass", "My tickets"
            ),
            "url": const("https://www.stagepass.com" + path),
        },
        "userAgent": one(*UAS),
        "locale": one("en-US", "en-GB", "en-AU", "es-US"),
        "timezone": one(
            "America/New_York", "America/Chicago", "Europe/London", "Australia/Sydney", "Australia/Perth"
        ),
        "ip": Y(ipaddr, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {"brand": one("Chromium", "Google Chrome", "Not-A.Brand"), "version": one("124", "99", "8")},
                3,
            ),
            "mobile": boolean(),
            "platform": one("macOS", "Windows", "Android"),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": one("onsale_alert", "summer_festivals", "presale_reminder"),
            "source": one("newsletter", "facebook", "google", "tiktok"),
            "medium": one("email", "cpc", "paid_social"),
            "term": one("concert tickets", "tame impala tickets", "comedy festival"),
            "content": one("hero_banner", "cta_button", "artist_tile"),
        }
    return ctx


def swift_context(f):
    return {
        "app": {
            "name": const("Stagepass"),
            "version": one("7.4.0", "7.4.2", "7.5.0"),
            "build": one("7400", "7402", "7501"),
            "namespace": const("com.stagepass.ios"),
        },
        "device": {
            "id": G(idfa),
            "manufacturer": const("Apple"),
            "model": one("iPhone15,3", "iPhone14,5", "iPhone16,1", "iPad13,18"),
            "name": one("iPhone", "iPad"),
            "type": const("ios"),
            "adTrackingEnabled": boolean(),
            **({"advertisingId": Y(idfa, "advertising id")} if f.r.random() < 0.35 else {}),
        },
        "library": {"name": const("analytics-swift"), "version": one("1.5.11", "1.6.0")},
        "locale": one("en-US", "en-GB", "en-AU"),
        "network": {
            "wifi": boolean(),
            "cellular": boolean(),
            "carrier": one("AT&T", "Telstra", "EE", "Optus", "Verizon"),
        },
        "os": {"name": const("iOS"), "version": one("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": one(390, 430, 393), "height": one(844, 932, 852)},
        "timezone": one("America/Los_Angeles", "Europe/London", "Australia/Melbourne"),
        "instanceId": G(uid),
        "traits": {"email": Y(email, "email"), "userId": G(lambda f: "usr_" + f.digits(8))},
    }


def kotlin_context(f):
    return {
        "app": {
            "name": one("Stagepass", "Stagepass Scan"),
            "version": one("7.4.1", "3.2.0"),
            "build": one("70401", "30200"),
            "namespace": one("com.stagepass.android", "com.stagepass.scanner"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": one("samsung", "Google", "Zebra Technologies", "OnePlus"),
            "model": one("SM-S918B", "Pixel 8", "TC52", "CPH2449"),
            "name": one("dm3q", "shiba", "TC52", "OP5958L1"),
            "type": const("android"),
            "adTrackingEnabled": boolean(),
            **({"advertisingId": Y(lambda f: f.uuid(), "advertising id")} if f.r.random() < 0.4 else {}),
        },
        "library": {"name": const("analytics-kotlin"), "version": one("1.15.0", "1.16.3")},
        "locale": one("en-AU", "en-GB", "en-US"),
        "network": {
            "wifi": boolean(),
            "cellular": boolean(),
            "carrier": one("Vodafone AU", "O2 - UK", "T-Mobile"),
        },
        "os": {"name": const("Android"), "version": one("14", "13", "11")},
        "screen": {
            "density": one(2.625, 3.0, 2.0),
            "width": one(1080, 1440, 720),
            "height": one(2340, 3088, 1280),
        },
        "timezone": one("Australia/Brisbane", "Europe/London", "America/Denver"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-S918B', 'Pixel 8'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(uid),
    }


def rn_context(f):
    ctx = {
        "app": {
            "name": const("Stagepass Festivals"),
            "version": one("2.11.0", "2.12.3"),
            "build": one("211", "2123"),
            "namespace": const("com.stagepass.festivals"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": one("Apple", "samsung", "Google"),
            "model": one("iPhone14,2", "SM-A546E", "Pixel 7"),
            "name": one("iPhone", "a54x", "panther"),
            "type": one("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": one("2.19.2", "2.20.1")},
        "locale": one("en-AU", "en-GB", "en-US"),
        "network": {"wifi": boolean(), "cellular": boolean()},
        "os": {"name": one("iOS", "Android"), "version": one("17.4", "14")},
        "screen": {"width": one(390, 412), "height": one(844, 915), "density": one(3, 2.625)},
        "timezone": one("Australia/Sydney", "Europe/London", "America/Chicago"),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(-38.0, 53.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.0, 153.0), 6), "geolocation"),
            "speed": one(0, 0.4, 1.2),
        }
    return ctx


def flutter_context(f):
    return {
        "app": {
            "name": const("Stagepass Lite"),
            "version": one("1.8.0", "1.9.2"),
            "build": one("80", "92"),
            "namespace": const("com.stagepass.lite"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": one("Apple", "samsung"),
            "model": one("iPhone13,2", "SM-A145R"),
            "type": one("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": one("1.1.1", "1.1.4")},
        "os": {"name": one("iOS", "Android"), "version": one("16.6", "13")},
        "screen": {"width": one(390, 720), "height": one(844, 1600)},
        "locale": one("en-AU", "en-US"),
        "timezone": one("Australia/Adelaide", "America/Phoenix"),
        "network": {"wifi": boolean()},
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.7.0",
    "Analytics.NET": "3.8.1",
}


def server_context(lib, forwarded=False):
    def build(f):
        ctx = {"library": {"name": const(lib), "version": const(SERVER_VERSIONS[lib])}}
        if forwarded:
            ctx["ip"] = Y(ipaddr, "ip")
            ctx["userAgent"] = one(*UAS)
            ctx["active"] = const(False)
            if lib == "@segment/analytics-node" and f.r.random() < 0.4:
                ctx["externalIds"] = Many(
                    {
                        "id": Y(email, "email", True),
                        "type": const("email"),
                        "collection": const("users"),
                        "encoding": const("none"),
                    },
                    1,
                )
            if f.r.random() < 0.5:
                ctx["traits"] = {"email": Y(email, "email"), "userId": G(lambda f: "usr_" + f.digits(8))}
        if lib == "@segment/analytics-node" and f.r.random() < 0.3:
            ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node", forwarded=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", forwarded=True),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}

# -- reusable property blocks ---------------------------------------------------------------------


def product():
    return {
        "product_id": G(event_id),
        "sku": G(lambda f: f"{f.pick(['GA', 'RES', 'VIP', 'PIT'])}-{f.digits(6)}"),
        "name": one(*EVENT_NAMES),
        "category": one("Concerts", "Theatre", "Comedy", "Sport", "Festivals"),
        "variant": one("General Admission", "Reserved Seating", "VIP Package", "Standing", "Accessible GA"),
        "price": G(money(25, 450)),
        "quantity": G(count(1, 6)),
        "brand": one(*PROMOTERS),
    }


def merch_item():
    return {
        "product_id": G(lambda f: "m_" + f.digits(7)),
        "sku": G(lambda f: f"MER-{f.digits(5)}-{f.pick(['S', 'M', 'L', 'XL', 'OS'])}"),
        "name": one(*MERCH),
        "category": const("Merchandise"),
        "variant": one("S", "M", "L", "XL", "One Size"),
        "price": G(money(10, 90)),
        "quantity": G(count(1, 3)),
        "brand": one(*ARTISTS),
    }


# -- events ---------------------------------------------------------------------------------------
# (kind, event, client, weight, body)

EVENTS = [
    # -- accounts -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        50,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "postcode": Y(postcode, "zipcode"),
            "city": Y(city, "city"),
            "country": one("US", "GB", "AU"),
            "avatarUrl": Y(photo_url, "photo"),
            "marketingOptIn": boolean(),
            "smsOptIn": boolean(),
            "emailVerified": boolean(),
            "phoneVerified": boolean(),
            "createdAt": G(iso),
            "loyaltyNumber": G(lambda f: "SPC" + f.digits(9)),
            "ticketsPurchased": G(count(0, 140)),
            "age": G(count(18, 72)),
        },
    ),
    (
        "identify",
        None,
        "swift",
        40,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "birthday": Y(dob, "birthdate"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": one("NY", "TX", "NSW", "VIC", "QLD", "Greater Manchester", "Scotland"),
                "postalCode": Y(postcode, "zipcode"),
                "country": one("United States", "United Kingdom", "Australia"),
            },
            "pushEnabled": boolean(),
            "createdAt": G(iso),
        },
    ),
    (
        "identify",
        None,
        "python",
        35,
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_NUMBER": Y(e164, "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "LAST_LOGIN_IP": Y(ipaddr, "ip"),
            "LIFETIME_SPEND_AUD": G(money(0, 9000)),
            "TOTAL_ORDERS": G(count(0, 60)),
            "LAST_EVENT_ATTENDED": one(*EVENT_NAMES),
            "LAST_EVENT_DATE": G(lambda f: f.date(2023, 2024)),
            "CUSTOMER_SEGMENT": one("lapsed", "superfan", "casual", "new"),
            "IS_VIP": boolean(),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "AGE_BAND": one("18-24", "25-34", "35-44", "45-54", "55+"),
        },
    ),
    (
        "group",
        None,
        "node",
        30,
        {
            "name": one(*PROMOTERS),
            "plan": one("starter", "pro", "enterprise"),
            "supportEmail": one(
                "tickets@frontiertouring.com", "help@dhpfamily.com", "boxoffice@mothership.com"
            ),
            "boxOfficePhone": one("+61 2 9550 3666", "+44 115 950 6111", "+1 212 465 6741"),
            "businessAddress": {
                "line1": one("Level 3, 1 Sussex St", "Rock City, 8 Talbot St", "4 Penn Plaza"),
                "city": one("Sydney", "Nottingham", "New York"),
                "postcode": one("2000", "NG1 5GG", "10001"),
                "country": one("AU", "GB", "US"),
            },
            "abn": G(abn),
            "vatNumber": G(gb_vat),
            "ein": G(ein),
            "stripeAccountId": G(lambda f: "acct_1" + "".join(f.pick(ALNUM) for _ in range(15))),
            "payoutsEnabled": boolean(),
            "ownerName": Y(full, "name"),
            "ownerEmail": Y(email, "email"),
            "createdAt": G(iso),
        },
    ),
    ("alias", None, "web", 25, {}),
    ("alias", None, "swift", 20, {}),
    (
        "track",
        "Signed In",
        "node",
        50,
        {
            "method": one("password", "apple", "google", "magic_link"),
            "success": boolean(),
            "failed_attempts": G(count(0, 5)),
            "mfa_enabled": boolean(),
            "password_strength": one("weak", "fair", "strong"),
            "ip_address": Y(ipaddr, "ip"),
            "user_agent": one(*UAS),
            "geo": {
                "city": Y(city, "city"),
                "country": one("AU", "GB", "US"),
                "latitude": Y(lambda f: round(f.r.uniform(-38, 56), 4), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122, 153), 4), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Account Created",
        "web",
        30,
        {
            "signup_source": one("checkout", "header", "presale_signup"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "tamelover99", "P@ssw0rd123", "glasto#2025", "hunter22X"]),
                "password",
            ),
            "confirm_password": RED(
                lambda f: f.pick(["Summer2024!", "tamelover99", "P@ssw0rd123", "glasto#2025"]), "password"
            ),
            "marketing_opt_in": boolean(),
            "referral_code": G(lambda f: "REF" + "".join(f.pick(ALNUM[:26]) for _ in range(6))),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        25,
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: "".join(f.pick(ALNUM) for _ in range(40)), "token"),
            "expires_at": G(iso),
            "request_ip": Y(ipaddr, "ip"),
            "delivery_channel": one("email", "sms"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        30,
        {
            "phone_number": Y(e164, "phone"),
            "verification_code": RED(otp, "token"),
            "channel": one("sms", "whatsapp", "voice"),
            "attempt": G(count(1, 3)),
        },
    ),
    # -- discovery ------------------------------------------------------------------------------
    (
        "page",
        None,
        "web",
        60,
        {
            "name": one("Event Detail", "Home", "Search Results", "Venue"),
            "path": one("/", "/event/vvG1IZ9KbKxQp", "/search", "/venue/rod-laver-arena"),
            "url": one("https://www.stagepass.com/", "https://www.stagepass.com/search?q=comedy"),
            "title": one("Stagepass", "Comedy tickets | Stagepass", "Rod Laver Arena | Stagepass"),
            "referrer": one("", "https://www.google.com/"),
            "search": one("", "?q=comedy", "?date=this-weekend"),
            "event_id": G(event_id),
            "artist": one(*ARTISTS),
            "venue": one(*[v[0] for v in VENUES]),
            "category": one("Concerts", "Theatre", "Comedy", "Sport"),
        },
    ),
    (
        "track",
        "Events Searched",
        "web",
        60,
        {
            "query": one(
                *ARTISTS, "comedy melbourne", "things to do this weekend", "jazz", "west end musicals"
            ),
            "location": one(
                "Brooklyn, NY", "Manchester", "Melbourne VIC", "near me", "Brisbane", "Los Angeles"
            ),
            "date_from": G(lambda f: f.date(2024, 2024)),
            "radius_km": one(10, 25, 50, 100),
            "results_count": G(count(0, 300)),
        },
    ),
    (
        "track",
        "Nearby Events Viewed",
        "rn",
        40,
        {
            "user_lat": Y(lambda f: round(f.r.uniform(-38, 53.5), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-122, 153), 5), "geolocation"),
            "radius_km": one(5, 10, 25),
            "location_permission": one("granted", "approximate"),
            "results": Many(
                {
                    "event_id": G(event_id),
                    "venue_name": one(*[v[0] for v in VENUES]),
                    "distance_km": G(money(0, 30)),
                },
                4,
            ),
        },
    ),
    (
        "screen",
        None,
        "flutter",
        40,
        {
            "screen_class": one("EventDetailScreen", "SeatMapScreen", "WalletScreen", "HomeScreen"),
            "event_id": G(event_id),
        },
    ),
    (
        "screen",
        None,
        "kotlin",
        35,
        {
            "name": one("Seat Map", "My Tickets", "Checkout"),
            "event_id": G(event_id),
            "section_filter": one("Floor", "Lower Bowl", "Upper Tier", "All"),
            "price_band_min": G(money(20, 120)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        60,
        {
            **product(),
            "currency": one("USD", "GBP", "AUD"),
            "value": G(money(25, 450)),
            "url": G(lambda f: "https://www.stagepass.com/event/" + event_id(f)),
            "performer": one(*ARTISTS),
            "venue_name": one(*[v[0] for v in VENUES]),
            "event_date": G(lambda f: f.date(2024, 2025)),
            "age_restriction": one("All ages", "18+", "14+ with adult"),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        "flutter",
        35,
        {
            "event_id": G(event_id),
            "ticket_quantity": G(count(1, 4)),
            "notify_via": one("sms", "email", "push"),
            "mobile": Y(au_phone, "phone"),
            "email": Y(email, "email"),
            "position": G(count(1, 20000)),
            "fan_score": G(count(0, 100)),
        },
    ),
    (
        "track",
        "Presale Code Entered",
        "swift",
        30,
        {
            "event_id": G(event_id),
            "verified_fan_code": RED(
                lambda f: "VF-" + "".join(f.pick(ALNUM[:26] + "23456789") for _ in range(8)), "token|secret"
            ),
            "promo_code": one("EARLYBIRD", "AMEXPRESALE", "LNMEMBER", "VENUE24"),
            "code_valid": boolean(),
            "presale_type": one("verified_fan", "amex", "venue", "artist"),
        },
    ),
    # -- purchase -------------------------------------------------------------------------------
    (
        "track",
        "Seat Selected",
        "swift",
        50,
        {
            "event_id": G(event_id),
            "section": one("104", "Floor A", "Stalls", "Dress Circle", "Upper 312"),
            "row": one("A", "K", "FF", "12"),
            "seat": G(count(1, 40)),
            "price": G(money(40, 350)),
            "currency": one("USD", "GBP", "AUD"),
        },
    ),
    (
        "track",
        "Product Added",
        "kotlin",
        50,
        {
            "cart_id": G(uid),
            **product(),
            "currency": one("USD", "GBP", "AUD"),
            "seats": Many(G(seat_label), 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        45,
        {
            "order_id": G(order_no),
            "value": G(money(30, 1500)),
            "revenue": G(money(30, 1500)),
            "tax": G(money(0, 120)),
            "fees": G(money(3, 90)),
            "coupon": one("", "EARLYBIRD", "STUDENT10"),
            "currency": one("USD", "GBP", "AUD"),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        45,
        {
            "checkout_id": G(uid),
            "order_id": G(order_no),
            "step": const(3),
            "payment_method": one("card", "apple_pay", "paypal", "afterpay", "klarna"),
            "card_brand": one("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
            "card_exp_month": G(count(1, 12)),
            "card_exp_year": G(count(2025, 2031)),
            "cardholder_name": Y(full, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "payment_method_token": RED(pm_token, "token"),
            "save_card": boolean(),
        },
    ),
    (
        "track",
        "Card Details Submitted",
        "php",
        20,
        {
            "checkout_ref": G(uid),
            "pan": RED(lambda f: f.card(), "credit card"),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc_present": boolean(),
            "gateway": one("adyen", "braintree", "stripe"),
            "attempt": G(count(1, 3)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        60,
        {
            "order_id": G(order_no),
            "checkout_id": G(uid),
            "total": G(money(30, 1500)),
            "subtotal": G(money(30, 1400)),
            "fees": G(money(3, 90)),
            "tax": G(money(0, 120)),
            "currency": one("USD", "GBP", "AUD"),
            "coupon": one("", "EARLYBIRD", "STUDENT10"),
            "products": Many(product(), 3),
            "delivery_method": one("mobile", "will_call", "post", "print_at_home"),
            "buyer": {
                "email": Y(email, "email"),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "phone": Y(phone, "phone"),
            },
            "billing_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(line2, "address|street"),
                "city": Y(city, "city"),
                "state": one("NY", "CA", "NSW", "VIC", "Lancashire"),
                "postcode": Y(postcode, "zipcode"),
                "country": one("US", "GB", "AU"),
            },
            "refund_protection": {
                "provider": one("XCover", "TicketPlan", "Allianz"),
                "policy_number": Y(lambda f: f.pick(["XC-", "TP", "AGP"]) + f.digits(8), "identification"),
                "premium": G(money(4, 60)),
            },
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Box Office Sale Recorded",
        "dotnet",
        35,
        {
            "OrderNumber": G(order_no),
            "TerminalId": G(lambda f: "BO-" + f.digits(3)),
            "CashierName": Y(full, "name"),
            "CashierEmployeeId": G(lambda f: "E" + f.digits(5)),
            "PaymentType": one("Cash", "Card", "Comp"),
            "MaskedPan": G(lambda f: "************" + f.digits(4)),
            "CustomerEmail": Y(email, "email"),
            "CustomerPostcode": Y(postcode, "zipcode"),
            "Tickets": Many(
                {"TicketId": G(ticket_id), "Section": one("Stalls", "Circle", "GA"), "Seat": G(count(1, 30))},
                4,
            ),
            "CreatedUtc": G(iso),
        },
    ),
    (
        "track",
        "Order Refunded",
        "python",
        30,
        {
            "order_id": G(order_no),
            "refund_id": G(lambda f: "re_" + f.hexid(20)),
            "amount": G(money(20, 900)),
            "reason": one("event_cancelled", "event_postponed", "duplicate", "customer_request"),
            "refund_method": one("original_payment", "bank_transfer", "credit"),
            "requested_by": one("customer", "organiser", "support"),
            "refund_account": {
                "sort_code": G(
                    lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"
                ),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "account_name": Y(full, "name"),
                "iban": RED(lambda f: f.iban("GB"), "bank account"),
            },
        },
    ),
    (
        "track",
        "Conversion Sent",
        "go",
        35,
        {
            "event_name": one("Purchase", "InitiateCheckout", "AddToCart"),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "action_source": const("website"),
            "event_source_url": G(lambda f: "https://www.stagepass.com/checkout/confirmation/" + f.digits(9)),
            "user_data": {
                "em": Y(sha256, "email|advertising id"),
                "ph": Y(sha256, "phone|advertising id"),
                "client_ip_address": Y(ipaddr, "ip"),
                "client_user_agent": one(*UAS),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "fbp": Y(fbp, "advertising id"),
                "external_id": G(sha256),
            },
            "custom_data": {
                "value": G(money(30, 1500)),
                "currency": one("USD", "GBP", "AUD"),
                "content_ids": Many(G(event_id), 3),
                "num_items": G(count(1, 6)),
            },
        },
    ),
    (
        "track",
        "Ad Click Captured",
        "web",
        30,
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "ttclid": Y(lambda f: "E.C.P." + "".join(f.pick(ALNUM) for _ in range(40)), "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "landing_page": one("/event/olivia-rodrigo-guts", "/festivals", "/"),
            "utm_source": one("google", "facebook", "tiktok", "bing"),
            "utm_campaign": one("guts_tour_onsale", "splendour_24", "brand"),
        },
    ),
    # -- tickets: transfer, resale, mobile --------------------------------------------------------
    (
        "track",
        "Ticket Transfer Initiated",
        "swift",
        45,
        {
            "transfer_id": G(uid),
            "order_id": G(order_no),
            "ticket_ids": Many(G(ticket_id), 4),
            "recipient_email": Y(email, "email"),
            "recipient_first_name": Y(first, "name"),
            "recipient_last_name": Y(last, "name"),
            "recipient_phone": Y(phone, "phone"),
            "message": Y(gift_message, "name", True),
            "method": one("email", "sms", "contact_picker"),
            "contact": {
                "identifier": G(lambda f: f.uuid().upper() + ":ABPerson"),
                "phoneNumbers": Many(
                    {"label": one("mobile", "iPhone", "home", "work"), "value": Y(phone, "phone", True)}, 2
                ),
            },
        },
    ),
    (
        "track",
        "Ticket Transfer Accepted",
        "node",
        35,
        {
            "transfer_id": G(uid),
            "accepted_at": G(iso),
            "acceptance_code": RED(lambda f: f.digits(6), "token"),
            "recipient_user_id": G(lambda f: "usr_" + f.digits(8)),
            "new_barcode_issued": boolean(),
            "recipient_ip": Y(ipaddr, "ip"),
        },
    ),
    (
        "track",
        "Resale Listing Created",
        "kotlin",
        40,
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(16)),
            "ticket_id": G(ticket_id),
            "event_id": G(event_id),
            "list_price": G(money(30, 900)),
            "face_value": G(money(30, 400)),
            "currency": one("AUD", "GBP", "USD"),
            "price_cap_applied": boolean(),
            "payout_method": one("bank", "paypal", "wallet_credit"),
            "payout_paypal_email": Y(email, "email"),
            "seller_payout": {
                "bsb": G(lambda f: f"0{f.r.randint(10, 99)}-{f.digits(3)}"),
                "account_number": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
                "account_name": Y(full, "name"),
            },
        },
    ),
    (
        "track",
        "Resale Ticket Sold",
        "go",
        35,
        {
            "listing_id": G(lambda f: "lst_" + f.hexid(16)),
            "sale_price": G(money(30, 900)),
            "fee": G(money(3, 90)),
            "seller_user_id": G(lambda f: "usr_" + f.digits(8)),
            "buyer_user_id": G(lambda f: "usr_" + f.digits(8)),
            "seller_payout_amount": G(money(20, 800)),
            "seller_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Mobile Ticket Viewed",
        "swift",
        50,
        {
            "ticket_id": G(ticket_id),
            "barcode": G(barcode),
            "barcode_format": one("PDF417", "QR", "AZTEC"),
            "rotating_token": RED(
                lambda f: "".join(f.pick(ALNUM) for _ in range(32)) + "::" + str(f.epoch_ms()), "token|secret"
            ),
            "wallet_added": boolean(),
            "gate": one("Gate A", "Door 3", "North Entry"),
            "seat_label": G(seat_label),
        },
    ),
    (
        "track",
        "Wallet Pass Generated",
        "ruby",
        30,
        {
            "passTypeIdentifier": const("pass.com.stagepass.ticket"),
            "serialNumber": G(ticket_id),
            "description": one(*EVENT_NAMES),
            "primaryFields": Many(
                {"key": const("event"), "label": const("EVENT"), "value": one(*EVENT_NAMES)}, 1
            ),
            "secondaryFields": Many(
                {"key": const("attendee"), "label": const("NAME"), "value": Y(full, "name", True)}, 1
            ),
            "barcodes": Many(
                {"message": G(barcode), "format": const("PKBarcodeFormatPDF417"), "altText": G(seat_label)}, 1
            ),
        },
    ),
    (
        "track",
        "Attendee Details Submitted",
        "web",
        45,
        {
            "order_id": G(order_no),
            "named_tickets_required": boolean(),
            "attendee_count": G(count(1, 6)),
            "attendees": Many(
                {
                    "ticket_id": G(ticket_id),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "phone": Y(phone, "phone"),
                    "ticket_type": one("Adult", "Child", "Concession", "VIP"),
                    "tshirt_size": one("S", "M", "L", "XL"),
                },
                4,
            ),
            "answers": Many(
                {
                    "question": one("Emergency contact number", "Mobile for day-of updates"),
                    "answer": Y(phone, "phone", True),
                    "type": const("text"),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "php",
        25,
        {
            "gift-card-id": G(lambda f: "gc_" + f.digits(10)),
            "amount": G(money(25, 300)),
            "currency": one("GBP", "AUD", "USD"),
            "recipient-name": Y(full, "name"),
            "recipient-email": Y(email, "email"),
            "sender-name": Y(full, "name"),
            "message": Y(gift_message, "name", True),
            "delivery-date": G(lambda f: f.date(2024, 2025)),
            "design": one("birthday", "christmas", "neon"),
            "gift-card-code": RED(
                lambda f: "-".join(
                    "".join(f.pick(ALNUM[:26] + "0123456789") for _ in range(4)) for _ in range(4)
                ),
                "token|secret",
            ),
        },
    ),
    # -- accessibility, age, access -------------------------------------------------------------
    (
        "track",
        "Accessibility Request Submitted",
        "web",
        35,
        {
            "request_id": G(uid),
            "event_id": G(event_id),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "access_requirements": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair space",
                            "step-free access",
                            "hearing loop",
                            "BSL interpreter",
                            "audio description",
                            "assistance dog",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "companion_card_holder": RED(lambda f: f.pick([True, False]), "disability"),
            "companion_card_number": RED(
                lambda f: f.pick(["CC", "NSW"]) + f.digits(7), "disability|identification"
            ),
            "carer_name": Y(full, "name"),
            "carer_ticket_required": boolean(),
            "notes": RED(access_note, "disability|condition", True),
            "preferred_contact": one("email", "phone"),
        },
    ),
    (
        "track",
        "Age Verification Submitted",
        "rn",
        40,
        {
            "verification_id": G(uid),
            "provider": one("Yoti", "Persona", "Onfido"),
            "method": one("id_document", "facial_age_estimation"),
            "document_type": one("drivers_licence", "learner_permit", "proof_of_age_card"),
            "drivers_licence_number": Y(licence, "license"),
            "licence_state": G(dl_state),
            "date_of_birth": Y(dob, "birthdate"),
            "full_name": Y(full, "name"),
            "selfie_url": Y(lambda f: photo_url(f, "kyc/selfies"), "photo"),
            "id_front_image_url": Y(lambda f: photo_url(f, "kyc/documents"), "photo"),
            "estimated_age": G(count(16, 60)),
            "is_over_18": boolean(),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "result": one("approved", "declined", "manual_review"),
        },
    ),
    (
        "track",
        "Inquiry Completed",
        "ruby",
        30,
        {
            "data": {
                "type": const("inquiry"),
                "id": G(lambda f: "inq_" + "".join(f.pick(ALNUM) for _ in range(24))),
                "attributes": {
                    "status": one("completed", "approved", "declined"),
                    "reference-id": G(lambda f: "usr_" + f.digits(8)),
                    "name-first": Y(first, "name"),
                    "name-last": Y(last, "name"),
                    "birthdate": Y(dob, "birthdate"),
                    "address-street-1": Y(street, "address|street"),
                    "address-city": Y(city, "city"),
                    "address-postal-code": Y(lambda f: f.digits(5), "zipcode"),
                    "identification-class": const("dl"),
                    "identification-number": Y(us_dl, "license|identification"),
                    "email-address": Y(email, "email"),
                    "phone-number": Y(us_phone, "phone"),
                    "created-at": G(iso),
                },
                "relationships": {
                    "inquiry-template": {
                        "data": {"id": G(lambda f: "itmpl_" + "".join(f.pick(ALNUM) for _ in range(24)))}
                    }
                },
            },
        },
    ),
    (
        "track",
        "Accreditation Requested",
        "java",
        25,
        {
            "accreditation_id": G(uid),
            "festival_id": G(event_id),
            "role": one("press", "photographer", "crew", "artist_guest"),
            "full_name": Y(full, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "passport_number": RED(passport, "passport"),
            "nationality": Y(
                lambda f: f.pick(
                    ["British", "Australian", "American", "Irish", "New Zealander", "Nigerian", "Indian"]
                ),
                "citizenship",
            ),
            "headshot_url": Y(lambda f: photo_url(f, "accreditation"), "photo"),
            "employer": one("NME", "triple j", "Rolling Stone", "BBC Radio 1", "Getty Images"),
            "job_title": one("Photographer", "Editor", "Tour Manager", "Sound Engineer"),
            "access_zones": Many(one("pit", "backstage", "media_tent", "FOH"), 3),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        "web",
        25,
        {
            "verification_provider": one("ID.me", "SheerID"),
            "verification_id": G(lambda f: f.hexid(24)),
            "military_status": RED(
                lambda f: f.pick(["veteran", "active_duty", "reservist", "retiree"]), "veteran"
            ),
            "branch": RED(
                lambda f: f.pick(["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"]), "veteran"
            ),
            "discount_pct": one(10, 15, 20),
            "verified": boolean(),
        },
    ),
    (
        "track",
        "Entry Scanned",
        "kotlin",
        70,
        {
            "scan_id": G(uid),
            "ticket_id": G(ticket_id),
            "barcode": G(barcode),
            "gate": one("Gate A", "Gate B", "VIP Entrance", "Door 2"),
            "result": one("valid", "already_scanned", "invalid", "wrong_event"),
            "scanner_device_id": G(lambda f: "SCN-" + f.digits(4)),
            "staff_member": {"id": G(lambda f: "stf_" + f.digits(5)), "name": Y(full, "name")},
            "venue_id": G(venue_id),
            "scanned_at": G(iso),
        },
    ),
    (
        "track",
        "ID Checked at Door",
        "kotlin",
        35,
        {
            "scan_id": G(uid),
            "id_type": one("drivers_licence", "passport", "proof_of_age_card"),
            "dob": Y(dob, "birthdate"),
            "age": G(count(17, 65)),
            "over_18": boolean(),
            "name_on_id": Y(full, "name"),
            "address_on_id": Y(full_address, "address"),
            "licence_number": Y(licence, "license"),
            "licence_state": G(dl_state),
            "result": one("admitted", "refused", "banned_list_match"),
        },
    ),
    (
        "track",
        "Attendee Lookup Performed",
        "kotlin",
        35,
        {
            "q": Y(lambda f: f.pick([full(f), email(f), last(f) + ", " + first(f)]), "name|email", True),
            "results_count": G(count(0, 8)),
            "searched_by_staff_id": G(lambda f: "stf_" + f.digits(5)),
            "event_id": G(event_id),
            "took_ms": G(count(20, 900)),
        },
    ),
    # -- onsite orders, camping, parking ----------------------------------------------------------
    (
        "track",
        "Merchandise Order Completed",
        "swift",
        40,
        {
            "order_id": G(order_no),
            "products": Many(merch_item(), 3),
            "total": G(money(20, 300)),
            "currency": one("USD", "GBP", "AUD"),
            "pickup_point": one("Merch Stand B", "Foyer Desk", "Ship to me"),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(line2, "address|street"),
                "city": Y(city, "city"),
                "state": one("TX", "NSW", "VIC", "Essex"),
                "postcode": Y(postcode, "zipcode"),
                "country": one("US", "AU", "GB"),
            },
        },
    ),
    (
        "track",
        "F&B Order Placed",
        "rn",
        50,
        {
            "order_id": G(order_no),
            "items": Many(
                {
                    "item_id": G(lambda f: "fnb_" + f.digits(4)),
                    "name": one(*FNB),
                    "qty": G(count(1, 4)),
                    "price": G(money(4, 25)),
                },
                4,
            ),
            "seat": G(seat_label),
            "section": one("104", "Floor", "Upper 312"),
            "total": G(money(8, 120)),
            "allergens_to_avoid": Many(
                Y(
                    lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "gluten", "dairy", "sesame"]),
                    "allergy",
                ),
                2,
            ),
            "age_confirmed": boolean(),
            "payment_token": RED(pm_token, "token"),
        },
    ),
    (
        "track",
        "Festival Camping Registered",
        "rn",
        30,
        {
            "registration_id": G(uid),
            "campsite": one("Green Fields", "Quiet Camping", "Campervan Area"),
            "vehicle_registration": Y(plate, "license"),
            "emergency_contact_name": Y(full, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "emergency_contact_relationship": one("parent", "partner", "friend", "sibling"),
            "medical_conditions": Many(
                Y(lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "anaphylaxis"]), "condition"), 2
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(["insulin", "EpiPen", "salbutamol inhaler", "levetiracetam"]),
                    "medication",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Parking Pass Purchased",
        "swift",
        30,
        {
            "pass_id": G(lambda f: "pk_" + f.digits(8)),
            "lot": one("Lot C", "P3 Multi-storey", "Olympic Park P5"),
            "licence_plate": Y(plate, "license"),
            "vehicle_make": one("Toyota", "Ford", "Tesla", "Kia", "Vauxhall"),
            "ev_charging": boolean(),
            "blue_badge_holder": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Hotel Package Booked",
        "node",
        25,
        {
            "package_id": G(uid),
            "booking_reference": G(lambda f: "HB" + f.digits(8)),
            "hotel_name": one(
                "Ovolo Woolloomooloo", "The Hoxton Shoreditch", "Hotel Indigo Nashville", "Crown Promenade"
            ),
            "check_in": G(lambda f: f.date(2024, 2025)),
            "guest_names": Many(Y(full, "name"), 3),
            "special_requests": G(hotel_requests),
            "hotel_loyalty_number": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Pet Pass Registered",
        "flutter",
        20,
        {
            "event_id": G(event_id),
            "pet_name": one("Biscuit", "Luna", "Ollie", "Bella", "Mango", "Teddy"),
            "breed": one("Cavoodle", "Staffy", "Kelpie", "Golden Retriever", "Dachshund"),
            "pet_age": G(count(1, 14)),
            "microchip_number": G(lambda f: "956" + f.digits(12)),
            "owner_name": Y(full, "name"),
            "owner_phone": Y(au_phone, "phone"),
        },
    ),
    (
        "track",
        "Lost Property Reported",
        "web",
        25,
        {
            "reference": G(lambda f: "LP-" + f.digits(6)),
            "item_description": G(lost_item),
            "lost_at": G(iso),
            "venue_id": G(venue_id),
            "contact_name": Y(full, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Review Submitted",
        "swift",
        35,
        {
            "event_id": G(event_id),
            "rating": G(count(1, 5)),
            "review_text": G(review_text),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "attended": boolean(),
        },
    ),
    (
        "track",
        "Audience Survey Completed",
        "ruby",
        30,
        {
            "survey_id": G(lambda f: "srv_" + f.digits(5)),
            "event_id": G(event_id),
            "nps": G(count(0, 10)),
            "age_band": one("16-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "gender": Y(lambda f: f.pick(["Woman", "Man", "Non-binary", "Prefer not to say"]), "gender"),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Asian or Asian British - Indian",
                        "Black or Black British - African",
                        "Mixed",
                        "Aboriginal or Torres Strait Islander",
                        "Hispanic or Latino",
                    ]
                ),
                "ethnicity|race",
            ),
            "disability_status": RED(
                lambda f: f.pick(["Yes, limited a lot", "Yes, limited a little", "No"]), "disability"
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "religion": Y(
                lambda f: f.pick(["No religion", "Christian", "Muslim", "Hindu", "Jewish", "Sikh"]),
                "religion",
            ),
            "home_postcode": Y(postcode, "zipcode"),
            "comments": G(survey_comment),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "web",
        35,
        {
            "conversation_id": G(lambda f: "conv_" + f.digits(9)),
            "channel": one("web_chat", "in_app"),
            "text": Y(chat_input, "email", True),
            "agent_name": Y(full, "name"),
            "topic": one("missing_tickets", "transfer", "refund"),
            "csat": one(None, 1, 2, 3, 4, 5),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        "web",
        40,
        {
            "field_id": one("buyer_contact", "attendee_contact", "transfer_contact"),
            "input": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
            "time_to_complete_ms": G(count(300, 12000)),
            "step": one(1, 2),
            "is_valid": boolean(),
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        "web",
        35,
        {
            "form_id": G(lambda f: "nl_" + f.digits(3)),
            "form_name": one("Footer signup", "Presale alerts", "Festival lineup drop"),
            "fields": {
                "email": Y(email, "email"),
                "first_name": Y(first, "name"),
                "postcode": Y(postcode, "zipcode"),
                "favourite_artist": one(*ARTISTS),
                "consent": boolean(),
            },
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Steward Checked In",
        "dotnet",
        35,
        {
            "StewardId": G(lambda f: "STW" + f.digits(5)),
            "FullName": Y(full, "name"),
            "MobileNumber": Y(uk_phone, "phone"),
            "SiaLicenceNumber": Y(lambda f: " ".join(f.digits(4) for _ in range(4)), "license"),
            "Zone": one("Pitch Perimeter", "Gate 4", "North Stand", "Pit"),
            "HourlyRate": Y(lambda f: round(f.r.uniform(11.5, 19.0), 2), "salary"),
            "AgencyName": one("Showsec", "G4S Events", "Mama Security"),
            "CheckedInAt": G(iso),
            "DateOfBirth": Y(dob, "birthdate"),
        },
    ),
    (
        "track",
        "Bar Shift Started",
        "node",
        30,
        {
            "staff_id": G(lambda f: "stf_" + f.digits(5)),
            "staff_name": Y(full, "name"),
            "role": one("bartender", "bar_supervisor", "barback"),
            "hourly_rate": Y(lambda f: round(f.r.uniform(24, 38), 2), "salary"),
            "rsa_certificate_number": Y(lambda f: f.pick(["RSA", "1"]) + f.digits(7), "certificate"),
            "shift_start": G(iso),
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(au_phone, "phone"),
                "relationship": one("partner", "parent", "friend"),
            },
        },
    ),
    (
        "track",
        "Will Call Pickup Authorised",
        "web",
        25,
        {
            "order_id": G(order_no),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Tickets to be collected by {full(f)}",
                        f"{full(f)} picking up on my behalf",
                        f"Collect: {full(f)} (sister)",
                        f"Authorised: {full(f)} - will bring photo ID",
                    ]
                ),
                "name",
                True,
            ),
            "id_required": boolean(),
            "window": one("doors", "from 5pm", "day before"),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "dotnet",
        25,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FullName": Y(full, "name"),
            "DateOfBirth": Y(dob, "birthdate"),
            "NiNumber": RED(
                lambda f: f.pick(["AB", "JT", "NE", "PW", "ZR"]) + f.digits(6) + f.pick("ABCD"), "national id"
            ),
            "HomeAddress": Y(lambda f: street(f) + ", " + f.pick(UK_CITIES)[0], "address"),
            "Postcode": Y(uk_postcode, "zipcode"),
            "PersonalEmail": Y(email, "email"),
            "BankSortCode": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "RightToWorkChecked": boolean(),
            "ShareCode": RED(
                lambda f: "W" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
                "token|citizenship",
            ),
            "JobTitle": one("Steward", "Bar Staff", "Cloakroom Attendant", "Duty Manager"),
        },
    ),
    (
        "track",
        "Venue Hire Enquiry Submitted",
        "php",
        25,
        {
            "enquiry-id": G(lambda f: "ENQ-" + f.digits(6)),
            "venue-space": one("Main Hall", "Rooftop Bar", "Studio 2", "Whole Venue"),
            "contact-name": Y(full, "name"),
            "contact-email": Y(email, "email"),
            "contact-phone": Y(phone, "phone"),
            "company-name": one(
                "Acme Records", "Northwind Comedy", "Bright Side Weddings", "Globex Corporate Events"
            ),
            "event-date": G(lambda f: f.date(2024, 2025)),
            "expected-attendance": G(count(30, 1500)),
            "budget-range": one("under-5k", "5k-15k", "15k-50k", "50k-plus"),
            "catering-required": boolean(),
            "how-did-you-hear": one("google", "instagram", "word-of-mouth", "returning-client"),
        },
    ),
    # -- organisers -----------------------------------------------------------------------------
    (
        "track",
        "Event Created",
        "web",
        35,
        {
            "event_id": G(event_id),
            "name": one(*EVENT_NAMES),
            "category": one("Concerts", "Comedy", "Festivals", "Theatre"),
            "headliner": one(*ARTISTS),
            "promoter_name": one(*PROMOTERS),
            "start_time": G(iso),
            "is_18_plus": boolean(),
            "venue": {
                "name": one(*[v[0] for v in VENUES]),
                "address": one(
                    "1 Olympic Blvd, Melbourne VIC 3001",
                    "1AA Stockwell Rd, London SW9 9SL",
                    "18300 W Alameda Pkwy, Morrison, CO 80465",
                ),
                "city": one(*[v[1] for v in VENUES]),
                "postcode": one("3001", "SW9 9SL", "80465", "2000"),
                "phone": one("+61 3 9286 1600", "+44 20 7771 3000", "+1 720 865 2494"),
                "email": one(
                    "events@rodlaverarena.com.au", "info@academymusicgroup.com", "redrocks@denvergov.org"
                ),
                "capacity": G(count(300, 20000)),
                "latitude": one(-37.8216, 51.4651, 39.6654, -33.8568),
                "longitude": one(144.9785, -0.1149, -105.2057, 151.2153),
            },
            "ticket_types": Many(
                {"name": one("GA", "VIP", "Early Bird", "Student"), "price": G(money(20, 400))}, 4
            ),
        },
    ),
    (
        "track",
        "Report Exported",
        "web",
        30,
        {
            "report_type": one("attendee_list", "sales_summary", "door_list", "payout_statement"),
            "format": one("csv", "xlsx", "pdf"),
            "row_count": G(count(1, 20000)),
            "include_pii": boolean(),
            "exported_by_email": Y(email, "email"),
            "send_to": Many(Y(email, "email", True), 3),
        },
    ),
    (
        "track",
        "Guest List Updated",
        "web",
        30,
        {
            "guest_list_id": G(lambda f: "gl_" + f.digits(6)),
            "event_id": G(event_id),
            "added_by": Y(email, "email", True),
            "guests": Many(
                {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "plus_ones": G(count(0, 2)),
                    "label": one("VIP", "Artist Guest", "Industry", "Media"),
                    "note": G(guest_note),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Team Member Invited",
        "node",
        25,
        {
            "inviter_user_id": G(lambda f: "usr_" + f.digits(8)),
            "invitee_email": Y(email, "email"),
            "invitee_name": Y(full, "name"),
            "role": one("admin", "box_office", "door_staff", "finance"),
            "permissions": Many(one("view_sales", "scan_tickets", "issue_refunds", "manage_payouts"), 3),
            "invite_expires_at": G(iso),
            "invite_token": RED(lambda f: "inv_" + "".join(f.pick(ALNUM) for _ in range(32)), "token"),
        },
    ),
    (
        "track",
        "Payout Requested",
        "python",
        30,
        {
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "organiser_id": G(lambda f: "org_" + f.digits(6)),
            "event_ids": Many(G(event_id), 3),
            "amount": G(money(500, 90000)),
            "currency": const("USD"),
            "bank": {
                "routing_number": G(routing),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "account_holder_name": Y(full, "name"),
                "account_type": one("checking", "savings"),
                "bank_name": one("Chase", "Wells Fargo", "Bank of America", "Chime"),
            },
            "tax": {
                "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
                "tax_id_type": one("ssn", "ein"),
                "w9_on_file": boolean(),
                "business_ein": G(ein),
            },
        },
    ),
    (
        "track",
        "Payout Account Updated",
        "java",
        25,
        {
            "organiser_id": G(lambda f: "org_" + f.digits(6)),
            "sort_code": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "bic": one("NWBKGB2L", "BARCGB22", "HBUKGB4B", "MIDLGB22"),
            "account_holder": Y(full, "name"),
            "updated_by_email": Y(email, "email"),
            "updated_from_ip": Y(ipaddr, "ip"),
            "verification": one("micro_deposits", "open_banking", "manual"),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        20,
        {
            "integration": one("mailchimp", "klaviyo", "hubspot", "zapier"),
            "organiser_id": G(lambda f: "org_" + f.digits(6)),
            "api_key": RED(lambda f: f.hexid(32) + "-us" + str(f.r.randint(1, 21)), "secret"),
        },
    ),
    # -- promoter email & messaging --------------------------------------------------------------
    (
        "track",
        "Promoter Email Sent",
        "python",
        30,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(7)),
            "list_id": G(lambda f: f.hexid(10)),
            "subject": one(
                "Tickets on sale Friday 10am",
                "Presale code inside",
                "Lineup announced!",
                "Last chance: final release",
            ),
            "from_email": one("news@frontiertouring.com", "hello@secretsounds.com", "events@dhpfamily.com"),
            "from_name": one(*PROMOTERS),
            "recipient_count": G(count(100, 250000)),
        },
    ),
    (
        "track",
        "Email Event Received",
        "python",
        45,
        {
            "email": Y(email, "email"),
            "event": one("delivered", "open", "click", "bounce", "unsubscribe"),
            "sg_event_id": G(lambda f: "".join(f.pick(ALNUM) for _ in range(22))),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(ipaddr, "ip"),
            "useragent": one(*UAS),
            "url": one("https://www.stagepass.com/event/guts-tour", "https://www.stagepass.com/presale", ""),
        },
    ),
    (
        "track",
        "List Subscribed",
        "php",
        30,
        {
            "type": const("subscribe"),
            "fired_at": G(lambda f: f.iso().replace("T", " ")[:19]),
            "data": {
                "id": G(lambda f: f.hexid(10)),
                "list_id": G(lambda f: f.hexid(10)),
                "email": Y(email, "email"),
                "email_type": const("html"),
                "ip_opt": Y(ipaddr, "ip"),
                "merges": {
                    "EMAIL": Y(email, "email"),
                    "FNAME": Y(first, "name"),
                    "LNAME": Y(last, "name"),
                    "PHONE": Y(phone, "phone"),
                    "MMERGE5": one("Melbourne", "Sydney", "Brisbane"),
                    "BIRTHDAY": Y(
                        lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}", "birthdate"
                    ),
                },
            },
        },
    ),
    (
        "track",
        "SMS Reply Received",
        "node",
        35,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(e164, "phone"),
            "To": one("+14155550142", "+447700900321", "+61480000123"),
            "Body": G(sms_body),
            "FromCity": Y(city, "city"),
            "FromState": one("CA", "NSW", "", "TX"),
            "FromZip": Y(lambda f: f.digits(5), "zipcode"),
            "FromCountry": one("US", "AU", "GB"),
            "SmsStatus": const("received"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "kotlin",
        30,
        {
            "push_token": RED(fcm, "token"),
            "provider": const("fcm"),
            "notifications_enabled": boolean(),
        },
    ),
]


def build(seed: int, scale: float):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    plan = [
        (kind, event, client, body)
        for kind, event, client, weight, body in EVENTS
        for _ in range(round(weight * scale))
    ]
    for kind, event, client, body in plan:
        msg = {
            "type": kind,
            "messageId": f.uuid(),
            "timestamp": f.iso(),
            "anonymousId": f.uuid(),
            "userId": "usr_" + f.digits(8),
        }
        if event:
            msg["event"] = event
        if kind == "alias":
            msg["previousId"] = msg["anonymousId"]
        elif kind == "group":
            msg["groupId"] = "org_" + f.digits(6)
            msg["traits"] = render(body, f, "traits", labels)
        else:
            section = "traits" if kind == "identify" else "properties"
            msg[section] = render(body, f, section, labels)
        if kind == "screen":
            msg["name"] = f.pick(["Event Detail", "Seat Map", "Wallet", "Home"])
        msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
        events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=83, scale=1.0)
    write(Path(__file__).parent, "holdout83_", events, labels)
