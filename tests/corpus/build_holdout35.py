"""Writes holdout35: tests/corpus/holdout35_events.jsonl and holdout35_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' builders (build_holdout3.py was read for its format only) or any labels file, and never
scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout35`; seeded, so the
output is the same on every run.

Domain: creators and communities, as one Segment workspace would receive it.
- Streamhaus, a live-streaming platform: streamers and viewers, chat, tips with messages (also a
  Korean flow with Korean keys), subscriptions and gift subscriptions, payout methods (IBAN, US
  ACH, Korean settlement accounts, Mexican CLABEs), tax forms (W-9/W-8BEN), age verification,
  parental consent, moderation reports, bans, stream keys and OAuth connections, a merch store,
  Stripe Connect webhooks.
- Podwave, podcast hosting: listening, search, listener surveys, guest bookings (including a
  Typeform-shaped intake webhook), sponsorship deals and invoices from a .NET billing service
  (PascalCase), a kebab-case publishing service, IAB-style download logs and ad insertion.
- Commons, a Circle-like community: members (Spanish-keyed identify and events), posts, mentions, DMs,
  member search, events with attendees, guests and emergency contacts, check-ins, paid
  memberships (Segment e-commerce spec), family plans with dependants, pet profiles, support
  tickets, staff audit logs, Sift-, SendGrid- and Facebook-CAPI-shaped server payloads, a
  reverse-ETL identify in SCREAMING_SNAKE_CASE.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and server libraries (python, node, go, java, ruby, php, csharp), with their
`context` blocks (ip, traits, device, app, library, locale, userAgent, campaign, externalIds);
identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths are PascalCase
(.NET), kebab-case (the publishing service), SCREAMING_SNAKE (warehouse reverse ETL), `$`-prefixed
(Sift) or Spanish and Korean keys. Paths are flattened as in `portal.events.flatten`
(`properties.guests[].email`); a path has one label wherever it occurs.

Labelling rules (the Privacy Portal's default colours):
- Personal data about a natural person (the user, a streamer, a donor, a gift recipient, a guest,
  a sponsor's contact, an attendee, a dependant, an emergency contact, a staff member or
  moderator) is labelled with the reference's matcher name and its default colour: name, email,
  phone, address|street, city, zipcode, birthdate, gender, photo, ip, mac, citizenship, license,
  social security number, passport, password, token, credit card, disability, religion,
  ethnicity. Names outside the reference: `bank account`, `national id`, `secret` (red);
  `geolocation`, `advertising id` (yellow).
- A person's username, handle or display name is `name` (yellow): it identifies them on the
  platform. Names of shows, episodes, streams, communities, companies, products and pets are green.
- A person's avatar or headshot URL is `photo`; cover art and post images are green.
- The listener's or member's own city (IP-derived or self-stated) is `city`; a venue's address,
  city and coordinates, a sponsor company's billing address and a searched place are green.
- Green: ids we or vendors issue (numeric, UUID, `acct_`/`po_`/`evt_` ids, Typeform response
  tokens, invoice numbers, SKUs, invite codes), versions, timestamps, amounts, counts, booleans and
  enums under PII-sounding keys (`emailVerified`, `ssn_last_4_provided`, `audience_gender`,
  `phone_number_id`), card brand, last four, expiry and BIN, bank names, BICs, routing numbers,
  country, region, locale, language, timezone, currency, user agents, OS-issued device ids, a
  pet's birthday and microchip number.
- Full card numbers and CVCs are red `credit card`; IBANs, account numbers and CLABEs are red
  `bank account`; the last four of an SSN are red `social security number`; SSNs/ITINs,
  Korean resident registration numbers, Spanish DNIs, Brazilian CPFs, Mexican RFCs and other tax
  ids of individuals are red (`social security number` or `national id`); an identity document
  number whose type varies (passport, id card, driving licence) is red `passport|national
  id|license`.
- A boolean or enum that itself reveals a special category (wheelchair access needed, religion,
  ethnicity) is red of that category.
- Hashed e-mail addresses and phone numbers sent for ad matching (CAPI `em`/`ph`) still single
  out the person: labelled `email`/`phone` yellow, not value_only (the value cannot tell).
- Push tokens, OAuth access and refresh tokens are red `token`; stream keys red `secret`.
- value_only is true when the key does not say what the value is (`value`, `label`, `q`,
  `recipient`, `to`, `notes`, `note`, `evidence`, `email_subject`, `reviewed_by`,
  `request.remote`, `attachment.body` (a geo: URI), `custom_fields[].value`,
  `externalIds[].id`, Twilio's `From`, Typeform's `answers[].text`) and only the value reveals
  it. Such a path holds that PII in every one of its values (checked when built for e-mail,
  phone and ip). Free text is labelled by what every one of its values carries: a free-text path
  whose values only sometimes carry PII, or never do (stream titles, tip messages, chat snippets,
  survey comments, briefs), is green. Where every value carries a phone number or an e-mail
  address but which one varies, the type is `phone|email`.
- Our own numbers and addresses are not a person's: Twilio's `To` (the show's hotline) and
  SendGrid's `ip` (the sending server) are green; the caller's city and ZIP are yellow. Machine
  hostnames here are generic (`DESKTOP-7Q2K9LM`) and green.
- Undecidable cases were settled the way a careful privacy owner at a mid-size company would
  want: flag what singles out a person (handles, hashed contact details, the listener's IP city),
  leave green what describes things, places of businesses and aggregates.
"""

import hashlib
import re
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people of many cultures ------------------------------------------------------------------------

# (first, last, romanised first, romanised last)
PEOPLE = [
    ("Emily", "Carter", "emily", "carter"),
    ("Jack", "Thompson", "jack", "thompson"),
    ("María Fernanda", "López", "mariafernanda", "lopez"),
    ("Santiago", "Ramírez", "santiago", "ramirez"),
    ("Lucía", "Martínez", "lucia", "martinez"),
    ("Javier", "Gómez Ruiz", "javier", "gomez"),
    ("Valentina", "Rojas", "valentina", "rojas"),
    ("Diego", "Hernández", "diego", "hernandez"),
    ("민준", "김", "minjun", "kim"),
    ("서연", "이", "seoyeon", "lee"),
    ("지훈", "박", "jihoon", "park"),
    ("수아", "최", "sua", "choi"),
    ("Haruto", "Sato", "haruto", "sato"),
    ("Yui", "Tanaka", "yui", "tanaka"),
    ("Aarav", "Sharma", "aarav", "sharma"),
    ("Ananya", "Iyer", "ananya", "iyer"),
    ("Chinedu", "Okeke", "chinedu", "okeke"),
    ("Ngozi", "Adeyemi", "ngozi", "adeyemi"),
    ("Lukas", "Schneider", "lukas", "schneider"),
    ("Leonie", "Fischer", "leonie", "fischer"),
    ("Camille", "Lefèvre", "camille", "lefevre"),
    ("Youssef", "El Amrani", "youssef", "elamrani"),
    ("Layla", "Haddad", "layla", "haddad"),
    ("Wei", "Zhang", "wei", "zhang"),
    ("João", "Pereira", "joao", "pereira"),
    ("Ana Beatriz", "Souza", "anabeatriz", "souza"),
    ("Zofia", "Nowak", "zofia", "nowak"),
    ("Thị Lan", "Nguyễn", "lan", "nguyen"),
    ("Elif", "Yılmaz", "elif", "yilmaz"),  # noqa: RUF001 (Turkish dotless i)
    ("Siobhan", "O'Connor", "siobhan", "oconnor"),
    ("Kofi", "Asante", "kofi", "asante"),
    ("Ingrid", "Johansson", "ingrid", "johansson"),
]
KOREAN = [p for p in PEOPLE if p[2] in ("minjun", "seoyeon", "jihoon", "sua")]
SPANISH = [p for p in PEOPLE if p[3] in ("lopez", "ramirez", "martinez", "gomez", "rojas", "hernandez")]
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "correo.example.org"]
HANDLE_WORDS = ["plays", "gg", "live", "tv", "irl", "beats", "fm", "cast", "art", "codes"]
COMPANIES = [
    "Northwind Coffee",
    "Globex",
    "Initech",
    "BrightDesk",
    "Kōen Audio",
    "Mercado Verde SA",
    "Hanul Foods",
]
GAMES = ["Just Chatting", "Valorant", "Minecraft", "League of Legends", "Art", "Music", "Elden Ring", "Chess"]
SHOWS = [
    "The Daily Grind",
    "Tech Tides",
    "Cuentos de Medianoche",
    "밤의 라디오",
    "Founders Unfiltered",
    "Green Thumb Hour",
]
COMMUNITIES = [
    "Paws Collective",
    "Indie Makers Club",
    "Runners of Madrid",
    "Seoul Creators Lab",
    "Plant Parents",
]
EPISODE_TITLES = [
    "Ep. 112: Scaling without burnout",
    "Why sourdough fails",
    "Entrevista: emprender desde cero",
    "Live from the studio",
    "Q&A special",
    "The one about compost",
]


class F(Fake):
    """Fake with generators for the countries this corpus covers."""

    def person(self):
        return self.pick(PEOPLE)

    def given(self):
        return self.person()[0]

    def family(self):
        return self.person()[1]

    def fullname(self):
        first, last, *_ = self.person()
        if first in ("민준", "서연", "지훈", "수아"):
            return last + first
        return f"{first} {last}"

    def mail(self):
        _, _, rf, rl = self.person()
        user = self.pick([f"{rf}.{rl}", f"{rf}{rl}{self.r.randint(1, 99)}", f"{rf[0]}{rl}", f"{rl}.{rf}", rf])
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def handle(self):
        _, _, rf, rl = self.person()
        word = self.pick(HANDLE_WORDS)
        return self.pick(
            [
                f"{rf}_{word}",
                f"{rl}{self.r.randint(1, 999)}",
                f"xX{rf}Xx",
                f"{rf}.{word}",
                f"the{rl}{word}",
                rf.capitalize(),
            ]
        )

    def tel(self, country=None):
        r = self.r
        country = country or self.pick(
            ["US", "GB", "DE", "FR", "ES", "MX", "KR", "BR", "JP", "IN", "NG", "AU"]
        )
        d = self.digits
        return {
            "US": self.pick([f"+1 {r.randint(201, 989)} 555 {d(4)}", f"({r.randint(201, 989)}) 555-{d(4)}"]),
            "GB": self.pick([f"+44 7700 900{r.randint(100, 999)}", f"07700 900{r.randint(100, 999)}"]),
            "DE": f"+49 15{r.randint(1, 9)} {d(8)}",
            "FR": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            "ES": self.pick([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"]),
            "MX": f"+52 55 {d(4)} {d(4)}",
            "KR": self.pick([f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}"]),
            "BR": f"+55 11 9{d(4)}-{d(4)}",
            "JP": f"090-{d(4)}-{d(4)}",
            "IN": f"+91 9{d(4)} {d(5)}",
            "NG": f"+234 803 {d(3)} {d(4)}",
            "AU": f"04{d(2)} {d(3)} {d(3)}",
        }[country]

    def page(self, app):
        """The page the message was sent from: (path, title), one per message."""
        if getattr(self, "_page", None) is None:
            self._page = self.pick(PAGES[app])
        return self._page

    def e164(self):
        cc, n = self.pick([("1", 10), ("44", 10), ("52", 10), ("34", 9), ("82", 10), ("55", 11)])
        return f"+{cc}{self.digits(n)}"

    def home(self):
        """A home address as (line1, line2, city, postal code, region, country), one per message."""
        if getattr(self, "_home", None) is None:
            self._home = self._new_home()
        return self._home

    def _new_home(self):
        r = self.r
        return self.pick(
            [
                (
                    f"{r.randint(10, 9999)} {self.pick(['Maple Ave', 'W 34th St', 'Lakeview Dr'])}",
                    self.pick(["Apt 3C", "", "Unit 12"]),
                    self.pick(["Austin", "Portland", "Columbus"]),
                    f"{r.randint(10000, 99999)}",
                    self.pick(["TX", "OR", "OH"]),
                    "US",
                ),
                (
                    f"Calle de Alcalá {r.randint(1, 300)}",
                    f"{r.randint(1, 8)}º {self.pick('ABCD')}",
                    "Madrid",
                    f"280{r.randint(10, 55)}",
                    "Madrid",
                    "ES",
                ),
                (
                    f"Av. Insurgentes Sur {r.randint(100, 3000)}",
                    f"Depto {r.randint(1, 40)}",
                    "Ciudad de México",
                    f"0{r.randint(1000, 9999)}",
                    "CDMX",
                    "MX",
                ),
                (
                    f"테헤란로 {r.randint(1, 500)}",
                    f"{r.randint(101, 1505)}호",
                    "서울",
                    f"06{r.randint(100, 299)}",
                    "서울특별시",
                    "KR",
                ),
                (
                    f"{r.randint(1, 200)} Baker Street",
                    self.pick(["Flat 2", ""]),
                    "London",
                    f"NW1 {r.randint(1, 9)}{self.pick(['AB', 'XE', 'RT'])}",
                    "England",
                    "GB",
                ),
                (f"Torstraße {r.randint(1, 200)}", "", "Berlin", f"10{r.randint(100, 999)}", "BE", "DE"),
                (
                    f"Rua Augusta {r.randint(1, 2000)}",
                    f"Apto {r.randint(11, 180)}",
                    "São Paulo",
                    f"01{r.randint(100, 999)}-{r.randint(100, 999)}",
                    "SP",
                    "BR",
                ),
                (
                    f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} Shibuya",
                    "",
                    "Tokyo",
                    f"150-00{r.randint(10, 99)}",
                    "Tokyo",
                    "JP",
                ),
            ]
        )

    def ssn_(self):
        return self.ssn() if self.r.random() < 0.7 else self.ssn().replace("-", "")

    def itin(self):
        group = self.pick([70, 75, 78, 83, 90, 94])
        return f"9{self.r.randint(0, 99):02d}-{group}-{self.r.randint(1, 9999):04d}"

    def rrn(self):
        """Korean resident registration number with its check digit."""
        r = self.r
        year = r.randint(1970, 2004)
        body = f"{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body += str(self.pick([1, 2]) if year < 2000 else self.pick([3, 4])) + "".join(
            str(r.randint(0, 9)) for _ in range(5)
        )
        total = sum(int(c) * w for c, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))
        check = (11 - total % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def dni(self):
        n = self.r.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self):
        prefix = self.pick("XYZ")
        n = self.r.randint(1_000_000, 9_999_999)
        return f"{prefix}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(prefix)) + str(n)) % 23]}"

    def cpf(self):
        digits = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            total = sum(d * w for d, w in zip(digits, range(n, 1, -1), strict=False))
            digits.append(0 if total % 11 < 2 else 11 - total % 11)
        s = "".join(map(str, digits))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

    def rfc(self):
        letters = "".join(self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4))
        date = f"{self.r.randint(60, 99)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        return letters + date + "".join(self.pick("ABCDEFGHJKLMN0123456789") for _ in range(3))

    def clabe(self):
        body = (
            self.pick(["002", "012", "014", "072"])
            + "180"
            + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        )
        total = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6, strict=False))
        return body + str((10 - total % 10) % 10)

    def aba(self):
        body = self.pick(["0210", "0260", "1110", "3222", "0711", "1210"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(4)
        )
        weights = [3, 7, 1, 3, 7, 1, 3, 7]
        total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
        return body + str((10 - total % 10) % 10)

    def kr_account(self):
        return self.pick(
            [
                f"110-{self.digits(3)}-{self.digits(6)}",
                f"{self.digits(6)}-04-{self.digits(6)}",
                f"1002-{self.digits(3)}-{self.digits(6)}",
                f"3333-{self.digits(2)}-{self.digits(7)}",
            ]
        )

    def passport(self):
        return self.pick(
            [
                self.digits(9),
                "X" + self.digits(8),
                "M" + self.digits(8),
                "PA" + self.digits(7),
                "C" + self.pick("FGHJK") + self.digits(7),
            ]
        )

    def dl(self):
        return self.pick(
            [
                "D" + self.digits(7),
                f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                "SCHNE" + self.digits(6) + "LU9AB",
                f"11-{self.digits(2)}-{self.digits(6)}-{self.digits(2)}",
            ]
        )

    def key(self, n):
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        return "".join(self.pick(alphabet) for _ in range(n))

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def sha(self, text=None):
        return hashlib.sha256((text or self.hexid(16)).encode()).hexdigest()

    def ts(self):
        return self.iso()


# -- templates: optional keys and fixed sequences ---------------------------------------------------


class Opt:
    """A key present in a share `p` of the events."""

    def __init__(self, item, p=0.6):
        self.item, self.p = item, p


class Seq:
    """A fixed-order array (e.g. a form's answers), each element its own template."""

    def __init__(self, *items):
        self.items = items


def render(template: Any, f: F, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
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


# -- contexts ---------------------------------------------------------------------------------------

APPS = {
    "streamhaus": {"name": "Streamhaus", "host": "https://www.streamhaus.tv", "ns": "tv.streamhaus"},
    "podwave": {"name": "Podwave", "host": "https://app.podwave.fm", "ns": "fm.podwave"},
    "commons": {"name": "Commons", "host": "https://commons.community", "ns": "community.commons"},
}
PAGES = {
    "streamhaus": [
        ("/", "Streamhaus"),
        ("/directory", "Browse - Streamhaus"),
        ("/settings/payouts", "Payouts"),
        ("/kat_plays", "kat_plays - Streamhaus"),
    ],
    "podwave": [
        ("/dashboard", "Dashboard | Podwave"),
        ("/shows/tech-tides/analytics", "Analytics | Podwave"),
        ("/sponsorships", "Sponsorships | Podwave"),
    ],
    "commons": [
        ("/c/paws-collective", "Paws Collective"),
        ("/events", "Events · Commons"),
        ("/checkout", "Join · Commons"),
        ("/messages", "Messages"),
    ],
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
]
LOCALES = ["en-US", "es-ES", "es-MX", "ko-KR", "pt-BR", "en-GB", "de-DE", "ja-JP", "fr-FR"]
TIMEZONES = [
    "America/New_York",
    "Europe/Madrid",
    "America/Mexico_City",
    "Asia/Seoul",
    "America/Sao_Paulo",
    "Europe/London",
    "Asia/Tokyo",
]


def web_context(app: str):
    a = APPS[app]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f, app=app: f.page(app)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://t.co/x8Kd2", "https://www.reddit.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=raid", "?tab=upcoming"])),
            "title": G(lambda f, app=app: f.page(app)[1]),
            "url": G(lambda f, a=a, app=app: a["host"] + f.page(app)[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.7),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["summer_creator_fund", "podwave_launch", "black_friday_24", "kr_beta"])
                ),
                "source": G(lambda f: f.pick(["google", "newsletter", "tiktok", "instagram"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social", "affiliate"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            ["streaming software", "start a podcast", "online community platform"]
                        )
                    )
                ),
                "content": Opt(G(lambda f: f.pick(["hero_cta", "footer_link", "video_a"]))),
            },
            0.3,
        ),
    }


def swift_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f, a=a: a["name"]),
            "version": G(lambda f: f.pick(["8.4.0", "8.4.1", "8.5.0"])),
            "build": G(lambda f: f.pick(["8400", "8412", "8503"])),
            "namespace": G(lambda f, a=a: a["ns"] + ".ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,4", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([False, False, True])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
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
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Opt(Y(lambda f: f.mail(), "email"), 0.7),
                "username": Opt(Y(lambda f: f.handle(), "name"), 0.7),
            },
            0.7,
        ),
    }


def kotlin_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f, a=a: a["name"]),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.0", "8.3.2"])),
            "build": G(lambda f: f.pick(["208400", "208500", "208302"])),
            "namespace": G(lambda f, a=a: a["ns"] + ".android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918N", "Pixel 8", "23049PCD8G", "moto g84 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "marble", "bangkk"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: f.pick([1080, 1440])),
            "height": G(lambda f: f.pick([2340, 2400, 3088])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["SKTelecom", "KT", "Movistar", "Telcel", "Vivo", "T-Mobile"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-S918N', 'Pixel 8'])} Build/UQ1A.240105.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            0.25,
        ),
        "traits": Opt(
            {
                "email": Opt(Y(lambda f: f.mail(), "email"), 0.7),
                "username": Opt(Y(lambda f: f.handle(), "name"), 0.7),
            },
            0.7,
        ),
    }


def rn_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f, a=a: a["name"]),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "namespace": G(lambda f, a=a: a["ns"]),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-A546E", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.19.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 430])),
            "height": G(lambda f: f.pick([852, 915, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Opt(Y(lambda f: f.mail(), "email"), 0.7),
                "username": Opt(Y(lambda f: f.handle(), "name"), 0.5),
            },
            0.6,
        ),
    }


def flutter_context(app: str):
    a = APPS[app]
    return {
        "app": {
            "name": G(lambda f, a=a: a["name"]),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "312", "320"])),
            "namespace": G(lambda f, a=a: a["ns"] + ".app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B", "CPH2451"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.1", "1.0.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "analytics-csharp": ["2.3.6", "2.3.4"],
}


def server_context(lib: str, ip=0.5, ua=0.3, traits=0.0, external=0.0):
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f, lib=lib: lib),
            "version": G(lambda f, lib=lib: f.pick(SERVER_VERSIONS[lib])),
        },
    }
    if ip:
        ctx["ip"] = Opt(Y(lambda f: f.ip(), "ip"), ip)
    if ua:
        ctx["userAgent"] = Opt(G(lambda f: f.pick(WEB_UAS)), ua)
    if traits:
        ctx["traits"] = Opt({"email": Y(lambda f: f.mail(), "email")}, traits)
    if external:
        ctx["externalIds"] = Opt(
            Seq(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                }
            ),
            external,
        )
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
    libs = {
        "python": "analytics-python",
        "node": "@segment/analytics-node",
        "go": "analytics-go",
        "java": "analytics-java",
        "ruby": "analytics-ruby",
        "php": "analytics-php",
        "csharp": "analytics-csharp",
    }
    return server_context(
        libs[client],
        traits=0.3 if client in ("node", "php") else 0.0,
        external=0.3 if client in ("python", "php") else 0.0,
    )


# -- shared field groups ----------------------------------------------------------------------------


def money(lo=1, hi=500):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def home_address(style="snake"):
    keys = {
        "snake": ("line1", "line2", "city", "postal_code", "state", "country"),
        "shopify": ("address1", "address2", "city", "zip", "province_code", "country_code"),
        "pascal": ("Line1", "Line2", "City", "PostalCode", "Region", "Country"),
    }[style]
    return {
        keys[0]: Y(lambda f: f.home()[0], "address|street"),
        keys[1]: Opt(
            Y(
                lambda f: f.pick(
                    [
                        f"Apt {f.r.randint(1, 40)}{f.pick('ABCD')}",
                        f"Unit {f.r.randint(1, 300)}",
                        f"{f.r.randint(1, 20)}º {f.pick('ABCD')}",
                        f"{f.r.randint(101, 1505)}호",
                    ]
                ),
                "address|street",
            ),
            0.6,
        ),
        keys[2]: Y(lambda f: f.home()[2], "city"),
        keys[3]: Y(lambda f: f.home()[3], "zipcode"),
        keys[4]: G(lambda f: f.home()[4]),
        keys[5]: G(lambda f: f.home()[5]),
    }


def membership_product():
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(14)),
        "sku": G(
            lambda f: f.pick(
                ["CMN-PLUS-M", "CMN-PLUS-Y", "CMN-FAM-Y", "SH-MERCH-HOODIE-L", "SH-MERCH-MUG", "PW-PRO-M"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Commons Plus (monthly)",
                    "Commons Plus (annual)",
                    "Family plan",
                    "Streamhaus Logo Hoodie",
                    "Emote Mug",
                    "Podwave Pro",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["membership", "merch", "subscription"])),
        "variant": Opt(G(lambda f: f.pick(["L", "Black", "annual", "monthly"])), 0.6),
        "price": G(money(3, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "coupon": Opt(G(lambda f: f.pick(["CREATOR20", "PAWS10", "BF24"])), 0.3),
        "position": Opt(G(lambda f: f.r.randint(1, 6)), 0.4),
    }


def stream_title(f: F) -> str:
    return f.pick(
        [
            "!drops ranked grind to radiant",
            "chill lofi art stream | !commissions",
            "first time playing Elden Ring DLC",
            "야식 먹방 + 수다 🍜",
            "Jugando con subs | !discord",
            "24h charity stream for St. Jude",
            "chess puzzles w/ chat",
        ]
    )


def tip_message(f: F) -> str:
    return f.pick(
        [
            "love the stream!!",
            "for the new mic 🎤",
            "happy 2 years of streaming",
            "saludos desde Guadalajara",
            "오늘도 방송 감사합니다",
            "play Minecraft next pls",
            "",
            "first tip, keep it up",
            "GG that clutch was insane",
        ]
    )


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, client choices, app, body)

STREAMHAUS = [
    (
        "identify",
        None,
        ["swift", "kotlin", "web"],
        "streamhaus",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "username": Y(lambda f: f.handle(), "name"),
            "displayName": Y(lambda f: f.pick([f.handle(), f.given()]), "name"),
            "firstName": Opt(Y(lambda f: f.given(), "name"), 0.5),
            "lastName": Opt(Y(lambda f: f.family(), "name"), 0.5),
            "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.3),
            "birthday": Opt(Y(lambda f: f.date(1975, 2008), "birthdate"), 0.5),
            "avatar": Y(
                lambda f: f"https://static-cdn.streamhaus.tv/avatars/{f.uuid()}-300x300.png", "photo"
            ),
            "country": G(pick("US", "KR", "MX", "ES", "BR", "DE", "JP")),
            "language": G(pick("en", "ko", "es", "pt", "de", "ja")),
            "createdAt": G(lambda f: f.iso()),
            "isPartner": G(pick(True, False)),
            "isAffiliate": G(pick(True, False)),
            "followerCount": G(lambda f: f.r.randint(0, 250000)),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "twoFactorEnabled": G(pick(True, False)),
            "preferredCategories": Many(G(lambda f: f.pick(GAMES)), 3),
            "marketingOptIn": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Stream Started",
        ["go"],
        "streamhaus",
        {
            "channel_id": G(lambda f: f.digits(9)),
            "stream_id": G(lambda f: f.digits(11)),
            "title": G(stream_title),
            "category": G(lambda f: f.pick(GAMES)),
            "language": G(pick("en", "ko", "es", "pt")),
            "tags": Many(
                G(pick("English", "Chill", "Competitive", "한국어", "Español", "LGBTQIA+", "Vtuber")), 3
            ),
            "is_mature": G(pick(True, False)),
            "streamer_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "swift", "kotlin"],
        "streamhaus",
        {
            "channel_id": G(lambda f: f.digits(9)),
            "message_id": G(lambda f: f.uuid()),
            "message_length": G(lambda f: f.r.randint(1, 500)),
            "contains_link": G(pick(True, False)),
            "is_subscriber": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Channel Followed",
        ["web", "swift", "kotlin"],
        "streamhaus",
        {
            "channel_id": G(lambda f: f.digits(9)),
            "streamer_username": Y(lambda f: f.handle(), "name"),
            "follow_source": G(pick("directory", "raid", "clip", "search", "recommended")),
            "notifications_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Tip Sent",
        ["web", "swift"],
        "streamhaus",
        {
            "tip_id": G(lambda f: "tip_" + f.hexid(16)),
            "channel_id": G(lambda f: f.digits(9)),
            "amount": G(money(1, 200)),
            "currency": G(pick("USD", "EUR", "MXN", "BRL")),
            "streamer_display_name": Y(lambda f: f.handle(), "name"),
            "donor_name": Y(lambda f: f.pick([f.given(), f.handle(), f.fullname()]), "name"),
            "donor_email": Y(lambda f: f.mail(), "email"),
            "message": G(tip_message),
            "is_anonymous": G(pick(True, False)),
            "tts_enabled": G(pick(True, False)),
            "payment_method": G(pick("card", "paypal", "apple_pay", "google_pay")),
            "alert_sound": G(pick("coins", "airhorn", "none")),
        },
    ),
    (
        "track",
        "후원 완료",
        ["kotlin", "swift"],
        "streamhaus",
        {
            "후원ID": G(lambda f: "DN" + f.digits(12)),
            "스트리머_닉네임": Y(
                lambda f: f.pick(["하늘별", "뚜기TV", "민트초코", "겜돌이"]) + str(f.r.randint(1, 99)), "name"
            ),
            "후원자_닉네임": Y(
                lambda f: (
                    f.pick(["달빛고양이", "치킨러버", "새벽감성", "코딩하는곰"]) + str(f.r.randint(1, 999))
                ),
                "name",
            ),
            "별풍선_개수": G(lambda f: f.pick([10, 50, 100, 500, 1000])),
            "후원금액": G(lambda f: f.pick([1100, 5500, 11000, 55000])),
            "통화": G(lambda f: "KRW"),
            "메시지": G(tip_message),
            "익명여부": G(pick(True, False)),
            "휴대폰번호": Y(lambda f: f.tel("KR"), "phone"),
            "결제수단": G(pick("휴대폰결제", "카카오페이", "신용카드", "네이버페이")),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        "streamhaus",
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(20)),
            "channel_id": G(lambda f: f.digits(9)),
            "tier": G(pick("1000", "2000", "3000")),
            "months": G(lambda f: f.r.randint(1, 48)),
            "is_gift": G(pick(True, False)),
            "gifter_username": Opt(Y(lambda f: f.handle(), "name"), 0.5),
            "recipient_username": Y(lambda f: f.handle(), "name"),
            "price": G(pick(4.99, 9.99, 24.99)),
            "currency": G(pick("USD", "EUR", "MXN", "BRL")),
            "renewal_date": G(lambda f: f.date(2024, 2025)),
            "payment_provider": G(pick("stripe", "apple_iap", "google_play")),
        },
    ),
    (
        "track",
        "Gift Subscriptions Sent",
        ["node"],
        "streamhaus",
        {
            "channel_id": G(lambda f: f.digits(9)),
            "gift_count": G(lambda f: f.pick([1, 5, 10, 50])),
            "recipients": Many(
                {"user_id": G(lambda f: f.digits(9)), "username": Y(lambda f: f.handle(), "name")}, 5
            ),
            "total": G(money(5, 250)),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["python"],
        "streamhaus",
        {
            "creator_id": G(lambda f: f.digits(9)),
            "payout_method": G(lambda f: "sepa_transfer"),
            "bank_account": {
                "account_holder_name": Y(lambda f: f.fullname(), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "ES", "NL", "GB"])), "bank account"),
                "bic": G(pick("DEUTDEFF", "BNPAFRPP", "CAIXESBBXXX", "ABNANL2A", "NWBKGB2L")),
                "bank_name": G(pick("Deutsche Bank", "BNP Paribas", "CaixaBank", "ABN AMRO", "NatWest")),
                "country": G(pick("DE", "FR", "ES", "NL", "GB")),
            },
            "currency": G(pick("EUR", "GBP")),
            "is_default": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Payout Account Linked",
        ["python"],
        "streamhaus",
        {
            "creator_id": G(lambda f: f.digits(9)),
            "provider": G(lambda f: "plaid"),
            "institution_name": G(pick("Chase", "Wells Fargo", "Bank of America", "Ally Bank")),
            "institution_id": G(pick("ins_3", "ins_4", "ins_127989", "ins_25")),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "account_type": G(pick("checking", "savings")),
            "account_holder_type": G(pick("individual", "company")),
            "verification_status": G(pick("instantly_verified", "pending_manual_verification")),
        },
    ),
    (
        "track",
        "정산 계좌 등록",
        ["kotlin"],
        "streamhaus",
        {
            "크리에이터ID": G(lambda f: f.digits(9)),
            "은행명": G(pick("신한은행", "국민은행", "카카오뱅크", "우리은행")),
            "계좌번호": RED(lambda f: f.kr_account(), "bank account"),
            "예금주": Y(lambda f: f.pick(KOREAN)[1] + f.pick(KOREAN)[0], "name"),
            "주민등록번호": RED(lambda f: f.rrn(), "national id"),
            "사업자여부": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Método de Cobro Agregado",
        ["kotlin", "web"],
        "streamhaus",
        {
            "creador_id": G(lambda f: f.digits(9)),
            "banco": G(pick("BBVA México", "Banorte", "Santander", "Citibanamex")),
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "titular": Y(lambda f: f.pick(SPANISH)[0] + " " + f.pick(SPANISH)[1], "name"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "moneda": G(lambda f: "MXN"),
        },
    ),
    (
        "track",
        "Tax Form Submitted",
        ["python"],
        "streamhaus",
        {
            "creator_id": G(lambda f: f.digits(9)),
            "form_type": G(lambda f: "W-9"),
            "tin_type": G(pick("SSN", "ITIN")),
            "tin": RED(
                lambda f: f.pick([f.ssn_(), f.ssn_(), f.itin()]), "social security number|national id"
            ),
            "legal_name": Y(lambda f: f.fullname(), "name"),
            "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "address": home_address(),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Foreign Tax Form Submitted",
        ["python"],
        "streamhaus",
        {
            "creator_id": G(lambda f: f.digits(9)),
            "form_type": G(lambda f: "W-8BEN"),
            "legal_name": Y(lambda f: f.fullname(), "name"),
            "country_of_citizenship": Y(
                pick("Mexico", "Spain", "South Korea", "Brazil", "Germany"), "citizenship"
            ),
            "foreign_tax_id": RED(lambda f: f.pick([f.rfc(), f.dni(), f.rrn(), f.cpf()]), "national id"),
            "treaty_country": G(pick("MX", "ES", "KR", "DE")),
            "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tax Info Verified",
        ["java"],
        "streamhaus",
        {
            "creator_id": G(lambda f: f.digits(9)),
            "tin_last4": RED(lambda f: f.digits(4), "social security number"),
            "tin_match_status": G(pick("matched", "mismatch", "pending")),
            "irs_verified": G(pick(True, False)),
            "backup_withholding": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["java"],
        "streamhaus",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "creator_id": G(lambda f: f.digits(9)),
            "amount": G(money(50, 20000)),
            "currency": G(pick("USD", "EUR", "KRW", "MXN")),
            "method": G(pick("ach", "sepa", "paypal", "kr_bank")),
            "arrival_date": G(lambda f: f.date(2024, 2024)),
            "status": G(pick("paid", "in_transit", "failed")),
            "bank_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Payout Hold Applied",
        ["java"],
        "streamhaus",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "hold_reason": G(pick("chargeback_risk", "tax_info_missing", "identity_review")),
            "reviewed_by": Y(
                lambda f: f.pick(["t.nguyen", "r.alvarez", "j.kim", "m.okafor"]) + "@streamhaus.tv",
                "email",
                True,
            ),
            "hold_days": G(lambda f: f.r.randint(1, 30)),
            "auto_release": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ["node"],
        "streamhaus",
        {
            "inquiry_id": G(lambda f: "inq_" + f.hexid(22)),
            "verified": G(pick(True, False)),
            "date_of_birth": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "id_document": {
                "type": G(pick("passport", "id_card", "drivers_license")),
                "number": RED(
                    lambda f: f.pick([f.passport(), f.dni(), f.dl()]), "passport|national id|license"
                ),
                "issuing_country": G(pick("US", "ES", "MX", "KR", "DE")),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
            },
        },
    ),
    (
        "track",
        "Moderation Report Filed",
        ["web", "swift", "kotlin"],
        "streamhaus",
        {
            "report_id": G(lambda f: f.uuid()),
            "channel_id": G(lambda f: f.digits(9)),
            "reported_user_id": G(lambda f: f.digits(9)),
            "reported_username": Y(lambda f: f.handle(), "name"),
            "reason": G(pick("spam", "harassment", "hate_speech", "doxxing", "self_harm", "underage")),
            "message_excerpt": G(
                lambda f: f.pick(
                    [
                        "ur so bad uninstall",
                        "buy followers at cheap-views dot com",
                        "kys",
                        "go back to your country",
                        "ratio + L",
                    ]
                )
            ),
            "clip_attached": G(pick(True, False)),
            "surface": G(pick("chat", "profile", "stream", "whisper")),
        },
    ),
    (
        "track",
        "Doxxing Report Escalated",
        ["go"],
        "streamhaus",
        {
            "report_id": G(lambda f: f.uuid()),
            "severity": G(pick("high", "critical")),
            "evidence": Y(
                lambda f: f.pick(
                    [
                        f"chat msg: 'her number is {f.tel()} call her lol'",
                        f"posted in chat: {f.mail()}",
                        f"whisper contained {f.tel()} and a street name",
                        f"user spammed the streamer's personal email {f.mail()}",
                    ]
                ),
                "phone|email",
                True,
            ),
            "escalated_to": G(pick("trust_safety_l2", "legal")),
            "auto_actioned": G(pick(True, False)),
        },
    ),
    (
        "track",
        "User Banned",
        ["go"],
        "streamhaus",
        {
            "ban_id": G(lambda f: f.digits(10)),
            "target_user_id": G(lambda f: f.digits(9)),
            "target_username": Y(lambda f: f.handle(), "name"),
            "moderator_username": Y(lambda f: f.handle(), "name"),
            "duration_sec": G(lambda f: f.pick([600, 3600, 86400, None])),
            "reason": G(pick("spam", "harassment", "hate_speech", "ban_evasion")),
            "ban_type": G(pick("timeout", "channel_ban", "sitewide")),
            "appeal_allowed": G(pick(True, False)),
            "ip_ban": G(pick(True, False)),
            "banned_ip": Opt(Y(lambda f: f.ip(), "ip"), 0.5),
        },
    ),
    (
        "track",
        "Stream Key Regenerated",
        ["node"],
        "streamhaus",
        {
            "channel_id": G(lambda f: f.digits(9)),
            "stream_key": RED(lambda f: f"live_{f.digits(9)}_{f.key(30)}", "secret"),
            "regenerated_by": G(pick("user", "support", "security_automation")),
            "previous_key_age_days": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["node"],
        "streamhaus",
        {
            "provider": G(pick("youtube", "discord", "spotify", "x")),
            "access_token": RED(
                lambda f: f.pick(["ya29.a0" + f.hexid(60), f.hexid(30), "BQ" + f.hexid(70)]), "token"
            ),
            "refresh_token": Opt(RED(lambda f: "1//0" + f.hexid(50), "token"), 0.6),
            "provider_account_id": G(lambda f: f.digits(18)),
            "provider_username": Y(lambda f: f.handle(), "name"),
        },
    ),
    (
        "track",
        "Clip Created",
        ["web", "kotlin"],
        "streamhaus",
        {
            "clip_id": G(
                lambda f: (
                    f.pick(["Brave", "Tiny", "Fluffy", "Sneaky"])
                    + f.pick(["Otter", "Panda", "Koala"])
                    + f.hexid(6)
                )
            ),
            "stream_id": G(lambda f: f.digits(11)),
            "duration": G(lambda f: f.r.randint(5, 60)),
            "title": G(stream_title),
            "clipper_username": Y(lambda f: f.handle(), "name"),
            "vod_offset_sec": G(lambda f: f.r.randint(0, 30000)),
        },
    ),
    (
        "track",
        "Raid Started",
        ["web"],
        "streamhaus",
        {
            "from_channel_id": G(lambda f: f.digits(9)),
            "to_channel_id": G(lambda f: f.digits(9)),
            "to_streamer_username": Y(lambda f: f.handle(), "name"),
            "viewer_count": G(lambda f: f.r.randint(1, 9000)),
        },
    ),
    (
        "track",
        "Search Autocomplete Shown",
        ["web", "swift"],
        "streamhaus",
        {
            "input": G(pick("valo", "minecr", "lofi", "elden", "asmr", "chess", "먹방", "just ch")),
            "suggestions_count": G(lambda f: f.r.randint(0, 10)),
            "latency_ms": G(lambda f: f.r.randint(20, 400)),
        },
    ),
    (
        "track",
        "Automod Message Held",
        ["go"],
        "streamhaus",
        {
            "message_id": G(lambda f: f.uuid()),
            "channel_id": G(lambda f: f.digits(9)),
            "automod_category": G(pick("profanity", "identity", "sexual", "aggression")),
            "severity_level": G(lambda f: f.r.randint(1, 4)),
            "text": G(
                lambda f: f.pick(
                    [
                        "this ref is trash",
                        "shut up noob",
                        "****** clown",
                        "go touch grass idiot",
                        "you stink lmao",
                    ]
                )
            ),
            "released_by_mod": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Capture Device Connected",
        ["node"],
        "streamhaus",
        {
            "device_kind": G(pick("capture_card", "webcam", "microphone")),
            "device_label": G(pick("Elgato HD60 X", "Logitech C920", "Shure MV7", "Razer Kiyo Pro")),
            "machine": {
                "hostname": G(pick("DESKTOP-7Q2K9LM", "DESKTOP-H41PT0C", "MacBook-Pro.local", "studio-pc")),
                "mac_address": Y(lambda f: f.mac(), "mac"),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        "streamhaus",
        {
            "order_id": G(lambda f: "#" + str(f.r.randint(1001, 99999))),
            "checkout_id": G(lambda f: f.digits(14)),
            "total": G(money(10, 300)),
            "revenue": G(money(10, 300)),
            "shipping": G(money(0, 20)),
            "tax": G(money(0, 30)),
            "discount": G(money(0, 15)),
            "coupon": Opt(G(pick("CREATOR20", "PAWS10", "BF24")), 0.4),
            "currency": G(pick("USD", "EUR", "KRW")),
            "products": Many(membership_product(), 3),
            "email": Y(lambda f: f.mail(), "email"),
            "shipping_address": Opt(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                    **home_address("shopify"),
                    "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
                },
                0.6,
            ),
        },
    ),
    (
        "track",
        "Stripe Webhook Received",
        ["go"],
        "streamhaus",
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: "payout.paid"),
            "account": G(lambda f: "acct_" + f.hexid(16)),
            "data": {
                "object": {
                    "id": G(lambda f: "po_" + f.hexid(24)),
                    "amount": G(lambda f: f.r.randint(1000, 900000)),
                    "currency": G(pick("usd", "eur", "gbp")),
                    "arrival_date": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                    "destination": G(lambda f: "ba_" + f.hexid(24)),
                    "status": G(pick("paid", "in_transit")),
                }
            },
        },
    ),
    (
        "track",
        "Connected Account Updated",
        ["go"],
        "streamhaus",
        {
            "account_id": G(lambda f: "acct_" + f.hexid(16)),
            "business_type": G(lambda f: "individual"),
            "individual": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "dob": {
                    "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                    "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                    "year": Y(lambda f: f.r.randint(1960, 2005), "birthdate"),
                },
                "address": {
                    "line1": Y(lambda f: f.home()[0], "address|street"),
                    "city": Y(lambda f: f.home()[2], "city"),
                    "postal_code": Y(lambda f: f.home()[3], "zipcode"),
                    "state": G(lambda f: f.home()[4]),
                    "country": G(lambda f: f.home()[5]),
                },
                "ssn_last_4_provided": G(pick(True, False)),
                "id_number_provided": G(pick(True, False)),
                "verification": {"status": G(pick("verified", "pending", "unverified"))},
            },
            "payouts_enabled": G(pick(True, False)),
        },
    ),
    (
        "page",
        "Channel",
        ["web"],
        "streamhaus",
        {
            "name": G(lambda f: "Channel"),
            "category": G(lambda f: "Watch"),
            "channel_id": G(lambda f: f.digits(9)),
            "live": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        ["kotlin", "swift"],
        "streamhaus",
        {
            "이름": Y(lambda f: f.pick(KOREAN)[1] + f.pick(KOREAN)[0], "name"),
            "이메일": Y(lambda f: f.mail(), "email"),
            "휴대폰번호": Y(lambda f: f.tel("KR"), "phone"),
            "생년월일": Y(lambda f: f.date(1975, 2008).replace("-", ""), "birthdate"),
            "성별": Y(pick("남성", "여성"), "gender"),
            "회원등급": G(pick("일반", "VIP", "열혈팬")),
            "본인인증여부": G(pick(True, False)),
            "가입일": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Creator Application Submitted",
        ["web"],
        "streamhaus",
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "program": G(pick("partner", "affiliate", "creator_fund")),
            "legal_first_name": Y(lambda f: f.given(), "name"),
            "legal_last_name": Y(lambda f: f.family(), "name"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "mobile_number": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "home_address": {
                "street": Y(lambda f: f.home()[0], "address|street"),
                "city": Y(lambda f: f.home()[2], "city"),
                "postal_code": Y(lambda f: f.home()[3], "zipcode"),
                "country": G(lambda f: f.home()[5]),
            },
            "preferred_pronouns": Opt(Y(pick("she/her", "he/him", "they/them"), "gender"), 0.6),
            "avg_concurrent_viewers": G(lambda f: f.r.randint(3, 5000)),
        },
    ),
    (
        "track",
        "Parental Consent Requested",
        ["node"],
        "streamhaus",
        {
            "child_username": Y(lambda f: f.handle(), "name"),
            "child_birth_year": Y(lambda f: f.r.randint(2008, 2013), "birthdate"),
            "parent_name": Y(lambda f: f.fullname(), "name"),
            "parent_email": Y(lambda f: f.mail(), "email"),
            "consent_method": G(pick("email_plus", "card_check", "id_upload")),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Whisper Sent",
        ["web", "kotlin"],
        "streamhaus",
        {
            "thread_id": G(lambda f: f"{f.digits(9)}_{f.digits(9)}"),
            "recipient_username": Y(lambda f: f.handle(), "name"),
            "first_in_thread": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Signed In",
        ["node"],
        "streamhaus",
        {
            "method": G(pick("password", "google", "apple", "passkey")),
            "mfa_used": G(pick(True, False)),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "request": {
                "remote": Y(lambda f: f.ip(), "ip", True),
                "user_agent": G(lambda f: f.pick(WEB_UAS)),
                "country": G(pick("US", "KR", "MX", "ES", "BR")),
            },
        },
    ),
    (
        "track",
        "Two Factor Enabled",
        ["swift", "kotlin"],
        "streamhaus",
        {
            "method": G(pick("sms", "totp", "sms")),
            "phone_number": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
            "backup_codes_generated": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        "streamhaus",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_min": G(pick(15, 30, 60)),
        },
    ),
]

PODWAVE = [
    (
        "identify",
        None,
        ["rn", "web"],
        "podwave",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.fullname(), "name"),
            "username": Opt(Y(lambda f: f.handle(), "name"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(pick("free", "pro", "network")),
            "role": G(pick("listener", "creator", "both")),
            "showsCount": G(lambda f: f.r.randint(0, 6)),
            "avatar": Opt(Y(lambda f: f"https://img.podwave.fm/u/{f.hexid(12)}.jpg", "photo"), 0.6),
            "country": G(pick("US", "KR", "MX", "ES", "BR", "DE", "JP")),
            "emailVerified": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Episode Played",
        ["rn"],
        "podwave",
        {
            "show_id": G(lambda f: f.digits(7)),
            "episode_id": G(lambda f: f.uuid()),
            "show_title": G(lambda f: f.pick(SHOWS)),
            "episode_title": G(lambda f: f.pick(EPISODE_TITLES)),
            "episode_number": G(lambda f: f.r.randint(1, 300)),
            "position_sec": G(lambda f: f.r.randint(0, 4000)),
            "duration_sec": G(lambda f: f.r.randint(600, 7200)),
            "source": G(pick("library", "search", "share_link", "carplay", "widget")),
            "explicit": G(pick(True, False)),
            "cover_art_url": G(lambda f: f"https://img.podwave.fm/shows/{f.digits(7)}/cover-3000.jpg"),
        },
    ),
    (
        "track",
        "Podcast Searched",
        ["rn", "web"],
        "podwave",
        {
            "query": G(
                pick(
                    "true crime",
                    "daily news",
                    "emprendimiento",
                    "스타트업",
                    "gardening tips",
                    "ai podcast",
                    "sleep stories",
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 200)),
            "filter_language": Opt(G(pick("en", "es", "ko")), 0.4),
        },
    ),
    (
        "track",
        "Show Followed",
        ["rn"],
        "podwave",
        {
            "show_id": G(lambda f: f.digits(7)),
            "show_title": G(lambda f: f.pick(SHOWS)),
            "host_names": Many(Y(lambda f: f.fullname(), "name"), 2),
            "category": G(pick("Business", "Technology", "Comedy", "Education", "Society & Culture")),
            "notifications_on": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Listener Survey Submitted",
        ["web"],
        "podwave",
        {
            "survey_id": G(lambda f: "srv_" + f.digits(5)),
            "show_id": G(lambda f: f.digits(7)),
            "age_range": G(pick("18-24", "25-34", "35-44", "45-54", "55+")),
            "gender": Y(pick("female", "male", "non_binary", "prefer_not_to_say"), "gender"),
            "religion": RED(
                pick("christian", "muslim", "jewish", "buddhist", "hindu", "none", "prefer_not_to_say"),
                "religion",
            ),
            "ethnicity": RED(
                pick("asian", "black", "hispanic_latino", "white", "mixed", "prefer_not_to_say"), "ethnicity"
            ),
            "zip_code": Y(lambda f: f.home()[3], "zipcode"),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comments": G(
                lambda f: f.pick(
                    [
                        "more interviews please",
                        "ads are too long",
                        "",
                        "love the new intro music",
                        "audio quality dropped lately",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Guest Booking Requested",
        ["web"],
        "podwave",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "show_id": G(lambda f: f.digits(7)),
            "guest": {
                "full_name": Y(lambda f: f.fullname(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.7),
                "company": G(lambda f: f.pick(COMPANIES)),
                "title": G(pick("Founder", "Head of Growth", "Author", "Chef", "Professor of Economics")),
                "twitter_handle": Opt(Y(lambda f: "@" + f.handle(), "name"), 0.5),
                "headshot_url": Opt(
                    Y(lambda f: f"https://cdn.podwave.fm/guests/{f.hexid(10)}.jpg", "photo"), 0.5
                ),
            },
            "proposed_date": G(lambda f: f.date(2024, 2025)),
            "timezone": G(lambda f: f.pick(TIMEZONES)),
            "notes": Y(
                lambda f: f.pick(
                    [
                        f"Prefers a call the day before: {f.tel()}",
                        f"Assistant will confirm, reach her on {f.tel()}",
                        f"Text {f.tel()} if running late",
                        f"WhatsApp only: {f.tel()}",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Guest Intake Form Submitted",
        ["node"],
        "podwave",
        {
            "event_id": G(lambda f: f.hexid(10).upper()),
            "form_response": {
                "form_id": G(pick("lT4Z3j", "pQ9xW2")),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"show_id": G(lambda f: f.digits(7))},
                "definition": {"title": G(pick("Guest intake", "Formulario de invitados"))},
                "answers": Seq(
                    {
                        "type": G(lambda f: "text"),
                        "text": Y(lambda f: f.fullname(), "name", True),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "short_text"),
                            "ref": G(lambda f: "guest_name"),
                        },
                    },
                    {
                        "type": G(lambda f: "email"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "email"),
                            "ref": G(lambda f: "guest_email"),
                        },
                    },
                    {
                        "type": G(lambda f: "phone_number"),
                        "phone_number": Y(lambda f: f.e164(), "phone"),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "phone_number"),
                            "ref": G(lambda f: "guest_phone"),
                        },
                    },
                    {
                        "type": G(lambda f: "choice"),
                        "choice": {"label": G(pick("Business", "Health & Fitness", "Technology", "Arts"))},
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "multiple_choice"),
                            "ref": G(lambda f: "topic"),
                        },
                    },
                ),
            },
        },
    ),
    (
        "track",
        "SponsorshipDealSigned",
        ["csharp"],
        "podwave",
        {
            "DealId": G(lambda f: f.uuid()),
            "ShowId": G(lambda f: f.digits(7)),
            "SponsorCompany": G(lambda f: f.pick(COMPANIES)),
            "SponsorContactName": Y(lambda f: f.fullname(), "name"),
            "SponsorContactEmail": Y(lambda f: f.mail(), "email"),
            "SponsorContactPhone": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
            "CpmUsd": G(money(15, 45)),
            "ImpressionsGuaranteed": G(lambda f: f.r.randint(10000, 2000000)),
            "FlightStart": G(lambda f: f.date(2024, 2024) + "T00:00:00Z"),
            "AdFormat": G(pick("host-read", "dynamic", "baked-in")),
            "AudienceGender": G(pick("all", "female", "male")),
            "SignedBy": Y(lambda f: f.fullname(), "name"),
        },
    ),
    (
        "track",
        "InvoiceIssued",
        ["csharp"],
        "podwave",
        {
            "InvoiceNumber": G(lambda f: f"INV-2024-{f.r.randint(1, 9999):05d}"),
            "DealId": G(lambda f: f.uuid()),
            "AmountDue": G(money(500, 60000)),
            "Currency": G(pick("USD", "EUR", "KRW")),
            "DueDate": G(lambda f: f.date(2024, 2025)),
            "BillingContact": {
                "Name": Y(lambda f: f.fullname(), "name"),
                "Email": Y(lambda f: f.mail(), "email"),
            },
            "BillingAddress": {
                "Line1": G(
                    pick(
                        "500 Howard St, Floor 3",
                        "Paseo de la Castellana 95",
                        "Gangnam-daero 382",
                        "Friedrichstraße 68",
                    )
                ),
                "City": G(pick("San Francisco", "Madrid", "Seoul", "Berlin")),
                "PostalCode": G(pick("94105", "28046", "06232", "10117")),
                "Country": G(pick("US", "ES", "KR", "DE")),
            },
        },
    ),
    (
        "track",
        "episode-published",
        ["ruby"],
        "podwave",
        {
            "episode-guid": G(lambda f: f.uuid()),
            "show-id": G(lambda f: f.digits(7)),
            "title": G(lambda f: f.pick(EPISODE_TITLES)),
            "audio-url": G(lambda f: f"https://media.podwave.fm/{f.digits(7)}/{f.hexid(16)}.mp3"),
            "duration-seconds": G(lambda f: f.r.randint(600, 7200)),
            "explicit": G(pick(True, False)),
            "publish-at": G(lambda f: f.iso()),
            "host-email": Y(lambda f: f.mail(), "email"),
            "transcript-url": Opt(G(lambda f: f"https://media.podwave.fm/t/{f.hexid(16)}.vtt"), 0.6),
        },
    ),
    (
        "track",
        "Episode Downloaded",
        ["go"],
        "podwave",
        {
            "episode_id": G(lambda f: f.uuid()),
            "request_ip": Y(lambda f: f.ip(), "ip"),
            "user_agent": G(
                pick(
                    "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)",
                    "Spotify/8.9.34 Android/34 (SM-S918N)",
                    "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
                    "PocketCasts/1.0",
                )
            ),
            "bytes_sent": G(lambda f: f.r.randint(100_000, 150_000_000)),
            "geo": {
                "country": G(pick("US", "KR", "MX", "ES", "BR")),
                "region": G(pick("CA", "Seoul", "CDMX", "Madrid", "SP")),
                "city": Y(
                    lambda f: f.pick(
                        ["Los Angeles", "Seoul", "Guadalajara", "Valencia", "Campinas", "Busan"]
                    ),
                    "city",
                ),
            },
        },
    ),
    (
        "track",
        "Ad Impression Served",
        ["go"],
        "podwave",
        {
            "ad_id": G(lambda f: f.digits(8)),
            "campaign_id": G(lambda f: f.digits(6)),
            "episode_id": G(lambda f: f.uuid()),
            "slot": G(pick("pre", "mid", "post")),
            "listener_ip": Y(lambda f: f.ip(), "ip"),
            "ifa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.6),
            "device_type": G(pick("phone", "smart_speaker", "desktop", "car")),
        },
    ),
    (
        "track",
        "Co-host Invited",
        ["web"],
        "podwave",
        {
            "show_id": G(lambda f: f.digits(7)),
            "invitee_email": Y(lambda f: f.mail(), "email"),
            "invitee_name": Opt(Y(lambda f: f.fullname(), "name"), 0.7),
            "role": G(pick("co_host", "editor", "viewer")),
            "invited_by_user_id": G(lambda f: f.digits(8)),
            "message": G(tip_message),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["rn"],
        "podwave",
        {
            "channel": G(pick("sms", "email", "whatsapp")),
            "recipient": Y(lambda f: f.pick([f.tel(), f.mail()]), "phone|email", True),
            "invite_code": G(lambda f: "PW-" + f.hexid(6).upper()),
            "contacts_permission": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Transcript Generated",
        ["python"],
        "podwave",
        {
            "episode_id": G(lambda f: f.uuid()),
            "language": G(pick("en", "es", "ko")),
            "word_count": G(lambda f: f.r.randint(2000, 25000)),
            "speakers": Many({"name": Y(lambda f: f.fullname(), "name")}, 3),
        },
    ),
    (
        "track",
        "Subscription Purchased",
        ["rn", "web"],
        "podwave",
        {
            "plan": G(pick("pro_monthly", "pro_annual", "network")),
            "price": G(pick(12.0, 120.0, 49.0)),
            "currency": G(pick("USD", "EUR", "MXN")),
            "trial_days": G(pick(0, 7, 14)),
            "payment_method": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(pick("credit", "debit", "prepaid")),
            },
        },
    ),
    (
        "alias",
        None,
        ["rn", "web"],
        "podwave",
        {},
    ),
    (
        "screen",
        "Now Playing",
        ["rn"],
        "podwave",
        {"episode_id": G(lambda f: f.uuid()), "sleep_timer_min": Opt(G(pick(15, 30, 60)), 0.3)},
    ),
    (
        "page",
        "Show Analytics",
        ["web"],
        "podwave",
        {
            "name": G(lambda f: "Show Analytics"),
            "show_id": G(lambda f: f.digits(7)),
            "date_range": G(pick("7d", "30d", "90d")),
        },
    ),
    (
        "track",
        "Sponsor Lead Captured",
        ["web"],
        "podwave",
        {
            "contact": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "work_email": Y(lambda f: f.mail(), "email"),
                "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
                "job_title": G(
                    pick("Brand Manager", "Head of Marketing", "Media Buyer", "Directora de Marketing")
                ),
            },
            "company_name": G(lambda f: f.pick(COMPANIES)),
            "budget_range": G(pick("<5k", "5k-25k", "25k-100k", "100k+")),
            "brief": G(
                lambda f: f.pick(
                    [
                        "Q3 launch, looking for tech shows",
                        "Want Spanish-language audiences",
                        "",
                        "Testing audio for the first time",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "GuestReleaseSigned",
        ["csharp"],
        "podwave",
        {
            "ReleaseId": G(lambda f: f.uuid()),
            "EpisodeId": G(lambda f: f.uuid()),
            "GuestFullName": Y(lambda f: f.fullname(), "name"),
            "GuestEmail": Y(lambda f: f.mail(), "email"),
            "SignedAtUtc": G(lambda f: f.iso()),
            "DocumentVersion": G(pick("2023.2", "2024.1")),
        },
    ),
    (
        "track",
        "Voicemail Received",
        ["node"],
        "podwave",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(pick("+14155550142", "+442071838750", "+525512345000")),
            "CallerCity": Y(
                lambda f: f.pick(["SAN ANTONIO", "LONDON", "GUADALAJARA", "CHICAGO", "MADRID"]), "city"
            ),
            "CallerZip": Opt(Y(lambda f: f.pick(["78205", "60614", "44100", "94110"]), "zipcode"), 0.6),
            "CallerCountry": G(pick("US", "GB", "MX", "ES")),
            "show_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Payout Method Updated",
        ["ruby"],
        "podwave",
        {
            "method": G(lambda f: "paypal"),
            "paypal_email": Y(lambda f: f.mail(), "email"),
            "previous_method": G(pick("none", "ach", "check")),
        },
    ),
]

COMMONS = [
    (
        "identify",
        None,
        ["php"],
        "commons",
        {
            "nombre": Y(lambda f: f.pick(SPANISH)[0], "name"),
            "apellidos": Y(lambda f: f.pick(SPANISH)[1], "name"),
            "correo_electronico": Y(lambda f: f.mail(), "email"),
            "telefono_movil": Y(lambda f: f.tel(f.pick(["ES", "MX"])), "phone"),
            "fecha_nacimiento": Opt(Y(lambda f: f.date(1965, 2006), "birthdate"), 0.6),
            "ciudad": Y(
                lambda f: f.pick(["Madrid", "Sevilla", "Monterrey", "Bogotá", "Ciudad de México"]), "city"
            ),
            "pais": G(pick("ES", "MX", "CO", "AR")),
            "codigo_postal": Y(lambda f: f.pick(["28013", "41001", "64000", "06700"]), "zipcode"),
            "dni": Opt(RED(lambda f: f.pick([f.dni(), f.nie()]), "national id"), 0.5),
            "plan": G(pick("gratis", "plus", "familiar")),
            "acepta_marketing": G(pick(True, False)),
            "fecha_alta": G(lambda f: f.date(2020, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "web"],
        "commons",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.fullname(), "name"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "headline": G(
                pick(
                    "Product designer at Globex",
                    "Dog mum x2",
                    "Marathoner",
                    "Indie hacker building in public",
                    "",
                )
            ),
            "avatar_url": Opt(
                Y(lambda f: f"https://assets.commons.community/avatars/{f.hexid(20)}.webp", "photo"), 0.7
            ),
            "pronouns": Opt(Y(pick("she/her", "he/him", "they/them", "ella", "él"), "gender"), 0.5),
            "location": Opt(
                Y(
                    lambda f: f.pick(
                        ["Madrid, ES", "Seoul", "Lisbon, Portugal", "Austin, TX", "Ciudad de México"]
                    ),
                    "city",
                ),
                0.5,
            ),
            "member_since": G(lambda f: f.iso()),
            "posts_count": G(lambda f: f.r.randint(0, 800)),
            "is_admin": G(pick(True, False)),
            "email_notifications": G(pick("all", "digest", "none")),
            "custom_fields": Opt(
                Seq(
                    {
                        "key": G(pick("whatsapp", "mobile", "telefono")),
                        "value": Y(lambda f: f.tel(), "phone", True),
                    }
                ),
                0.5,
            ),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "commons",
        {
            "EMAIL": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_NUMBER": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
            "LIFETIME_VALUE_USD": G(money(0, 2000)),
            "MEMBERSHIP_TIER": G(pick("FREE", "PLUS", "FAMILY")),
            "LAST_ACTIVE_DATE": G(lambda f: f.date(2024, 2024)),
            "COUNTRY_CODE": G(pick("US", "ES", "MX", "KR", "BR")),
            "IS_PAID_MEMBER": G(pick(True, False)),
            "MEMBER_SINCE": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "group",
        None,
        ["web", "php"],
        "commons",
        {
            "community_name": G(lambda f: f.pick(COMMUNITIES)),
            "plan": G(pick("starter", "professional", "business")),
            "member_count": G(lambda f: f.r.randint(10, 40000)),
            "created_at": G(lambda f: f.iso()),
            "owner_email": Y(lambda f: f.mail(), "email"),
            "billing_country": G(pick("US", "ES", "MX", "KR")),
        },
    ),
    (
        "track",
        "Member Joined",
        ["web", "flutter"],
        "commons",
        {
            "community_id": G(lambda f: f.digits(6)),
            "community_name": G(lambda f: f.pick(COMMUNITIES)),
            "invite_code": Opt(G(lambda f: f.hexid(8)), 0.5),
            "referred_by_user_id": Opt(G(lambda f: f.digits(8)), 0.4),
        },
    ),
    (
        "track",
        "Post Created",
        ["flutter", "web"],
        "commons",
        {
            "post_id": G(lambda f: f.digits(9)),
            "space_id": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Best harness for a reactive dog?",
                        "Marathon training week 6",
                        "¿Alguien va al meetup?",
                        "Launch day!",
                        "오늘의 작업물",
                    ]
                )
            ),
            "image_urls": Opt(
                Many(G(lambda f: f"https://assets.commons.community/uploads/{f.hexid(16)}.jpg"), 3), 0.4
            ),
            "mentions_count": G(lambda f: f.r.randint(0, 4)),
            "tags": Many(G(pick("training", "intro", "help", "showcase", "meetup")), 3),
        },
    ),
    (
        "track",
        "Mention Inserted",
        ["web", "flutter"],
        "commons",
        {
            "member_id": G(lambda f: f.digits(8)),
            "label": Y(lambda f: f.fullname(), "name", True),
            "trigger": G(lambda f: "@"),
            "position": G(lambda f: f.r.randint(0, 500)),
            "surface": G(pick("post", "comment", "dm")),
        },
    ),
    (
        "track",
        "Direct Message Sent",
        ["flutter"],
        "commons",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "recipient_id": G(lambda f: f.digits(8)),
            "recipient_name": Y(lambda f: f.fullname(), "name"),
            "is_group": G(pick(True, False)),
            "has_attachment": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Members Searched",
        ["web", "flutter"],
        "commons",
        {
            "q": Y(lambda f: f.pick([f.fullname(), f.given(), f.family(), f.given().lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 50)),
            "community_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Event Registered",
        ["web", "flutter"],
        "commons",
        {
            "event_id": G(lambda f: f.digits(7)),
            "event_title": G(
                pick(
                    "Sunday pack walk",
                    "Madrid 10K group run",
                    "Creator meetup Seoul",
                    "Puppy socialisation class",
                    "Demo night",
                )
            ),
            "starts_at": G(lambda f: f.iso()),
            "venue": {
                "name": G(
                    pick(
                        "Retiro Park - Puerta de Alcalá",
                        "WeWork Gangnam",
                        "Barkside Dog Park",
                        "Factoría Cultural",
                    )
                ),
                "address": G(
                    pick(
                        "Plaza de la Independencia, 28001",
                        "강남대로 382",
                        "1200 Barton Springs Rd",
                        "Paseo de la Chopera 14",
                    )
                ),
                "city": G(pick("Madrid", "Seoul", "Austin")),
                "lat": G(pick(40.4153, 37.4979, 30.2637)),
                "lng": G(pick(-3.6845, 127.0276, -97.7712)),
            },
            "attendee": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.6),
            },
            "guests": Opt(
                Many(
                    {
                        "name": Y(lambda f: f.fullname(), "name"),
                        "email": Opt(Y(lambda f: f.mail(), "email"), 0.5),
                    },
                    2,
                ),
                0.5,
            ),
            "needs_wheelchair_access": RED(pick(True, False, False, False), "disability"),
            "dietary_preference": G(pick("none", "vegetarian", "vegan", "gluten_free")),
            "emergency_contact": Opt(
                {
                    "name": Y(lambda f: f.fullname(), "name"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "relationship": G(pick("partner", "parent", "friend", "sibling")),
                },
                0.6,
            ),
        },
    ),
    (
        "track",
        "Event Checked In",
        ["flutter"],
        "commons",
        {
            "event_id": G(lambda f: f.digits(7)),
            "check_in_method": G(pick("qr", "manual", "nfc")),
            "ticket_code": G(lambda f: f.hexid(10).upper()),
            "check_in_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "distance_from_venue_m": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Events Searched",
        ["web", "flutter"],
        "commons",
        {
            "location_query": G(pick("Madrid", "near me", "Seoul", "Austin TX", "online")),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "flutter"],
        "commons",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "#" + str(f.r.randint(1001, 99999))),
            "revenue": G(money(5, 200)),
            "tax": G(money(0, 30)),
            "discount": G(money(0, 15)),
            "coupon": Opt(G(pick("CREATOR20", "PAWS10", "BF24")), 0.4),
            "currency": G(pick("USD", "EUR", "KRW")),
            "products": Many(membership_product(), 2),
        },
    ),
    (
        "track",
        "Checkout Form Submitted",
        ["web"],
        "commons",
        {
            "form_id": G(pick("checkout-form", "join-plus")),
            "form_values": {
                "email": Y(lambda f: f.mail(), "email"),
                "full_name": Y(lambda f: f.fullname(), "name"),
                "card_number": RED(lambda f: f.card(), "credit card"),
                "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d} / {f.r.randint(25, 31)}"),
                "card_cvc": RED(lambda f: str(f.r.randint(100, 9999)), "credit card"),
                "billing_postal_code": Y(lambda f: f.home()[3], "zipcode"),
                "save_card": G(pick(True, False)),
            },
            "duration_ms": G(lambda f: f.r.randint(5000, 200000)),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        "commons",
        {
            "form_id": G(pick("signup", "signup-modal")),
            "form_values": {
                "email": Y(lambda f: f.mail(), "email"),
                "username": Y(lambda f: f.handle(), "name"),
                "password": RED(
                    lambda f: f.pick(
                        ["Summer2024!", "hunter2hunter2", "P@wsRule99", "contraseña123", "Tr0ub4dor&3"]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Summer2024!", "hunter2hunter2", "P@wsRule99", "contraseña123"]),
                    "password",
                ),
                "accept_terms": G(lambda f: True),
                "referral_code": Opt(G(lambda f: f.hexid(6).upper()), 0.4),
            },
            "duration_ms": G(lambda f: f.r.randint(5000, 200000)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "flutter"],
        "commons",
        {
            "password_strength": G(pick("weak", "fair", "strong")),
            "password_length": G(lambda f: f.r.randint(8, 32)),
            "via_reset_link": G(pick(True, False)),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Contact Info Updated",
        ["flutter", "web"],
        "commons",
        {
            "field": G(pick("email", "phone")),
            "value": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "verified": G(pick(True, False)),
            "previous_value_present": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "flutter"],
        "commons",
        {
            "order_id": G(lambda f: "#" + str(f.r.randint(1001, 99999))),
            "checkout_id": G(lambda f: f.digits(14)),
            "total": G(money(5, 200)),
            "revenue": G(money(5, 200)),
            "tax": G(money(0, 30)),
            "discount": G(money(0, 15)),
            "currency": G(pick("USD", "EUR", "KRW")),
            "products": Many(membership_product(), 2),
            "email": Y(lambda f: f.mail(), "email"),
            "billing_period": G(pick("monthly", "annual")),
            "is_renewal": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Family Membership Updated",
        ["web"],
        "commons",
        {
            "plan": G(lambda f: "family"),
            "dependents_count": G(lambda f: f.r.randint(1, 4)),
            "dependents": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "birth_date": Y(lambda f: f.date(2008, 2020), "birthdate"),
                    "relationship": G(pick("child", "partner", "parent")),
                },
                3,
            ),
            "seats_remaining": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["flutter"],
        "commons",
        {
            "pet_id": G(lambda f: f.digits(7)),
            "pet_name": G(pick("Biscuit", "Luna", "Coco", "Max", "초코", "Canela", "Mochi")),
            "breed": G(pick("Labrador", "Shiba Inu", "Mixed", "Maine Coon", "Podenco")),
            "pet_birthday": G(lambda f: f.date(2012, 2024)),
            "microchip_number": G(lambda f: "9" + f.digits(14)),
            "photo_url": G(lambda f: f"https://assets.commons.community/pets/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Friend Suggestions Shown",
        ["flutter"],
        "commons",
        {
            "suggestions": Many(
                {
                    "member_id": G(lambda f: f.digits(8)),
                    "display_name": Y(lambda f: f.fullname(), "name"),
                    "mutual_count": G(lambda f: f.r.randint(0, 30)),
                },
                4,
            ),
            "algorithm": G(pick("mutuals_v2", "interests_v1")),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        "commons",
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "subject": G(
                pick(
                    "Can't log in",
                    "Refund request",
                    "Cambio de plan",
                    "Event page broken",
                    "Duplicate charge",
                )
            ),
            "priority": G(pick("low", "normal", "high", "urgent")),
            "channel": G(pick("email", "chat", "web_form")),
            "requester_email": Y(lambda f: f.mail(), "email"),
            "assignee": Y(lambda f: f.fullname(), "name"),
            "sla_hours": G(pick(4, 24, 48)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Member wants receipts sent to {f.mail()} instead",
                        f"Verified identity, old login was {f.mail()}",
                        f"Merge account into {f.mail()}",
                        f"Bounce from {f.mail()}, asked for alternative",
                    ]
                ),
                "email",
                True,
            ),
        },
    ),
    (
        "track",
        "Admin Action Logged",
        ["go"],
        "commons",
        {
            "actor_email": Y(
                lambda f: f.pick(["ana.ruiz", "dkim", "s.patel", "l.moreno"]) + "@commons.community", "email"
            ),
            "action": G(pick("member.suspend", "post.remove", "member.role_change", "space.archive")),
            "target_member_id": G(lambda f: f.digits(8)),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "reason": G(pick("spam", "harassment", "request", "inactive")),
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        ["node"],
        "commons",
        {
            "$type": G(lambda f: "$create_order"),
            "$user_id": G(lambda f: f.digits(8)),
            "$session_id": G(lambda f: f.hexid(32)),
            "$user_email": Y(lambda f: f.mail(), "email"),
            "$name": Opt(Y(lambda f: f.fullname(), "name"), 0.7),
            "$ip": Y(lambda f: f.ipv4(), "ip"),
            "$browser": {"$user_agent": G(lambda f: f.pick(WEB_UAS))},
            "$payment_methods": Seq(
                {
                    "$payment_type": G(lambda f: "$credit_card"),
                    "$card_bin": G(lambda f: f.pick(["424242", "510510", "378282", "601100"])),
                    "$card_last4": G(lambda f: f.digits(4)),
                }
            ),
            "decision": G(pick("accept", "review", "block")),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        "commons",
        {
            "event_name": G(pick("Purchase", "CompleteRegistration", "Subscribe")),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.sha(f.mail()), "email"),
                "ph": Opt(Y(lambda f: f.sha(f.tel()), "phone"), 0.6),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": G(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}"),
                "external_id": G(lambda f: f.sha()),
            },
            "custom_data": {"value": G(money(5, 200)), "currency": G(pick("USD", "EUR"))},
        },
    ),
    (
        "track",
        "Link Clicked",
        ["web"],
        "commons",
        {
            "text": G(
                pick("Join the community", "Read more", "Ver evento", "Upgrade to Plus", "자세히 보기")
            ),
            "href": G(
                pick(
                    "/events",
                    "/checkout?plan=plus",
                    "https://discord.gg/commons",
                    "/c/paws-collective/posts/123",
                )
            ),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        "commons",
        {
            "template_id": G(pick("d-4f1a9c", "d-77b2e0", "d-a03c5d")),
            "to": Y(lambda f: f.mail(), "email", True),
            "email_subject": Y(
                lambda f: f.pick(
                    [
                        f"{f.given()}, your receipt from Commons",
                        f"Welcome to the community, {f.given()}!",
                        f"{f.given()}, you have 3 new replies",
                        f"Reminder: {f.given()}, your event starts tomorrow",
                    ]
                ),
                "name",
                True,
            ),
            "message_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "page",
        "Event",
        ["web"],
        "commons",
        {
            "name": G(lambda f: "Event"),
            "category": G(lambda f: "Events"),
            "event_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "screen",
        "Community Feed",
        ["flutter"],
        "commons",
        {"community_id": G(lambda f: f.digits(6)), "unread_count": G(lambda f: f.r.randint(0, 99))},
    ),
    (
        "track",
        "Evento Creado",
        ["web"],
        "commons",
        {
            "evento_id": G(lambda f: f.digits(7)),
            "titulo": G(
                pick(
                    "Quedada canina en el Retiro",
                    "Taller de fotografía",
                    "Carrera 5K solidaria",
                    "Meetup de creadores",
                )
            ),
            "fecha_inicio": G(lambda f: f.iso()),
            "lugar": {
                "nombre": G(pick("Parque del Retiro", "Café Comercial", "Centro Cultural Conde Duque")),
                "direccion": G(
                    pick("Glorieta de Bilbao 7", "Calle del Conde Duque 9", "Plaza de la Independencia 7")
                ),
                "ciudad": G(pick("Madrid", "Sevilla", "Monterrey")),
            },
            "organizador": {
                "nombre": Y(lambda f: f.pick(SPANISH)[0] + " " + f.pick(SPANISH)[1], "name"),
                "correo": Y(lambda f: f.mail(), "email"),
                "telefono": Opt(Y(lambda f: f.tel(f.pick(["ES", "MX"])), "phone"), 0.7),
            },
        },
    ),
    (
        "track",
        "Members Invited",
        ["web"],
        "commons",
        {
            "invitees": Many(
                {
                    "email": Y(lambda f: f.mail(), "email"),
                    "name": Opt(Y(lambda f: f.fullname(), "name"), 0.5),
                },
                4,
            ),
            "invite_count": G(lambda f: f.r.randint(1, 4)),
            "personal_message_included": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Membership Application Reviewed",
        ["php"],
        "commons",
        {
            "application_id": G(lambda f: f.digits(7)),
            "applicant_name": Y(lambda f: f.fullname(), "name"),
            "applicant_email": Y(lambda f: f.mail(), "email"),
            "reviewer_name": Y(lambda f: f.fullname(), "name"),
            "decision": G(pick("approved", "rejected", "waitlisted")),
            "answers_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Live Location Shared",
        ["flutter"],
        "commons",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "attachment": {
                "type": G(lambda f: "location"),
                "body": Y(
                    lambda f: f"geo:{f.lat():.6f},{f.lon():.6f};u={f.r.randint(5, 60)}", "geolocation", True
                ),
            },
            "duration_min": G(pick(15, 60, 480)),
        },
    ),
    (
        "track",
        "Email Bounced",
        ["python"],
        "commons",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(pick("bounce", "deferred", "blocked")),
            "reason": G(
                pick(
                    "550 5.1.1 The email account that you tried to reach does not exist.",
                    "452 4.2.2 Mailbox full",
                    "554 5.7.1 Message rejected",
                )
            ),
            "sg_message_id": G(
                lambda f: f"{f.hexid(22)}.filterdrecv-{f.digits(4)}-{f.digits(5)}-{f.digits(9)}.0"
            ),
            "ip": G(pick("167.89.101.2", "149.72.154.37", "168.245.8.14")),
        },
    ),
]


def camel(template: Any) -> Any:
    """The same template with snake_case keys in camelCase (the mobile and React Native apps)."""
    if isinstance(template, dict):
        return {
            re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), k): camel(v) for k, v in template.items()
        }
    if isinstance(template, Opt):
        return Opt(camel(template.item), template.p)
    if isinstance(template, Many):
        return Many(camel(template.item), template.n)
    if isinstance(template, Seq):
        return Seq(*(camel(item) for item in template.items))
    return template


CAMEL = {
    "Tip Sent",
    "Channel Followed",
    "Chat Message Sent",
    "Moderation Report Filed",
    "Clip Created",
    "Two Factor Enabled",
    "Whisper Sent",
    "Episode Played",
    "Show Followed",
    "Podcast Searched",
    "Referral Invite Sent",
    "Now Playing",
}
EVENTS = [(k, n, c, a, camel(b) if n in CAMEL else b) for k, n, c, a, b in STREAMHAUS + PODWAVE + COMMONS]


def message(
    f: F, kind: str, name: str | None, clients: list[str], app: str, body: dict, labels: dict
) -> dict:
    client = f.pick(clients)
    f._home = f._page = None
    user_id = f.pick([f.digits(9), f"usr_{f.hexid(12)}", f.uuid()])
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if f.r.random() < 0.8 or kind == "alias":
        msg["userId"] = user_id
    msg["anonymousId"] = f.uuid()
    if kind in ("track",):
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["originalTimestamp"] = msg["timestamp"]
        msg["sentAt"] = msg["timestamp"]
    if kind != "alias":
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(client_context(client, app), f, "context", labels)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, app, body in EVENTS:
            events.append(message(f, kind, name, clients, app, body, labels))
    f.r.shuffle(events)
    check(events, labels)
    return events, labels


PATTERNS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "phone": re.compile(r"\+?\d[\d ()-]{7,}\d"),
    "ip": re.compile(r"^[\d.]+$|^[0-9a-f:]+$"),
}


def check(events: list[dict], labels: dict[str, dict]) -> None:
    """Every value of a value_only path must carry its PII (checked for the pattern types)."""
    for event in events:
        for path, value in flatten(event):
            label = labels[path]
            if not label["value_only"] or label["classification"] == "green":
                continue
            kinds = [k for k in label["type"].split("|") if k in PATTERNS]
            if kinds and not any(PATTERNS[k].search(str(value)) for k in kinds):
                raise SystemExit(f"{path}: value {value!r} does not carry {label['type']}")


if __name__ == "__main__":
    events, labels = build(seed=3535, repeats=30)
    write(Path(__file__).parent, "holdout35_", events, labels)
