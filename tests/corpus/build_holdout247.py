# ruff: noqa: RUF001  (Turkish dotless i and Polish dashes are the data)
"""Writes holdout247: tests/corpus/holdout247_events.jsonl and holdout247_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels, and never run against the engine by its author. Only
the corpus helpers (build.py, fake.py), holdout3's format, REFERENCE.md and DESIGN.md were read.

Covers a courier and parcel-locker company ("BoxRoute") in Poland, Turkey and Brazil: sending
parcels (labels bought as e-commerce orders), tracking, locker pickup codes and remote opening,
recipients' and senders' names, phones, e-mails and addresses, authorised pickup persons, saved
recipients and imported contacts; customs declarations with PESEL, TC Kimlik No and CPF for
individuals next to NIP, REGON, VKN, EORI and CNPJ for companies; cash on delivery, refunds and
payouts to bank accounts (IBAN PL/TR/BR, Polish NRB, Brazilian agência/conta and Pix keys); the
couriers' handheld app (GPS scans, proof-of-delivery signatures and photos, ID checks for
age-restricted parcels, vehicles, payroll and onboarding); returns, support tickets, SMS/e-mail
vendor webhooks, masked calling, locker IoT telemetry, warehouse reverse-ETL syncs and merchant
webhooks. Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
Flutter, and the python, node, go, java, ruby, php and .NET server libraries, each with the context
block it really sends (context.ip, traits, device, app, library, locale, userAgent, campaign,
location, externalIds).

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (.NET backend),
kebab-case (PHP merchant webhooks), SCREAMING_SNAKE (warehouse syncs) and Polish, Turkish and
Portuguese keys (odbiorca/imie/nazwisko/telefon, alici_adi/tc_kimlik_no/il/ilce/mahalle,
destinatario/nome/logradouro/bairro/cep/chave_pix). Values are generated per country (national
phone formats, postcodes, street forms), with valid checksums where real ids have them: PESEL,
NIP, REGON, TCKN, VKN, CPF, CNPJ, Luhn cards (Visa, Mastercard, Elo, Troy), mod-97 IBANs.

Labelling rules (the Privacy Portal's default colours):
- A leaf is personal when its values are personal data about a natural person: the user, a
  recipient, a sender, an authorised pickup person, an imported contact, an emergency contact, a
  courier or a support agent. Colour: the reference matcher's default; outside the reference, red
  for credentials/secrets/one-time codes, card numbers, bank accounts, government ids and health
  ids, yellow otherwise (geolocation, advertising id, signature and proof photos as `photo`).
- Green: ids we issue (tracking numbers, locker ids, order/shipment/route ids, UUIDs), versions,
  timestamps, amounts, enums, counters and booleans even under PII-sounding keys, product,
  company and pet names, places that are not the person's (a locker's address, city, postcode and
  coordinates; a depot; a searched place), states (uf, województwo), countries, locales, user
  agents, OS-issued device ids, card brand/last four/BIN/expiry, bank codes (BIC, ISPB, agência).
- Published policy: member/loyalty/customer numbers, ages and age bands, job titles, a business's
  own phone/e-mail/address (role mailboxes such as faktury@, a company's sending number in a Twilio
  webhook, call-masking proxy numbers), UUID tokens and e-mail Message-IDs are green; vehicle
  plates (`license`), VINs and handheld IMEIs/serials (`serial`), pay and hourly rates (`salary`),
  ad click ids gclid/fbclid/fbp/fbc (`advertising id`), the person's billing/shipping/pickup
  addresses (`address`) and trade-union membership (`trade union`) are yellow; payment-method
  tokens (pm_), locker pickup codes, OTPs, QR pickup payloads and sign-in/reset links' tokens
  (`token|secret`), gate and intercom codes in delivery instructions (`secret`), merchants' API
  keys (`secret|token`), identity document numbers (`national id`) and right-to-work answers (`visa`)
  are red.
- Company tax ids (NIP of a company, REGON, VKN, EORI, CNPJ) are the business's, so green; the
  company always travels with its name in the same object. A customs MRN (Movement Reference
  Number) is a declaration id, green. A Pix key routes money to a person's account whatever its
  form (CPF, e-mail, phone or random key): red `bank account`.
- Decided as a careful privacy owner would: a SHA-256 of a person's e-mail or phone sent for ad
  matching still singles the person out, so it is labelled as what it hashes (yellow); hashes of
  files (photos, labels) are green. A masked phone showing two digits is green (like a card's
  last four). A locker's coordinates stay green even when the user stands next to it. A
  preference for "reduced mobility" delivery reveals a disability: red `disability`. A Turkish
  `il` (province, filled in as the city) is `city`, an `ilce`/district `city|address`, a
  Brazilian `bairro` `address|city`. A courier's or applicant's work e-mail and phone are theirs
  (yellow); a contact person's e-mail at a merchant is personal, the merchant's support mailbox
  is not.
- value_only is true when the key does not say what the value is (`field.value`, `input`, `text`,
  `chat.text`, `note`, `body`, `Body`, `instructions`, `gift_note`, `shared_with`, `dialed`,
  `pos`, `q`, `result.formatted`, `externalIds[].id`) and only the value reveals it. Every value
  of a value_only PII path carries that PII; free text is labelled by what every one of its
  values carries, and free text that never carries PII (complaints quoting a tracking number,
  safe-place notes, return comments) is green.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

PL_FIRST_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Zofia", "Ewa"]
PL_FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Łukasz", "Paweł", "Michał", "Grzegorz", "Wojciech"]
PL_LAST = ["Kowalsk", "Wiśniewsk", "Wójcik", "Kamińsk", "Lewandowsk", "Zielińsk", "Dąbrowsk", "Nowak"]
TR_FIRST = ["Ayşe", "Fatma", "Elif", "Zeynep", "Merve", "Büşra", "Mehmet", "Mustafa", "Ahmet", "Emre"]
TR_FIRST += ["Oğuz", "Çağla", "Hüseyin", "İrem"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan"]
TR_LAST += ["Doğan", "Kılıç", "Koç", "Güneş"]
BR_FIRST = ["Maria", "Ana Beatriz", "Juliana", "Francisca", "Luana", "Camila", "João", "José", "Thiago"]
BR_FIRST += ["Lucas", "Gabriel", "Rafael", "Antônio", "Luiz Henrique", "Vitória", "Kauã"]
BR_LAST = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima"]
BR_LAST += ["Gomes", "Costa", "Ribeiro", "Carvalho", "da Conceição", "Nascimento", "Araújo"]
OTHER_NAMES = [
    "Oleksandr Kovalenko",
    "Olena Shevchenko",
    "Nguyễn Thị Lan",
    "Hiroshi Tanaka",
    "Ahmad Al-Hassan",
    "Leyla Məmmədova",
    "Chidi Okonkwo",
    "Sophie Müller",
    "Giulia Romano",
    "Rania Haddad",
    "Kenji Yamamoto Saito",
    "Mariana Fernández",
    "Ivan Petrov",
    "Aylin Schmidt",
    "Dmytro Bondarenko",
    "Siobhán O'Connor",
]


def pl_first(f: Fake) -> str:
    return f.pick(PL_FIRST_F + PL_FIRST_M)


def pl_last(f: Fake) -> str:
    stem = f.pick(PL_LAST)
    if stem.endswith("sk"):
        return stem + f.pick(["i", "a"])
    return stem


def pl_name(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{f.pick(PL_FIRST_F)} {pl_last(f).replace('ski', 'ska')}"
    return f"{f.pick(PL_FIRST_M)} {pl_last(f).replace('ska', 'ski')}"


def tr_name(f: Fake) -> str:
    return f"{f.pick(TR_FIRST)} {f.pick(TR_LAST)}"


def br_name(f: Fake) -> str:
    return f"{f.pick(BR_FIRST)} {f.pick(BR_LAST)} {f.pick(BR_LAST)}"


def any_name(f: Fake) -> str:
    kind = f.r.random()
    if kind < 0.25:
        return pl_name(f)
    if kind < 0.5:
        return tr_name(f)
    if kind < 0.75:
        return br_name(f)
    if kind < 0.9:
        return f.pick(OTHER_NAMES)
    return f.full_name()


def any_first(f: Fake) -> str:
    return any_name(f).split()[0]


def any_last(f: Fake) -> str:
    return any_name(f).split()[-1]


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "outlook.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "icloud.com"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "icloud.com"],
}


def email(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["pl", "tr", "br"])
    name = {"pl": pl_name, "tr": tr_name, "br": br_name}[country](f)
    parts = ascii_fold(name).lower().replace(" ", ".").split(".")
    first, last = parts[0], parts[-1]
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{first}_{last}{f.r.randint(70, 99)}",
            f"{last}.{first}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[country])}"


def any_email(f: Fake) -> str:
    return email(f) if f.r.random() < 0.85 else f.email()


def pl_phone(f: Fake) -> str:
    n = f"{f.pick(['5', '6', '7', '8'])}{f.r.randint(0, 99):02d}{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"+48 {n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
            f"+48{n}",
            f"48{n}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
        ]
    )


def tr_phone(f: Fake) -> str:
    prefix = f.pick(["30", "32", "33", "35", "42", "44", "05", "06", "52", "55"])
    n = f"5{prefix}{f.r.randint(0, 9999999):07d}"
    return f.pick(
        [
            f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
            f"0{n[:3]} {n[3:6]} {n[6:]}",
            f"0{n}",
            f"+90{n}",
            f"(0{n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
        ]
    )


def br_phone(f: Fake) -> str:
    ddd = f.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"])
    n = f"9{f.r.randint(1000, 9999)}{f.r.randint(0, 9999):04d}"
    return f.pick([f"+55 {ddd} {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}", f"{ddd}{n}", f"+55{ddd}{n}"])


def other_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+380 {f.pick(['50', '67', '93'])} {f.r.randint(100, 999)} "
            f"{f.r.randint(10, 99)} {f.r.randint(10, 99)}",
            f"+49 15{f.r.randint(1, 9)} {f.r.randint(1000000, 99999999)}",
            f"+44 7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f.phone(),
        ]
    )


def any_phone(f: Fake) -> str:
    kind = f.r.random()
    if kind < 0.3:
        return pl_phone(f)
    if kind < 0.6:
        return tr_phone(f)
    if kind < 0.9:
        return br_phone(f)
    return other_phone(f)


# -- places -----------------------------------------------------------------------------------------

PL_STREETS = ["Marszałkowska", "Mickiewicza", "Słowackiego", "Kościuszki", "Piłsudskiego", "Lipowa", "Polna"]
PL_STREETS += ["Ogrodowa", "Długa", "Świętokrzyska", "Grunwaldzka", "Wrocławska"]
PL_CITIES = ["Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Katowice", "Lublin", "Białystok"]
PL_CITIES += ["Szczecin", "Rzeszów", "Toruń"]
PL_VOIV = ["mazowieckie", "małopolskie", "dolnośląskie", "wielkopolskie", "pomorskie", "śląskie", "łódzkie"]
TR_CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Adana", "Gaziantep", "Konya", "Kayseri"]
TR_DISTRICTS = ["Kadıköy", "Üsküdar", "Beşiktaş", "Çankaya", "Keçiören", "Karşıyaka", "Bornova", "Nilüfer"]
TR_DISTRICTS += ["Muratpaşa", "Seyhan", "Şahinbey", "Selçuklu", "Esenyurt", "Bağcılar"]
TR_MAH = ["Atatürk", "Cumhuriyet", "Fatih", "Yenimahalle", "Bahçelievler", "Moda", "Caferağa", "Osmanağa"]
TR_MAH += ["Kızılay", "Fenerbahçe", "Göztepe"]
TR_STREETS = ["İstiklal Cad.", "Bağdat Cad.", "Cumhuriyet Cad.", "Gazi Bulvarı", "Atatürk Blv.", "Lale Sk."]
TR_STREETS += ["Menekşe Sk.", "Papatya Sk.", "Millet Cad."]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Brasil", "Rua Sete"]
BR_STREETS += [
    "Rua Bahia",
    "Av. Atlântica",
    "Rua São João",
    "Travessa do Ouvidor",
    "Rua Voluntários da Pátria",
]
BR_BAIRROS = ["Bela Vista", "Pinheiros", "Copacabana", "Savassi", "Boa Viagem", "Batel", "Moinhos de Vento"]
BR_BAIRROS += ["Meireles", "Barra", "Centro", "Tijuca", "Aldeota"]
BR_CITIES = [
    "São Paulo",
    "Rio de Janeiro",
    "Belo Horizonte",
    "Curitiba",
    "Porto Alegre",
    "Recife",
    "Salvador",
]
BR_CITIES += ["Fortaleza", "Manaus", "Campinas", "Goiânia"]
BR_UF = ["SP", "RJ", "MG", "PR", "RS", "PE", "BA", "CE", "AM", "GO"]


def pl_street(f: Fake) -> str:
    prefix = f.pick(["ul.", "ul.", "al.", "os.", "pl."])
    num = f"{f.r.randint(1, 180)}{f.pick(['', '', 'A', 'B'])}"
    flat = f.pick(["", f"/{f.r.randint(1, 120)}", f" m. {f.r.randint(1, 60)}"])
    return f"{prefix} {f.pick(PL_STREETS)} {num}{flat}"


def pl_zip(f: Fake) -> str:
    return f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"


def tr_street(f: Fake) -> str:
    return (
        f"{f.pick(TR_MAH)} Mah. {f.pick(TR_STREETS)} No:{f.r.randint(1, 250)}"
        f"{f.pick(['', '/' + str(f.r.randint(1, 9))])} D:{f.r.randint(1, 40)}"
    )


def tr_zip(f: Fake) -> str:
    return f"{f.r.randint(1, 81):02d}{f.r.randint(0, 999):03d}"


def br_street(f: Fake) -> str:
    return f"{f.pick(BR_STREETS)}, {f.r.randint(10, 4999)}"


def br_cep(f: Fake) -> str:
    return f.pick(
        [f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}", f"{f.r.randint(1000000, 99999999):08d}"]
    )


def any_full_address(f: Fake) -> str:
    kind = f.pick(["pl", "tr", "br"])
    if kind == "pl":
        return f"{pl_street(f)}, {pl_zip(f)} {f.pick(PL_CITIES)}"
    if kind == "tr":
        return f"{tr_street(f)} {f.pick(TR_DISTRICTS)}/{f.pick(TR_CITIES)}"
    return f"{br_street(f)} - {f.pick(BR_BAIRROS)}, {f.pick(BR_CITIES)} - {f.pick(BR_UF)}, {br_cep(f)}"


def any_city(f: Fake) -> str:
    return f.pick(PL_CITIES + TR_CITIES + BR_CITIES)


BOXES = {"pl": (49.3, 54.6, 14.3, 23.9), "tr": (36.3, 41.9, 26.2, 44.5), "br": (-30.0, -3.0, -60.0, -35.0)}


def coord(f: Fake, axis: str, country: str | None = None) -> float:
    """A latitude, then its longitude in the same country (keys render in order: lat, then lon)."""
    if country is None:
        if axis == "lat":
            f.geo_country = f.pick(["pl", "tr", "br"])
        country = getattr(f, "geo_country", "pl")
    lat0, lat1, lon0, lon1 = BOXES[country]
    value = round(f.r.uniform(lat0, lat1) if axis == "lat" else f.r.uniform(lon0, lon1), 6)
    f.geo_last = {**getattr(f, "geo_last", {}), axis: value}
    return value


def near(f: Fake, axis: str) -> float:
    """A point a few tens of metres from the last coordinate drawn (a locker next to the user)."""
    return round(f.geo_last[axis] + f.r.uniform(-0.0003, 0.0003), 6)


def latlon_text(f: Fake) -> str:
    c = f.pick(["pl", "tr", "br"])
    return f"{coord(f, 'lat', c)},{coord(f, 'lon', c)}"


# -- ids we issue -----------------------------------------------------------------------------------


def tracking(f: Fake) -> str:
    return f.pick(
        [
            "6" + f.digits(23),
            f"BX{f.digits(9)}BR",
            f"{f.r.randint(1, 9)}{f.digits(11)}",
            f"BXR{f.digits(10)}PL",
        ]
    )


def locker_id(f: Fake) -> str:
    city = f.pick(["WAW", "KRA", "POZ", "GDA", "IST", "ANK", "IZM", "SAO", "RIO", "BHZ"])
    return f"{city}{f.r.randint(1, 999):03d}{f.pick(['M', 'A', 'B', 'P'])}"


def depot(f: Fake) -> str:
    return f.pick(
        ["WAW-3", "WAW-7", "KRA-1", "POZ-2", "IST-AVR", "IST-TUZ", "ANK-1", "GRU-2", "RIO-1", "CWB-1"]
    )


def order_id(f: Fake) -> str:
    return f"BR-{f.r.randint(2023, 2024)}-{f.digits(7)}"


def route_id(f: Fake) -> str:
    return f"R{f.r.randint(100, 999)}-{f.digits(6)}"


def iso_date(f: Fake) -> str:
    return f.iso()[:10]


# -- national ids and accounts (valid checksums) ----------------------------------------------------


def pesel(f: Fake) -> str:
    year = f.r.randint(1950, 2006)
    month = f.r.randint(1, 12) + (20 if year >= 2000 else 0)
    body = f"{year % 100:02d}{month:02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 9999):04d}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


def nip(f: Fake, formatted: bool | None = None) -> str:
    weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        body = f"{f.r.randint(1, 9)}{f.r.randint(0, 99999999):08d}"
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            break
    n = body + str(check)
    style = f.pick(["plain", "dash", "pl"]) if formatted is None else "dash"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"
    return ("PL" if style == "pl" else "") + n


def regon(f: Fake) -> str:
    body = f"{f.r.randint(10000000, 99999999)}"
    check = sum(int(d) * w for d, w in zip(body, [8, 9, 2, 3, 4, 5, 6, 7], strict=True)) % 11 % 10
    return body + str(check)


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def vkn(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    total = 0
    for i, digit in enumerate(d):
        tmp = (digit + 9 - i) % 10
        if tmp:
            v = (tmp * 2 ** (9 - i)) % 9
            total += 9 if v == 0 else v
    return "".join(map(str, d)) + str((10 - total % 10) % 10)


def cpf(f: Fake, formatted: bool | None = None) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        d.append(s * 10 % 11 % 10)
    raw = "".join(map(str, d))
    if formatted if formatted is not None else f.r.random() < 0.6:
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"
    return raw


def cnpj(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * w for x, w in zip(d, weights, strict=True)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def iban(f: Fake, country: str, spaced: bool | None = None) -> str:
    if country == "PL":
        bban = f"{f.pick(['1020', '1050', '1140', '1090', '2490', '1240'])}{f.digits(4)}{f.digits(16)}"
    elif country == "TR":
        bban = f"{f.pick(['00010', '00012', '00046', '00062', '00064', '00067'])}0{f.digits(16)}"
    else:
        bban = f"{f.pick(['00000000', '00360305', '60701190', '90400888'])}{f.digits(5)}{f.digits(10)}C1"
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if spaced if spaced is not None else f.r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def any_iban(f: Fake) -> str:
    return iban(f, f.pick(["PL", "TR", "BR"]))


def nrb(f: Fake) -> str:
    raw = iban(f, "PL", spaced=False)[2:]
    if f.r.random() < 0.5:
        return raw[:2] + " " + " ".join(raw[i : i + 4] for i in range(2, 26, 4))
    return raw


def card(f: Fake) -> str:
    prefix, length = f.pick(
        [("4", 16), ("5", 16), ("2221", 16), ("636368", 16), ("9792", 16), ("606282", 16)]
    )
    number = f.luhn_complete(
        prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    )
    if f.r.random() < 0.4:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def pix_key(f: Fake) -> str:
    kind = f.pick(["cpf", "email", "phone", "evp"])
    if kind == "cpf":
        return cpf(f, formatted=False)
    if kind == "email":
        return email(f, "br")
    if kind == "phone":
        return "+55" + br_phone(f).replace("+55", "").replace(" ", "").replace("-", "").replace(
            "(", ""
        ).replace(")", "")
    return f.uuid()


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    return f"{letters}{f.digits(6)}"


def br_rg(f: Fake) -> str:
    return f"{f.r.randint(10, 59)}.{f.r.randint(100, 999)}.{f.r.randint(100, 999)}-{f.pick('0123456789X')}"


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick(['WA', 'WX', 'KR', 'PO', 'GD', 'DW'])} {f.r.randint(10000, 99999)}",
            f"{f.pick(['WI', 'KR', 'PO'])} {f.r.randint(100, 999)}{f.pick(['AB', 'KC', 'LM'])}",
            f"{f.r.randint(1, 81):02d} {f.pick(['ABC', 'KZ', 'TR', 'HF'])} {f.r.randint(10, 9999)}",
            br_plate(f),
        ]
    )


def br_plate(f: Fake) -> str:
    letters = f.pick(["RIO", "QWE", "FGH", "BRA"])
    return f"{letters}{f.r.randint(0, 9)}{f.pick('ABCDEFGHIJ')}{f.r.randint(10, 99)}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["WDB9066351", "WV1ZZZ2HZ", "VF1MA000", "NMTKB3BE", "9BD2651"]).ljust(10, "3") + "".join(
        f.pick(chars) for _ in range(7)
    )


def imei(f: Fake) -> str:
    return f.luhn_complete("35" + f.digits(12))


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def sha256(f: Fake) -> str:
    return f.hexid(64)


def signature_url(f: Fake) -> str:
    return f"https://pod.boxroute.eu/sig/{f.uuid()}.png"


def pod_photo_url(f: Fake) -> str:
    return f"https://pod.boxroute.eu/photo/{f.hexid(20)}.jpg"


# -- free text ------------------------------------------------------------------------------------


def gate_code_instructions(f: Fake) -> str:
    return f.pick(
        [
            f"Kod do bramy {f.r.randint(1000, 9999)}#, klatka B",
            f"Domofon: {f.r.randint(10, 99)}K{f.r.randint(1000, 9999)}",
            f"Bina kapı şifresi {f.r.randint(1000, 9999)}",
            f"Código do portão {f.r.randint(1000, 9999)}, deixar com o porteiro",
            f"Gate code {f.r.randint(1000, 9999)}, then second door on the left",
        ]
    )


def gift_note_with_name(f: Fake) -> str:
    return f.pick(
        [
            f"Sto lat, {pl_first(f)}! Ściskamy",
            f"İyi ki doğdun {f.pick(TR_FIRST)}, seni seviyoruz",
            f"Feliz aniversário, {f.pick(BR_FIRST)}! Beijos",
            f"For {any_first(f)} - congrats on the new flat!",
        ]
    )


def chat_text_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Jestem pod bramą, proszę zadzwonić {pl_phone(f)}",
            f"Kapıdayım, şu numarayı arayın {tr_phone(f)}",
            f"Estou no trabalho, liga no {br_phone(f)}",
            f"Not home, call {any_phone(f)} and I'll come down",
        ]
    )


def note_with_name(f: Fake) -> str:
    return f.pick(
        [
            f"Zostawiono u sąsiada {any_name(f)}, m. {f.r.randint(1, 60)}",
            f"Handed to {any_name(f)} at reception",
            f"Komşusu {tr_name(f)} teslim aldı",
            f"Entregue para {br_name(f)} (porteiro)",
            f"Received by {any_first(f)} {any_last(f)[0]}. at door",
        ]
    )


def ticket_text_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Kurier nie przyjechał, proszę o kontakt {pl_phone(f)}",
            f"Paketim 3 gündür dağıtımda, beni arayın: {tr_phone(f)}",
            f"Minha encomenda não chegou. Meu WhatsApp {br_phone(f)}",
            f"Locker did not open, call me on {any_phone(f)} please",
            f"Zmiana adresu - dzwonić pod {pl_phone(f)} po 17",
        ]
    )


def push_body_with_code(f: Fake) -> str:
    return f.pick(
        [
            f"Twoja paczka czeka w {locker_id(f)}. Kod odbioru: {otp(f)}",
            f"Kargonuz {locker_id(f)} dolabında. Teslim kodu: {otp(f)}",
            f"Sua encomenda está no armário {locker_id(f)}. Código de retirada: {otp(f)}",
            f"Your parcel is ready in {locker_id(f)}. Pickup code {otp(f)}",
        ]
    )


def sms_body_with_code(f: Fake) -> str:
    return f.pick(
        [
            f"BoxRoute: paczka {tracking(f)} w {locker_id(f)}. Kod: {otp(f)}. Odbierz do 48h.",
            f"BoxRoute: {tracking(f)} nolu gonderiniz {locker_id(f)} dolabinda. Kod: {otp(f)}",
            f"BoxRoute: retire {tracking(f)} no armario {locker_id(f)} com o codigo {otp(f)}",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALE = {"pl": "pl-PL", "tr": "tr-TR", "br": "pt-BR"}
TZ = {"pl": "Europe/Warsaw", "tr": "Europe/Istanbul", "br": "America/Sao_Paulo"}
SITES = {"pl": "https://boxroute.pl", "tr": "https://boxroute.com.tr", "br": "https://boxroute.com.br"}


def web_context(f: Fake):
    c = f.pick(["pl", "tr", "br"])
    path = f.pick(["/", "/sledzenie", "/wyslij-paczke", "/kargo-takip", "/rastreio", "/checkout", "/konto"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://allegro.pl/", "https://www.trendyol.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=sms", "?lang=en", "?ref=app_banner"])),
            "title": G(
                lambda f: f.pick(
                    ["BoxRoute – śledzenie przesyłek", "BoxRoute Kargo Takip", "BoxRoute | Rastreio"]
                )
            ),
            "url": G(lambda f: SITES[c] + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: LOCALE[c]),
        "timezone": G(lambda f: TZ[c]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["wysylka_swieta", "kargo_bahar", "frete_gratis", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "sms", "email"])),
            "term": G(lambda f: f.pick(["paczkomat", "kargo takip", "rastrear encomenda", "tanie wysyłki"])),
            "content": G(lambda f: f.pick(["hero_a", "hero_b", "footer_link"])),
        },
    }


def swift_context(f: Fake):
    c = f.pick(["pl", "tr", "br"])
    return {
        "app": {
            "name": G(lambda f: "BoxRoute"),
            "version": G(lambda f: f.pick(["6.3.0", "6.4.1", "6.4.2"])),
            "build": G(lambda f: f.pick(["6301", "6411", "6420"])),
            "namespace": G(lambda f: "eu.boxroute.consumer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALE[c]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Orange PL", "Play", "Turkcell", "Vodafone TR", "Vivo", "Claro BR"])
            ),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[c]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": {
            "email": Y(lambda f: any_email(f), "email"),
            "phone": Y(lambda f: any_phone(f), "phone"),
        },
    }


def kotlin_courier_context(f: Fake):
    c = f.pick(["pl", "tr", "br"])
    return {
        "app": {
            "name": G(lambda f: "BoxRoute Courier"),
            "version": G(lambda f: f.pick(["4.18.2", "4.19.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["41802", "41900", "41901"])),
            "namespace": G(lambda f: "eu.boxroute.courier"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Zebra Technologies", "Honeywell", "samsung"])),
            "model": G(lambda f: f.pick(["TC52", "TC58", "CT40", "SM-G736B"])),
            "name": G(lambda f: f.pick(["TC52", "CT40", "xcover6pro"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: LOCALE[c]),
        "location": {
            "latitude": Y(lambda f: coord(f, "lat", c), "geolocation"),
            "longitude": Y(lambda f: coord(f, "lon", c), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
        },
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "carrier": G(lambda f: f.pick(["Plus", "T-Mobile PL", "Türk Telekom", "TIM"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625])),
            "width": G(lambda f: 720),
            "height": G(lambda f: 1280),
        },
        "timezone": G(lambda f: TZ[c]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 11; TC52 Build/11-49-09.00-RG-U00-STD)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "name": Y(lambda f: any_name(f), "name"),
            "employeeNumber": G(lambda f: "EMP" + f.digits(6)),
            "depot": G(lambda f: depot(f)),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BoxRoute"),
            "version": G(lambda f: f.pick(["6.2.3", "6.3.0", "6.4.0"])),
            "build": G(lambda f: f.pick(["623", "630", "640"])),
            "namespace": G(lambda f: "br.com.boxroute"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto g54 5G", "Redmi Note 12", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.2"])),
        },
        "locale": G(lambda f: "pt-BR"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro", "TIM"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([360, 393, 412])),
            "height": G(lambda f: f.pick([800, 852, 915])),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Manaus", "America/Recife"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(lambda f: email(f, "br"), "email"),
            "name": Y(lambda f: br_name(f), "name"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BoxRoute Kargo"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "291", "293"])),
            "namespace": G(lambda f: "tr.com.boxroute.kargo"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Apple", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "2201117TG", "iPhone14,7", "CPH2451"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.2", "1.1.0"])),
        },
        "locale": G(lambda f: f.pick(["tr-TR", "en-TR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.3.1"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1170])), "height": G(lambda f: f.pick([2340, 2532]))},
        "timezone": G(lambda f: "Europe/Istanbul"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {"phone": Y(lambda f: tr_phone(f), "phone"), "userId": G(lambda f: f.digits(9))},
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.2", "2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(lib: str):
    def make(f: Fake):
        name, versions = SERVER_VERSIONS[lib]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib == "node":
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "python":
            ctx["traits"] = {"email": Y(lambda f: any_email(f), "email")}
        if lib == "php":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: any_email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "java":
            ctx["groupId"] = G(lambda f: "merchant_" + f.digits(5))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "courier": kotlin_courier_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}

# -- reusable pieces ------------------------------------------------------------------------------


def parcel_product():
    return {
        "product_id": G(lambda f: f.pick(["parcel_a", "parcel_b", "parcel_c", "envelope", "pallet_mini"])),
        "sku": G(lambda f: f.pick(["PCL-A-LCK", "PCL-B-LCK", "PCL-C-DOOR", "ENV-S", "PAL-MINI-60"])),
        "name": G(
            lambda f: f.pick(["Paczka gabaryt A", "Paczka gabaryt B", "Küçük koli", "Caixa média", "Koperta"])
        ),
        "category": G(lambda f: f.pick(["locker", "courier", "international"])),
        "variant": G(lambda f: f.pick(["8x38x64 cm", "19x38x64 cm", "41x38x64 cm", "up to 1 kg"])),
        "price": G(lambda f: f.money(8, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def locker_obj():
    return {
        "id": G(lambda f: locker_id(f)),
        "address": G(
            lambda f: f.pick(
                [
                    "ul. Puławska 2 (Biedronka)",
                    "Bağdat Cad. 210 (Migros)",
                    "Av. Paulista, 1578 (MASP)",
                    "al. Jana Pawła II 43",
                ]
            )
        ),
        "city": G(lambda f: f.pick(["Warszawa", "İstanbul", "São Paulo", "Kraków", "Ankara"])),
        "postal_code": G(lambda f: f.pick(["02-512", "34728", "01310-200", "31-042"])),
        "latitude": G(lambda f: coord(f, "lat")),
        "longitude": G(lambda f: coord(f, "lon")),
    }


# -- events: (kind, event or screen/page name, client, body) ------------------------------------------

EVENTS: list[tuple[str, str | None, str, Any]] = [
    # -- web: tracking and sending ------------------------------------------------------------------
    (
        "page",
        "Track Parcel",
        "web",
        {
            "path": G(lambda f: "/sledzenie"),
            "url": G(lambda f: "https://boxroute.pl/sledzenie?numer=" + tracking(f)),
            "title": G(lambda f: "Śledzenie przesyłki"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.pl/", "https://allegro.pl/"])),
            "search": G(lambda f: "?numer=" + tracking(f)),
            "trackingNumber": G(lambda f: tracking(f)),
        },
    ),
    (
        "track",
        "Parcel Tracked",
        "web",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "status": G(
                lambda f: f.pick(
                    ["created", "in_transit", "out_for_delivery", "ready_to_pickup", "delivered"]
                )
            ),
            "status_code": G(lambda f: f.r.randint(100, 900)),
            "eta": G(lambda f: iso_date(f)),
            "lookup_method": G(lambda f: f.pick(["number", "phone", "email", "qr"])),
            "result_count": G(lambda f: f.r.randint(0, 3)),
            "is_international": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: "track_by_phone"),
            "field": {
                "name": G(lambda f: "phone_number"),
                "type": G(lambda f: "tel"),
                "value": Y(lambda f: any_phone(f), "phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(800, 12000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Queried",
        "web",
        {
            "input": Y(lambda f: pl_street(f), "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "country_filter": G(lambda f: f.pick(["pl", "tr", "br"])),
            "provider": G(lambda f: f.pick(["google_places", "here"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: order_id(f)),
            "value": G(lambda f: f.money(10, 300)),
            "revenue": G(lambda f: f.money(10, 300)),
            "shipping": G(lambda f: 0),
            "tax": G(lambda f: f.money(1, 50)),
            "discount": G(lambda f: f.money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "PIERWSZA10", "KARGO20", "FRETE5"])),
            "currency": G(lambda f: f.pick(["PLN", "TRY", "BRL"])),
            "products": Many(parcel_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: order_id(f)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["blik", "card", "przelewy24", "pix", "boleto", "troy"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "troy"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["453978", "516732", "636368", "979208"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "installments": G(lambda f: f.pick([1, 1, 3, 6])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: order_id(f)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 300)),
            "revenue": G(lambda f: f.money(10, 300)),
            "tax": G(lambda f: f.money(1, 50)),
            "currency": G(lambda f: f.pick(["PLN", "TRY", "BRL"])),
            "coupon": G(lambda f: f.pick(["", "PIERWSZA10", "KARGO20"])),
            "payment_method": G(lambda f: f.pick(["blik", "card", "pix"])),
            "products": Many(parcel_product(), 2),
            "sender": {
                "name": Y(lambda f: any_name(f), "name"),
                "email": Y(lambda f: any_email(f), "email"),
                "phone": Y(lambda f: any_phone(f), "phone"),
            },
            "recipient": {
                "name": Y(lambda f: any_name(f), "name"),
                "phone": Y(lambda f: any_phone(f), "phone"),
                "email": Y(lambda f: any_email(f), "email"),
            },
            "delivery_type": G(lambda f: f.pick(["locker", "courier", "pickup_point"])),
            "target_locker": locker_obj(),
            "is_insured": G(lambda f: f.pick([True, False])),
            "insurance_value": G(lambda f: f.pick([0, 500, 1000, 5000])),
            "cod_amount": G(lambda f: f.money(0, 900)),
            "reference": G(
                lambda f: f.pick(
                    ["Zamówienie " + f.digits(5), "Sipariş #" + f.digits(6), "Pedido " + f.digits(6)]
                )
            ),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: email(f, "pl"), "email"),
            "firstName": Y(lambda f: pl_first(f), "name"),
            "lastName": Y(lambda f: pl_last(f), "name"),
            "phone": Y(lambda f: pl_phone(f), "phone"),
            "address": {
                "street": Y(lambda f: pl_street(f), "street|address"),
                "city": Y(lambda f: f.pick(PL_CITIES), "city"),
                "postalCode": Y(lambda f: pl_zip(f), "zipcode"),
                "state": G(lambda f: f.pick(PL_VOIV)),
                "country": G(lambda f: "PL"),
            },
            "createdAt": G(lambda f: f.iso()),
            "accountType": G(lambda f: f.pick(["private", "business"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "smsConsent": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLocker": G(lambda f: locker_id(f)),
            "parcelsSent": G(lambda f: f.r.randint(0, 240)),
            "language": G(lambda f: f.pick(["pl", "en", "uk"])),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "email_domain": G(lambda f: f.pick(["gmail.com", "wp.pl", "hotmail.com", "uol.com.br"])),
            "referral_code": G(lambda f: "REF" + f.hexid(6).upper()),
            "newsletter_opt_in": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "terms_version": G(lambda f: f.pick(["2024-01", "2024-05"])),
        },
    ),
    (
        "track",
        "Saved Recipient Added",
        "web",
        {
            "recipient_id": G(lambda f: f.uuid()),
            "contact": {
                "first_name": Y(lambda f: any_first(f), "name"),
                "last_name": Y(lambda f: any_last(f), "name"),
                "phone_number": Y(lambda f: any_phone(f), "phone"),
                "email_address": Y(lambda f: any_email(f), "email"),
            },
            "label": G(lambda f: f.pick(["Mama", "Dom", "Praca", "Biuro", "Babcia", "Ofis"])),
            "default_locker": G(lambda f: locker_id(f)),
            "saved_recipients_count": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Promo Landing Viewed",
        "web",
        {
            "landing_path": G(
                lambda f: f.pick(["/promo/wiosna", "/kampanya/ucretsiz-kargo", "/promo/frete"])
            ),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["wiosna24", "kargo_bahar", "frete_gratis"])),
            "variant": G(lambda f: f.pick(["A", "B"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "karton 40x30",
                        "koperta bąbelkowa",
                        "taşıma kolisi",
                        "caixa de papelão",
                        "folia stretch",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Delivery Preferences Updated",
        "web",
        {
            "safe_place": G(lambda f: f.pick(["none", "porch", "garage", "neighbour", "reception"])),
            "safe_place_note": G(
                lambda f: f.pick(
                    ["Za bramą po lewej", "Kapı önüne bırakın", "Deixar na portaria", "Behind the bins"]
                )
            ),
            "leave_with_neighbour": G(lambda f: f.pick([True, False])),
            "reduced_mobility": RED(lambda f: f.pick([True, False]), "disability"),
            "notify_sms": G(lambda f: f.pick([True, False])),
            "notify_email": G(lambda f: f.pick([True, False])),
            "quiet_hours": G(lambda f: f.pick(["22-07", "21-08", "none"])),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        {
            "name": Y(lambda f: any_name(f), "name"),
            "email": Y(lambda f: any_email(f), "email"),
            "topic": G(lambda f: f.pick(["delay", "damage", "cod", "invoice", "other"])),
            "message": G(
                lambda f: f.pick(
                    [
                        f"Przesyłka {tracking(f)} stoi w sortowni od tygodnia.",
                        f"{tracking(f)} takip numaralı kargom hasarlı geldi.",
                        f"O pedido {tracking(f)} consta como entregue mas não recebi.",
                        "Where can I print the label?",
                    ]
                )
            ),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- iOS consumer app --------------------------------------------------------------------------
    (
        "screen",
        "Parcel Details",
        "swift",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "status": G(lambda f: f.pick(["in_transit", "ready_to_pickup", "delivered", "returned"])),
            "eta": G(lambda f: iso_date(f)),
            "has_cod": G(lambda f: f.pick([True, False])),
            "cod_amount": G(lambda f: f.money(0, 900)),
            "shipment_type": G(lambda f: f.pick(["locker_to_locker", "door_to_locker", "door_to_door"])),
        },
    ),
    (
        "track",
        "Pickup Code Viewed",
        "swift",
        {
            "parcel_id": G(lambda f: f.uuid()),
            "locker_id": G(lambda f: locker_id(f)),
            "pickup_code": RED(lambda f: otp(f), "token|secret"),
            "qr_payload": RED(lambda f: f"BXR1|{tracking(f)}|{otp(f)}", "token|secret"),
            "compartment_size": G(lambda f: f.pick(["A", "B", "C"])),
            "expires_at": G(lambda f: f.iso()),
            "code_reveal_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Locker Opened Remotely",
        "swift",
        {
            "locker_id": G(lambda f: locker_id(f)),
            "compartment_number": G(lambda f: f.r.randint(1, 120)),
            "distance_m": G(lambda f: f.r.randint(1, 40)),
            "user_location": {
                "lat": Y(lambda f: coord(f, "lat"), "geolocation"),
                "lng": Y(lambda f: coord(f, "lon"), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "locker_location": {"lat": G(lambda f: near(f, "lat")), "lng": G(lambda f: near(f, "lon"))},
            "bluetooth_used": G(lambda f: f.pick([True, False])),
            "result": G(lambda f: f.pick(["opened", "timeout", "too_far"])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(lambda f: f.pick(TR_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(TR_LAST), "name"),
            "email": Y(lambda f: email(f, "tr"), "email"),
            "phone": Y(lambda f: tr_phone(f), "phone"),
            "birthday": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "city": Y(lambda f: f.pick(TR_CITIES), "city"),
            "district": Y(lambda f: f.pick(TR_DISTRICTS), "city|address"),
            "createdAt": G(lambda f: f.iso()),
            "kvkkConsent": G(lambda f: f.pick([True, False])),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "appLanguage": G(lambda f: f.pick(["tr", "en", "ar"])),
            "loyaltyNumber": G(lambda f: "BXL" + f.digits(9)),
        },
    ),
    (
        "track",
        "Authorized Pickup Person Added",
        "swift",
        {
            "parcel_id": G(lambda f: f.uuid()),
            "delegate_name": Y(lambda f: any_name(f), "name"),
            "delegate_phone": Y(lambda f: any_phone(f), "phone"),
            "relation": G(lambda f: f.pick(["spouse", "neighbour", "colleague", "family"])),
            "valid_until": G(lambda f: f.iso()),
            "delegates_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "category": G(lambda f: "parcel_ready"),
            "title": G(
                lambda f: f.pick(["Paczka czeka!", "Kargonuz hazır", "Sua encomenda chegou", "Parcel ready"])
            ),
            "body": RED(lambda f: push_body_with_code(f), "token|secret", True),
            "opened_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Delivery Rated",
        "swift",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "courier_first_name": Y(lambda f: any_first(f), "name"),
            "tip_amount": G(lambda f: f.pick([0, 5, 10, 20])),
            "comment": G(
                lambda f: f.pick(
                    ["Kurye çok nazikti", "Szybko i sprawnie", "Fast!", "Entregador educado", ""]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["on_time", "friendly", "careful", "late"])), 3),
        },
    ),
    # -- courier handheld (Kotlin) ------------------------------------------------------------------
    (
        "track",
        "Scan Performed",
        "courier",
        {
            "scan_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: tracking(f)),
            "scan_type": G(
                lambda f: f.pick(["pickup", "depot_in", "out_for_delivery", "delivered", "locker_drop"])
            ),
            "depot_code": G(lambda f: depot(f)),
            "route_id": G(lambda f: route_id(f)),
            "stop_sequence": G(lambda f: f.r.randint(1, 140)),
            "gps": {
                "lat": Y(lambda f: coord(f, "lat"), "geolocation"),
                "lon": Y(lambda f: coord(f, "lon"), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(2, 50)),
            },
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "barcode_format": G(lambda f: f.pick(["CODE_128", "QR_CODE", "DATA_MATRIX"])),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Completed",
        "courier",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "recipient_name": Y(lambda f: any_name(f), "name"),
            "recipient_phone": Y(lambda f: any_phone(f), "phone"),
            "signed_by": Y(lambda f: any_name(f), "name"),
            "signature_url": Y(lambda f: signature_url(f), "photo"),
            "signature_points": G(lambda f: f.r.randint(40, 900)),
            "signature_required": G(lambda f: f.pick([True, False])),
            "pod_photo_url": Y(lambda f: pod_photo_url(f), "photo"),
            "pod_photo_sha256": G(lambda f: sha256(f)),
            "handed_to": G(lambda f: f.pick(["recipient", "neighbour", "reception", "safe_place"])),
            "note": Y(lambda f: note_with_name(f), "name", True),
            "gps": {
                "lat": Y(lambda f: coord(f, "lat"), "geolocation"),
                "lon": Y(lambda f: coord(f, "lon"), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(2, 50)),
            },
            "cod_collected": G(lambda f: f.pick([True, False])),
            "cod_amount": G(lambda f: f.money(0, 900)),
            "cod_method": G(lambda f: f.pick(["cash", "card_terminal", "pix", "blik"])),
            "courier_phone": Y(lambda f: any_phone(f), "phone"),
            "vehicle_plate": Y(lambda f: plate(f), "license"),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Delivery Failed",
        "courier",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "reason": G(
                lambda f: f.pick(["nobody_home", "wrong_address", "refused", "business_closed", "no_access"])
            ),
            "reason_text": G(
                lambda f: f.pick(
                    ["Nikt nie otwiera", "Adres bulunamadı", "Portão fechado", "Domofon nie działa"]
                )
            ),
            "next_attempt_date": G(lambda f: iso_date(f)),
            "notice_left": G(lambda f: f.pick([True, False])),
            "redirected_to_locker": G(lambda f: locker_id(f)),
            "attempt_number": G(lambda f: f.r.randint(1, 3)),
            "gps": {
                "lat": Y(lambda f: coord(f, "lat"), "geolocation"),
                "lon": Y(lambda f: coord(f, "lon"), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(2, 50)),
            },
            "recipient_called": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Route Started",
        "courier",
        {
            "route_id": G(lambda f: route_id(f)),
            "depot": G(lambda f: depot(f)),
            "stops_count": G(lambda f: f.r.randint(20, 160)),
            "parcels_count": G(lambda f: f.r.randint(30, 260)),
            "vehicle": {
                "plate": Y(lambda f: plate(f), "license"),
                "vin": Y(lambda f: vin(f), "serial"),
                "odometer_km": G(lambda f: f.r.randint(10000, 300000)),
                "type": G(lambda f: f.pick(["van", "cargo_bike", "motorbike"])),
            },
            "handheld_imei": Y(lambda f: imei(f), "serial"),
            "shift_start": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "courier",
        {
            "fullName": Y(lambda f: any_name(f), "name"),
            "employeeNumber": G(lambda f: "EMP" + f.digits(6)),
            "depot": G(lambda f: depot(f)),
            "role": G(lambda f: f.pick(["courier", "senior_courier", "depot_lead"])),
            "workPhone": Y(lambda f: any_phone(f), "phone"),
            "workEmail": Y(
                lambda f: ascii_fold(any_name(f)).lower().replace(" ", ".") + "@boxroute.eu", "email"
            ),
            "hireDate": G(lambda f: f.date(2015, 2024)),
            "contractType": G(lambda f: f.pick(["employment", "b2b", "clt", "pj"])),
            "hourlyRate": Y(lambda f: f.money(25, 60), "salary"),
            "languages": Many(G(lambda f: f.pick(["pl", "uk", "tr", "pt", "en"])), 2),
            "drivingLicenceCategory": G(lambda f: f.pick(["B", "C", "A2"])),
        },
    ),
    (
        "track",
        "Handheld Login",
        "courier",
        {
            "courier_id": G(lambda f: "EMP" + f.digits(6)),
            "depot": G(lambda f: depot(f)),
            "scanner_serial": Y(lambda f: f.pick(["S", "21"]) + f.digits(11), "serial"),
            "login_method": G(lambda f: f.pick(["badge", "pin", "qr"])),
            "pin_attempts": G(lambda f: f.r.randint(1, 3)),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Proof Photo Uploaded",
        "courier",
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: pod_photo_url(f), "photo"),
            "sha256": G(lambda f: sha256(f)),
            "exif_lat": Y(lambda f: coord(f, "lat"), "geolocation"),
            "exif_lon": Y(lambda f: coord(f, "lon"), "geolocation"),
            "size_bytes": G(lambda f: f.r.randint(80_000, 2_500_000)),
            "width": G(lambda f: f.pick([1280, 1920, 3024])),
            "height": G(lambda f: f.pick([960, 1440, 4032])),
        },
    ),
    # -- Brazil consumer app (React Native) ---------------------------------------------------------
    (
        "track",
        "Shipment Created",
        "rn",
        {
            "codigo_rastreio": G(lambda f: f"BX{f.digits(9)}BR"),
            "remetente": {
                "nome": Y(lambda f: br_name(f), "name"),
                "cpf": RED(lambda f: cpf(f), "national id"),
                "telefone": Y(lambda f: br_phone(f), "phone"),
                "email": Y(lambda f: email(f, "br"), "email"),
            },
            "destinatario": {
                "nome": Y(lambda f: br_name(f), "name"),
                "cpf": RED(lambda f: cpf(f), "national id"),
                "telefone": Y(lambda f: br_phone(f), "phone"),
                "endereco": {
                    "logradouro": Y(lambda f: f.pick(BR_STREETS), "street|address"),
                    "numero": Y(lambda f: str(f.r.randint(10, 4999)), "address|street"),
                    "complemento": Y(
                        lambda f: f.pick(["apto 42", "casa 2", "bloco B ap 1203", "fundos", "sala 805"]),
                        "address",
                    ),
                    "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address|city"),
                    "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                    "uf": G(lambda f: f.pick(BR_UF)),
                    "cep": Y(lambda f: br_cep(f), "zipcode"),
                },
            },
            "valor_declarado": G(lambda f: f.money(20, 3000)),
            "peso_gramas": G(lambda f: f.r.randint(100, 30000)),
            "servico": G(lambda f: f.pick(["expresso", "economico", "armario"])),
            "coleta_agendada": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Rastreamento",
        "rn",
        {
            "codigo_rastreio": G(lambda f: f"BX{f.digits(9)}BR"),
            "status": G(lambda f: f.pick(["postado", "em_transito", "saiu_para_entrega", "entregue"])),
            "previsao_entrega": G(lambda f: iso_date(f)),
        },
    ),
    (
        "track",
        "Pix Refund Requested",
        "rn",
        {
            "order_id": G(lambda f: order_id(f)),
            "amount": G(lambda f: f.money(5, 400)),
            "pix_key_type": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "pix_key": RED(lambda f: pix_key(f), "bank account"),
            "bank_ispb": G(lambda f: f.pick(["00000000", "60701190", "18236120", "00360305"])),
            "refund_reason": G(lambda f: f.pick(["atraso", "extravio", "cobranca_duplicada"])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lambda f: email(f, "br"), "email"),
            "firstName": Y(lambda f: f.pick(BR_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(BR_LAST), "name"),
            "phone": Y(lambda f: br_phone(f), "phone"),
            "cpf": RED(lambda f: cpf(f), "national id"),
            "birthday": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["feminino", "masculino", "não-binário"]), "gender"),
            "city": Y(lambda f: f.pick(BR_CITIES), "city"),
            "state": G(lambda f: f.pick(BR_UF)),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus"])),
        },
    ),
    (
        "track",
        "Order Refunded",
        "rn",
        {
            "order_id": G(lambda f: order_id(f)),
            "total": G(lambda f: f.money(10, 200)),
            "currency": G(lambda f: "BRL"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["parcel_a", "parcel_b", "envelope"])),
                    "sku": G(lambda f: f.pick(["PCL-A-LCK", "PCL-B-LCK", "ENV-S"])),
                    "price": G(lambda f: f.money(8, 120)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                2,
            ),
        },
    ),
    # -- Turkey consumer app (Flutter) -------------------------------------------------------------
    (
        "track",
        "Gönderi Oluşturuldu",
        "flutter",
        {
            "takip_no": G(lambda f: f"{f.r.randint(1, 9)}{f.digits(11)}"),
            "alici_adi": Y(lambda f: f.pick(TR_FIRST), "name"),
            "alici_soyadi": Y(lambda f: f.pick(TR_LAST), "name"),
            "alici_telefon": Y(lambda f: tr_phone(f), "phone"),
            "il": Y(lambda f: f.pick(TR_CITIES), "city"),
            "ilce": Y(lambda f: f.pick(TR_DISTRICTS), "city|address"),
            "mahalle": Y(lambda f: f.pick(TR_MAH) + " Mah.", "address"),
            "acik_adres": Y(lambda f: tr_street(f), "address|street"),
            "posta_kodu": Y(lambda f: tr_zip(f), "zipcode"),
            "kapida_odeme": G(lambda f: f.pick([True, False])),
            "tutar": G(lambda f: f.money(30, 600)),
            "desi": G(lambda f: f.r.randint(1, 30)),
            "teslimat_tipi": G(lambda f: f.pick(["adrese", "dolaba", "subeye"])),
        },
    ),
    (
        "track",
        "Return Requested",
        "flutter",
        {
            "order_id": G(lambda f: order_id(f)),
            "return_id": G(lambda f: "RET-" + f.digits(8)),
            "reason": G(lambda f: f.pick(["damaged", "wrong_item", "not_needed", "late"])),
            "return_method": G(lambda f: f.pick(["locker", "courier_pickup", "branch"])),
            "pickup_address": Y(
                lambda f: f"{tr_street(f)} {f.pick(TR_DISTRICTS)}/{f.pick(TR_CITIES)}", "address"
            ),
            "refund_iban": RED(lambda f: iban(f, "TR"), "bank account"),
            "account_holder": Y(lambda f: tr_name(f), "name"),
            "contact_phone": Y(lambda f: tr_phone(f), "phone"),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(["TR-KOL-S", "TR-KOL-M", "TR-ZRF"])),
                    "name": G(lambda f: f.pick(["Bluetooth kulaklık", "Çocuk montu", "Kahve makinesi"])),
                    "quantity": G(lambda f: f.r.randint(1, 2)),
                    "price": G(lambda f: f.money(50, 2500)),
                },
                2,
            ),
            "comment": G(lambda f: f.pick(["Ürün kırık geldi", "Beden uymadı", "", "Yanlış renk"])),
        },
    ),
    (
        "track",
        "Locker Search",
        "flutter",
        {
            "query": G(
                lambda f: f.pick(["Kadıköy", "Beşiktaş iskele", "Kızılay", "Bornova metro", "Forum İstanbul"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "selected_locker_id": G(lambda f: locker_id(f)),
            "near_me": G(lambda f: f.pick([True, False])),
            "user_lat": Y(lambda f: coord(f, "lat", "tr"), "geolocation"),
            "user_lng": Y(lambda f: coord(f, "lon", "tr"), "geolocation"),
        },
    ),
    (
        "track",
        "Contacts Imported",
        "flutter",
        {
            "source": G(lambda f: f.pick(["phonebook", "whatsapp_share"])),
            "contacts_count": G(lambda f: f.r.randint(1, 300)),
            "contacts": Many(
                {
                    "display_name": Y(
                        lambda f: f.pick([tr_name(f), f.pick(TR_FIRST) + " İş", any_name(f)]), "name"
                    ),
                    "phone": Y(lambda f: f.pick([tr_phone(f), any_phone(f)]), "phone"),
                },
                3,
            ),
        },
    ),
    # -- servers: customs, payments, payouts --------------------------------------------------------
    (
        "track",
        "Customs Declaration Submitted",
        "python",
        {
            "declaration_id": G(lambda f: f.uuid()),
            "mrn": G(
                lambda f: f"{f.r.randint(23, 24)}PL{f.digits(6)}{f.hexid(7).upper()}A{f.r.randint(0, 9)}"
            ),
            "incoterm": G(lambda f: f.pick(["DAP", "DDP"])),
            "items": Many(
                {
                    "description": G(
                        lambda f: f.pick(["Kurtka zimowa", "Sneakers", "Phone case", "Książki", "Herbata"])
                    ),
                    "hs_code": G(lambda f: f.pick(["620193", "640411", "392690", "490199", "090240"])),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                    "value": G(lambda f: f.money(5, 400)),
                    "origin_country": G(lambda f: f.pick(["CN", "GB", "US", "UA", "TR"])),
                    "weight_kg": G(lambda f: f.money(0, 5)),
                },
                3,
            ),
            "total_value": G(lambda f: f.money(20, 1500)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "exporter": {
                "company_name": G(
                    lambda f: f.pick(["ASOS.com Ltd", "Zalando Lounge Service", "Yeşil Tekstil A.Ş."])
                ),
                "eori": G(lambda f: f.pick(["GB123456789000", "DE4567890", "TR5410014528"])),
                "country": G(lambda f: f.pick(["GB", "DE", "TR"])),
            },
            "odbiorca": {
                "imie_nazwisko": Y(lambda f: pl_name(f), "name"),
                "pesel": RED(lambda f: pesel(f), "national id"),
                "adres": Y(lambda f: f"{pl_street(f)}, {pl_zip(f)} {f.pick(PL_CITIES)}", "address"),
                "telefon": Y(lambda f: pl_phone(f), "phone"),
                "email": Y(lambda f: email(f, "pl"), "email"),
            },
            "duty_amount": G(lambda f: f.money(0, 200)),
            "vat_amount": G(lambda f: f.money(0, 300)),
        },
    ),
    (
        "track",
        "Gümrük Beyanı Oluşturuldu",
        "go",
        {
            "beyan_no": G(lambda f: f"{f.r.randint(23, 24)}34{f.digits(4)}EX{f.digits(6)}"),
            "takip_no": G(lambda f: f"{f.r.randint(1, 9)}{f.digits(11)}"),
            "alici": {
                "ad_soyad": Y(lambda f: tr_name(f), "name"),
                "tc_kimlik_no": RED(lambda f: tckn(f), "national id"),
                "adres": Y(lambda f: f"{tr_street(f)} {f.pick(TR_DISTRICTS)}/{f.pick(TR_CITIES)}", "address"),
                "cep_telefonu": Y(lambda f: tr_phone(f), "phone"),
            },
            "gonderici_firma": {
                "unvan": G(
                    lambda f: f.pick(
                        ["Amazon EU S.à r.l.", "Shein Distribution Ltd", "AliExpress Seller 1209"]
                    )
                ),
                "vergi_no": G(lambda f: vkn(f)),
            },
            "gtip_kodlari": Many(G(lambda f: f.pick(["6109.10.00", "8517.62.00", "3304.99.00"])), 3),
            "beyan_degeri": G(lambda f: f.money(10, 150)),
            "doviz": G(lambda f: "EUR"),
            "vergi_tutari": G(lambda f: f.money(0, 90)),
        },
    ),
    (
        "track",
        "Customs Duty Paid",
        "java",
        {
            "codigo_rastreio": G(lambda f: f"BX{f.digits(9)}BR"),
            "valor_imposto": G(lambda f: f.money(5, 500)),
            "icms": G(lambda f: f.money(1, 200)),
            "metodo": G(lambda f: f.pick(["pix", "boleto", "cartao"])),
            "cpf_pagador": RED(lambda f: cpf(f), "national id"),
            "nome_pagador": Y(lambda f: br_name(f), "name"),
            "email_pagador": Y(lambda f: email(f, "br"), "email"),
            "remessa_conforme": G(lambda f: f.pick([True, False])),
            "boleto_linha_digitavel": G(
                lambda f: (
                    f"{f.digits(5)}.{f.digits(5)} {f.digits(5)}.{f.digits(6)} "
                    f"{f.digits(5)}.{f.digits(6)} {f.r.randint(1, 9)} {f.digits(14)}"
                )
            ),
            "pix_txid": G(lambda f: f.hexid(32)),
            "seller": {
                "razao_social": G(
                    lambda f: f.pick(["Loja Exemplo Comércio Ltda", "Magazine Azul S.A.", "Casa & Cia ME"])
                ),
                "cnpj": G(lambda f: cnpj(f)),
            },
        },
    ),
    (
        "track",
        "COD Payout Sent",
        "node",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "tracking_number": G(lambda f: tracking(f)),
            "seller_type": G(lambda f: "private"),
            "payee_name": Y(lambda f: pl_name(f), "name"),
            "payee_account": RED(lambda f: nrb(f), "bank account"),
            "amount": G(lambda f: f.money(10, 1500)),
            "currency": G(lambda f: "PLN"),
            "title": G(lambda f: "Pobranie za przesyłkę " + tracking(f)),
            "fee": G(lambda f: f.money(0, 5)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "ruby",
        {
            "refund_id": G(lambda f: "rf_" + f.hexid(14)),
            "order_id": G(lambda f: order_id(f)),
            "amount": G(lambda f: f.money(5, 400)),
            "method": G(lambda f: f.pick(["bank_transfer", "card", "wallet"])),
            "bank_account": {
                "holder_name": Y(lambda f: any_name(f), "name"),
                "iban": RED(lambda f: any_iban(f), "bank account"),
                "bic": G(lambda f: f.pick(["BPKOPLPW", "PKOPPLPW", "TGBATRIS", "AKBKTRIS", "ITAUBRSP"])),
                "bank_name": G(lambda f: f.pick(["PKO BP", "mBank", "Garanti BBVA", "Akbank", "Itaú"])),
            },
            "reason": G(lambda f: f.pick(["lost_parcel", "damaged", "late_delivery", "duplicate_charge"])),
        },
    ),
    (
        "track",
        "parcel.status.webhook",
        "php",
        {
            "shipment-id": G(lambda f: str(f.r.randint(10**8, 10**9))),
            "tracking-number": G(lambda f: tracking(f)),
            "event-type": G(lambda f: f.pick(["created", "dispatched", "delivered", "returned"])),
            "receiver-name": Y(lambda f: any_name(f), "name"),
            "receiver-phone": Y(lambda f: any_phone(f), "phone"),
            "receiver-email": Y(lambda f: any_email(f), "email"),
            "target-point": G(lambda f: locker_id(f)),
            "created-at": G(lambda f: f.iso()),
            "cod-amount": G(lambda f: f.money(0, 900)),
            "webhook-url": G(
                lambda f: f.pick(
                    ["https://sklep-ogrodowy.pl/api/boxroute", "https://api.lojaexemplo.com.br/hooks/bx"]
                )
            ),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "http-status": G(lambda f: f.pick([200, 200, 500, 404])),
        },
    ),
    (
        "track",
        "Courier Payout Calculated",
        "dotnet",
        {
            "CourierId": G(lambda f: "EMP" + f.digits(6)),
            "CourierFullName": Y(lambda f: pl_name(f), "name"),
            "PeriodStart": G(lambda f: f.iso()),
            "PeriodEnd": G(lambda f: f.iso()),
            "DeliveriesCount": G(lambda f: f.r.randint(200, 2400)),
            "HourlyRate": Y(lambda f: f.money(25, 60), "salary"),
            "GrossPay": Y(lambda f: f.money(3500, 12000), "salary"),
            "BankAccountNumber": RED(lambda f: nrb(f), "bank account"),
            "Pesel": RED(lambda f: pesel(f), "national id"),
            "TaxOfficeCode": G(lambda f: f.pick(["1435", "1227", "3021", "1471"])),
            "ContractType": G(lambda f: f.pick(["UmowaOPrace", "UmowaZlecenie", "B2B"])),
            "Depot": G(lambda f: depot(f)),
        },
    ),
    (
        "track",
        "Parcel Status Changed",
        "dotnet",
        {
            "ParcelId": G(lambda f: f.r.randint(10**7, 10**8)),
            "TrackingNumber": G(lambda f: tracking(f)),
            "Status": G(lambda f: f.pick(["InTransit", "ReadyToPickup", "Delivered", "Returned"])),
            "PreviousStatus": G(lambda f: f.pick(["Created", "InTransit", "OutForDelivery"])),
            "LockerCode": G(lambda f: locker_id(f)),
            "ChangedAtUtc": G(lambda f: f.iso()),
            "ReceiverPhoneNumber": Y(lambda f: any_phone(f), "phone"),
            "NotificationChannel": G(lambda f: f.pick(["Sms", "Push", "Email"])),
            "SmsSent": G(lambda f: f.pick([True, False])),
            "EmailSent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(10**6, 10**7)),
            "FIRST_NAME": Y(lambda f: any_first(f).upper(), "name"),
            "LAST_NAME": Y(lambda f: any_last(f).upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: any_email(f), "email"),
            "PHONE_NUMBER": Y(lambda f: any_phone(f), "phone"),
            "LIFETIME_PARCELS": G(lambda f: f.r.randint(0, 500)),
            "LAST_PARCEL_AT": G(lambda f: f.iso()),
            "PREFERRED_LOCKER_ID": G(lambda f: locker_id(f)),
            "HOME_CITY": Y(lambda f: any_city(f), "city"),
            "POSTAL_CODE": Y(lambda f: f.pick([pl_zip(f), tr_zip(f), br_cep(f)]), "zipcode"),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "SEGMENT": G(lambda f: f.pick(["power_sender", "occasional", "marketplace_seller", "dormant"])),
            "IS_BUSINESS": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "DAILY_DEPOT_SUMMARY",
        "python",
        {
            "DEPOT_CODE": G(lambda f: depot(f)),
            "REPORT_DATE": G(lambda f: iso_date(f)),
            "PARCELS_DELIVERED": G(lambda f: f.r.randint(1000, 30000)),
            "PARCELS_FAILED": G(lambda f: f.r.randint(0, 900)),
            "AVG_DELIVERY_MIN": G(lambda f: f.money(3, 20)),
            "TOP_COURIER_ID": G(lambda f: "EMP" + f.digits(6)),
            "TOP_COURIER_NAME": Y(lambda f: any_name(f).upper(), "name"),
        },
    ),
    # -- servers: auth, age checks, support, vendors -----------------------------------------------
    (
        "track",
        "OTP Sent",
        "go",
        {
            "phone_number": Y(lambda f: any_phone(f), "phone"),
            "otp_code": RED(lambda f: otp(f), "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "expires_in_s": G(lambda f: f.pick([120, 300])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "otp_length": G(lambda f: 6),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        {
            "email": Y(lambda f: any_email(f), "email"),
            "reset_link": RED(
                lambda f: f"{f.pick(list(SITES.values()))}/reset?token={f.hexid(40)}",
                "token|secret",
            ),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
            "resets_last_24h": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        "java",
        {
            "shipment_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["id_scan", "visual_check", "mobywatel"])),
            "verified": G(lambda f: f.pick([True, False])),
            "full_name": Y(lambda f: pl_name(f), "name"),
            "birth_date": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "id_document_type": G(lambda f: f.pick(["id_card", "passport", "driving_licence"])),
            "id_document_number": RED(lambda f: pl_id_card(f), "national id|passport"),
            "age": G(lambda f: f.r.randint(18, 80)),
            "minimum_age": G(lambda f: 18),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "python",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "channel": G(lambda f: f.pick(["web", "app", "whatsapp", "email"])),
            "category": G(lambda f: f.pick(["delay", "locker_issue", "damage", "cod", "address_change"])),
            "subject": G(
                lambda f: f.pick(
                    ["Gdzie jest moja paczka?", "Kargom nerede?", "Cadê minha encomenda?", "Locker issue"]
                )
            ),
            "text": Y(lambda f: ticket_text_with_phone(f), "phone", True),
            "agent": {"id": G(lambda f: "agt_" + f.digits(4)), "name": Y(lambda f: any_name(f), "name")},
            "customer": {
                "email": Y(lambda f: any_email(f), "email"),
                "phone": Y(lambda f: any_phone(f), "phone"),
                "customer_number": G(lambda f: "C" + f.digits(8)),
            },
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "sentiment": G(lambda f: f.pick(["negative", "neutral", "positive"])),
            "tags": Many(G(lambda f: f.pick(["vip", "repeat", "escalated", "pl", "tr", "br"])), 3),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(
                lambda f: f.pick(
                    ["Sklep Ogrodowy Sp. z o.o.", "Moda Evim Ltd. Şti.", "Loja Exemplo Ltda", "Kawa i Spółka"]
                )
            ),
            "nip": G(lambda f: nip(f)),
            "regon": G(lambda f: regon(f)),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "biuro@sklep-ogrodowy.pl",
                        "kontakt@kawaispolka.pl",
                        "destek@modaevim.com.tr",
                        "sac@lojaexemplo.com.br",
                    ]
                )
            ),
            "office_phone": G(
                lambda f: f.pick(
                    ["+48 22 555 01 20", "+90 212 555 44 10", "+55 11 3555-0100", "+48 12 555 33 00"]
                )
            ),
            "registered_address": G(
                lambda f: f.pick(
                    [
                        "ul. Przemysłowa 12, 61-579 Poznań",
                        "Maslak Mah. Büyükdere Cad. 255, Sarıyer",
                        "Rua Funchal, 418, São Paulo",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["home_garden", "fashion", "food", "electronics"])),
            "employees": G(lambda f: f.pick([5, 12, 40, 250])),
            "plan": G(lambda f: f.pick(["starter", "business", "enterprise"])),
            "monthly_volume": G(lambda f: f.r.randint(50, 40000)),
            "contact_person": Y(lambda f: any_name(f), "name"),
            "contact_email": Y(
                lambda f: (
                    ascii_fold(any_name(f)).lower().replace(" ", ".")
                    + "@"
                    + f.pick(["sklep-ogrodowy.pl", "modaevim.com.tr", "lojaexemplo.com.br"])
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Invoice Generated",
        "java",
        {
            "invoice_number": G(lambda f: f"FV/{f.r.randint(1, 12):02d}/2024/{f.digits(5)}"),
            "nip_nabywcy": G(lambda f: nip(f)),
            "buyer_company": G(
                lambda f: f.pick(["Sklep Ogrodowy Sp. z o.o.", "Kawa i Spółka", "Rowery24 S.A."])
            ),
            "ksef_number": G(
                lambda f: (
                    f"{nip(f, formatted=True).replace('-', '')}-2024{f.r.randint(1, 12):02d}"
                    f"{f.r.randint(1, 28):02d}-{f.hexid(12).upper()}-{f.hexid(2).upper()}"
                )
            ),
            "net_amount": G(lambda f: f.money(100, 50000)),
            "vat": G(lambda f: f.money(20, 11000)),
            "due_date": G(lambda f: iso_date(f)),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "faktury@sklep-ogrodowy.pl",
                        "ksiegowosc@kawaispolka.pl",
                        "invoices@rowery24.pl",
                        "finance@rowery24.pl",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        {
            "email": Y(lambda f: any_email(f), "email"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.boxroute.eu>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "category": Many(G(lambda f: f.pick(["transactional", "parcel_ready", "pl", "tr", "br"])), 2),
            "useragent": G(lambda f: f.pick(UA_WEB)),
        },
    ),
    (
        "track",
        "SMS Sent",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": Y(lambda f: any_phone(f).replace(" ", "").replace("-", ""), "phone"),
            "From": G(lambda f: f.pick(["+48732100200", "+908502220000", "+5511400455000", "BoxRoute"])),
            "Body": RED(lambda f: sms_body_with_code(f), "token|secret", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "Price": G(lambda f: f.pick(["-0.0450", "-0.0075", "-0.0125"])),
        },
    ),
    (
        "track",
        "Masked Call Connected",
        "go",
        {
            "call_id": G(lambda f: f.uuid()),
            "proxy_number": G(
                lambda f: f.pick(
                    ["+48 22 290 10 10", "+90 850 333 12 12", "+55 11 4003-1010", "+48 22 290 10 11"]
                )
            ),
            "caller_role": G(lambda f: f.pick(["courier", "recipient"])),
            "recipient_phone": Y(lambda f: any_phone(f), "phone"),
            "duration_s": G(lambda f: f.r.randint(0, 400)),
            "tracking_number": G(lambda f: tracking(f)),
        },
    ),
    (
        "track",
        "Courier Onboarded",
        "ruby",
        {
            "nome_completo": Y(lambda f: br_name(f), "name"),
            "cpf": RED(lambda f: cpf(f), "national id"),
            "rg": RED(lambda f: br_rg(f), "national id"),
            "cnh": Y(lambda f: f.digits(11), "license"),
            "data_nascimento": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "email": Y(lambda f: email(f, "br"), "email"),
            "endereco": Y(lambda f: f"{br_street(f)} - {f.pick(BR_BAIRROS)}, {f.pick(BR_CITIES)}", "address"),
            "placa_veiculo": Y(
                lambda f: br_plate(f),
                "license",
            ),
            "chave_pix": RED(lambda f: pix_key(f), "bank account"),
            "banco": G(lambda f: f.pick(["001", "237", "341", "260", "077"])),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}", "bank account"),
            "sindicalizado": Y(lambda f: f.pick([True, False]), "trade union"),
            "contato_emergencia": {
                "nome": Y(lambda f: br_name(f), "name"),
                "telefone": Y(lambda f: br_phone(f), "phone"),
                "parentesco": G(lambda f: f.pick(["mãe", "esposa", "irmão", "pai"])),
            },
            "hub": G(lambda f: f.pick(["GRU-2", "RIO-1", "CWB-1"])),
            "modal": G(lambda f: f.pick(["moto", "carro", "bicicleta"])),
        },
    ),
    (
        "track",
        "Courier Application Received",
        "php",
        {
            "application_id": G(lambda f: f.r.randint(10000, 99999)),
            "applicant": {
                "first_name": Y(
                    lambda f: f.pick(["Oleksandr", "Olena", "Dmytro", "Iryna", "Piotr", "Anna", "Mykola"]),
                    "name",
                ),
                "last_name": Y(
                    lambda f: f.pick(["Kovalenko", "Shevchenko", "Bondarenko", "Nowak", "Tkachenko"]), "name"
                ),
                "phone": Y(lambda f: f.pick([pl_phone(f), other_phone(f)]), "phone"),
                "email": Y(lambda f: any_email(f), "email"),
                "nationality": Y(
                    lambda f: f.pick(["Ukrainian", "Polish", "Belarusian", "Georgian"]), "citizenship"
                ),
                "work_permit_type": RED(
                    lambda f: f.pick(["karta_pobytu", "oswiadczenie", "eu_citizen", "specustawa_ua"]), "visa"
                ),
                "needs_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
                "residence_card_number": RED(lambda f: f"R{f.pick('ABCDEFGH')}{f.digits(7)}", "national id"),
                "driving_licence_number": Y(
                    lambda f: f"{f.digits(5)}/{f.r.randint(10, 24)}/{f.digits(4)}", "license"
                ),
                "date_of_birth": Y(lambda f: f.date(1965, 2005), "birthdate"),
            },
            "position": G(lambda f: f.pick(["courier_van", "courier_bike", "sorter"])),
            "preferred_depot": G(lambda f: depot(f)),
            "source": G(lambda f: f.pick(["olx", "pracuj", "referral", "facebook"])),
            "expected_hourly_rate": Y(lambda f: f.pick([28, 30, 32, 35, 40]), "salary"),
            "years_experience": G(lambda f: f.r.randint(0, 15)),
        },
    ),
    (
        "track",
        "Locker Compartment Event",
        "go",
        {
            "locker_id": G(lambda f: locker_id(f)),
            "compartment_id": G(lambda f: f.r.randint(1, 120)),
            "event": G(lambda f: f.pick(["door_opened", "door_closed", "door_jammed"])),
            "opened_by": G(lambda f: f.pick(["recipient", "courier", "service"])),
            "firmware": G(lambda f: f.pick(["5.2.14", "5.3.0", "5.3.1"])),
            "temperature_c": G(lambda f: round(f.r.uniform(-15, 42), 1)),
            "battery_pct": G(lambda f: f.r.randint(20, 100)),
            "locker": locker_obj(),
        },
    ),
    (
        "track",
        "Parcel Redirected",
        "node",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "old_locker_id": G(lambda f: locker_id(f)),
            "recipient_name": Y(lambda f: pl_name(f), "name"),
            "new_address": {
                "line1": Y(lambda f: pl_street(f), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["m. 4", "klatka B, m. 12", "II piętro", "lok. 3"]), "address|street"
                ),
                "city": Y(lambda f: f.pick(PL_CITIES), "city"),
                "postal_code": Y(lambda f: pl_zip(f), "zipcode"),
                "country": G(lambda f: "PL"),
            },
            "fee": G(lambda f: f.money(0, 15)),
            "requested_via": G(lambda f: f.pick(["app", "web", "support"])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(f), "email"),
                "ph": Y(lambda f: sha256(f), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "external_id": G(lambda f: sha256(f)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(10, 300)),
                "currency": G(lambda f: f.pick(["PLN", "TRY", "BRL"])),
            },
        },
    ),
    (
        "track",
        "Subscription Delivery Scheduled",
        "ruby",
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "merchant": G(lambda f: f.pick(["Karma Box", "PetShop Mama", "Pati Kutusu"])),
            "pet_name": G(lambda f: f.pick(["Burek", "Reksio", "Pamuk", "Mia", "Tosia", "Zeytin", "Thor"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat"])),
            "pet_weight_kg": G(lambda f: f.money(2, 40)),
            "delivery_day": G(lambda f: f.pick(["mon", "wed", "fri"])),
            "locker_id": G(lambda f: locker_id(f)),
            "customer_email": Y(lambda f: any_email(f), "email"),
        },
    ),
    (
        "track",
        "Label Printed",
        "python",
        {
            "label_id": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["ZPL", "PDF_A6", "EPL"])),
            "printer_id": G(lambda f: f.pick(["ZD421-WAW3-01", "ZD421-IST-04", "GK420-GRU-02"])),
            "dpi": G(lambda f: f.pick([203, 300])),
            "sender_company": G(
                lambda f: f.pick(["Sklep Ogrodowy Sp. z o.o.", "Moda Evim Ltd. Şti.", "Loja Exemplo Ltda"])
            ),
            "weight_kg": G(lambda f: f.money(0, 25)),
            "label_sha256": G(lambda f: sha256(f)),
        },
    ),
    (
        "track",
        "Customer Searched",
        "php",
        {
            "q": Y(lambda f: any_email(f), "email", True),
            "scope": G(lambda f: f.pick(["customers", "shipments"])),
            "results": G(lambda f: f.r.randint(0, 4)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Address Validated",
        "python",
        {
            "input": Y(lambda f: pl_street(f), "address|street", True),
            "provider": G(lambda f: f.pick(["google_places", "here"])),
            "result": {
                "formatted": Y(lambda f: any_full_address(f), "address", True),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "lat": Y(lambda f: coord(f, "lat"), "geolocation"),
                "lng": Y(lambda f: coord(f, "lon"), "geolocation"),
                "postal_code": Y(lambda f: f.pick([pl_zip(f), tr_zip(f), br_cep(f)]), "zipcode"),
                "confidence": G(lambda f: round(f.r.uniform(0.4, 1.0), 2)),
                "match_level": G(lambda f: f.pick(["houseNumber", "street", "postalCode"])),
            },
        },
    ),
    (
        "track",
        "Delivery Instructions Updated",
        "swift",
        {
            "tracking_number": G(lambda f: tracking(f)),
            "instructions": RED(lambda f: gate_code_instructions(f), "secret", True),
            "instructions_length": G(lambda f: f.r.randint(10, 80)),
            "applies_to_future": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tracking Link Shared",
        "rn",
        {
            "codigo_rastreio": G(lambda f: f"BX{f.digits(9)}BR"),
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "shared_with": Y(lambda f: br_phone(f), "phone", True),
            "gift_note": Y(lambda f: gift_note_with_name(f), "name", True),
        },
    ),
    (
        "track",
        "API Key Created",
        "node",
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: f.pick(["bxr_live_", "bxr_test_"])),
            "api_key": RED(lambda f: f.pick(["bxr_live_", "bxr_test_"]) + f.hexid(40), "secret|token"),
            "scopes": Many(G(lambda f: f.pick(["shipments:write", "labels:read", "webhooks:manage"])), 3),
            "created_by_role": G(lambda f: f.pick(["owner", "admin", "developer"])),
        },
    ),
    (
        "track",
        "Bulk Shipments Uploaded",
        "web",
        {
            "file_name": G(
                lambda f: f.pick(["wysylki_" + f.digits(4) + ".csv", "zamowienia.xlsx", "export_allegro.csv"])
            ),
            "rows_count": G(lambda f: f.r.randint(1, 400)),
            "errors_count": G(lambda f: f.r.randint(0, 12)),
            "rows": Many(
                {
                    "Odbiorca": Y(lambda f: pl_name(f), "name"),
                    "Telefon": Y(lambda f: pl_phone(f), "phone"),
                    "E-mail": Y(lambda f: email(f, "pl"), "email"),
                    "Adres": Y(lambda f: pl_street(f), "address|street"),
                    "Kod pocztowy": Y(lambda f: pl_zip(f), "zipcode"),
                    "Miasto": Y(lambda f: f.pick(PL_CITIES), "city"),
                    "Pobranie": G(lambda f: f.pick([0, 49.99, 120, 250.5])),
                    "Gabaryt": G(lambda f: f.pick(["A", "B", "C"])),
                    "Uwagi": G(lambda f: f.pick(["Ostrożnie szkło", "", "Nie rzucać", "Zamówienie Allegro"])),
                },
                3,
            ),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "ad": Y(lambda f: f.pick(TR_FIRST), "name"),
            "soyad": Y(lambda f: f.pick(TR_LAST), "name"),
            "eposta": Y(lambda f: email(f, "tr"), "email"),
            "cep_telefonu": Y(lambda f: tr_phone(f), "phone"),
            "dogum_tarihi": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "tc_kimlik_no": RED(lambda f: tckn(f), "national id"),
            "sehir": Y(lambda f: f.pick(TR_CITIES), "city"),
            "uyelik_tarihi": G(lambda f: f.iso()),
            "sms_izni": G(lambda f: f.pick([True, False])),
            "gonderi_sayisi": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Courier Chat Message Received",
        "courier",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "tracking_number": G(lambda f: tracking(f)),
            "sender_role": G(lambda f: "recipient"),
            "chat": {
                "text": Y(lambda f: chat_text_with_phone(f), "phone", True),
                "lang": G(lambda f: f.pick(["pl", "tr", "pt", "en"])),
            },
            "masked_phone": G(lambda f: f"+48 5** *** *{f.r.randint(10, 99)}"),
            "dialed": Y(lambda f: any_phone(f), "phone", True),
            "read": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Courier Location Ping",
        "courier",
        {
            "route_id": G(lambda f: route_id(f)),
            "pos": Y(lambda f: latlon_text(f), "geolocation", True),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kmh": G(lambda f: f.r.randint(0, 70)),
            "stops_left": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "alias",
        None,
        "swift",
        {},
    ),
    (
        "track",
        "Card Payment Captured",
        "dotnet",
        {
            "TransactionId": G(lambda f: f.uuid()),
            "TerminalId": G(lambda f: "T" + f.digits(7)),
            "CardNumber": RED(lambda f: card(f), "credit card"),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Elo", "Troy"])),
            "MaskedPan": G(
                lambda f: f"{f.pick(['4539', '5167', '6363', '9792'])} **** **** {f.r.randint(0, 9999):04d}"
            ),
            "Amount": G(lambda f: f.money(10, 900)),
            "Currency": G(lambda f: f.pick(["PLN", "TRY", "BRL"])),
            "AuthCode": G(lambda f: f.hexid(6).upper()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            msg["userId"] = f.pick(["u_", "usr-", ""]) + f.digits(8)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "m_" + f.digits(6)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["sentAt"] = f.iso()
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=247, repeats=36)
    write(Path(__file__).parent, "holdout247_", events, labels)
