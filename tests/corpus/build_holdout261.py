"""Writes holdout261: tests/corpus/holdout261_events.jsonl and holdout261_labels.json.

Sealed: written from the corpus helpers (build.py, fake.py), build_holdout3.py's format,
REFERENCE.md and DESIGN.md only, without reading the detection engine, its vocabularies, its
tests or the other corpora's labels, and without running the engine on these events. Nothing
here was tuned to the engine; the corpus is for scoring it on traffic it has never seen.

What it covers: "Orbit Play", an online video-game platform with children's accounts and
parental controls, live in South Korea, Brazil and Poland. Player accounts and sign-in (Kakao,
Naver, e-mail, magic links), age verification (Korean real-name verification through PortOne /
PASS with CI, CPF checks, PESEL, facial age estimation, document upload), parental consent,
child accounts, spending limits and purchase approvals, in-game purchases (Segment e-commerce
spec), Apple / Adyen / Toss / Mercado Pago / PIX / boleto / BLIK payment traffic, gift cards,
friends lists, chat and abuse reports, moderation and bans, support tickets, tournaments with
LAN events and prize payouts (CPF, PESEL, resident registration numbers, NIP, IBANs, PIX keys,
Korean account numbers), coaching marketplace, streaming integrations, anti-cheat device
fingerprints; SendGrid, Twilio, ViaCEP and App Store vendor-shaped payloads; reverse-ETL
identify calls from a warehouse.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter and the server libraries (python, node, go, java, ruby, php, .NET) with their
context blocks (app, device, library, locale, network, os, screen, timezone, userAgent, page,
campaign, ip, traits, externalIds, consent). Call types: identify, track, page, screen, group,
alias (alias calls carry only a context).

Conventions: mostly camelCase and snake_case English keys; PascalCase from .NET services and
Twilio, kebab-case from a Ruby gift-card service and SendGrid, SCREAMING_SNAKE from warehouse
reverse-ETL, and Korean, Portuguese and Polish keys from the local backends. Values are
generated per event for one of KR / BR / PL (names in Hangul and romanised, Brazilian and
Polish names, national phone formats, addresses, CEP / postal codes), with valid checksums where
the real ids have them: resident registration numbers, CPF, CNPJ, PESEL, NIP, Polish ID-card
numbers, mod-97 IBANs (PL, BR, DE), Luhn cards (incl. Elo and Hipercard prefixes).

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the player, a parent / guardian, a child
  dependant, a gift recipient, an emergency contact, a friend, a moderator / coach / support
  agent). Types are the reference matcher names (name, email, phone, address, street, city,
  zipcode, birthdate, gender, sex, citizenship, photo, serial, mac, ip, salary, allergy,
  condition, disability, license, identification, password, token, passport) or `national id`,
  `bank account`, `credit card`, `secret`, `geolocation`, `advertising id`; `a|b` when either
  name is fair. Colour: the reference's default; red for credentials / secrets, card numbers,
  bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we or a business issue (player, order, match, ticket, Kakao / Twitch user ids,
  Apple transaction ids, PortOne imp_uid, Adyen pspReference, Toss paymentKey), versions,
  timestamps, hashes, amounts, enums, counters and booleans under PII-sounding keys
  (`email_verified`, `phoneCount`, `pesel_valid`), product / clan / team / company / pet names,
  places that are not the person's (a tournament venue's address, city and coordinates, a
  store's city), country, state / UF / voivodeship, locale, timezone, currency, user agents,
  OS-issued device ids; card brand, BIN, last four and expiry; bank codes, Brazilian branch
  (agencia) numbers; a company's CNPJ / business number; the platform's own support mailboxes and
  its Twilio sender number; UUID tokens (appAccountToken, Places session token); e-mail
  Message-IDs; ages and age bands; job titles; masked card numbers (Toss `card.number`), boleto
  barcodes and PIX txids; the platform's role and press mailboxes, while a named staff member's
  work e-mail (`moderator.email`, `assigned_agent.email`) is that person's e-mail (yellow).
- Contested cases follow the product's published policy (loyalty / member numbers, ages,
  business contacts, UUID tokens green; salaries and hourly rates yellow `salary`; ad click ids
  gclid / fbclid / fbp / fbc yellow `advertising id`; billing / delivery addresses yellow;
  payment and card tokens, one-time codes (BLIK), gift-card redemption codes and sign-in /
  approval links' tokens red `token|secret`; identity-document numbers red `national id` /
  `passport`).
- Decisions of this corpus where the policy is silent (what a careful privacy owner would want):
  gamer tags, nicknames and display names are the person's name (yellow `name`); a birth year
  alone is a partial birth date (yellow `birthdate`); the Korean CI (connecting information,
  the same for a person across every service, derived from the resident registration number)
  is a government id (red `national id`) while the DI (unique to our site) is an id like a user
  id (green); a boolean that reveals the person is a foreign national (PortOne `foreigner`) is
  `citizenship` (yellow); a PIX key routes money to a person's account: red `bank account`;
  anti-cheat fingerprint hashes and the Windows MachineGuid are device ids (green) while raw
  disk / board serials and MAC addresses are yellow `serial` / `mac`; an uploaded selfie or
  profile photo URL is yellow `photo`, a preset avatar URL is green; a Discord webhook URL
  embeds its secret: red `secret`; an APNs / FCM push token is red `token`.
- value_only is true when the key does not say what the value is (`value`, `input`, `q`,
  `label`, `excerpt`, `description`, `process_path`, `link`, `approval_url`, `webhook_url`,
  `link_url`, `externalIds[].id`) and every value holds the PII. Free text is labelled by what every one of
  its values carries and is green when none of its values carries PII.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places of the three markets ---------------------------------------------------------

KO_SURNAMES = {
    "김": "Kim",
    "이": "Lee",
    "박": "Park",
    "최": "Choi",
    "정": "Jung",
    "강": "Kang",
    "조": "Cho",
    "윤": "Yoon",
    "장": "Jang",
    "임": "Lim",
    "한": "Han",
    "서": "Seo",
}
KO_GIVEN = {
    "민준": "Min-jun",
    "서연": "Seo-yeon",
    "지호": "Ji-ho",
    "수아": "Su-a",
    "예준": "Ye-jun",
    "하은": "Ha-eun",
    "도윤": "Do-yun",
    "지우": "Ji-woo",
    "시우": "Si-woo",
    "서윤": "Seo-yun",
    "주원": "Ju-won",
    "하린": "Ha-rin",
    "현우": "Hyun-woo",
    "채원": "Chae-won",
    "은서": "Eun-seo",
}
BR_FIRST = [
    "João Pedro",
    "Maria Eduarda",
    "Ana Clara",
    "Lucas",
    "Gabriel",
    "Beatriz",
    "Rafael",
    "Larissa",
    "Matheus",
    "Júlia",
    "Enzo",
    "Valentina",
    "Thiago",
    "Letícia",
    "Heitor",
    "Ísis",
]
BR_LAST = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Ferreira",
    "Almeida",
    "Costa",
    "Rodrigues",
    "Pereira",
    "Lima",
    "Gomes",
    "Ribeiro",
    "Carvalho",
    "Barbosa",
    "Nascimento",
    "Araújo",
]
PL_MALE = ["Jakub", "Antoni", "Szymon", "Filip", "Kacper", "Wojciech", "Michał", "Mikołaj", "Franciszek"]
PL_FEMALE = ["Zuzanna", "Julia", "Maja", "Hanna", "Zofia", "Aleksandra", "Łucja", "Oliwia", "Lena"]
PL_LAST = [
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
]
MAIL = {
    "KR": ["naver.com", "daum.net", "kakao.com", "gmail.com", "hanmail.net"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "poczta.fm"],
}
CITIES = {
    "KR": ["서울특별시", "부산광역시", "인천광역시", "대구광역시", "성남시", "수원시", "대전광역시"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Salvador"],
    "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin", "Katowice"],
}
CITIES_LATIN = {
    "KR": ["Seoul", "Busan", "Incheon", "Daegu", "Seongnam", "Suwon", "Daejeon"],
    "BR": CITIES["BR"],
    "PL": CITIES["PL"],
}
KR_ROADS = ["테헤란로", "판교역로", "해운대로", "세종대로", "올림픽로", "동탄대로", "광교중앙로", "한밭대로"]
KR_GU = ["강남구", "분당구", "해운대구", "중구", "송파구", "마포구", "영통구", "유성구"]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua das Flores",
    "Rua XV de Novembro",
    "Av. Brasil",
    "Rua da Consolação",
    "Av. Afonso Pena",
    "Rua Voluntários da Pátria",
]
BR_BAIRROS = ["Consolação", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem", "Pinheiros"]
PL_STREETS = [
    "Marszałkowska",
    "Floriańska",
    "Piotrkowska",
    "Długa",
    "Świętojańska",
    "Mickiewicza",
    "Słowackiego",
    "Kościuszki",
]
UF = ["SP", "RJ", "MG", "PR", "RS", "PE", "BA"]
VOIVODESHIPS = ["mazowieckie", "małopolskie", "dolnośląskie", "pomorskie", "wielkopolskie", "łódzkie"]
KR_PROVINCES = ["서울", "경기", "부산", "인천", "대구"]
LOCALES = {"KR": "ko-KR", "BR": "pt-BR", "PL": "pl-PL"}
TIMEZONES = {"KR": "Asia/Seoul", "BR": "America/Sao_Paulo", "PL": "Europe/Warsaw"}
CURRENCIES = {"KR": "KRW", "BR": "BRL", "PL": "PLN"}
HANDLE_WORDS = [
    "Shadow",
    "Nova",
    "Pixel",
    "Ghost",
    "Tiger",
    "Lukinhas",
    "Kuba",
    "Wolf",
    "Sniper",
    "Blaze",
    "Mochi",
    "Raven",
    "Storm",
    "Zezinho",
    "Krolik",
]
KO_HANDLES = ["민준이짱", "불꽃슈터", "고양이대장", "하늘별", "최강전사", "밤도깨비"]
ITEMS = [
    ("Battle Pass Season 12", "battle_pass"),
    ("1,000 Orbit Coins", "currency_pack"),
    ("5,500 Orbit Coins", "currency_pack"),
    ("Dragon Rider Skin", "cosmetic"),
    ("Neon Samurai Bundle", "bundle"),
    ("Starter Pack", "bundle"),
    ("XP Booster 7d", "booster"),
    ("Carnaval Emote Pack", "cosmetic"),
    ("Hanbok Outfit", "cosmetic"),
    ("Husaria Wings", "cosmetic"),
]
GAMES = ["Orbit Arena", "Kart Galaxy", "Block Builders", "Tiny Tactics", "Sky Racers", "Dungeon Pals"]
CLANS = ["Wolfpack", "Iron Lotus", "Os Crias", "Husaria", "불사조", "Team Nova", "Pixel Pirates"]
TEAMS = ["T1 Academy", "Furia Jr", "Orbit Rookies", "Wisła Esports", "LOUD Kids", "Seoul Dynasty Youth"]
PET_NAMES = ["Mochi", "Bolinha", "Burek", "Kimchi", "Pipoca", "Reksio", "Dubu"]


def ascii_slug(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()).lower()


def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial + "0")):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def iban_from(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class GF(Fake):
    """Fake, plus the three markets; `cc` is the market of the event being rendered."""

    cc = "KR"

    def d(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    # -- names ----------------------------------------------------------------------------------
    def first_name(self, cc=None):
        cc = cc or self.cc
        if cc == "KR":
            return self.pick(list(KO_GIVEN))
        if cc == "BR":
            return self.pick(BR_FIRST)
        return self.pick(PL_MALE + PL_FEMALE)

    def last_name(self, cc=None):
        cc = cc or self.cc
        if cc == "KR":
            return self.pick(list(KO_SURNAMES))
        if cc == "BR":
            return self.pick(BR_LAST)
        return self.pick(PL_LAST)[self.r.randint(0, 1)]

    def person(self, cc=None, latin=False):
        cc = cc or self.cc
        if cc == "KR":
            sur, given = self.pick(list(KO_SURNAMES)), self.pick(list(KO_GIVEN))
            if latin or self.r.random() < 0.3:
                return (
                    f"{KO_SURNAMES[sur]} {KO_GIVEN[given]}"
                    if self.r.random() < 0.5
                    else f"{KO_GIVEN[given]} {KO_SURNAMES[sur]}"
                )
            return sur + given
        if cc == "BR":
            name = f"{self.pick(BR_FIRST)} {self.pick(BR_LAST)}"
            return name + (" " + self.pick(BR_LAST) if self.r.random() < 0.4 else "")
        female = self.r.random() < 0.5
        first = self.pick(PL_FEMALE if female else PL_MALE)
        return f"{first} {self.pick(PL_LAST)[1 if female else 0]}"

    def anyone(self):
        """A person from one of the three markets or, now and then, from elsewhere."""
        if self.r.random() < 0.15:
            return self.full_name()
        return self.person(self.pick(["KR", "BR", "PL"]))

    def latin_person(self):
        if self.cc == "KR":
            return self.person("KR", latin=True)
        return self.person()

    def handle(self):
        style = self.r.randint(0, 5)
        if style == 0 and self.cc == "KR":
            return self.pick(KO_HANDLES)
        if style == 1:
            return f"xX{self.pick(HANDLE_WORDS)}Xx"
        if style == 2:
            return ascii_slug(self.latin_person().split()[0]) + str(self.r.randint(2, 99))
        if style == 3:
            return f"{self.pick(HANDLE_WORDS)}_{self.pick(['BR', 'PL', 'KR', 'gg', 'ttv', 'yt'])}"
        return f"{self.pick(HANDLE_WORDS)}{self.pick(HANDLE_WORDS).lower()}{self.r.randint(1, 9999)}"

    def mail(self, cc=None):
        cc = cc or self.cc
        parts = self.person(cc, latin=True).split()
        first, last = ascii_slug(parts[0]), ascii_slug(parts[-1])
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{last}_{first}",
                f"{first[0]}{last}",
            ]
        )
        return f"{local}@{self.pick(MAIL[cc])}"

    def any_mail(self):
        return self.mail(self.pick(["KR", "BR", "PL"])) if self.r.random() < 0.85 else self.email()

    # -- phones ---------------------------------------------------------------------------------
    def tel(self, cc=None, style=None):
        cc = cc or self.cc
        if cc == "KR":
            mid, end = str(self.r.randint(2, 9)) + self.d(3), self.d(4)
            style = style if style is not None else self.r.randint(0, 3)
            return [f"010-{mid}-{end}", f"+82 10-{mid}-{end}", f"+8210{mid}{end}", f"010{mid}{end}"][style]
        if cc == "BR":
            ddd, a, b = self.pick(["11", "21", "31", "41", "51", "81", "71"]), self.d(4), self.d(4)
            style = style if style is not None else self.r.randint(0, 3)
            return [f"({ddd}) 9{a}-{b}", f"+55 {ddd} 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd}9{a}{b}"][style]
        first = self.pick(["5", "6", "7", "8"]) + self.d(2)
        a, b = self.d(3), self.d(3)
        style = style if style is not None else self.r.randint(0, 3)
        return [f"+48 {first} {a} {b}", f"{first}-{a}-{b}", f"+48{first}{a}{b}", f"{first} {a} {b}"][style]

    # -- addresses ------------------------------------------------------------------------------
    def street_line(self, cc=None):
        cc = cc or self.cc
        if cc == "KR":
            return f"{self.pick(KR_GU)} {self.pick(KR_ROADS)} {self.r.randint(1, 400)}"
        if cc == "BR":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(1, 3000)}"
        return f"ul. {self.pick(PL_STREETS)} {self.r.randint(1, 180)}" + (
            f"/{self.r.randint(1, 80)}" if self.r.random() < 0.6 else ""
        )

    def unit(self, cc=None):
        cc = cc or self.cc
        if cc == "KR":
            return f"{self.r.randint(101, 120)}동 {self.r.randint(1, 25)}{self.r.randint(1, 8):02d}호"
        if cc == "BR":
            return self.pick(
                [f"Apto {self.r.randint(11, 304)}", f"Casa {self.r.randint(1, 4)}", "Bloco B, Apto 101"]
            )
        return f"m. {self.r.randint(1, 90)}"

    def town(self, cc=None):
        return self.pick(CITIES[cc or self.cc])

    def town_latin(self):
        return self.pick(CITIES_LATIN[self.cc])

    def postcode(self, cc=None):
        cc = cc or self.cc
        if cc == "KR":
            return f"{self.r.randint(1, 63999):05d}"
        if cc == "BR":
            return f"{self.r.randint(1000, 99999):05d}-{self.d(3)}"
        return f"{self.r.randint(0, 99):02d}-{self.d(3)}"

    def full_address(self):
        if self.cc == "KR":
            return f"{self.town()} {self.street_line()}, {self.unit()}"
        if self.cc == "BR":
            bairro, uf = self.pick(BR_BAIRROS), self.pick(UF)
            return f"{self.street_line()} - {bairro}, {self.town()} - {uf}, {self.postcode()}"
        return f"{self.street_line()}, {self.postcode()} {self.town()}"

    def region(self):
        return {"KR": self.pick(KR_PROVINCES), "BR": self.pick(UF), "PL": self.pick(VOIVODESHIPS)}[self.cc]

    # -- government ids -------------------------------------------------------------------------
    def birth(self, start=1975, end=2016):
        return self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)

    def rrn(self, start=1975, end=2016):
        y, m, day = self.birth(start, end)
        g = (1 if y < 2000 else 3) + self.r.randint(0, 1)
        body = f"{y % 100:02d}{m:02d}{day:02d}{g}{self.d(5)}"
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        check = (11 - sum(int(c) * w for c, w in zip(body, weights)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def cpf(self, formatted=None):
        digits = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(d * w for d, w in zip(digits, range(n, 1, -1)))
            digits.append((s * 10) % 11 % 10)
        raw = "".join(map(str, digits))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def cnpj(self):
        digits = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(d * w for d, w in zip(digits, weights)) % 11
            digits.append(0 if r < 2 else 11 - r)
        s = "".join(map(str, digits))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

    def pesel(self, start=1975, end=2016):
        y, m, day = self.birth(start, end)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{day:02d}{self.d(4)}"
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(c) * w for c, w in zip(body, weights)) % 10) % 10)

    def nip(self):
        while True:
            body = str(self.r.randint(1, 9)) + self.d(8)
            c = sum(int(ch) * w for ch, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c != 10:
                raw = body + str(c)
                return raw if self.r.random() < 0.5 else f"{raw[:3]}-{raw[3:6]}-{raw[6:8]}-{raw[8:]}"

    def pl_id_card(self):
        letters = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        digits = self.d(5)
        vals = [int(c, 36) for c in letters] + [int(c) for c in digits]
        check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
        return f"{letters}{check}{digits}"

    def rg(self):
        return f"{self.r.randint(10, 59)}.{self.d(3)}.{self.d(3)}-{self.pick(list('0123456789X'))}"

    def passport_no(self):
        return {
            "KR": self.pick(["M", "S"]) + self.d(8),
            "BR": self.pick(["FX", "GA", "YB"]) + self.d(6),
            "PL": self.pick(["EA", "EB", "EL"]) + self.d(7),
        }[self.cc]

    def tax_id(self):
        return {"KR": self.rrn(1970, 2006), "BR": self.cpf(), "PL": self.pesel(1970, 2006)}[self.cc]

    # -- money ----------------------------------------------------------------------------------
    def pl_iban(self):
        raw = iban_from(
            "PL", self.pick(["10202892", "11402004", "10501445", "24901044", "10901014"]) + self.d(16)
        )
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def br_iban(self):
        bank = self.pick(["00000000", "00360305", "60701190", "90400888", "18236120"])
        return iban_from("BR", bank + self.d(5) + self.d(10) + "C1")

    def kr_account(self):
        return self.pick(
            [
                f"110-{self.d(3)}-{self.d(6)}",
                f"{self.d(6)}-{self.d(2)}-{self.d(6)}",
                f"3333-{self.d(2)}-{self.d(7)}",
                f"1002-{self.d(3)}-{self.d(6)}",
                self.d(14),
            ]
        )

    def bank_account(self):
        return {"KR": self.kr_account(), "BR": self.br_iban(), "PL": self.pl_iban()}[self.cc]

    def br_conta(self):
        return f"{self.d(self.r.randint(5, 8))}-{self.r.randint(0, 9)}"

    def pix_key(self):
        kind = self.r.randint(0, 3)
        return [self.cpf(), self.mail("BR"), "+55" + self.tel("BR", 2)[3:], self.uuid()][kind]

    def pan(self):
        if self.cc == "BR" and self.r.random() < 0.35:
            body = self.pick(["636368", "606282", "504175"]) + self.d(9)
            number = body + luhn_check_digit(body)
            return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.5 else number
        return self.card()

    def amount(self):
        if self.cc == "KR":
            return self.pick([1100, 3300, 5500, 9900, 12000, 33000, 55000, 110000])
        if self.cc == "BR":
            return self.pick([4.9, 9.9, 19.9, 24.9, 49.9, 99.9, 249.9])
        return self.pick([4.99, 9.99, 19.99, 39.99, 79.99, 149.99])

    def prize(self):
        return {
            "KR": self.r.randint(10, 500) * 10000,
            "BR": self.r.randint(5, 200) * 100,
            "PL": self.r.randint(5, 200) * 50,
        }[self.cc]

    def currency(self):
        return CURRENCIES[self.cc]

    # -- places ----------------------------------------------------------------------------------
    def geo(self):
        (lat0, lat1), (lon0, lon1) = {
            "KR": ((35.05, 37.70), (126.60, 129.20)),
            "BR": ((-30.10, -8.00), (-51.30, -34.90)),
            "PL": ((50.00, 54.40), (14.60, 23.10)),
        }[self.cc]
        return round(self.r.uniform(lat0, lat1), 6), round(self.r.uniform(lon0, lon1), 6)

    # -- devices --------------------------------------------------------------------------------
    def disk_serial(self):
        return self.pick(
            [
                "S4EWNX0" + self.hexid(7).upper(),
                "WD-WX" + self.d(2) + self.hexid(8).upper(),
                "0025_38B5_" + "_".join(self.hexid(4).upper() for _ in range(2)) + ".",
                "Z" + self.hexid(7).upper(),
            ]
        )

    def board_serial(self):
        return self.pick(["MS1L" + self.hexid(10).upper(), "2" + self.d(14), "BSN" + self.hexid(12).upper()])

    def win_user(self):
        name = self.latin_person()
        return self.pick([name.split()[0], ascii_slug(name.split()[0]), name])

    def local_dt(self):
        r = self.r
        day = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        return f"{day}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def ymd(f: GF, start=1975, end=2016, sep="-"):
    y, m, d = f.birth(start, end)
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def dmy(f: GF, start=1975, end=2016):
    y, m, d = f.birth(start, end)
    return f"{d:02d}/{m:02d}/{y}"


def child_dob(f: GF):
    return ymd(f, 2010, 2019, f.pick(["-", "-", ""]))


def player_id(f: GF):
    return "plr_" + f.hexid(12)


def numeric_player_id(f: GF):
    return int(f.digits(9))


def order_id(f: GF):
    return f"OP-{f.cc}-{f.digits(8)}"


# -- client contexts ----------------------------------------------------------------------------------

BRANDS_BY_CC = {
    "KR": ["samsung", "LGE"],
    "BR": ["motorola", "samsung", "Xiaomi"],
    "PL": ["samsung", "Xiaomi", "Google"],
}
ANDROID_MODELS = ["SM-S918N", "SM-A546E", "moto g84 5G", "Redmi Note 13", "Pixel 8", "SM-A155F", "LM-V500N"]
IOS_MODELS = ["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18", "iPhone13,2"]
CARRIERS = {
    "KR": ["SKTelecom", "KT", "LG U+"],
    "BR": ["VIVO", "Claro BR", "TIM"],
    "PL": ["Orange PL", "Play", "Plus", "T-Mobile.pl"],
}
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    "Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Whale/3.25.232.19 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def web_ctx(page_path: str, title: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page_path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://search.naver.com/", "https://www.youtube.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=youtube&utm_medium=video", "?ref=launcher", "?lang=pt"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{f.pick(['www.orbitplay.gg', 'account.orbitplay.gg'])}{page_path}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Whale"])),
                    "version": G(lambda f: f.pick(["124", "99", "3"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["s12_launch", "dia_das_criancas", "back_to_school_pl", "chuseok_event"])
            ),
            "source": G(lambda f: f.pick(["youtube", "naver", "google", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "video", "email", "social"])),
            "term": G(lambda f: f.pick(["jogos online", "gry dla dzieci", "게임 추천", "battle pass"])),
            "content": G(lambda f: f.pick(["trailer_15s", "banner_a", "kv_b"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: True),
            }
        },
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "Orbit Play"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["41800", "41902"])),
            "namespace": G(lambda f: "gg.orbitplay.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(IOS_MODELS)),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "nickname": Y(lambda f: f.handle(), "name"),
        },
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "Orbit Play"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418000", "419010"])),
            "namespace": G(lambda f: "gg.orbitplay.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(BRANDS_BY_CC[f.cc])),
            "model": G(lambda f: f.pick(ANDROID_MODELS)),
            "name": G(lambda f: f.pick(["dm3q", "a54x", "fogos", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "userAgent": G(
            lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {f.pick(ANDROID_MODELS)} Build/UP1A.231005.007)"
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.geo()[0], "geolocation"),
            "longitude": Y(lambda f: f.geo()[1], "geolocation"),
            "speed": G(lambda f: 0.0),
        },
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "Orbit Play Kids"),
            "version": G(lambda f: f.pick(["2.7.0", "2.8.3"])),
            "build": G(lambda f: f.pick(["270", "283"])),
            "namespace": G(lambda f: "gg.orbitplay.kids"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(IOS_MODELS + ANDROID_MODELS)),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "fogos"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "username": Y(lambda f: f.handle(), "name"),
            "parentalControls": G(lambda f: f.pick(["strict", "moderate", "off"])),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "Orbit Play"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["418", "419"])),
            "namespace": G(lambda f: "gg.orbitplay.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(ANDROID_MODELS + IOS_MODELS)),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(lambda f: LOCALES[f.cc]),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["14", "17.4.1"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1179])), "height": G(lambda f: f.pick([2340, 2556]))},
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_ctx(lib: str, forwarded: bool):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if forwarded:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick([*WEB_UAS, "OrbitLauncher/3.4.1 (Windows NT 10.0; Win64; x64)", "okhttp/4.12.0"])
        )
        ctx["locale"] = G(lambda f: LOCALES[f.cc])
        ctx["traits"] = {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_name(), "name"),
            "phone": Y(lambda f: f.tel(style=2), "phone"),
        }
    return ctx


def reverse_etl_ctx():
    return {
        "library": {"name": G(lambda f: "analytics-python"), "version": G(lambda f: "2.3.2")},
        "externalIds": Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
        "groupId": G(lambda f: f"hh_{f.digits(7)}"),
    }


MOBILE = ["swift", "kotlin", "rn", "flutter"]


def context_for(client: str, template: dict):
    if client == "web":
        return web_ctx(template.get("page", "/"), template.get("title", "Orbit Play"))
    if client == "swift":
        return swift_ctx()
    if client == "kotlin":
        return kotlin_ctx()
    if client == "rn":
        return rn_ctx()
    if client == "flutter":
        return flutter_ctx()
    if client == "etl":
        return reverse_etl_ctx()
    return server_ctx(client, template.get("forwarded", False))


# -- reusable blocks ----------------------------------------------------------------------------------


def item():
    return {
        "product_id": G(lambda f: f"itm_{f.r.randint(1000, 9999)}"),
        "sku": G(lambda f: f"OP-{f.pick(['BP', 'OC', 'SK', 'BN'])}-{f.r.randint(100, 999)}"),
        "name": G(lambda f: f.pick(ITEMS)[0]),
        "category": G(lambda f: f.pick(ITEMS)[1]),
        "price": G(lambda f: f.amount()),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "game": G(lambda f: f.pick(GAMES)),
    }


def chat_excerpt(f: GF) -> str:
    mail, phone = f.mail(), f.tel()
    return f.pick(
        [
            f"add me on kakao, my number {phone}",
            f"me chama no zap {phone} que te passo as skins",
            f"napisz na {mail} to dam ci konto",
            f"카톡 아이디 없으면 {phone} 로 문자해",
            f"send your login to {mail} and I'll boost you",
            f"pix pra {mail} e eu te dou 5000 coins",
            f"zadzwoń {phone}, sprzedam konto",
        ]
    )


def support_body(f: GF) -> str:
    mail = f.mail()
    return f.pick(
        [
            f"My son bought coins without permission. Please answer to {mail}",
            f"Meu filho comprou sem minha autorização, respondam em {mail} por favor",
            f"Dziecko kupiło przepustkę bez zgody. Proszę o kontakt: {mail}",
            f"아이가 결제를 했어요. 환불 문의 답변은 {mail} 로 부탁드립니다",
            f"Can't log in since the update, reply to {mail}",
        ]
    )


# -- templates: (kind, event-or-screen-name, clients, markets, body, options) --------------------------

ALL = ["KR", "BR", "PL"]

TEMPLATES = [
    # -- accounts ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_name(), "name"),
            "lastName": Y(lambda f: f.last_name(), "name"),
            "username": Y(lambda f: f.handle(), "name"),
            "birthday": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "country": G(lambda f: f.cc),
            "language": G(lambda f: LOCALES[f.cc][:2]),
            "createdAt": G(lambda f: f.iso()),
            "accountType": G(lambda f: f.pick(["adult", "teen", "child", "parent"])),
            "isMinor": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "avatar": G(
                lambda f: (
                    "https://cdn.orbitplay.gg/avatars/preset/"
                    + f"{f.pick(['dragon', 'robot', 'cat', 'ninja'])}_{f.r.randint(1, 12):02d}.png"
                )
            ),
            "address": {
                "street": Y(lambda f: f.street_line(), "street|address"),
                "city": Y(lambda f: f.town(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.cc),
            },
        },
        {"page": "/account/profile", "title": "Profile | Orbit Play"},
    ),
    (
        "identify",
        None,
        ["kotlin", "swift"],
        ALL,
        {
            "user_name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other", "prefer_not_to_say"]), "gender"),
            "age": G(lambda f: f.r.randint(8, 49)),
            "age_band": G(lambda f: f.pick(["under_13", "13_15", "16_17", "18_plus"])),
            "region": G(lambda f: f.region()),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "push_opt_in": G(lambda f: f.pick([True, False])),
            "total_spend": G(lambda f: f.amount()),
            "favorite_game": G(lambda f: f.pick(GAMES)),
            "profile_photo_url": Y(lambda f: f"https://ugc.orbitplay.gg/profile/{f.hexid(16)}.jpg", "photo"),
            "friends_count": G(lambda f: f.r.randint(0, 300)),
            "login_provider": G(lambda f: f.pick(["kakao", "naver", "google", "apple", "email"])),
        },
        {},
    ),
    (
        "identify",
        None,
        ["flutter"],
        ALL,
        {
            "nickname": Y(lambda f: f.handle(), "name"),
            "birthYear": Y(lambda f: f.r.randint(1980, 2016), "birthdate"),
            "ageBand": G(lambda f: f.pick(["u13", "13-17", "18+"])),
            "kakaoLinked": G(lambda f: f.pick([True, False])),
            "childAccount": G(lambda f: f.pick([True, False])),
            "guardianUserId": G(lambda f: player_id(f)),
            "contentRating": G(
                lambda f: f.pick(["12세 이용가", "Livre", "PEGI 7", "PEGI 12", "전체 이용가"])
            ),
            "language": G(lambda f: LOCALES[f.cc][:2]),
        },
        {},
    ),
    (
        "identify",
        None,
        ["etl"],
        ALL,
        {
            "PLAYER_ID": G(lambda f: numeric_player_id(f)),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.first_name(), "name"),
            "LAST_NAME": Y(lambda f: f.last_name(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.tel(style=2), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
            "COUNTRY_CODE": G(lambda f: f.cc),
            "AGE_BAND": G(lambda f: f.pick(["UNDER_13", "13_17", "18_24", "25_34", "35_PLUS"])),
            "IS_MINOR": G(lambda f: f.pick([True, False])),
            "PARENT_EMAIL": Y(lambda f: f.mail(), "email"),
            "LIFETIME_SPEND_USD": G(lambda f: f.money(0, 2000)),
            "VIP_TIER": G(lambda f: f.pick(["NONE", "SILVER", "GOLD", "PLATINUM"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LOYALTY_NUMBER": G(lambda f: "OL" + f.digits(9)),
        },
        {},
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        ALL,
        {
            "method": G(lambda f: f.pick(["email", "kakao", "naver", "google", "apple"])),
            "email": Y(lambda f: f.mail(), "email"),
            "email_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f"ORB-{f.hexid(6).upper()}"),
            "phone_country_code": G(lambda f: {"KR": "+82", "BR": "+55", "PL": "+48"}[f.cc]),
            "is_child_account": G(lambda f: f.pick([True, False])),
        },
        {"page": "/signup", "title": "Criar conta | Orbit Play"},
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        ALL,
        {
            "method": G(lambda f: f.pick(["email", "kakao", "naver", "google", "apple"])),
            "kakao_account_email": Y(lambda f: f.mail(), "email"),
            "social_id": G(lambda f: int(f.digits(10))),
            "remember_me": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
        },
        {"page": "/login", "title": "Sign in | Orbit Play"},
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "link": RED(
                lambda f: f"https://account.orbitplay.gg/auth/magic?token={f.hexid(40)}&uid={f.digits(8)}",
                "token",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Launcher Authenticated",
        ["dotnet"],
        ALL,
        {
            "PlayerId": G(lambda f: numeric_player_id(f)),
            "AccessToken": RED(lambda f: f.jwt(), "token"),
            "RefreshToken": RED(lambda f: f.hexid(48), "token"),
            "TokenType": G(lambda f: "Bearer"),
            "Scope": G(lambda f: "openid profile game:play store:purchase"),
            "ClientId": G(lambda f: "orbit-launcher-win"),
        },
        {"forwarded": True},
    ),
    # -- age verification ---------------------------------------------------------------------------
    (
        "track",
        "Identity Verified",
        ["java"],
        ["KR"],
        {
            "merchant_uid": G(lambda f: "cert_" + f.hexid(10)),
            "certification": {
                "imp_uid": G(lambda f: "imp_" + f.digits(12)),
                "pg_provider": G(lambda f: f.pick(["danal", "inicis_unified"])),
                "pg_tid": G(lambda f: f.local_dt() + f.digits(6)),
                "name": Y(lambda f: f.person("KR"), "name"),
                "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                "birthday": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
                "foreigner": Y(lambda f: f.pick([False, False, False, True]), "citizenship"),
                "phone": Y(lambda f: f.tel("KR", 3), "phone"),
                "carrier": G(lambda f: f.pick(["SKT", "KT", "LGT", "SKT_MVNO"])),
                "certified": G(lambda f: True),
                "certified_at": G(lambda f: f.epoch_ms() // 1000),
                "unique_key": RED(
                    lambda f: (
                        "".join(
                            f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                            for _ in range(86)
                        )
                        + "=="
                    ),
                    "national id",
                ),
                "unique_in_site": G(lambda f: "MC0GCCqGSIb3DQIJAyEA" + f.hexid(44)),
            },
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Real Name Verification Completed",
        ["php"],
        ["KR"],
        {
            "이름": Y(lambda f: f.person("KR"), "name"),
            "생년월일": Y(lambda f: ymd(f, 1975, 2016, ""), "birthdate"),
            "성별": Y(lambda f: f.pick(["남", "여"]), "gender|sex"),
            "휴대폰번호": Y(lambda f: f.tel("KR", 3), "phone"),
            "통신사": G(lambda f: f.pick(["SKT", "KT", "LG U+", "알뜰폰"])),
            "내외국인": Y(lambda f: f.pick(["내국인", "내국인", "외국인"]), "citizenship"),
            "인증수단": G(lambda f: f.pick(["PASS", "휴대폰", "카카오인증", "네이버인증"])),
            "인증일시": G(lambda f: f.local_dt()),
            "주민등록번호": RED(lambda f: f.rrn(), "national id"),
            "만나이": G(lambda f: f.r.randint(7, 45)),
            "보호자동의필요": G(lambda f: f.pick([True, False])),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Verificação de Idade Concluída",
        ["node"],
        ["BR"],
        {
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "nome": Y(lambda f: f.person("BR"), "name"),
            "data_nascimento": Y(lambda f: f.pick([ymd(f, 1975, 2016), dmy(f, 1975, 2016)]), "birthdate"),
            "situacao_cadastral": G(lambda f: f.pick(["REGULAR", "REGULAR", "PENDENTE DE REGULARIZAÇÃO"])),
            "maior_de_idade": G(lambda f: f.pick([True, False])),
            "idade": G(lambda f: f.r.randint(7, 45)),
            "provedor": G(lambda f: f.pick(["serpro", "bigdatacorp"])),
            "tentativas": G(lambda f: f.r.randint(1, 3)),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Weryfikacja Wieku Zakończona",
        ["java"],
        ["PL"],
        {
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "pesel_valid": G(lambda f: f.pick([True, True, False])),
            "imie": Y(lambda f: f.first_name("PL"), "name"),
            "nazwisko": Y(lambda f: f.last_name("PL"), "name"),
            "wiek": G(lambda f: f.r.randint(7, 45)),
            "pelnoletni": G(lambda f: f.pick([True, False])),
            "metoda": G(lambda f: f.pick(["mObywatel", "pesel", "karta", "selfie"])),
            "numer_dowodu": RED(lambda f: f.pl_id_card(), "national id"),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Age Estimation Completed",
        ["rn", "swift"],
        ["BR", "PL"],
        {
            "provider": G(lambda f: f.pick(["yoti", "privately"])),
            "estimated_age": G(lambda f: f.r.randint(8, 30)),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 2)),
            "selfie_image_url": Y(
                lambda f: f"https://kyc-uploads.orbitplay.gg/selfie/{f.uuid()}.jpg", "photo"
            ),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "threshold_age": G(lambda f: f.pick([13, 16, 18])),
            "fallback_required": G(lambda f: f.pick([True, False])),
        },
        {},
    ),
    (
        "track",
        "ID Document Submitted",
        ["web"],
        ALL,
        {
            "document_type": G(lambda f: f.pick(["passport", "national_id", "drivers_license"])),
            "issuing_country": G(lambda f: f.cc),
            "passport_number": RED(lambda f: f.passport_no(), "passport"),
            "document_expiry": G(
                lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "full_name_on_document": Y(lambda f: f.latin_person(), "name"),
            "nationality": Y(lambda f: f.pick(["KOR", "BRA", "POL", "UKR", "VNM"]), "citizenship"),
            "front_image_sha256": G(lambda f: f.hexid(64)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "review_status": G(lambda f: f.pick(["auto_approved", "manual_review", "rejected"])),
        },
        {"page": "/account/verify", "title": "Verify your age | Orbit Play"},
    ),
    # -- parental consent and controls --------------------------------------------------------------
    (
        "track",
        "Child Account Created",
        ["rn", "swift", "kotlin"],
        ALL,
        {
            "child_user_id": G(lambda f: player_id(f)),
            "child_first_name": Y(lambda f: f.first_name(), "name"),
            "child_nickname": Y(lambda f: f.handle(), "name"),
            "child_birthdate": Y(lambda f: child_dob(f), "birthdate"),
            "child_age": G(lambda f: f.r.randint(6, 15)),
            "avatar_id": G(lambda f: f.r.randint(1, 64)),
            "content_rating_limit": G(lambda f: f.pick(["PEGI 7", "PEGI 12", "L", "10", "전체"])),
            "chat_mode": G(lambda f: f.pick(["off", "friends_only", "preset_phrases", "filtered"])),
            "parent_user_id": G(lambda f: player_id(f)),
            "consent_method": G(lambda f: f.pick(["card_check", "pesel", "cpf", "pass_app", "id_document"])),
            "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent"])),
        },
        {},
    ),
    (
        "track",
        "Parental Consent Requested",
        ["go"],
        ALL,
        {
            "child_user_id": G(lambda f: player_id(f)),
            "guardian_email": Y(lambda f: f.mail(), "email"),
            "guardian_phone": Y(lambda f: f.tel(), "phone"),
            "channel": G(lambda f: f.pick(["email", "sms", "kakao_alimtalk"])),
            "consent_request_id": G(lambda f: f.uuid()),
            "expires_in_hours": G(lambda f: f.pick([24, 48, 72])),
            "reminder_count": G(lambda f: f.r.randint(0, 3)),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Parental Consent Verified",
        ["web"],
        ALL,
        {
            "consent_request_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["card_check", "id_document", "pass_app"])),
            "cardholder_name": Y(lambda f: f.latin_person(), "name"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "hipercard", "bc"])),
            "card_bin": G(lambda f: f.pick(["411111", "552289", "636368", "940915", "457561"])),
            "card_last4": G(lambda f: f.d(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "verification_charge": G(lambda f: {"KR": 100, "BR": 1.0, "PL": 1.0}[f.cc]),
            "guardian_birthdate": Y(lambda f: ymd(f, 1960, 1998), "birthdate"),
            "consent_scopes": Many(G(lambda f: f.pick(["chat", "purchases", "ugc", "voice"])), 3),
        },
        {"page": "/parents/consent", "title": "Consentimento dos pais | Orbit Play"},
    ),
    (
        "track",
        "Consent Form Field Completed",
        ["web"],
        ALL,
        {
            "form_id": G(lambda f: "parental_consent_v3"),
            "field": G(lambda f: "guardian_phone"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(800, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        {"page": "/parents/consent", "title": "Consentimento dos pais | Orbit Play"},
    ),
    (
        "track",
        "Guardian Lookup",
        ["web"],
        ALL,
        {
            "input": Y(lambda f: f.mail(), "email", True),
            "match_found": G(lambda f: f.pick([True, False])),
            "lookup_ms": G(lambda f: f.r.randint(20, 400)),
        },
        {"page": "/family/link", "title": "Link a guardian | Orbit Play"},
    ),
    (
        "track",
        "Responsável Cadastrado",
        ["node"],
        ["BR"],
        {
            "nome_responsavel": Y(lambda f: f.person("BR"), "name"),
            "cpf_responsavel": RED(lambda f: f.cpf(), "national id"),
            "email_responsavel": Y(lambda f: f.mail("BR"), "email"),
            "telefone_responsavel": Y(lambda f: f.tel("BR"), "phone"),
            "parentesco": G(lambda f: f.pick(["mãe", "pai", "avó", "tutor legal"])),
            "data_nascimento_crianca": Y(lambda f: child_dob(f), "birthdate"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "street|address"),
                "numero": Y(lambda f: str(f.r.randint(1, 3000)), "address|street"),
                "complemento": Y(lambda f: f.unit("BR"), "address|street"),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
                "cidade": Y(lambda f: f.town("BR"), "city"),
                "uf": G(lambda f: f.pick(UF)),
                "cep": Y(lambda f: f.postcode("BR"), "zipcode"),
            },
            "aceite_termos": G(lambda f: True),
            "versao_termos": G(lambda f: f.pick(["2024-03", "2024-07"])),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "CEP Lookup Completed",
        ["web"],
        ["BR"],
        {
            "cep": Y(lambda f: f.postcode("BR"), "zipcode"),
            "logradouro": Y(lambda f: f.pick(BR_STREETS), "street|address"),
            "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address"),
            "localidade": Y(lambda f: f.town("BR"), "city"),
            "uf": G(lambda f: f.pick(UF)),
            "ibge": G(lambda f: f.digits(7)),
        },
        {"page": "/checkout/address", "title": "Endereço | Orbit Play"},
    ),
    (
        "identify",
        None,
        ["python"],
        ["PL"],
        {
            "imie": Y(lambda f: f.first_name("PL"), "name"),
            "nazwisko": Y(lambda f: f.last_name("PL"), "name"),
            "data_urodzenia": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
            "plec": Y(lambda f: f.pick(["K", "M"]), "gender|sex"),
            "numer_telefonu": Y(lambda f: f.tel("PL"), "phone"),
            "adres": {
                "ulica": Y(lambda f: f.street_line("PL"), "street|address"),
                "kod_pocztowy": Y(lambda f: f.postcode("PL"), "zipcode"),
                "miasto": Y(lambda f: f.town("PL"), "city"),
                "wojewodztwo": G(lambda f: f.pick(VOIVODESHIPS)),
            },
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
            "opiekun_prawny": {
                "imie_nazwisko": Y(lambda f: f.person("PL"), "name"),
                "email": Y(lambda f: f.mail("PL"), "email"),
            },
            "konto_dziecka": G(lambda f: f.pick([True, False])),
        },
        {},
    ),
    (
        "track",
        "Spending Limit Changed",
        ["rn", "kotlin"],
        ALL,
        {
            "child_user_id": G(lambda f: player_id(f)),
            "monthly_limit": G(lambda f: f.amount() * 10),
            "previous_limit": G(lambda f: f.amount() * 5),
            "currency": G(lambda f: f.currency()),
            "approval_required": G(lambda f: f.pick([True, False])),
            "parent_email": Y(lambda f: f.mail(), "email"),
            "pin_enabled": G(lambda f: f.pick([True, False])),
            "pin_length": G(lambda f: f.pick([4, 6])),
            "new_pin": RED(lambda f: f.d(f.pick([4, 6])), "password"),
            "play_time_limit_minutes": G(lambda f: f.pick([30, 60, 90, 120])),
        },
        {},
    ),
    (
        "track",
        "Purchase Approval Requested",
        ["go"],
        ALL,
        {
            "request_id": G(lambda f: f.uuid()),
            "child_nickname": Y(lambda f: f.handle(), "name"),
            "parent_phone": Y(lambda f: f.tel(), "phone"),
            "item_name": G(lambda f: f.pick(ITEMS)[0]),
            "price": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "approval_url": RED(lambda f: f"https://orbitplay.gg/a/{f.hexid(8)}?t={f.jwt()}", "token", True),
            "sms_segments": G(lambda f: f.pick([1, 2])),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Purchase Approval Decided",
        ["rn", "swift"],
        ALL,
        {
            "request_id": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["approved", "declined", "expired"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "Not this month",
                        "Ok, só dessa vez",
                        "Tylko raz!",
                        "숙제 다 하면 사줄게",
                        "",
                        "Ask me tomorrow",
                        "Pode sim",
                    ]
                )
            ),
            "response_time_s": G(lambda f: f.r.randint(5, 86400)),
        },
        {},
    ),
    # -- store --------------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "kotlin"],
        ALL,
        {
            "query": G(
                lambda f: f.pick(["battle pass", "skin dragão", "모험 게임", "monety", "coins", "kart"])
            )
        },
        {"page": "/store", "title": "Store | Orbit Play"},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin", "flutter"],
        ALL,
        {
            **item(),
            "currency": G(lambda f: f.currency()),
            "age_rating": G(lambda f: f.pick(["PEGI 7", "12", "L"])),
        },
        {"page": "/store/item", "title": "Item | Orbit Play"},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        ALL,
        {
            "order_id": G(order_id),
            "revenue": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "coupon": G(lambda f: f.pick(["", "S12LAUNCH", "DIADASCRIANCAS", "SZKOLA10"])),
            "products": Many(item(), 3),
            "buyer_is_minor": G(lambda f: f.pick([True, False])),
        },
        {"page": "/checkout", "title": "Checkout | Orbit Play"},
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        ["BR"],
        {
            "order_id": G(order_id),
            "payment_method": G(lambda f: f.pick(["credit_card", "pix", "boleto"])),
            "card_number": RED(lambda f: f.pan(), "credit card"),
            "installments": G(lambda f: f.pick([1, 1, 2, 3, 6])),
            "billing": {
                "cpf": RED(lambda f: f.cpf(), "national id"),
                "name": Y(lambda f: f.person("BR"), "name"),
                "zip": Y(lambda f: f.postcode("BR"), "zipcode"),
            },
            "boleto_barcode": G(
                lambda f: f"{f.d(5)}.{f.d(5)} {f.d(5)}.{f.d(6)} {f.d(5)}.{f.d(6)} {f.d(1)} {f.d(14)}"
            ),
            "pix_txid": G(lambda f: f.hexid(32)),
            "mp_card_token": RED(lambda f: f.hexid(32), "token"),
        },
        {"page": "/checkout/payment", "title": "Pagamento | Orbit Play"},
    ),
    (
        "track",
        "Payment Info Entered",
        ["kotlin", "swift"],
        ["PL"],
        {
            "order_id": G(order_id),
            "payment_method": G(lambda f: f.pick(["blik", "przelewy24", "card", "google_pay"])),
            "blik_code": RED(lambda f: f.d(6), "token|secret"),
            "bank_name": G(lambda f: f.pick(["PKO BP", "mBank", "ING Bank Śląski", "Santander", "Pekao"])),
            "card_last4": G(lambda f: f.d(4)),
            "save_method": G(lambda f: f.pick([True, False])),
        },
        {},
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "rn"],
        ALL,
        {
            "order_id": G(order_id),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "payment_method": G(
                lambda f: f.pick(["credit_card", "pix", "kakaopay", "naverpay", "toss", "blik"])
            ),
            "products": Many(item(), 3),
            "is_gift": G(lambda f: f.pick([True, False])),
            "approved_by_parent": G(lambda f: f.pick([True, False])),
        },
        {"page": "/checkout/complete", "title": "Thank you | Orbit Play"},
    ),
    (
        "track",
        "Toss Payment Confirmed",
        ["python"],
        ["KR"],
        {
            "paymentKey": G(lambda f: "tgen_" + f.local_dt() + f.hexid(10).upper()),
            "orderId": G(order_id),
            "orderName": G(lambda f: f.pick(ITEMS)[0]),
            "method": G(lambda f: f.pick(["카드", "간편결제", "휴대폰"])),
            "totalAmount": G(lambda f: f.amount()),
            "card": {
                "issuerCode": G(lambda f: f.pick(["11", "21", "31", "41", "61"])),
                "number": G(lambda f: f"{f.pick(['5365', '4330', '9410'])}{f.d(4)}****{f.d(3)}*"),
                "installmentPlanMonths": G(lambda f: f.pick([0, 0, 3])),
            },
            "billingKey": RED(
                lambda f: (
                    "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz_-")
                        for _ in range(44)
                    )
                    + "="
                ),
                "token",
            ),
            "customerMobilePhone": Y(lambda f: f.tel("KR", 3), "phone"),
            "approvedAt": G(lambda f: f.iso().replace("Z", "+09:00")),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Payment Authorised",
        ["java"],
        ["BR", "PL"],
        {
            "pspReference": G(lambda f: f.digits(16)),
            "merchantReference": G(order_id),
            "success": G(lambda f: f.pick(["true", "false"])),
            "paymentMethod": G(lambda f: f.pick(["visa", "mc", "elo", "blik", "pix"])),
            "amount": {"value": G(lambda f: f.r.randint(490, 24990)), "currency": G(lambda f: f.currency())},
            "additionalData": {
                "cardSummary": G(lambda f: f.d(4)),
                "cardBin": G(lambda f: f.pick(["411111", "515599", "636368", "606282"])),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2031)}"),
                "cardHolderName": Y(lambda f: f.latin_person(), "name"),
                "shopperIP": Y(lambda f: f.ipv4(), "ip"),
                "recurring.recurringDetailReference": RED(lambda f: f.digits(16), "token"),
            },
        },
        {"forwarded": False},
    ),
    (
        "track",
        "App Store Notification Received",
        ["node"],
        ALL,
        {
            "notificationType": G(lambda f: f.pick(["ONE_TIME_CHARGE", "DID_RENEW", "REFUND", "SUBSCRIBED"])),
            "notificationUUID": G(lambda f: f.uuid()),
            "data": {
                "transactionInfo": {
                    "transactionId": G(lambda f: "2000000" + f.digits(9)),
                    "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
                    "productId": G(
                        lambda f: f.pick(["gg.orbitplay.coins.1000", "gg.orbitplay.plus.monthly"])
                    ),
                    "purchaseDate": G(lambda f: f.epoch_ms()),
                    "appAccountToken": G(lambda f: f.uuid()),
                    "storefront": G(lambda f: {"KR": "KOR", "BR": "BRA", "PL": "POL"}[f.cc]),
                    "price": G(lambda f: int(f.amount() * 1000)),
                    "currency": G(lambda f: f.currency()),
                },
            },
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Order Refunded",
        ["python"],
        ALL,
        {
            "order_id": G(order_id),
            "refund_amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "refund_reason": G(
                lambda f: f.pick(["unauthorized_minor_purchase", "duplicate", "not_received", "chargeback"])
            ),
            "requested_by": G(lambda f: f.pick(["parent", "player", "store"])),
            "parent_comment": G(
                lambda f: f.pick(
                    [
                        "Compra feita sem autorização",
                        "Dziecko kupiło przez przypadek",
                        "아이가 실수로 결제",
                        "Wrong item",
                    ]
                )
            ),
            "agent_name": Y(lambda f: f.anyone(), "name"),
        },
        {"forwarded": False},
    ),
    # -- gift cards ---------------------------------------------------------------------------------
    (
        "track",
        "Gift Card Purchased",
        ["ruby"],
        ALL,
        {
            "gift-card-id": G(lambda f: "gc_" + f.hexid(10)),
            "amount": G(lambda f: f.prize() // 10),
            "currency": G(lambda f: f.currency()),
            "sender-name": Y(lambda f: f.person(), "name"),
            "recipient-name": Y(lambda f: f.person(), "name"),
            "recipient-email": Y(lambda f: f.mail(), "email"),
            "delivery-date": G(lambda f: f.iso()[:10]),
            "message": G(
                lambda f: f.pick(
                    [
                        "Feliz aniversário! Divirta-se",
                        "생일 축하해!",
                        "Wszystkiego najlepszego!",
                        "gg, have fun",
                        "Parabéns pela formatura",
                        "메리 크리스마스",
                    ]
                )
            ),
            "design": G(lambda f: f.pick(["birthday_cake", "space", "neon"])),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Gift Card Redeemed",
        ["web", "swift", "kotlin"],
        ALL,
        {
            "code": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(4)), "token|secret"),
            "gift_card_last4": G(lambda f: f.hexid(4).upper()),
            "amount": G(lambda f: f.prize() // 10),
            "currency": G(lambda f: f.currency()),
            "balance_after": G(lambda f: f.prize() // 5),
            "source": G(lambda f: f.pick(["retail", "gifted", "promo"])),
        },
        {"page": "/redeem", "title": "Redeem | Orbit Play"},
    ),
    # -- social ---------------------------------------------------------------------------------------
    (
        "track",
        "Friend Searched",
        ["swift", "kotlin", "web"],
        ALL,
        {
            "q": Y(lambda f: f.any_mail(), "email", True),
            "search_by": G(lambda f: "email"),
            "results_count": G(lambda f: f.r.randint(0, 3)),
        },
        {"page": "/friends", "title": "Friends | Orbit Play"},
    ),
    (
        "track",
        "Friend Request Sent",
        ["swift", "kotlin", "rn", "flutter"],
        ALL,
        {
            "target_player_id": G(lambda f: player_id(f)),
            "target_nickname": Y(lambda f: f.handle(), "name"),
            "source": G(lambda f: f.pick(["search", "recent_players", "clan", "contacts"])),
            "mutual_friends": G(lambda f: f.r.randint(0, 20)),
        },
        {},
    ),
    (
        "screen",
        "Friends List",
        ["swift", "kotlin", "flutter"],
        ALL,
        {
            "friends": Many(
                {
                    "player_id": G(lambda f: player_id(f)),
                    "display_name": Y(lambda f: f.handle(), "name"),
                    "online": G(lambda f: f.pick([True, False])),
                    "platform": G(lambda f: f.pick(["pc", "ios", "android", "switch"])),
                    "last_played": G(lambda f: f.pick(GAMES)),
                },
                5,
            ),
            "tab": G(lambda f: f.pick(["all", "online", "requests"])),
        },
        {},
    ),
    (
        "track",
        "Friend Invite Sent",
        ["rn", "web"],
        ALL,
        {
            "invite_code": G(lambda f: f"ORB-{f.hexid(6).upper()}"),
            "invitee_phone": Y(lambda f: f.tel(), "phone"),
            "invitee_name": Y(lambda f: f.person(), "name"),
            "channel": G(lambda f: f.pick(["sms", "kakaotalk", "whatsapp", "messenger"])),
            "contacts_permission": G(lambda f: f.pick(["granted", "denied", "limited"])),
        },
        {"page": "/friends/invite", "title": "Invite friends | Orbit Play"},
    ),
    (
        "track",
        "Message Sent",
        ["swift", "kotlin", "rn"],
        ALL,
        {
            "channel_type": G(lambda f: f.pick(["dm", "party", "clan", "match"])),
            "message_length": G(lambda f: f.r.randint(1, 200)),
            "language": G(lambda f: f.pick(["ko", "pt", "pl", "en"])),
            "recipient_id": G(lambda f: player_id(f)),
            "profanity_filtered": G(lambda f: f.pick([True, False])),
        },
        {},
    ),
    (
        "track",
        "Profanity Filter Triggered",
        ["go"],
        ALL,
        {
            "text": G(
                lambda f: f.pick(
                    [
                        "ez noob",
                        "l2p",
                        "seu lixo",
                        "idiota kkkk",
                        "frajer",
                        "ty noobie",
                        "ㅗㅗ 개못하네",
                        "uninstall",
                    ]
                )
            ),
            "matched_terms": Many(G(lambda f: f.pick(["noob", "lixo", "idiota", "frajer", "ㅗ"])), 2),
            "action": G(lambda f: f.pick(["masked", "blocked", "warned"])),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Chat Message Reported",
        ["node"],
        ALL,
        {
            "report_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["off_platform_contact", "scam", "grooming_risk", "harassment"])),
            "excerpt": Y(chat_excerpt, "phone|email", True),
            "reason_detail": G(
                lambda f: f.pick(
                    [
                        "pediu meu telefone",
                        "asked for my password",
                        "chciał się spotkać",
                        "계정 팔겠다고 함",
                        "keeps spamming",
                    ]
                )
            ),
            "reported_player": {
                "id": G(lambda f: player_id(f)),
                "nickname": Y(lambda f: f.handle(), "name"),
                "account_age_days": G(lambda f: f.r.randint(0, 2000)),
            },
            "reporter": {
                "id": G(lambda f: player_id(f)),
                "nickname": Y(lambda f: f.handle(), "name"),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
            "auto_action": G(lambda f: f.pick(["none", "mute_24h", "escalated"])),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Player Banned",
        ["go"],
        ALL,
        {
            "player_id": G(lambda f: player_id(f)),
            "ban_reason": G(
                lambda f: f.pick(["cheating", "toxicity", "account_sharing", "chargeback_fraud"])
            ),
            "duration_days": G(lambda f: f.pick([1, 7, 30, 3650])),
            "hwid_ban": G(lambda f: f.pick([True, False])),
            "evidence_url": G(lambda f: f"https://replays.orbitplay.gg/m/{f.hexid(12)}"),
            "moderator": {
                "id": G(lambda f: "mod_" + f.digits(4)),
                "name": Y(lambda f: f.anyone(), "name"),
                "email": Y(
                    lambda f: (
                        ascii_slug(f.latin_person().split()[0])
                        + "."
                        + ascii_slug(f.latin_person().split()[-1])
                        + "@orbitplay.gg"
                    ),
                    "email",
                ),
            },
            "appeal_allowed": G(lambda f: f.pick([True, False])),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Ban Appealed",
        ["web"],
        ALL,
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(6)),
            "appeal_text": G(
                lambda f: f.pick(
                    [
                        "I wasn't cheating, my brother used my account",
                        "Não usei hack, foi lag",
                        "To nie ja, ktoś zhakował konto",
                        "억울합니다 핵 안 썼어요",
                        "Please check the replay",
                    ]
                )
            ),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "ban_id": G(lambda f: f.digits(7)),
        },
        {"page": "/support/appeal", "title": "Appeal | Orbit Play"},
    ),
    # -- support and messaging vendors --------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["web"],
        ALL,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    ["Refund request", "Reembolso", "Zwrot pieniędzy", "환불 요청", "Account locked"]
                )
            ),
            "description": Y(support_body, "email", True),
            "category": G(lambda f: f.pick(["billing", "account", "parental_controls", "bug"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "support@orbitplay.gg",
                        "suporte@orbitplay.com.br",
                        "pomoc@orbitplay.pl",
                        "help@orbitplay.co.kr",
                    ]
                )
            ),
            "assigned_agent": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: ascii_slug(f.latin_person().split()[0]) + "@orbitplay.gg", "email"),
                "team": G(lambda f: f.pick(["T1 Seoul", "Tier1 São Paulo", "Tier1 Kraków"])),
            },
        },
        {"page": "/support/new", "title": "Support | Orbit Play"},
    ),
    (
        "track",
        "SMS Status Updated",
        ["python"],
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.tel(style=2), "phone"),
            "From": G(lambda f: {"KR": "+827045551234", "BR": "+5511400212345", "PL": "+48222001234"}[f.cc]),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Email Event",
        ["node"],
        ALL,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(10)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "category": Many(G(lambda f: f.pick(["parental_consent", "receipt", "weekly_report"])), 2),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Consent Email Link Clicked",
        ["web"],
        ALL,
        {
            "link_url": Y(
                lambda f: (
                    "https://account.orbitplay.gg/parents/consent?utm_source=email&email="
                    + f.mail().replace("@", "%40")
                    + "&cid="
                    + f.digits(6)
                ),
                "email",
                True,
            ),
            "email_template": G(lambda f: f.pick(["consent_request_v3", "consent_reminder_v2"])),
            "days_since_sent": G(lambda f: f.r.randint(0, 6)),
        },
        {"page": "/parents/consent", "title": "Consentimento dos pais | Orbit Play"},
    ),
    (
        "track",
        "Signup Attribution",
        ["node"],
        ALL,
        {
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(57)
                    )
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["youtube", "naver", "tiktok"])),
            "utm_campaign": G(lambda f: f.pick(["s12_launch", "dia_das_criancas"])),
            "first_touch_at": G(lambda f: f.iso()),
            "landing_page": G(lambda f: f.pick(["/", "/kids", "/store"])),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        ALL,
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "message_title": G(
                lambda f: f.pick(
                    ["Novo passe de batalha!", "Nowy sezon!", "새 시즌 시작!", "Your friend is online"]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["orbitplay://store", "orbitplay://friends", "orbitplay://events/s12"])
            ),
            "fcm_token": RED(lambda f: f.hexid(22) + ":APA91b" + f.hexid(120), "token"),
        },
        {},
    ),
    # -- tournaments --------------------------------------------------------------------------------
    (
        "track",
        "Tournament Registered",
        ["dotnet"],
        ALL,
        {
            "TournamentId": G(lambda f: f.r.randint(1000, 9999)),
            "TournamentName": G(
                lambda f: f.pick(
                    ["Orbit Cup Kids 2024", "Copa Orbit Jr", "Puchar Orbit", "오르빗 주니어 리그"]
                )
            ),
            "TeamName": G(lambda f: f.pick(TEAMS)),
            "CaptainPlayerId": G(lambda f: numeric_player_id(f)),
            "CaptainEmail": Y(lambda f: f.mail(), "email"),
            "Members": Many(
                {
                    "PlayerId": G(lambda f: numeric_player_id(f)),
                    "Nickname": Y(lambda f: f.handle(), "name"),
                    "Role": G(lambda f: f.pick(["captain", "player", "sub"])),
                    "Country": G(lambda f: f.cc),
                    "IsMinor": G(lambda f: f.pick([True, False])),
                },
                5,
            ),
            "Region": G(lambda f: f.pick(["APAC", "LATAM", "EU"])),
            "SponsorCompany": G(
                lambda f: f.pick(["Samsung Odyssey", "Guaraná Antarctica", "Orlen", "HyperX"])
            ),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Match Completed",
        ["go"],
        ALL,
        {
            "match_id": G(lambda f: f.uuid()),
            "game": G(lambda f: f.pick(GAMES)),
            "map": G(lambda f: f.pick(["Neo Seoul", "Favela Rooftops", "Old Town Kraków", "Moon Base"])),
            "players": Many(
                {
                    "player_id": G(lambda f: player_id(f)),
                    "nickname": Y(lambda f: f.handle(), "name"),
                    "team": G(lambda f: f.pick(["red", "blue"])),
                    "score": G(lambda f: f.r.randint(0, 40)),
                    "ping_ms": G(lambda f: f.r.randint(8, 180)),
                    "ip": Y(lambda f: f.ipv4(), "ip"),
                    "mmr": G(lambda f: f.r.randint(800, 3200)),
                },
                6,
            ),
            "replay_sha256": G(lambda f: f.hexid(64)),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Tournament Checked In",
        ["kotlin", "swift"],
        ALL,
        {
            "tournament_id": G(lambda f: f.r.randint(1000, 9999)),
            "badge_number": G(lambda f: f.r.randint(1, 2000)),
            "seat": G(lambda f: f"{f.pick('ABCDEF')}{f.r.randint(1, 40)}"),
            "venue": {
                "name": G(lambda f: f.pick(["COEX Hall C", "Expo Center Norte", "Tauron Arena Kraków"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "513 Yeongdong-daero, Gangnam-gu",
                            "Rua José Bernardo Pinto, 333",
                            "ul. Stanisława Lema 7",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Seoul", "São Paulo", "Kraków"])),
                "phone": G(lambda f: f.pick(["+82 2-6000-0114", "+55 11 2089-8500", "+48 12 349 11 02"])),
                "lat": G(lambda f: f.pick([37.5116, -23.5165, 50.0676])),
                "lng": G(lambda f: f.pick([127.0594, -46.6162, 19.9913])),
            },
            "player_location": {
                "lat": Y(lambda f: f.geo()[0], "geolocation"),
                "lng": Y(lambda f: f.geo()[1], "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "distance_to_venue_m": G(lambda f: f.r.randint(0, 500)),
        },
        {},
    ),
    (
        "track",
        "LAN Finals Registration Submitted",
        ["web"],
        ALL,
        {
            "registration_id": G(lambda f: "LAN-" + f.digits(5)),
            "participant_name": Y(lambda f: f.person(), "name"),
            "participant_dob": Y(lambda f: child_dob(f), "birthdate"),
            "emergency_contact": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "aunt", "coach"])),
            },
            "allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "amendoim", "orzechy", "땅콩", "lactose", "penicillin"]),
                    "allergy",
                ),
                2,
            ),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "asthma, carries inhaler",
                        "type 1 diabetes",
                        "epilepsia fotossensível",
                        "padaczka",
                        "ADHD medication at noon",
                    ]
                ),
                "condition|diagnosis",
            ),
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "guardian_consent_signed": G(lambda f: f.pick([True, False])),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
        {"page": "/events/lan-finals/register", "title": "LAN Finals | Orbit Play"},
    ),
    (
        "track",
        "Prize Payout Requested",
        ["java"],
        ["KR"],
        {
            "payout_id": G(lambda f: "PO-" + f.digits(8)),
            "tournament_id": G(lambda f: f.r.randint(1000, 9999)),
            "payee_name": Y(lambda f: f.person("KR"), "name"),
            "resident_registration_number": RED(lambda f: f.rrn(1970, 2006), "national id"),
            "bank_code": G(lambda f: f.pick(["088", "004", "020", "090", "081"])),
            "account_number": RED(lambda f: f.kr_account(), "bank account"),
            "account_holder": Y(lambda f: f.person("KR"), "name"),
            "gross_amount": G(lambda f: f.prize()),
            "withholding_tax_rate": G(lambda f: 0.22),
            "net_amount": G(lambda f: f.prize()),
            "guardian_approved": G(lambda f: f.pick([True, False])),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Premiação Solicitada",
        ["php"],
        ["BR"],
        {
            "id_pagamento": G(lambda f: f.uuid()),
            "nome_completo": Y(lambda f: f.person("BR"), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "banco": G(lambda f: f.pick(["260", "341", "001", "237", "104"])),
            "agencia": G(lambda f: f.pick(["0001", "1234", "3021"])),
            "conta": RED(lambda f: f.br_conta(), "bank account"),
            "valor_bruto": G(lambda f: f.prize()),
            "irrf": G(lambda f: round(f.prize() * 0.3, 2)),
            "cnpj_organizador": G(lambda f: f.cnpj()),
            "data_nascimento": Y(lambda f: dmy(f, 1975, 2012), "birthdate"),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Wypłata Nagrody Zlecona",
        ["ruby"],
        ["PL"],
        {
            "id_wyplaty": G(lambda f: f.digits(8)),
            "imie_nazwisko": Y(lambda f: f.person("PL"), "name"),
            "pesel": RED(lambda f: f.pesel(1970, 2008), "national id"),
            "nip": RED(lambda f: f.nip(), "national id"),
            "nr_rachunku": RED(lambda f: f.pl_iban(), "bank account"),
            "adres_zamieszkania": Y(
                lambda f: f"{f.street_line('PL')}, {f.postcode('PL')} {f.town('PL')}", "address"
            ),
            "urzad_skarbowy": G(lambda f: f.pick(["US Warszawa-Śródmieście", "II US Kraków", "US Gdańsk"])),
            "kwota_brutto": G(lambda f: f.prize()),
            "podatek": G(lambda f: round(f.prize() * 0.1)),
            "waluta": G(lambda f: "PLN"),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Payout Status Updated",
        ["node"],
        ALL,
        {
            "transfer": {
                "id": G(lambda f: int(f.digits(9))),
                "status": G(lambda f: f.pick(["processing", "outgoing_payment_sent", "funds_refunded"])),
                "reference": G(lambda f: "ORBIT PRIZE " + f.digits(6)),
                "targetValue": G(lambda f: f.prize()),
                "targetCurrency": G(lambda f: f.currency()),
            },
            "recipient": {
                "accountHolderName": Y(lambda f: f.latin_person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "details": {
                    "iban": RED(
                        lambda f: f.pick([f.pl_iban(), f.br_iban(), iban_from("DE", f.d(18))]), "bank account"
                    ),
                    "address": {
                        "firstLine": Y(lambda f: f.street_line(), "address|street"),
                        "city": Y(lambda f: f.town_latin(), "city"),
                        "postCode": Y(lambda f: f.postcode(), "zipcode"),
                        "country": G(lambda f: f.cc),
                    },
                },
            },
        },
        {"forwarded": False},
    ),
    # -- merch, privacy requests, partners --------------------------------------------------------
    (
        "track",
        "Shipping Address Added",
        ["web", "rn"],
        ALL,
        {
            "address_id": G(lambda f: "adr_" + f.hexid(10)),
            "shipping_address": {
                "name": Y(lambda f: f.person(), "name"),
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "line2": Y(lambda f: f.unit(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.cc),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "is_default": G(lambda f: f.pick([True, False])),
            "recipient_is_self": G(lambda f: f.pick([True, False])),
            "merch_order_id": G(order_id),
        },
        {"page": "/merch/checkout", "title": "Merch | Orbit Play"},
    ),
    (
        "track",
        "Data Subject Request Submitted",
        ["php"],
        ALL,
        {
            "request_id": G(lambda f: f.uuid()),
            "request_type": G(lambda f: f.pick(["access", "deletion", "correction", "portability"])),
            "law": G(lambda f: {"KR": "PIPA", "BR": "LGPD", "PL": "RODO"}[f.cc]),
            "requester_name": Y(lambda f: f.person(), "name"),
            "requester_email": Y(lambda f: f.mail(), "email"),
            "requester_phone": Y(lambda f: f.tel(), "phone"),
            "relationship_to_subject": G(lambda f: f.pick(["self", "parent", "legal_guardian"])),
            "subject_nickname": Y(lambda f: f.handle(), "name"),
            "id_document_number": RED(
                lambda f: {"KR": f.rrn(1965, 2000), "BR": f.rg(), "PL": f.pl_id_card()}[f.cc], "national id"
            ),
            "due_date": G(lambda f: f.iso()[:10]),
            "sla_days": G(lambda f: {"KR": 10, "BR": 15, "PL": 30}[f.cc]),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Streamer Partner Application Submitted",
        ["web"],
        ALL,
        {
            "application_id": G(lambda f: "SPA-" + f.digits(6)),
            "legal_name": Y(lambda f: f.person(), "name"),
            "contact_email": Y(lambda f: f.mail(), "email"),
            "mobile": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: ymd(f, 1980, 2006), "birthdate"),
            "residential_address": {
                "street": Y(lambda f: f.street_line(), "street|address"),
                "city": Y(lambda f: f.town(), "city"),
                "zip": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "tax_id": RED(lambda f: f.tax_id(), "national id"),
            "payout_account": RED(lambda f: f.bank_account(), "bank account"),
            "channel_url": G(
                lambda f: (
                    "https://www.twitch.tv/" + f.pick(["orbitplays", "nova_gg", "kuba_live", "lukinhas"])
                )
            ),
            "avg_concurrent_viewers": G(lambda f: f.r.randint(5, 4000)),
        },
        {"page": "/partners/apply", "title": "Partner program | Orbit Play"},
    ),
    (
        "track",
        "Helpdesk User Synced",
        ["python"],
        ALL,
        {
            "zendesk_user_id": G(lambda f: int(f.digits(12))),
            "external_id": G(lambda f: player_id(f)),
            "requester": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(style=2), "phone"),
                "locale": G(lambda f: LOCALES[f.cc].lower()),
                "time_zone": G(lambda f: TIMEZONES[f.cc]),
            },
            "user_fields": {
                "birthday": Y(lambda f: ymd(f, 1975, 2016), "birthdate"),
                "vip": G(lambda f: f.pick([True, False])),
                "linked_children": G(lambda f: f.r.randint(0, 3)),
            },
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Tournament Winner Announced",
        ["java"],
        ALL,
        {
            "tournament_id": G(lambda f: f.r.randint(1000, 9999)),
            "team_name": G(lambda f: f.pick(TEAMS)),
            "winner_real_name": Y(lambda f: f.person(), "name"),
            "winner_hometown": Y(lambda f: f.town_latin(), "city"),
            "winner_age": G(lambda f: f.r.randint(11, 17)),
            "prize": G(lambda f: f.prize()),
            "currency": G(lambda f: f.currency()),
            "press_contact": G(
                lambda f: f.pick(["press@orbitplay.gg", "imprensa@orbitplay.com.br", "media@orbitplay.pl"])
            ),
        },
        {"forwarded": False},
    ),
    # -- coaching and streaming ---------------------------------------------------------------------
    (
        "track",
        "Coaching Session Booked",
        ["web", "rn"],
        ALL,
        {
            "booking_id": G(lambda f: f.uuid()),
            "coach_id": G(lambda f: "coach_" + f.digits(5)),
            "coach_name": Y(lambda f: f.anyone(), "name"),
            "coach_hourly_rate": Y(lambda f: f.pick([25000, 40000, 60, 90, 120]), "salary"),
            "game": G(lambda f: f.pick(GAMES)),
            "coach_title": G(lambda f: f.pick(["Former pro", "Head coach, Furia Jr", "Diamond I player"])),
            "scheduled_for": G(lambda f: f.iso()),
        },
        {"page": "/coaching", "title": "Coaching | Orbit Play"},
    ),
    (
        "track",
        "Twitch Account Linked",
        ["node"],
        ALL,
        {
            "twitch_user_id": G(lambda f: f.digits(9)),
            "twitch_login": Y(lambda f: ascii_slug(f.handle()) or "streamer" + f.digits(3), "name"),
            "oauth_token": RED(
                lambda f: "".join(f.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(30)),
                "token",
            ),
            "scopes": Many(
                G(lambda f: f.pick(["user:read:email", "channel:read:subscriptions", "chat:read"])), 3
            ),
            "follower_count": G(lambda f: f.r.randint(0, 50000)),
        },
        {"forwarded": True},
    ),
    (
        "track",
        "Clan Webhook Configured",
        ["node"],
        ALL,
        {
            "clan_id": G(lambda f: f.digits(6)),
            "clan_name": G(lambda f: f.pick(CLANS)),
            "webhook_url": RED(
                lambda f: (
                    f"https://discord.com/api/webhooks/{f.digits(18)}/"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(68)
                    )
                ),
                "secret",
                True,
            ),
            "channel_name": G(lambda f: f.pick(["#clan-news", "#match-results", "#geral"])),
            "events": Many(G(lambda f: f.pick(["match_end", "member_join", "tournament"])), 3),
        },
        {"forwarded": True},
    ),
    (
        "group",
        None,
        ["web"],
        ALL,
        {
            "name": G(lambda f: f.pick(CLANS + TEAMS)),
            "tag": G(lambda f: f.pick(["WOLF", "IRL", "CRIA", "HUS", "NOVA"])),
            "member_count": G(lambda f: f.r.randint(2, 50)),
            "founder_email": Y(lambda f: f.mail(), "email"),
            "manager_name": Y(lambda f: f.person(), "name"),
            "organization": {
                "legal_name": G(
                    lambda f: f.pick(["Furia Esports Ltda", "T1 Entertainment & Sports", "Wisła Kraków SA"])
                ),
                "tax_id": G(
                    lambda f: f.pick([f.cnpj(), "220-88-" + f.d(5), "PL" + f.nip().replace("-", "")])
                ),
                "address": G(
                    lambda f: f.pick(
                        ["Av. Brig. Faria Lima, 4055", "Teheran-ro 134, Gangnam-gu", "ul. Reymonta 22"]
                    )
                ),
                "email": G(lambda f: f.pick(["contato@furia.gg", "partners@t1.gg", "biuro@wisla.pl"])),
                "phone": G(lambda f: f.pick(["+55 11 3040-1234", "+82 2-555-0134", "+48 12 630 76 00"])),
                "website": G(
                    lambda f: f.pick(["https://furia.gg", "https://t1.gg", "https://wislakrakow.com"])
                ),
            },
        },
        {"page": "/clans/manage", "title": "Clan | Orbit Play"},
    ),
    # -- pets, screens, pages ----------------------------------------------------------------------
    (
        "track",
        "Pet Named",
        ["flutter", "rn"],
        ALL,
        {
            "pet_name": G(lambda f: f.pick(PET_NAMES)),
            "pet_species": G(lambda f: f.pick(["dragon", "slime", "fox", "robot_dog"])),
            "pet_level": G(lambda f: f.r.randint(1, 50)),
            "rename_count": G(lambda f: f.r.randint(0, 5)),
        },
        {},
    ),
    (
        "screen",
        "Store Home",
        ["swift", "kotlin", "flutter", "rn"],
        ALL,
        {
            "featured_offer": G(lambda f: f.pick(ITEMS)[0]),
            "wallet_balance": G(lambda f: f.r.randint(0, 20000)),
            "from": G(lambda f: f.pick(["home", "push", "deeplink"])),
        },
        {},
    ),
    (
        "page",
        "Parents Dashboard",
        ["web"],
        ALL,
        {
            "path": G(lambda f: "/parents"),
            "url": G(lambda f: "https://account.orbitplay.gg/parents"),
            "title": G(lambda f: "Painel dos pais | Orbit Play"),
            "referrer": G(lambda f: f.pick(["", "https://mail.naver.com/", "https://mail.google.com/"])),
            "search": G(lambda f: f.pick(["", "?tab=spending", "?tab=time"])),
            "children_count": G(lambda f: f.r.randint(1, 4)),
        },
        {"page": "/parents", "title": "Painel dos pais | Orbit Play"},
    ),
    (
        "page",
        "Store",
        ["web"],
        ALL,
        {
            "path": G(lambda f: "/store"),
            "url": G(lambda f: "https://www.orbitplay.gg/store"),
            "title": G(lambda f: "Store | Orbit Play"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=youtube"])),
            "category": G(lambda f: f.pick(["bundles", "coins", "cosmetics"])),
        },
        {"page": "/store", "title": "Store | Orbit Play"},
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web"],
        ALL,
        {
            "label": Y(lambda f: f.full_address(), "address", True),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "session_token": G(lambda f: f.uuid()),
            "suggestion_rank": G(lambda f: f.r.randint(1, 5)),
        },
        {"page": "/checkout/address", "title": "Address | Orbit Play"},
    ),
    # -- anti-cheat ---------------------------------------------------------------------------------
    (
        "track",
        "Device Fingerprint Collected",
        ["dotnet"],
        ALL,
        {
            "MachineGuid": G(lambda f: f.uuid()),
            "HwidHash": G(lambda f: f.hexid(64)),
            "DiskSerial": Y(lambda f: f.disk_serial(), "serial"),
            "MotherboardSerial": Y(lambda f: f.board_serial(), "serial"),
            "MacAddresses": Many(Y(lambda f: f.mac(), "mac"), 2),
            "GpuName": G(
                lambda f: f.pick(
                    ["NVIDIA GeForce RTX 4060", "AMD Radeon RX 7600", "Intel(R) UHD Graphics 770"]
                )
            ),
            "CpuId": G(lambda f: f.pick(["BFEBFBFF000906EA", "178BFBFF00A20F12"])),
            "TpmEkHash": G(lambda f: f.hexid(64)),
            "VmDetected": G(lambda f: f.pick([True, False])),
            "PublicIp": Y(lambda f: f.ipv4(), "ip"),
        },
        {"forwarded": False},
    ),
    (
        "track",
        "Anti-Cheat Flag Raised",
        ["go"],
        ALL,
        {
            "player_id": G(lambda f: player_id(f)),
            "detection_rule": G(lambda f: f.pick(["AC-MEMREAD-12", "AC-SPEEDHACK-3", "AC-DLLINJ-7"])),
            "process_name": G(lambda f: f.pick(["cheatengine-x86_64.exe", "injector.exe", "aimassist.dll"])),
            "process_path": Y(
                lambda f: (
                    "C:\\Users\\"
                    + f.win_user()
                    + "\\"
                    + f.pick(["Downloads\\", "AppData\\Local\\Temp\\", "Desktop\\"])
                    + f.pick(["ce.exe", "inj.exe", "loader.exe"])
                ),
                "name",
                True,
            ),
            "module_sha256": G(lambda f: f.hexid(64)),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "hwid": G(lambda f: f.hexid(40)),
            "match_id": G(lambda f: f.uuid()),
        },
        {"forwarded": False},
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        ALL,
        {},
        {"page": "/signup/complete", "title": "Welcome | Orbit Play"},
    ),
]


def build(seed: int, repeats: int):
    f = GF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, body, opts in TEMPLATES:
            f.cc = f.pick(markets)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client not in ("swift", "kotlin") else f.uuid().upper(),
                "timestamp": f.iso(),
                "userId": player_id(f) if client != "etl" else f.digits(9),
            }
            if client in ("web", "swift", "kotlin", "rn", "flutter"):
                msg["anonymousId"] = f.uuid()
            if kind == "track":
                msg["event"] = name
            elif kind in ("screen", "page"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "clan_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, opts), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=261, repeats=36)
    write(Path(__file__).parent, "holdout261_", events, labels)
