"""Writes holdout260: tests/corpus/holdout260_events.jsonl and holdout260_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders (only build.py, fake.py and build_holdout3.py for the format),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout260`.

Domain: a fishing-vessel monitoring and electronic catch-reporting (e-logbook) product used in
Indonesia, Chile and Norway. Vessel registrations and their owners, crew lists (seafarer codes,
passports, next of kin), VMS position reports (including raw NAF strings), catch, haul and landing
declarations (Norwegian sluttseddel, Chilean desembarque, Indonesian e-logbook), port inspections,
fishing licences and quotas, observers, injuries and medical certificates, crew wages and catch
shares paid to bank accounts (Indonesian rekening numbers, Chilean cuentas, Norwegian kontonummer
and IBANs), a gear shop (Segment e-commerce spec events), fee payments through vendor-shaped
payloads (Xendit virtual accounts, Transbank Webpay, Vipps), Twilio SMS and SendGrid callbacks, a
WhatsApp Cloud API webhook, AppsFlyer installs, and a reverse-ETL sync from a warehouse.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, the Flutter
library, and the python, node, go, java, ruby, php and C# server libraries, each with the
`context` block it really sends (context.ip, traits, device, app, library, locale, location,
userAgent, campaign, externalIds). identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15-20 % other conventions:
PascalCase (the C# identify call, Twilio's callback), kebab-case (a PHP certificate service,
SendGrid's `smtp-id`, HTTP header names), SCREAMING_SNAKE (the warehouse sync), and keys in
Indonesian (`nama_lengkap`, `nik`, `no_hp`, `agama`, `ahli_waris`, `tempat_lahir`, `keterangan`,
`atas_nama`), Spanish (`rut`, `apellido_paterno`, `comuna`, `sindicato`) and
Norwegian (`personnummer`, `etternavn`, `poststed`, `fagforening`, `nærmeste_pårørende`, `fnr`,
`sluttseddelNr`).

Values: names from Indonesian, Chilean (including Mapuche and Chilote surnames), Norwegian (including
Sámi), Filipino, Vietnamese, Burmese, Ghanaian, Peruvian and other crews; national phone formats
(+62, +56, +47, +63); Indonesian NIKs with region code and birth date (women's day + 40); Chilean
RUTs with their mod-11 check digit; Norwegian fødselsnummer and D-numbers with both mod-11 check
digits; Norwegian account numbers (mod 11) and NO IBANs (mod 97); Luhn card numbers; IMO numbers
with their check digit; MMSIs with the right country MID; Norwegian organisation numbers (mod 11).

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- PII is personal data about a natural person: the user, a crew member, a next of kin, an
  owner who is an individual, a skipper, an inspector, an observer, a doctor, a payee. Colour is
  the reference's default for that matcher; outside the reference, red for credentials, secrets,
  tokens, card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a business issue (user, trip, haul, sales-note, licence, invoice, virtual
  account and cooperative member numbers, inspector badge and observer numbers), versions,
  timestamps, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
  product / vessel / company / port / bank names (vessels named after people included), places
  that are not the person's (ports, fishing areas, provinces, regions, fylke), countries and flag
  states, locales, time zones, currencies, user agents, OS-issued device ids, card brand, last
  four, expiry and BIN, bank codes and BICs, company tax numbers (Chilean company RUT, Norwegian
  organisasjonsnummer), a business's own phone, e-mail and address, role mailboxes, UUID tokens,
  e-mail Message-IDs, ages, marital status, job titles and ranks, employers.
- Published policy applied as written: insurance policy and P&I member numbers yellow
  `identification`; pay, wages, catch-share amounts and share percentages, income yellow `salary`;
  credit scores yellow; vehicle plates yellow `license`; gclid/fbclid/fbp/fbc yellow `advertising
  id`; billing and shipping addresses yellow `address`; trade union membership yellow `trade
  union`; payment tokens (`pm_`), OTP codes in SMS, sign-in link tokens red `token`; BPJS
  Kesehatan card numbers red `health id`; identity document numbers (passport, seafarer's book,
  Indonesian seafarer code) red `national id|passport`; a work-permit answer red `visa`.
- Rules decided here (where the policy is silent):
  * A vessel's precise position (VMS report, haul start/end, departure position, injury position,
    a raw NAF position message) is the precise location of the skipper and crew aboard: yellow
    `geolocation`. Fishing areas, ICES rectangles, WPP zones and EEZs are coarse: green.
  * A hardware serial of the vessel's VMS transceiver is treated like a VIN: yellow `serial`.
  * A crew member's home district (kabupaten, comuna, poststed) and birthplace are the
    person's: yellow `city`; provinces, Chilean regions and fylker are green like states.
  * Nationality of a person is yellow `citizenship` even as an ISO code; a vessel's flag is green.
  * Seafarers' certificates of competency and medical certificate numbers: yellow `certificate`.
    A medical fitness result and colour-vision / hearing test booleans reveal health: yellow
    `condition`. An injury's type and body part: yellow `diagnosis|condition`; its treatment
    yellow `procedure`; medication given yellow `medication`.
  * Indigenous-people membership (pueblo originario) is yellow `ethnicity`; `agama` (religion on an
    Indonesian ID card) is yellow `religion`.
  * Employment social-security numbers (BPJS Ketenagakerjaan) and personal tax ids (NPWP) are red
    `social security number|national id` / `national id`.
  * A push-notification device token is red `token`.
  * Catch and evidence photos (fish, holds, gear) are green; photos of a person are yellow `photo`.
  * The sex, age and length of a sampled fish are green.
  * A VMS provider's API key sent with an integration event is red `secret`.
- value_only is true when the key does not say what the value is (`q`, `value`, `text`, `note`,
  `recipient`, `Body`, `remarks`, `keterangan`, `description`, `raw_message`, `from`, `wa_id`,
  `externalIds[].id`); every value of a value_only PII path carries that PII. Free text is labelled
  by what every one of its values carries, and green when none does (WhatsApp message bodies,
  catch-photo captions). Neutral keys holding non-personal values stay green (a Places
  autocomplete `input` holding port names, a form field's `label`, a vessel `query`).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

ID_FIRST = [
    "Budi",
    "Agus",
    "Siti",
    "Dewi",
    "Wayan",
    "Putu",
    "Made",
    "Ketut",
    "Slamet",
    "Rahmat",
    "Nur",
    "Andi",
    "Yohanes",
    "Fransiskus",
    "Maria",
    "Ahmad",
    "Sri",
    "Hendra",
    "Rizky",
    "Bayu",
    "Eko",
    "Joko",
    "Yusuf",
    "La Ode",
    "Muhammad",
    "Fitriani",
    "Ronald",
    "Jefri",
    "Novita",
]
ID_LAST = [
    "Santoso",
    "Setiawan",
    "Lestari",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Nugroho",
    "Pratama",
    "Sitompul",
    "Simanjuntak",
    "Manurung",
    "Wenas",
    "Pattiasina",
    "Latuconsina",
    "Rumbiak",
    "Sembiring",
    "Mokodompit",
    "Tamaela",
    "Kaunang",
    "Daeng Mappuji",
    "Harahap",
    "Siregar",
]
CL_FIRST = [
    "José",
    "Juan Carlos",
    "Camila",
    "Matías",
    "Valentina",
    "Francisca",
    "Sebastián",
    "Luis",
    "Héctor",
    "Marcela",
    "Cristián",
    "Rodrigo",
    "Javiera",
    "Ignacio",
    "Patricio",
    "Ximena",
    "Bernardo",
    "Yolanda",
]
CL_LAST = [
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Pérez",
    "Soto",
    "Contreras",
    "Silva",
    "Sepúlveda",
    "Morales",
    "Fuentes",
    "Araya",
    "Espinoza",
    "Vargas",
    "Catrileo",
    "Huenchumilla",
    "Millapán",
    "Cárcamo",
    "Oyarzún",
    "Barrientos",
    "Alvarado",
    "Gallardo",
]
NO_FIRST = [
    "Ola",
    "Kari",
    "Lars",
    "Ingrid",
    "Sigrid",
    "Bjørn",
    "Håkon",
    "Eirik",
    "Solveig",
    "Astrid",
    "Magnus",
    "Even",
    "Tor",
    "Ragnhild",
    "Øystein",
    "Aslak",
    "Máret",
    "Jon Erik",
    "Trond",
]
NO_LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Solberg",
    "Pettersen",
    "Eriksen",
    "Jakobsen",
    "Sara",
    "Hætta",
    "Lysø",
    "Kvalsvik",
    "Østvik",
    "Ulriksen",
]
FOREIGN_CREW = [
    "Reynaldo dela Cruz",
    "Jomar Bautista",
    "Mark Anthony Reyes",
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Aung Ko Ko",
    "Kyaw Zin Htet",
    "Tomas Kazlauskas",
    "Piotr Nowak",
    "Oleksandr Kovalenko",
    "Kofi Asante",
    "Nuwan Perera",
    "Jhonatan Quispe Mamani",
    "Mamadou Diallo",
    "Rolando Villanueva",
    "Phạm Minh Tuấn",
]

FREEMAIL = ["gmail.com", "yahoo.co.id", "outlook.com", "hotmail.com", "online.no", "gmail.cl", "icloud.com"]
WORKMAIL = ["kkp-mitra.example.id", "sernapesca-contratista.example.cl", "fiskeridir-partner.example.no"]

# -- things -----------------------------------------------------------------------------------------

VESSELS = [
    "KM Sinar Bahari 07",
    "KM Mina Maritim 22",
    "KM Putri Ayu III",
    "KM Rezeki Laut",
    "KM Bintang Samudra 12",
    "Don Lucho II",
    "Doña Marta",
    "Esperanza del Mar",
    "Alpes I",
    "Santa María II",
    "Hansine Marie",
    "Kvitbjørn",
    "Havskjer",
    "Ole-Arvid",
    "Senjafisk",
    "Gunnar Langva",
    "Nordstar",
]
COMPANIES = [
    "PT Samudra Jaya Perkasa",
    "CV Bahari Mina Sejahtera",
    "KUD Mina Jaya",
    "PT Bitung Mina Lestari",
    "Pesquera Los Andes SpA",
    "Sociedad Pesquera Sur Austral Ltda.",
    "Pesquera Biobío S.A.",
    "Kvalsvik Fiskeriselskap AS",
    "Nordkapp Havfiske AS",
    "Lofoten Kystfiske AS",
    "Havbris AS",
]
BUYERS = [
    "Nordlys Sjømat AS",
    "Ålesund Fiskemottak AS",
    "Frigorífico Austral SpA",
    "PT Bitung Mina Lestari",
    "Comercializadora Caleta Sur Ltda.",
    "Vesterålen Fiskemottak AS",
]
PORTS = [
    ("IDBIT", "Bitung"),
    ("IDAMQ", "Ambon"),
    ("IDKDI", "Kendari"),
    ("IDJKT", "Muara Baru"),
    ("IDBOA", "Benoa"),
    ("IDSOQ", "Sorong"),
    ("CLTAL", "Talcahuano"),
    ("CLPMC", "Puerto Montt"),
    ("CLIQQ", "Iquique"),
    ("CLSAI", "San Antonio"),
    ("CLCNL", "Coronel"),
    ("CLPUQ", "Punta Arenas"),
    ("NOTOS", "Tromsø"),
    ("NOAES", "Ålesund"),
    ("NOBOO", "Bodø"),
    ("NOHFT", "Hammerfest"),
    ("NOBGO", "Bergen"),
    ("NOSVJ", "Svolvær"),
    ("NOKKN", "Kirkenes"),
]
SPECIES = [
    "SKJ",
    "YFT",
    "BET",
    "ALB",
    "SWO",
    "COD",
    "HAD",
    "POK",
    "HER",
    "MAC",
    "CAP",
    "CJM",
    "HKP",
    "GIS",
    "KCR",
]
ID_SPECIES = [
    "Cakalang",
    "Tongkol",
    "Tuna sirip kuning",
    "Tuna mata besar",
    "Layang",
    "Kakap merah",
    "Kerapu",
]
GEAR = ["PS", "LLD", "LHP", "OTB", "GNS", "LLS", "FPO", "OTM"]
BANKS_ID = [
    ("BRI", "BRINIDJA"),
    ("BNI", "BNINIDJA"),
    ("Mandiri", "BMRIIDJA"),
    ("BCA", "CENAIDJA"),
    ("BSI", "BSMDIDJA"),
]
BANKS_CL = ["BancoEstado", "Banco de Chile", "Banco Santander Chile", "BCI", "Scotiabank Chile"]
BANKS_NO = ["DNB", "SpareBank 1 Nord-Norge", "Nordea", "Sparebanken Møre", "Sparebanken Vest"]
UNIONS = [
    "Norsk Sjømannsforbund",
    "Det norske maskinistforbund",
    "Sindicato de Pescadores Artesanales Caleta Lo Rojas",
    "Sindicato Nacional de Tripulantes Pesqueros",
    "Serikat Pekerja Perikanan Indonesia",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Sea(Fake):
    # names
    def id_name(self):
        if self.r.random() < 0.25:
            return self.pick(ID_FIRST)  # many Indonesians have a single name
        return f"{self.pick(ID_FIRST)} {self.pick(ID_LAST)}"

    def cl_name(self):
        return f"{self.pick(CL_FIRST)} {self.pick(CL_LAST)} {self.pick(CL_LAST)}"

    def no_name(self):
        return f"{self.pick(NO_FIRST)} {self.pick(NO_LAST)}"

    def crew_name(self):
        return self.pick([self.id_name, self.cl_name, self.no_name, lambda: self.pick(FOREIGN_CREW)])()

    def any_name(self):
        return self.pick([self.id_name, self.cl_name, self.no_name, self.full_name])()

    def mail(self, name=None):
        name = ascii_fold(name or self.any_name()).lower().replace("'", "").split()
        local = self.pick(
            [
                ".".join(name[:2]),
                name[0] + str(self.r.randint(1, 99)),
                "".join(name[:2]),
                name[0] + "_" + name[-1],
            ]
        )
        return f"{local}@{self.pick(FREEMAIL)}"

    def work_mail(self, name=None):
        name = ascii_fold(name or self.any_name()).lower().split()
        return f"{name[0]}.{name[-1]}@{self.pick(WORKMAIL)}"

    # phones
    def phone_id(self):
        pre = self.pick(["811", "812", "813", "821", "822", "852", "853", "857", "878", "895", "896"])
        a, b = self.digits(4), self.r.randint(100, 9999)
        return self.pick(
            [f"+62 {pre}-{a}-{b:04d}", f"0{pre}-{a}-{b:04d}", f"0{pre}{a}{b:04d}", f"+62{pre}{a}{b:04d}"]
        )

    def phone_cl(self):
        a, b = self.r.randint(2000, 9999), self.r.randint(1000, 9999)
        return self.pick([f"+56 9 {a} {b}", f"+569{a}{b}", f"9 {a} {b}", f"(+56) 9 {a}-{b}"])

    def phone_no(self):
        first = self.pick(["4", "9"])
        d = first + self.digits(7)[1:] + str(self.r.randint(0, 9))
        return self.pick(
            [
                f"+47 {d[:3]} {d[3:5]} {d[5:]}",
                f"+47{d}",
                f"{d[:3]} {d[3:5]} {d[5:]}",
                f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            ]
        )

    def phone_ph(self):
        return f"+63 9{self.r.randint(15, 99)} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"

    def any_phone(self):
        return self.pick([self.phone_id, self.phone_cl, self.phone_no, self.phone_ph])()

    # government ids
    def nik(self):
        region = self.pick(
            [
                "717201",
                "717203",
                "817101",
                "747102",
                "517101",
                "317201",
                "357801",
                "737105",
                "330101",
                "327305",
            ]
        )
        day = self.r.randint(1, 28) + (40 if self.r.random() < 0.3 else 0)
        born = f"{day:02d}{self.r.randint(1, 12):02d}{self.r.randint(60, 99):02d}"
        return f"{region}{born}{self.r.randint(1, 999):04d}"

    def rut(self, body=None, style=None):
        body = body or self.r.randint(5_000_000, 26_000_000)
        total, factor = 0, 2
        for d in reversed(str(body)):
            total += int(d) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = {10: "K", 11: "0"}.get(11 - total % 11, str(11 - total % 11))
        style = style or self.pick(["dots", "dash", "plain"])
        if style == "dots":
            return f"{body:,}".replace(",", ".") + "-" + dv
        if style == "dash":
            return f"{body}-{dv}"
        return f"{body}{dv}"

    def company_rut(self):
        return self.rut(self.r.randint(76_000_000, 77_999_999), "dots")

    def fnr(self, d_number=False):
        while True:
            day = self.r.randint(1, 28) + (40 if d_number else 0)
            born = f"{day:02d}{self.r.randint(1, 12):02d}{self.r.randint(55, 99):02d}"
            base = f"{born}{self.r.randint(0, 499):03d}"
            k1 = 11 - sum(int(c) * w for c, w in zip(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            base += str(k1)
            k2 = 11 - sum(int(c) * w for c, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return base + str(k2)

    def orgnr(self):
        while True:
            base = self.pick(["8", "9"]) + self.digits(8)[1:]
            k = 11 - sum(int(c) * w for c, w in zip(base, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k = 0 if k == 11 else k
            if k != 10:
                return base + str(k)

    def no_account(self, formatted=None):
        while True:
            base = self.pick(["1503", "1506", "4509", "3000", "9710", "1254"]) + self.digits(6)
            k = 11 - sum(int(c) * w for c, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k = 0 if k == 11 else k
            if k != 10:
                number = base + str(k)
                break
        formatted = self.r.random() < 0.5 if formatted is None else formatted
        return f"{number[:4]}.{number[4:6]}.{number[6:]}" if formatted else number

    def no_iban(self):
        bban = self.no_account(formatted=False)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "NO00")) % 97
        raw = f"NO{check:02d}{bban}"
        return self.pick([raw, f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12:]}"])

    def id_account(self, bank=None):
        bank = bank or self.pick(["BRI", "BNI", "Mandiri", "BCA", "BSI"])
        if bank == "BRI":
            return self.pick(
                [f"{self.digits(4)}-01-{self.digits(6)}-50-{self.r.randint(0, 9)}", self.digits(15)]
            )
        if bank == "Mandiri":
            return self.pick(
                ["1" + self.digits(12), f"1{self.digits(2)}-00-{self.digits(7)}-{self.r.randint(0, 9)}"]
            )
        return self.digits(10)

    def cl_account(self):
        return self.pick(
            [self.digits(8), f"{self.digits(2)}-{self.digits(6)}-{self.digits(2)}", self.digits(12)]
        )

    def npwp(self):
        return (
            f"{self.digits(2)}.{self.digits(3)}.{self.digits(3)}.{self.r.randint(0, 9)}-{self.digits(3)}.000"
        )

    def passport(self):
        kind = self.pick(["id", "cl", "no", "ph", "vn", "mm"])
        return {
            "id": self.pick(["C", "X", "B"]) + self.digits(7),
            "cl": self.pick(["F", "P"]) + self.digits(8),
            "no": self.pick(["FN", "FC", "FK"]) + self.digits(7),
            "ph": "P" + self.digits(7) + self.pick(["A", "B"]),
            "vn": self.pick(["C", "B"]) + self.digits(7),
            "mm": "MD" + self.digits(6),
        }[kind]

    def seafarer_code(self):
        return "62" + self.digits(8)

    def seaman_book(self):
        return self.pick(
            [f"{self.pick(['E', 'F', 'G'])} {self.digits(6)}", f"C{self.digits(7)}", f"NO-{self.digits(6)}"]
        )

    def bpjs_kes(self):
        return "000" + self.digits(10)

    def bpjs_tk(self):
        return self.pick(["2", "1"]) + self.digits(10)

    def coc(self):
        return self.pick(
            [
                f"{self.digits(4)}{self.digits(6)}N{self.r.randint(10, 40)}",
                f"COC-NO-{self.r.randint(2015, 2024)}-{self.digits(6)}",
                f"CL-DIRECTEMAR-{self.digits(5)}",
                f"ANT-III/{self.digits(5)}/{self.r.randint(2016, 2024)}",
            ]
        )

    # vessels
    def imo(self):
        d = self.digits(6)
        check = sum(int(c) * w for c, w in zip(d, [7, 6, 5, 4, 3, 2])) % 10
        return d + str(check)

    def mmsi(self):
        return self.pick(["525", "725", "257", "258", "259"]) + self.digits(6)

    def call_sign(self):
        return self.pick(
            [
                f"YB{self.digits(4)}",
                f"YD{self.digits(4)}",
                f"CB{self.digits(4)}",
                f"LM{self.digits(4)}",
                f"LK{self.digits(4)}",
                "LLXY",
                "LJUT",
            ]
        )

    def no_call_sign(self):
        return self.pick(
            [f"LM{self.digits(4)}", f"LK{self.digits(4)}", f"LF{self.digits(4)}", "LLXY", "LJUT", "LCGK"]
        )

    def no_mark(self):
        county = self.pick(["T", "M", "F", "N", "H"])
        return f"{county}-{self.r.randint(1, 399)}-{self.pick(['T', 'A', 'H', 'VV', 'B', 'SM', 'K'])}"

    def reg_mark(self):
        return self.pick(
            [
                f"{self.pick(['T', 'M', 'F', 'N', 'H'])}-{self.r.randint(1, 399)}-"
                f"{self.pick(['T', 'A', 'H', 'VV', 'B', 'SM'])}",
                f"GT.{self.r.randint(5, 150)} No.{self.digits(4)}/{self.pick(['Bb', 'Ab', 'Kd', 'Bn'])}",
                f"{self.pick(['TAL', 'VAL', 'PMO', 'IQQ'])}-{self.digits(4)}",
            ]
        )

    def port(self):
        return self.pick(PORTS)

    def vms_lat(self):
        return round(
            self.pick([self.r.uniform(-10.5, 4.5), self.r.uniform(-54.0, -18.0), self.r.uniform(58.0, 74.0)]),
            5,
        )

    def vms_lon(self):
        return round(
            self.pick(
                [self.r.uniform(105.0, 135.0), self.r.uniform(-80.0, -70.0), self.r.uniform(2.0, 32.0)]
            ),
            5,
        )

    def naf(self):
        lat, lon = self.r.uniform(62, 72), self.r.uniform(3, 30)
        return (
            f"//SR//AD/NOR//FR/NOR//RC/{self.no_call_sign()}//XR/{self.no_mark()}//TM/POS"
            f"//LT/+{lat:06.3f}//LG/+{lon:07.3f}//SP/{self.r.randint(0, 120)}//CO/{self.r.randint(0, 359)}"
            f"//DA/2024{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            f"//TI/{self.r.randint(0, 23):02d}{self.r.randint(0, 59):02d}//ER//"
        )

    # addresses
    def id_address(self):
        street = self.pick(
            [
                "Yos Sudarso",
                "Pelabuhan",
                "Pattimura",
                "Sam Ratulangi",
                "Diponegoro",
                "Nelayan",
                "Hang Tuah",
                "Sultan Hasanuddin",
            ]
        )
        rt_rw = f"RT {self.r.randint(1, 12):03d}/RW {self.r.randint(1, 9):03d}"
        return f"Jl. {street} No. {self.r.randint(1, 150)}, {rt_rw}"

    def id_city(self):
        return self.pick(
            [
                "Kota Bitung",
                "Kota Ambon",
                "Kab. Cilacap",
                "Kota Kendari",
                "Kab. Buton",
                "Kota Tegal",
                "Kab. Minahasa Utara",
                "Kota Sorong",
            ]
        )

    def cl_address(self):
        return self.pick(
            [
                f"Pasaje Los Pescadores {self.r.randint(100, 3000)}",
                f"Av. Costanera {self.r.randint(10, 2000)}, depto {self.r.randint(11, 99)}",
                f"Calle O'Higgins {self.r.randint(100, 1500)}",
                f"Población Caleta Tumbes, casa {self.r.randint(1, 300)}",
            ]
        )

    def comuna(self):
        return self.pick(
            [
                "Talcahuano",
                "Coronel",
                "Lota",
                "Puerto Montt",
                "Ancud",
                "Castro",
                "Calbuco",
                "Quellón",
                "Iquique",
                "Tomé",
            ]
        )

    def no_address(self):
        street = self.pick(["Strandgata", "Havnegata", "Fiskergata", "Storgata", "Sjøgata", "Skippergata"])
        return f"{street} {self.r.randint(1, 90)}{self.pick(['', '', 'B', 'A'])}"

    def no_post(self):
        return self.pick(
            [
                ("9008", "Tromsø"),
                ("6002", "Ålesund"),
                ("8300", "Svolvær"),
                ("9900", "Kirkenes"),
                ("9600", "Hammerfest"),
                ("8006", "Bodø"),
                ("9750", "Honningsvåg"),
                ("6090", "Fosnavåg"),
                ("8370", "Leknes"),
            ]
        )

    def any_street(self):
        return self.pick([self.id_address, self.cl_address, self.no_address])()

    def any_city(self):
        return self.pick([self.id_city, self.comuna, lambda: self.no_post()[1]])()

    def any_zip(self):
        return self.pick(
            [lambda: self.no_post()[0], lambda: self.digits(7), lambda: str(self.r.randint(10000, 99999))]
        )()

    # ad and payment ids
    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(80)) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def pm(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_1" + "".join(self.pick(alnum) for _ in range(23))

    def urltoken(self, n=43):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "".join(self.pick(alnum) for _ in range(n))

    def sha256(self, text=None):
        return hashlib.sha256((text or self.uuid()).encode()).hexdigest()

    def day(self, start=2023, end=2024):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


# -- contexts ---------------------------------------------------------------------------------------


def web_ctx():
    pages = ["/dashboard", "/vessels", "/quota", "/crew", "/shop", "/settings/billing", "/landings"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://portal.sealedger.example/login"])
            ),
            "search": G(lambda f: f.pick(["", "?vessel=all", "?season=2024", "?utm_source=newsletter"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "SeaLedger | Dashboard",
                        "Kuota - SeaLedger",
                        "Fangst og kvoter",
                        "Tripulación | SeaLedger",
                    ]
                )
            ),
            "url": G(lambda f: "https://portal.sealedger.example" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["id-ID", "es-CL", "nb-NO", "en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar", "America/Santiago", "Europe/Oslo"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["musim_tuna_2024", "temporada_jurel", "kvotekampanje_q1"])),
            "source": G(lambda f: f.pick(["newsletter", "google", "facebook"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "social"])),
            "content": G(lambda f: f.pick(["banner_top", "footer_link", "cta_blue"])),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "SeaLedger Logbook"),
            "version": G(lambda f: f.pick(["2.4.1", "2.5.0", "2.5.3"])),
            "build": G(lambda f: f.pick(["241", "250", "253"])),
            "namespace": G(lambda f: "io.sealedger.logbook"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2531", "V2254"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["id-ID", "en-US", "id"])),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
            "density": G(lambda f: f.pick([2.625, 3.0])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-10.5, 4.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(105.0, 135.0), 6), "geolocation"),
        },
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "SeaLedger Fangst"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2", "3.3.0"])),
            "build": G(lambda f: f.pick(["3100", "3202", "3300"])),
            "namespace": G(lambda f: "io.sealedger.fangst"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Panasonic"])),
            "model": G(lambda f: f.pick(["SM-T636B", "Pixel 8", "FZ-A3"])),
            "name": G(lambda f: f.pick(["gts7fe", "shiba", "FZ-A3"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["nb-NO", "nn-NO", "en-NO"])),
        "network": {
            "carrier": G(lambda f: f.pick(["Telenor", "Telia", "ice", "Telenor Maritime"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "width": G(lambda f: f.pick([1200, 1080])),
            "height": G(lambda f: f.pick([1920, 2400])),
        },
        "timezone": G(lambda f: "Europe/Oslo"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-T636B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; FZ-A3 Build/TKQ1)",
                ]
            )
        ),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(58.0, 74.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(2.0, 32.0), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 12), 1)),
        },
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "SeaLedger Bitácora"),
            "version": G(lambda f: f.pick(["4.0.2", "4.1.0", "4.1.1"])),
            "build": G(lambda f: f.pick(["402", "410", "411"])),
            "namespace": G(lambda f: "io.sealedger.bitacora"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPad13,18", "iPhone12,8"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["es-CL", "es-419", "en-CL"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 820])), "height": G(lambda f: f.pick([844, 1180]))},
        "timezone": G(lambda f: f.pick(["America/Santiago", "America/Punta_Arenas"])),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "SeaLedger Mannskap"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.1", "1.9.4"])),
            "build": G(lambda f: f.pick(["180", "191", "194"])),
            "namespace": G(lambda f: "io.sealedger.crew"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-S918B", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["nb-NO", "en-US", "tl-PH", "vi-VN"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Oslo", "Asia/Manila"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.pick([*NO_FIRST, "Reynaldo", "Jomar", "Hùng", "Mai"]), "name"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php"):  # forwarded from the web request that triggered the call
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


CONTEXTS = {"web": web_ctx, "flutter": flutter_ctx, "kotlin": kotlin_ctx, "swift": swift_ctx, "rn": rn_ctx}


# -- value snippets ---------------------------------------------------------------------------------


def remarks(f: Sea) -> str:
    name = f.crew_name()
    return f.pick(
        [
            f"Master {name} presented the paper logbook; e-logbook entries for hauls 3-5 missing.",
            f"Crew member {name} interviewed about working hours, no complaints recorded.",
            f"Hold temperatures checked with {name} (chief engineer) present.",
            f"Nakhoda {name} tidak dapat menunjukkan SIPI asli.",
            f"Patrón {name} firmó el acta de inspección sin observaciones.",
            f"Skipper {name} forklarte avvik i rundvekt for sei.",
        ]
    )


def wage_note(f: Sea) -> str:
    bank = f.pick(["BRI", "BNI", "Mandiri", "BCA"])
    acc = f.id_account(bank)
    return f.pick(
        [
            f"Transfer gaji ke rek {bank} {acc}",
            f"Bagi hasil trip dikirim ke {bank} no. {acc} a.n. istri",
            f"Rekening baru {acc} ({bank}), yang lama ditutup",
            f"{bank} {acc} - pembayaran bulan lalu gagal, kirim ulang",
        ]
    )


def support_text(f: Sea) -> str:
    phone = f.any_phone()
    return f.pick(
        [
            f"Tidak bisa login ke e-logbook sejak kemarin, tolong hubungi saya di {phone}",
            f"La app no sincroniza las capturas. Mi número es {phone}",
            f"Får ikke sendt sluttseddel fra båten, ring meg på {phone}",
            f"Crew wage slip shows the wrong share percentage, call {phone} after 18:00",
            f"Please update my bank details, I am reachable on WhatsApp {phone}",
        ]
    )


def otp_sms(f: Sea) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Kode OTP SeaLedger Anda: {code}. Jangan berikan kode ini kepada siapa pun.",
            f"Tu código de verificación SeaLedger es {code}",
            f"Din engangskode for SeaLedger er {code}",
            f"{code} is your SeaLedger verification code. It expires in 10 minutes.",
        ]
    )


def wa_text(f: Sea) -> str:
    return f.pick(
        [
            "Sudah sampai di pelabuhan, bongkar besok pagi",
            "Kapan gaji bulan ini dibayar?",
            "Mesin kapal rusak, kami kembali ke Bitung",
            "Cuaca buruk, tidak melaut hari ini",
            "Ok pak, terima kasih",
            "Foto hasil tangkapan sudah saya kirim",
        ]
    )


def trip_note(f: Sea) -> str:
    phone = f.phone_no()
    return f.pick(
        [
            f"Agent i Tromsø: {f.no_name()}, tlf {phone}",
            f"Mannskapsbytte i Båtsfjord, ny matros ringer fra {phone}",
            f"Ring mottaket før landing: {phone}",
            f"Kona til kokken ber om å bli ringt på {phone}",
        ]
    )


def feedback_text(f: Sea) -> str:
    email = f.mail(f.id_name())
    return f.pick(
        [
            f"Tolong kirim laporan tangkapan ke {email}",
            f"Aplikasi lambat saat sinyal lemah. Balas ke {email}",
            f"Ganti email saya jadi {email}",
            f"Please send the quota report to {email} every month",
        ]
    )


# -- events -----------------------------------------------------------------------------------------


def crew_entry():
    return {
        "full_name": Y(lambda f: f.crew_name(), "name"),
        "seafarer_code": RED(lambda f: f.seafarer_code(), "national id|passport"),
        "passport_no": RED(lambda f: f.passport(), "passport"),
        "passport_expiry": G(lambda f: f.day(2025, 2033)),
        "nationality": Y(
            lambda f: f.pick(["IDN", "PHL", "MMR", "VNM", "CHL", "NOR", "GHA", "PER"]), "citizenship"
        ),
        "rank": G(
            lambda f: f.pick(["Master", "Chief Engineer", "Fishing Master", "Bosun", "Deckhand", "Cook"])
        ),
        "date_of_birth": Y(lambda f: f.date(1960, 2004), "birthdate"),
        "sign_on_date": G(lambda f: f.day()),
        "phone": Y(lambda f: f.any_phone(), "phone"),
        "next_of_kin": {
            "name": Y(lambda f: f.crew_name(), "name"),
            "relationship": G(
                lambda f: f.pick(["wife", "mother", "father", "brother", "husband", "daughter"])
            ),
            "phone": Y(lambda f: f.any_phone(), "phone"),
        },
    }


def shop_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["NET", "HK", "VMS", "BT"])
                + "-"
                + f.digits(4)
                + "-"
                + f.pick(["20M", "L", "STD", "XL"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Monofilament gillnet 0.5mm",
                    "Circle hook 14/0 (100 pcs)",
                    "VMS airtime 12 months",
                    "Survival suit Viking PS5002",
                    "Longline snap 3.5mm",
                    "Fish hold thermometer",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["Mustad", "Viking", "Momoi", "SeaLedger", "Furuno"])),
        "category": G(lambda f: f.pick(["Nets", "Hooks", "Safety", "Electronics", "Airtime"])),
        "price": G(lambda f: f.money(5, 900)),
        "quantity": G(lambda f: f.r.randint(1, 20)),
    }


EVENTS = [
    # ---- owner / agent web portal -----------------------------------------------------------------
    (
        "page",
        "Quota Dashboard",
        "web",
        {
            "path": G(lambda f: f.pick(["/quota", "/quota/2024", "/quota/transfers"])),
            "url": G(
                lambda f: (
                    "https://portal.sealedger.example" + f.pick(["/quota", "/quota/2024", "/quota/transfers"])
                )
            ),
            "title": G(lambda f: f.pick(["Kuota - SeaLedger", "Cuotas | SeaLedger", "Kvoter | SeaLedger"])),
            "referrer": G(lambda f: f.pick(["", "https://portal.sealedger.example/dashboard"])),
            "search": G(lambda f: f.pick(["", "?species=SKJ", "?species=CJM", "?species=COD"])),
            "season": G(lambda f: f.pick([2023, 2024])),
        },
    ),
    (
        "page",
        "Landing",
        "web",
        {
            "path": G(lambda f: f.pick(["/", "/id", "/es", "/no"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "utm_source": G(lambda f: "google"),
            "utm_campaign": G(lambda f: f.pick(["elogbook_trial", "vms_promo_2024", "prueba_gratis"])),
        },
    ),
    (
        "page",
        "Landing",
        "web",
        {
            "path": G(lambda f: f.pick(["/", "/id", "/es", "/no"])),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["elogbook_trial", "vms_promo_2024", "prueba_gratis"])),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.pick(ID_FIRST + CL_FIRST + NO_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(ID_LAST + CL_LAST + NO_LAST), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Fleet manager",
                        "Shipowner",
                        "Port agent",
                        "Compliance officer",
                        "Gerente de flota",
                        "Reder",
                    ]
                )
            ),
            "company": {"name": G(lambda f: f.pick(COMPANIES)), "id": G(lambda f: "org_" + f.digits(5))},
            "address": {
                "street": Y(lambda f: f.any_street(), "address|street"),
                "city": Y(lambda f: f.any_city(), "city"),
                "postalCode": Y(lambda f: f.any_zip(), "zipcode"),
                "country": G(lambda f: f.pick(["ID", "CL", "NO"])),
            },
            "avatar": Y(lambda f: f"https://cdn.sealedger.example/avatars/{f.hexid(12)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["kystflåte", "artesanal", "industrial", "nelayan_kecil"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["id", "es", "nb", "en"])),
            "vesselCount": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Fishing", "Pesca", "Fiskeri"])),
            "employees": G(lambda f: f.r.randint(4, 900)),
            "plan": G(lambda f: f.pick(["fleet_basic", "fleet_pro", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://samudrajaya.example.id",
                        "https://losandes.example.cl",
                        "https://kvalsvik.example.no",
                    ]
                )
            ),
            "org_number": G(lambda f: f.pick([f.orgnr(), f.company_rut(), f.npwp()[:-4] + ".000"])),
            "fleet_size": G(lambda f: f.r.randint(1, 60)),
            "home_port": G(lambda f: f.port()[1]),
            "country": G(lambda f: f.pick(["Indonesia", "Chile", "Norway"])),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "operasional@samudrajaya.example.id",
                        "soporte@losandes.example.cl",
                        "post@kvalsvik.example.no",
                    ]
                )
            ),
            "office_address": {
                "street": G(
                    lambda f: f.pick(["Jl. Pelabuhan Samudera No. 1", "Av. Colón 3120", "Havnegata 12"])
                ),
                "city": G(lambda f: f.pick(["Bitung", "Talcahuano", "Ålesund"])),
                "postal_code": G(lambda f: f.pick(["95524", "4260000", "6002"])),
            },
        },
    ),
    (
        "track",
        "Vessel Registered",
        "web",
        {
            "vessel": {
                "name": G(lambda f: f.pick(VESSELS)),
                "imo": G(lambda f: f.imo()),
                "mmsi": G(lambda f: f.mmsi()),
                "callSign": G(lambda f: f.call_sign()),
                "flag": G(lambda f: f.pick(["IDN", "CHL", "NOR"])),
                "grossTonnage": G(lambda f: f.r.randint(5, 2500)),
                "lengthM": G(lambda f: f.money(9, 80)),
                "yearBuilt": G(lambda f: f.r.randint(1975, 2023)),
                "registrationMark": G(lambda f: f.reg_mark()),
                "homePort": G(lambda f: f.port()[0]),
                "gearType": G(lambda f: f.pick(GEAR)),
                "engineKw": G(lambda f: f.r.randint(40, 3000)),
            },
            "registeredOwner": {
                "kind": G(lambda f: f.pick(["individual", "sole_proprietor"])),
                "fullName": Y(lambda f: f.any_name(), "name"),
                "nationalId": RED(lambda f: f.pick([f.nik(), f.rut(), f.fnr()]), "national id"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.any_street(), "address"),
            },
            "operatorCompany": G(lambda f: f.pick(COMPANIES)),
            "documentsUploaded": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Quota Transfer Requested",
        "web",
        {
            "transfer_id": G(lambda f: "QT-" + f.digits(7)),
            "from_vessel": G(lambda f: f.pick(VESSELS)),
            "to_vessel": G(lambda f: f.pick(VESSELS)),
            "species": G(lambda f: f.pick(SPECIES)),
            "tonnes": G(lambda f: f.money(1, 400)),
            "price_per_kg": G(lambda f: f.money(0.5, 40)),
            "requested_by_name": Y(lambda f: f.any_name(), "name"),
            "requested_by_email": Y(lambda f: f.mail(), "email"),
            "requested_by_phone": Y(lambda f: f.any_phone(), "phone"),
            "approval_status": G(lambda f: f.pick(["pending", "approved", "rejected"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["circle hook", "jaring insang", "traje de supervivencia", "vms airtime", "line hauler"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **shop_product(),
            "currency": G(lambda f: f.pick(["IDR", "CLP", "NOK", "USD"])),
            "url": G(lambda f: "https://shop.sealedger.example/p/" + f.digits(6)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "bank_transfer", "vipps"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["411111", "522233", "457173", "376655"])),
            "card_funding": G(lambda f: f.pick(["credit", "debit"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "total": G(lambda f: f.money(20, 4000)),
            "revenue": G(lambda f: f.money(20, 4000)),
            "tax": G(lambda f: f.money(0, 500)),
            "shipping": G(lambda f: f.money(0, 120)),
            "coupon": G(lambda f: f.pick(["", "NELAYAN10", "TEMPORADA24", "SKREI"])),
            "currency": G(lambda f: f.pick(["IDR", "CLP", "NOK", "USD"])),
            "products": Many(shop_product(), 4),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "shipping_address": {
                "name": Y(lambda f: f.any_name(), "name"),
                "line1": Y(lambda f: f.any_street(), "address|street"),
                "city": Y(lambda f: f.any_city(), "city"),
                "postal_code": Y(lambda f: f.any_zip(), "zipcode"),
                "country": G(lambda f: f.pick(["ID", "CL", "NO"])),
            },
            "customer_email": Y(lambda f: f.mail(), "email"),
            "delivery_port": G(lambda f: f.port()[1]),
            "deliver_to_vessel": G(lambda f: f.pick(VESSELS)),
        },
    ),
    (
        "track",
        "Sign In Link Clicked",
        "web",
        {
            "token": RED(lambda f: f.urltoken(), "token"),
            "email": Y(lambda f: f.mail(), "email"),
            "expires_at": G(lambda f: f.iso()),
            "redirect": G(lambda f: f.pick(["/dashboard", "/crew", "/quota"])),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    (
        "track",
        "Crew Searched",
        "web",
        {
            "q": Y(
                lambda f: f.pick([f.crew_name(), f.pick(ID_LAST + CL_LAST + NO_LAST), f.crew_name().lower()]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "vessel_filter": G(lambda f: f.pick(["all", *VESSELS[:5]])),
        },
    ),
    (
        "track",
        "Vessel Searched",
        "web",
        {
            "query": G(lambda f: f.pick([f.pick(VESSELS), f.imo(), f.call_sign(), f.mmsi()])),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "search_scope": G(lambda f: f.pick(["registry", "fleet", "ais"])),
        },
    ),
    (
        "track",
        "Integration Connected",
        "web",
        {
            "provider": G(lambda f: f.pick(["Inmarsat", "Iridium", "Orbcomm", "Thorium"])),
            "api_key": RED(
                lambda f: f.pick([f.hexid(32), f.secret(), "ird_live_" + f.urltoken(32)]), "secret"
            ),
            "webhook_url": G(lambda f: "https://hooks.sealedger.example/vms/" + f.hexid(8)),
            "account_ref": G(lambda f: "ACC-" + f.digits(6)),
            "polling_interval_min": G(lambda f: f.pick([15, 30, 60])),
        },
    ),
    (
        "track",
        "Port Searched",
        "web",
        {
            "sessiontoken": G(lambda f: f.uuid()),
            "input": G(lambda f: f.pick(["Bitu", "Talcah", "Tromsø", "Muara Baru", "Puerto Mon"])),
            "selected_locode": G(lambda f: f.port()[0]),
        },
    ),
    # ---- e-logbook tablet apps ------------------------------------------------------------------
    (
        "track",
        "Haul Logged",
        "flutter",
        {
            "haul_id": G(lambda f: f.uuid()),
            "trip_id": G(lambda f: "TRP-" + f.digits(6)),
            "haul_no": G(lambda f: f.r.randint(1, 30)),
            "gear_code": G(lambda f: f.pick(GEAR)),
            "wpp": G(lambda f: f.pick(["WPP-NRI 714", "WPP-NRI 715", "WPP-NRI 716", "WPP-NRI 573"])),
            "start_lat": Y(lambda f: round(f.r.uniform(-10.5, 4.5), 5), "geolocation"),
            "start_lon": Y(lambda f: round(f.r.uniform(105, 135), 5), "geolocation"),
            "end_lat": Y(lambda f: round(f.r.uniform(-10.5, 4.5), 5), "geolocation"),
            "end_lon": Y(lambda f: round(f.r.uniform(105, 135), 5), "geolocation"),
            "set_time": G(lambda f: f.iso()),
            "haul_time": G(lambda f: f.iso()),
            "depth_m": G(lambda f: f.r.randint(20, 400)),
            "catch": Many(
                {
                    "fao_code": G(lambda f: f.pick(["SKJ", "YFT", "BET", "FRI", "RSC"])),
                    "local_name": G(lambda f: f.pick(ID_SPECIES)),
                    "weight_kg": G(lambda f: f.money(5, 4000)),
                    "count": G(lambda f: f.r.randint(1, 900)),
                    "discard_kg": G(lambda f: f.money(0, 50)),
                    "photo_url": G(lambda f: f"https://media.sealedger.example/catch/{f.hexid(16)}.jpg"),
                    "caption": G(
                        lambda f: f.pick(
                            ["Palka 2", "Cakalang ukuran sedang", "Hasil setting pagi", "Ikan rusak 3 ekor"]
                        )
                    ),
                },
                3,
            ),
            "synced_offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Catch Entry",
        "flutter",
        {
            "tab": G(lambda f: f.pick(["tangkapan", "alat", "posisi"])),
            "trip_id": G(lambda f: "TRP-" + f.digits(6)),
            "pending_uploads": G(lambda f: f.r.randint(0, 15)),
        },
    ),
    (
        "track",
        "ABK Ditambahkan",
        "flutter",
        {
            "nama_lengkap": Y(lambda f: f.id_name(), "name"),
            "nik": RED(lambda f: f.nik(), "national id"),
            "seafarer_code": RED(lambda f: f.seafarer_code(), "national id|passport"),
            "seaman_book_no": RED(lambda f: f.seaman_book(), "national id|passport"),
            "tempat_lahir": Y(
                lambda f: f.pick(["Bitung", "Ambon", "Tegal", "Kendari", "Baubau", "Manado", "Cilacap"]),
                "city",
            ),
            "tanggal_lahir": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "age": G(lambda f: f.r.randint(19, 58)),
            "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "gender"),
            "agama": Y(
                lambda f: f.pick(["Islam", "Kristen Protestan", "Katolik", "Hindu", "Buddha"]), "religion"
            ),
            "status_perkawinan": G(lambda f: f.pick(["Kawin", "Belum Kawin", "Cerai Hidup", "Cerai Mati"])),
            "rank": G(lambda f: f.pick(["Nakhoda", "KKM", "Fishing Master", "Juru Mudi", "ABK", "Koki"])),
            "no_hp": Y(lambda f: f.phone_id(), "phone"),
            "alamat": Y(lambda f: f.id_address(), "address"),
            "kabupaten_kota": Y(lambda f: f.id_city(), "city"),
            "province": G(
                lambda f: f.pick(
                    ["Sulawesi Utara", "Maluku", "Jawa Tengah", "Sulawesi Tenggara", "Papua Barat Daya"]
                )
            ),
            "photo_url": Y(lambda f: f"https://media.sealedger.example/crew/{f.hexid(16)}.jpg", "photo"),
            "bpjs_kesehatan": RED(lambda f: f.bpjs_kes(), "health id"),
            "bpjs_ketenagakerjaan": RED(lambda f: f.bpjs_tk(), "social security number|national id"),
            "coop_member_no": G(lambda f: "KUD-" + f.digits(5)),
            "ahli_waris": {
                "nama": Y(lambda f: f.id_name(), "name"),
                "hubungan": G(lambda f: f.pick(["Istri", "Suami", "Ibu", "Anak", "Ayah"])),
                "no_hp": Y(lambda f: f.phone_id(), "phone"),
            },
            "nik_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Departure Reported",
        "kotlin",
        {
            "messageId": G(lambda f: f.uuid()),
            "ersType": G(lambda f: "DEP"),
            "vessel": {
                "name": G(lambda f: f.pick(VESSELS[10:])),
                "callSign": G(lambda f: f.no_call_sign()),
                "registrationMark": G(lambda f: f.no_mark()),
            },
            "departurePort": G(lambda f: f.pick(["NOTOS", "NOAES", "NOBOO", "NOHFT", "NOSVJ"])),
            "skipperName": Y(lambda f: f.no_name(), "name"),
            "crewOnBoard": G(lambda f: f.r.randint(2, 35)),
            "plannedActivity": G(lambda f: f.pick(["FIS", "STE", "GUD"])),
            "expectedCatch": Many(
                {
                    "species": G(lambda f: f.pick(["COD", "HAD", "POK", "HER", "MAC"])),
                    "liveWeightKg": G(lambda f: f.r.randint(500, 90000)),
                },
                3,
            ),
            "position": {
                "lat": Y(lambda f: round(f.r.uniform(62, 72), 4), "geolocation"),
                "lon": Y(lambda f: round(f.r.uniform(3, 30), 4), "geolocation"),
            },
            "fishingArea": G(lambda f: f.pick(["05", "04", "00", "03", "37"])),
        },
    ),
    (
        "track",
        "Biological Sample Recorded",
        "kotlin",
        {
            "sample_id": G(lambda f: "BS-" + f.digits(7)),
            "haul_id": G(lambda f: f.uuid()),
            "species": G(lambda f: f.pick(["COD", "HAD", "POK", "GHL"])),
            "length_cm": G(lambda f: f.r.randint(25, 130)),
            "weight_g": G(lambda f: f.r.randint(150, 25000)),
            "sex": G(lambda f: f.pick(["F", "M", "U"])),
            "maturity_stage": G(lambda f: f.r.randint(1, 5)),
            "age_years": G(lambda f: f.r.randint(2, 14)),
            "otolith_id": G(lambda f: f"OT{f.digits(6)}"),
            "observer_id": G(lambda f: "OBS-" + f.digits(4)),
            "ices_rectangle": G(lambda f: f.pick(["08E6", "45F1", "52G7", "41E8"])),
        },
    ),
    (
        "track",
        "Mannskap Registrert",
        "kotlin",
        {
            "fornavn": Y(lambda f: f.pick([*NO_FIRST, "Reynaldo", "Tomas", "Piotr", "Aung"]), "name"),
            "etternavn": Y(lambda f: f.pick([*NO_LAST, "dela Cruz", "Kazlauskas", "Nowak"]), "name"),
            "personnummer": RED(lambda f: f.fnr(d_number=f.r.random() < 0.3), "national id"),
            "telefon": Y(lambda f: f.phone_no(), "phone"),
            "epost": Y(lambda f: f.mail(f.no_name()), "email"),
            "adresse": Y(lambda f: f.no_address(), "address|street"),
            "postnummer": Y(lambda f: f.no_post()[0], "zipcode"),
            "poststed": Y(lambda f: f.no_post()[1], "city"),
            "fylke": G(lambda f: f.pick(["Troms", "Finnmark", "Nordland", "Møre og Romsdal"])),
            "alder": G(lambda f: f.r.randint(18, 67)),
            "sivilstand": G(lambda f: f.pick(["gift", "ugift", "samboer", "skilt"])),
            "stilling": G(lambda f: f.pick(["Skipper", "Maskinist", "Matros", "Kokk", "Bas"])),
            "fagforening": Y(lambda f: f.pick([*UNIONS[:2], "Ingen"]), "trade union"),
            "arbeidstillatelse": RED(
                lambda f: f.pick(["ikke relevant", "innvilget", "til behandling", "avslått"]), "visa"
            ),
            "nærmeste_pårørende": {
                "navn": Y(lambda f: f.no_name(), "name"),
                "relasjon": G(lambda f: f.pick(["ektefelle", "mor", "far", "samboer", "søster"])),
                "telefon": Y(lambda f: f.phone_no(), "phone"),
            },
            "hms_kurs_fullført": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Crew List",
        "kotlin",
        {
            "vessel_name": G(lambda f: f.pick(VESSELS[10:])),
            "crew_count": G(lambda f: f.r.randint(2, 35)),
            "filter": G(lambda f: f.pick(["aboard", "all", "expiring_certs"])),
        },
    ),
    (
        "track",
        "Catch Declared",
        "swift",
        {
            "logbook_folio": G(lambda f: f.digits(9)),
            "vessel": {
                "name": G(lambda f: f.pick(VESSELS[5:10])),
                "registration_no": G(lambda f: f"{f.pick(['TAL', 'VAL', 'PMO', 'IQQ'])}-{f.digits(4)}"),
                "rpa": G(lambda f: f.digits(6)),
            },
            "skipper": {
                "name": Y(lambda f: f.cl_name(), "name"),
                "rut": RED(lambda f: f.rut(), "national id"),
            },
            "species": G(
                lambda f: f.pick(
                    ["Jurel", "Merluza común", "Sardina común", "Anchoveta", "Jibia", "Congrio dorado"]
                )
            ),
            "tonnes": G(lambda f: f.money(0.2, 300)),
            "gear": G(lambda f: f.pick(["Cerco", "Espinel", "Enmalle", "Arrastre"])),
            "fishing_zone": G(lambda f: f.pick(["VIII Región", "X Región", "Mar exterior Chiloé"])),
            "lat": Y(lambda f: round(f.r.uniform(-54, -18), 5), "geolocation"),
            "lon": Y(lambda f: round(f.r.uniform(-80, -70), 5), "geolocation"),
            "landing_site": G(
                lambda f: f.pick(["Caleta Lo Rojas", "Caleta Tumbes", "Caleta Anahuac", "Caleta Portales"])
            ),
        },
    ),
    (
        "track",
        "Tripulante Registrado",
        "swift",
        {
            "nombres": Y(lambda f: f.pick(CL_FIRST), "name"),
            "apellido_paterno": Y(lambda f: f.pick(CL_LAST), "name"),
            "apellido_materno": Y(lambda f: f.pick(CL_LAST), "name"),
            "rut": RED(lambda f: f.rut(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "edad": G(lambda f: f.r.randint(18, 65)),
            "sexo": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "nacionalidad": Y(
                lambda f: f.pick(["Chilena", "Peruana", "Venezolana", "Boliviana"]), "citizenship"
            ),
            "direccion": Y(lambda f: f.cl_address(), "address"),
            "comuna": Y(lambda f: f.comuna(), "city"),
            "region": G(lambda f: f.pick(["Biobío", "Los Lagos", "Tarapacá", "Magallanes", "Valparaíso"])),
            "telefono": Y(lambda f: f.phone_cl(), "phone"),
            "correo": Y(lambda f: f.mail(f.cl_name()), "email"),
            "sindicato": Y(lambda f: f.pick([*UNIONS[2:4], "Sin sindicato"]), "trade union"),
            "pueblo_originario": Y(
                lambda f: f.pick(["Mapuche", "Huilliche", "Kawésqar", "Ninguno"]), "ethnicity"
            ),
            "estado_civil": G(lambda f: f.pick(["Soltero", "Casado", "Conviviente civil"])),
            "cargo": G(lambda f: f.pick(["Patrón", "Motorista", "Tripulante", "Cocinero"])),
        },
    ),
    (
        "track",
        "Subscription Purchased",
        "swift",
        {
            "productId": G(lambda f: f.pick(["io.sealedger.pro.monthly", "io.sealedger.pro.yearly"])),
            "appAccountToken": G(lambda f: f.uuid()),
            "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
            "price": G(lambda f: f.pick([9990, 99990])),
            "currency": G(lambda f: "CLP"),
            "isTrial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Verified",
        "swift",
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_verified": G(lambda f: True),
            "seconds_to_enter": G(lambda f: f.r.randint(8, 170)),
        },
    ),
    (
        "track",
        "Next Of Kin Form Completed",
        "rn",
        {
            "form_id": G(lambda f: "nok_v2"),
            "field_name": G(lambda f: "emergency_phone"),
            "label": G(
                lambda f: f.pick(
                    [
                        "Emergency contact phone",
                        "Telefon til nærmeste pårørende",
                        "Numero ng emergency contact",
                    ]
                )
            ),
            "value": Y(lambda f: f.pick([f.phone_no(), f.phone_ph(), f.phone_id()]), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "duration_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "screen",
        "Lottoppgjør",
        "rn",
        {
            "trip_id": G(lambda f: "TUR-" + f.digits(5)),
            "share_amount": Y(lambda f: f.r.randint(20000, 180000), "salary"),
            "share_percent": Y(lambda f: round(f.r.uniform(1.5, 6.0), 2), "salary"),
            "currency": G(lambda f: "NOK"),
            "crew_role": G(lambda f: f.pick(["Matros", "Skipper", "Kokk", "Maskinist"])),
        },
    ),
    (
        "track",
        "Wage Slip Shared",
        "rn",
        {
            "slip_id": G(lambda f: "LS-" + f.digits(7)),
            "recipient": Y(lambda f: f.mail(), "email", True),
            "share_channel": G(lambda f: f.pick(["email", "mail_app"])),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "track",
        "Trip Note Added",
        "kotlin",
        {
            "trip_id": G(lambda f: "TRP-" + f.digits(6)),
            "note": Y(lambda f: trip_note(f), "phone", True),
            "note_type": G(lambda f: f.pick(["agent", "port", "crew_change"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "flutter",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "screen": G(lambda f: f.pick(["catch_entry", "crew", "sync"])),
            "text": Y(lambda f: feedback_text(f), "email", True),
        },
    ),
    # ---- server backends --------------------------------------------------------------------------
    (
        "track",
        "Position Reported",
        "go",
        {
            "vessel_id": G(lambda f: f.uuid()),
            "imo": G(lambda f: f.imo()),
            "mmsi": G(lambda f: f.mmsi()),
            "call_sign": G(lambda f: f.call_sign()),
            "terminal_serial": Y(lambda f: f.pick(["TT3026-", "SC-", "IRD"]) + f.digits(8), "serial"),
            "lat": Y(lambda f: f.vms_lat(), "geolocation"),
            "lon": Y(lambda f: f.vms_lon(), "geolocation"),
            "speed_kn": G(lambda f: round(f.r.uniform(0, 14), 1)),
            "course_deg": G(lambda f: f.r.randint(0, 359)),
            "reported_at": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["INMARSAT-C", "IRIDIUM", "AIS", "VMS-GPRS"])),
            "in_port": G(lambda f: f.pick([True, False])),
            "eez": G(lambda f: f.pick(["IDN", "CHL", "NOR", "SJM", "HS"])),
            "activity": G(lambda f: f.pick(["steaming", "fishing", "drifting", "in_port"])),
        },
    ),
    (
        "track",
        "NAF Message Received",
        "go",
        {
            "raw_message": Y(lambda f: f.naf(), "geolocation", True),
            "recipient_state": G(lambda f: "NOR"),
            "transport": G(lambda f: f.pick(["HTTPS", "X.400", "SMTP"])),
            "checksum_ok": G(lambda f: f.pick([True, False])),
            "bytes": G(lambda f: f.r.randint(140, 260)),
        },
    ),
    (
        "track",
        "Xendit VA Paid",
        "go",
        {
            "id": G(lambda f: f.hexid(24)),
            "payment_id": G(lambda f: f.hexid(24)),
            "callback_virtual_account_id": G(lambda f: f.hexid(24)),
            "external_id": G(lambda f: "PNBP-" + f.digits(8)),
            "merchant_code": G(lambda f: f.pick(["88608", "88908", "77008"])),
            "account_number": G(lambda f: f.pick(["88608", "88908", "77008"]) + f.digits(8)),
            "bank_code": G(lambda f: f.pick(["BRI", "MANDIRI", "BNI", "PERMATA"])),
            "amount": G(lambda f: f.r.randint(150, 9000) * 1000),
            "transaction_timestamp": G(lambda f: f.iso()),
            "sender_name": Y(lambda f: f.id_name().upper(), "name"),
            "owner_id": G(lambda f: f.hexid(24)),
            "currency": G(lambda f: "IDR"),
        },
    ),
    (
        "track",
        "Quota Allocated",
        "go",
        {
            "quota_id": G(lambda f: f.digits(6)),
            "species": G(lambda f: f.pick(["Jurel", "Merluza común", "Anchoveta", "Sardina común"])),
            "fishery_unit": G(lambda f: f.pick(["Jurel XV-X", "Merluza común IV-41°28,6'", "Anchoveta V-X"])),
            "tonnes_allocated": G(lambda f: f.money(5, 20000)),
            "season": G(lambda f: f.pick([2023, 2024])),
            "shipowner": {
                "company_name": G(lambda f: f.pick(COMPANIES[4:7])),
                "company_rut": G(lambda f: f.company_rut()),
                "legal_representative": Y(lambda f: f.cl_name(), "name"),
                "representative_rut": RED(lambda f: f.rut(), "national id"),
                "office_phone": G(
                    lambda f: f.pick(["+56 41 254 1200", "+56 41 279 3300", "+56 65 243 5100"])
                ),
            },
        },
    ),
    (
        "track",
        "Landing Declared",
        "java",
        {
            "sluttseddelNr": G(lambda f: f.digits(9)),
            "buyer": G(lambda f: f.pick(BUYERS)),
            "buyerOrgNumber": G(lambda f: f.orgnr()),
            "vesselName": G(lambda f: f.pick(VESSELS[10:])),
            "vesselRegistration": G(lambda f: f.no_mark()),
            "landingDate": G(lambda f: f.day()),
            "landingPort": G(lambda f: f.pick(["NOTOS", "NOAES", "NOBOO", "NOHFT", "NOSVJ"])),
            "fisherName": Y(lambda f: f.no_name(), "name"),
            "fisherNationalId": RED(lambda f: f.fnr(), "national id"),
            "products": Many(
                {
                    "speciesCode": G(lambda f: f.pick(["1022", "1027", "1032", "061101"])),
                    "condition": G(lambda f: f.pick(["fersk", "fryst", "levende"])),
                    "quality": G(lambda f: f.pick(["A", "B", "Superior"])),
                    "liveWeight": G(lambda f: f.money(10, 30000)),
                    "pricePerKg": G(lambda f: f.money(8, 70)),
                    "amount": G(lambda f: f.money(100, 900000)),
                },
                4,
            ),
            "totalAmount": G(lambda f: f.money(1000, 2000000)),
            "truckPlate": Y(
                lambda f: f.pick(["ZT", "VH", "SU", "EL"]) + f" {f.r.randint(10000, 99999)}", "license"
            ),
        },
    ),
    (
        "track",
        "Observer Assigned",
        "java",
        {
            "observerId": G(lambda f: "OBS-" + f.digits(4)),
            "observerName": Y(lambda f: f.any_name(), "name"),
            "observerEmail": Y(lambda f: f.work_mail(), "email"),
            "observerMobile": Y(lambda f: f.any_phone(), "phone"),
            "observerEmployer": G(lambda f: f.pick(["Havforskningsinstituttet", "IFOP", "BPPP Bitung"])),
            "tripId": G(lambda f: "TRP-" + f.digits(6)),
            "vessel": G(lambda f: f.pick(VESSELS)),
            "embarkPort": G(lambda f: f.port()[0]),
            "program": G(lambda f: f.pick(["national", "WCPFC", "SPRFMO"])),
            "daysAtSea": G(lambda f: f.r.randint(3, 90)),
        },
    ),
    (
        "track",
        "Catch Certificate Issued",
        "java",
        {
            "certificateNo": G(lambda f: "SHTI/" + f.digits(6) + "/2024"),
            "exporter": G(lambda f: f.pick(COMPANIES[:4])),
            "exporterAddress": G(
                lambda f: f.pick(
                    [
                        "Jl. Pelabuhan Samudera No. 1, Bitung",
                        "Kawasan Industri Perikanan Muara Baru Blok C, Jakarta",
                    ]
                )
            ),
            "importer": G(
                lambda f: f.pick(["Pescanova España S.L.", "Thai Union Europe", "Bolton Food S.p.A."])
            ),
            "destinationCountry": G(lambda f: f.pick(["ES", "IT", "NL", "FR"])),
            "items": Many(
                {
                    "hsCode": G(lambda f: f.pick(["030343", "030487", "160414"])),
                    "netKg": G(lambda f: f.money(100, 24000)),
                },
                3,
            ),
            "vesselName": G(lambda f: f.pick(VESSELS[:5])),
            "validatedBy": Y(lambda f: f.id_name(), "name"),
            "documentSha256": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Crew Wage Paid",
        "node",
        {
            "trip_id": G(lambda f: "MAR-" + f.digits(6)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "crew_member": {
                "full_name": Y(lambda f: f.cl_name(), "name"),
                "rut": RED(lambda f: f.rut(), "national id"),
                "position": G(lambda f: f.pick(["Patrón", "Motorista", "Tripulante", "Cocinero"])),
                "nationality": Y(lambda f: f.pick(["Chilena", "Peruana", "Ecuatoriana"]), "citizenship"),
            },
            "payout": {
                "bank": G(lambda f: f.pick(BANKS_CL)),
                "account_type": G(lambda f: f.pick(["Cuenta Corriente", "Cuenta Vista", "CuentaRUT"])),
                "account_number": RED(lambda f: f.cl_account(), "bank account"),
            },
            "net_pay": Y(lambda f: f.r.randint(450, 1800) * 1000, "salary"),
            "share_pct": Y(lambda f: round(f.r.uniform(1, 8), 2), "salary"),
            "pension_fund": G(lambda f: f.pick(["AFP Habitat", "AFP Provida", "AFP Modelo", "AFP Cuprum"])),
            "email": Y(lambda f: f.mail(f.cl_name()), "email"),
            "currency": G(lambda f: "CLP"),
        },
    ),
    (
        "track",
        "SMS Status",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["SeaLedger", "+4759446022", "+56229381100"])),
            "To": Y(lambda f: f.any_phone(), "phone"),
            "Body": RED(lambda f: otp_sms(f), "token", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event",
        "node",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "smtp-id": G(lambda f: f"<{f.urltoken(22)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["wage_slip", "quota_alert", "cert_expiry"])), 2),
            "sg_event_id": G(lambda f: f.urltoken(22)),
            "sg_message_id": G(lambda f: f.urltoken(22) + ".filterdrecv-" + f.digits(4)),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Vipps Payment Captured",
        "node",
        {
            "orderId": G(lambda f: "LISENS-" + f.digits(7)),
            "transactionText": G(
                lambda f: f.pick(["Lisensavgift 2024", "VMS-abonnement", "Kvoteleie gebyr"])
            ),
            "amount": G(lambda f: f.r.randint(500, 90000) * 100),
            "mobileNumber": Y(lambda f: f.phone_no().replace(" ", "").replace("+47", ""), "phone"),
            "status": G(lambda f: f.pick(["CAPTURED", "RESERVED", "REFUNDED"])),
            "timeStamp": G(lambda f: f.iso()),
            "userInfo": {
                "sub": G(lambda f: f.uuid()),
                "name": Y(lambda f: f.no_name(), "name"),
                "email": Y(lambda f: f.mail(f.no_name()), "email"),
                "phone_number": Y(lambda f: "47" + f.phone_no().replace(" ", "").replace("+47", ""), "phone"),
                "birthdate": Y(lambda f: f.date(1955, 2004), "birthdate"),
                "address": {
                    "street_address": Y(lambda f: f.no_address(), "address|street"),
                    "postal_code": Y(lambda f: f.no_post()[0], "zipcode"),
                    "region": Y(lambda f: f.no_post()[1], "city"),
                    "country": G(lambda f: "NO"),
                },
            },
        },
    ),
    (
        "track",
        "App Installed",
        "node",
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "customer_user_id": G(lambda f: "usr_" + f.hexid(10)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "city": Y(
                lambda f: f.pick(["Bitung", "Ambon", "Talcahuano", "Puerto Montt", "Tromsø", "Ålesund"]),
                "city",
            ),
            "country_code": G(lambda f: f.pick(["ID", "CL", "NO"])),
            "media_source": G(lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic"])),
            "campaign": G(lambda f: f.pick(["elogbook_install_id", "bitacora_cl", "None"])),
            "install_time": G(lambda f: f.iso().replace("T", " ").rstrip("Z")),
            "device_model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2531"])),
            "os_version": G(lambda f: f.pick(["12", "13", "14"])),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
        },
    ),
    (
        "track",
        "Crew List Submitted",
        "python",
        {
            "spb_number": G(lambda f: f"SPB.{f.digits(3)}/{f.digits(4)}/2024"),
            "vessel_name": G(lambda f: f.pick(VESSELS)),
            "port_of_departure": G(lambda f: f.port()[0]),
            "etd": G(lambda f: f.iso()),
            "crew_count": G(lambda f: f.r.randint(4, 40)),
            "crew": Many(crew_entry(), 5),
            "submitted_by_email": G(
                lambda f: f.pick(
                    [
                        "crewing@samudrajaya.example.id",
                        "operaciones@losandes.example.cl",
                        "mannskap@kvalsvik.example.no",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Injury Reported",
        "python",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "crew_member_id": G(lambda f: "crw_" + f.hexid(10)),
            "injury_type": Y(
                lambda f: f.pick(
                    ["laceration", "fracture", "crush injury", "hypothermia", "burn", "hook puncture"]
                ),
                "diagnosis|condition",
            ),
            "body_part": Y(
                lambda f: f.pick(["left hand", "right forearm", "lower back", "right foot", "eye"]),
                "diagnosis|condition",
            ),
            "treatment": Y(
                lambda f: f.pick(
                    [
                        "sutures on board",
                        "splint and medevac",
                        "rewarming",
                        "antibiotic ointment",
                        "eye irrigation",
                    ]
                ),
                "procedure",
            ),
            "medication_given": Y(
                lambda f: f.pick(
                    ["paracetamol 500 mg", "ibuprofen 400 mg", "amoxicillin 500 mg", "tramadol 50 mg"]
                ),
                "medication",
            ),
            "lost_time_days": G(lambda f: f.r.randint(0, 30)),
            "reported_by_name": Y(lambda f: f.crew_name(), "name"),
            "witness_name": Y(lambda f: f.crew_name(), "name"),
            "incident_lat": Y(lambda f: f.vms_lat(), "geolocation"),
            "incident_lon": Y(lambda f: f.vms_lon(), "geolocation"),
            "occurred_at": G(lambda f: f.iso()),
            "severity": G(lambda f: f.pick(["minor", "lost_time", "serious"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "CREW_ID": G(lambda f: "crw_" + f.hexid(10)),
            "FULL_NAME": Y(lambda f: f.crew_name().upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail().upper(), "email"),
            "MOBILE_NO": Y(lambda f: f.any_phone(), "phone"),
            "NATIONALITY": Y(
                lambda f: f.pick(["INDONESIA", "PHILIPPINES", "CHILE", "NORWAY", "VIET NAM", "MYANMAR"]),
                "citizenship",
            ),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1962, 2004), "birthdate"),
            "PASSPORT_EXPIRY": G(lambda f: f.day(2025, 2034)),
            "TOTAL_TRIPS": G(lambda f: f.r.randint(0, 240)),
            "LAST_SIGN_ON": G(lambda f: f.day()),
            "UNION_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "TAX_RESIDENCY": G(lambda f: f.pick(["ID", "PH", "CL", "NO", "VN"])),
            "LIFETIME_EARNINGS_USD": Y(lambda f: f.money(1500, 250000), "salary"),
            "DBT_LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Crew Payroll Disbursed",
        "php",
        {
            "payment_id": G(lambda f: f.digits(8)),
            "crew_name": Y(lambda f: f.id_name(), "name"),
            "nik": RED(lambda f: f.nik(), "national id"),
            "bank_name": G(lambda f: f.pick(BANKS_ID)[0]),
            "swift_code": G(lambda f: f.pick(BANKS_ID)[1]),
            "account_no": RED(lambda f: f.id_account(), "bank account"),
            "atas_nama": Y(lambda f: f.id_name().upper(), "name"),
            "base_salary": Y(lambda f: f.r.randint(2500, 4800) * 1000, "salary"),
            "catch_share": Y(lambda f: f.r.randint(300, 9000) * 1000, "salary"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "vessel": G(lambda f: f.pick(VESSELS[:5])),
            "keterangan": RED(lambda f: wage_note(f), "bank account", True),
            "currency": G(lambda f: "IDR"),
        },
    ),
    (
        "track",
        "Licence Issued",
        "php",
        {
            "licence_no": G(
                lambda f: f"{f.digits(2)}.{f.r.randint(22, 24)}.{f.digits(4)}.{f.digits(2)}.{f.digits(5)}"
            ),
            "vessel_name": G(lambda f: f.pick(VESSELS[:5])),
            "gear_type": G(lambda f: f.pick(["Pukat cincin", "Rawai tuna", "Huhate", "Pancing ulur"])),
            "fishing_zone": G(lambda f: f.pick(["714", "715", "716", "573"])),
            "valid_until": G(lambda f: f.day(2025, 2027)),
            "company": G(lambda f: f.pick(COMPANIES[:4])),
            "fee_amount": G(lambda f: f.r.randint(500, 90000) * 1000),
            "quota_tonnes": G(lambda f: f.r.randint(10, 3000)),
            "owner": {
                "name": Y(lambda f: f.id_name(), "name"),
                "nik": RED(lambda f: f.nik(), "national id"),
                "npwp": RED(lambda f: f.npwp(), "national id"),
                "address": Y(lambda f: f.id_address(), "address"),
                "phone": Y(lambda f: f.phone_id(), "phone"),
            },
        },
    ),
    (
        "track",
        "Webpay Transaction Committed",
        "php",
        {
            "vci": G(lambda f: f.pick(["TSY", "TSN", "NP"])),
            "amount": G(lambda f: f.r.randint(5, 900) * 1000),
            "status": G(lambda f: f.pick(["AUTHORIZED", "FAILED"])),
            "buy_order": G(lambda f: "O-" + f.digits(8)),
            "session_id": G(lambda f: "S-" + f.digits(8)),
            "card_detail": {"card_number": G(lambda f: f"{f.r.randint(0, 9999):04d}")},
            "accounting_date": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"),
            "transaction_date": G(lambda f: f.iso()),
            "authorization_code": G(lambda f: f.digits(4)),
            "payment_type_code": G(lambda f: f.pick(["VD", "VN", "VC", "SI"])),
            "response_code": G(lambda f: f.pick([0, -1])),
            "installments_number": G(lambda f: f.pick([0, 3, 6])),
        },
    ),
    (
        "track",
        "Crew Certificate Uploaded",
        "php",
        {
            "crew-member-id": G(lambda f: "crw_" + f.hexid(10)),
            "holder-name": Y(lambda f: f.crew_name(), "name"),
            "certificate-type": G(
                lambda f: f.pick(
                    ["STCW II/3", "Basic Safety Training", "ANT-III", "Fishing vessel skipper class B"]
                )
            ),
            "certificate-number": Y(lambda f: f.coc(), "certificate"),
            "issued-by": G(
                lambda f: f.pick(["Sjøfartsdirektoratet", "DIRECTEMAR", "Kementerian Perhubungan"])
            ),
            "expiry-date": G(lambda f: f.day(2025, 2030)),
            "file-sha256": G(lambda f: f.sha256()),
            "file-size-bytes": G(lambda f: f.r.randint(80_000, 4_000_000)),
        },
    ),
    (
        "track",
        "Crew Share Settled",
        "ruby",
        {
            "trip_id": G(lambda f: "TUR-" + f.digits(5)),
            "catch_value": G(lambda f: f.r.randint(200_000, 9_000_000)),
            "currency": G(lambda f: "NOK"),
            "settlements": Many(
                {
                    "name": Y(lambda f: f.pick([f.no_name(), f.pick(FOREIGN_CREW)]), "name"),
                    "fnr": RED(lambda f: f.fnr(d_number=f.r.random() < 0.3), "national id"),
                    "position": G(lambda f: f.pick(["Skipper", "Maskinist", "Matros", "Kokk", "Bas"])),
                    "share_ratio": Y(lambda f: round(f.r.uniform(0.8, 2.0), 2), "salary"),
                    "paid_amount": Y(lambda f: f.r.randint(15_000, 250_000), "salary"),
                    "account_number": RED(lambda f: f.no_account(), "bank account"),
                    "iban": RED(lambda f: f.no_iban(), "bank account"),
                    "bic": G(lambda f: f.pick(["DNBANOKK", "SPTRNO22", "NDEANOKK"])),
                },
                6,
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Tidak bisa login", "Sincronización fallida", "Feil i sluttseddel", "Wage slip question"]
                )
            ),
            "description": Y(lambda f: support_text(f), "phone", True),
            "requester": {
                "name": Y(lambda f: f.any_name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "whatsapp", "email"])),
            "tags": Many(G(lambda f: f.pick(["login", "sync", "wages", "vms"])), 3),
        },
    ),
    (
        "track",
        "Crew Contract Signed",
        "ruby",
        {
            "contract_id": G(lambda f: "PKL-" + f.digits(6)),
            "seafarer_name": Y(lambda f: f.crew_name(), "name"),
            "seafarer_passport_no": RED(lambda f: f.passport(), "passport"),
            "seafarer_home_address": Y(lambda f: f.any_street(), "address"),
            "beneficiary_name": Y(lambda f: f.crew_name(), "name"),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "wage_monthly": Y(lambda f: f.r.randint(350, 2500), "salary"),
            "wage_currency": G(lambda f: "USD"),
            "duration_months": G(lambda f: f.pick([6, 9, 12, 24])),
            "manning_agency": G(
                lambda f: f.pick(["PT Duta Samudra Manning", "Bantay Dagat Crewing Inc.", "Nordic Crew AS"])
            ),
            "agency_license_no": G(lambda f: f.pick(["SIUPPAK ", "POEA-", "NCA-"]) + f.digits(5)),
            "pi_member_no": Y(lambda f: f.pick(["GARD-", "SKL-", "NORTH-"]) + f.digits(7), "identification"),
            "insurance_policy_no": Y(lambda f: f"POL/{f.digits(4)}/{f.digits(6)}", "identification"),
            "signed_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "ruby",
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["6281119876500", "56229381100"])),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.pick([f.id_name(), f.pick(ID_FIRST)]), "name")},
                    "wa_id": Y(
                        lambda f: "628" + f.pick(["12", "13", "52", "57"]) + f.digits(8), "phone", True
                    ),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(
                        lambda f: "628" + f.pick(["12", "13", "52", "57"]) + f.digits(8), "phone", True
                    ),
                    "id": G(lambda f: "wamid.HBgN" + f.urltoken(40)),
                    "timestamp": G(lambda f: str(f.r.randint(1_700_000_000, 1_735_000_000))),
                    "type": G(lambda f: "text"),
                    "text": {"body": G(lambda f: wa_text(f))},
                },
                1,
            ),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(lambda f: f.pick(ID_FIRST + CL_FIRST + NO_FIRST), "name"),
            "LastName": Y(lambda f: f.pick(ID_LAST + CL_LAST + NO_LAST), "name"),
            "Email": Y(lambda f: f.mail(), "email"),
            "MobilePhone": Y(lambda f: f.any_phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1960, 2004) + "T00:00:00", "birthdate"),
            "Nationality": Y(
                lambda f: f.pick(["Indonesian", "Filipino", "Chilean", "Norwegian", "Vietnamese"]),
                "citizenship",
            ),
            "HomeAddress": Y(lambda f: f.any_street(), "address"),
            "Rank": G(lambda f: f.pick(["Master", "Chief Officer", "Deckhand", "Engineer"])),
            "EmployerName": G(lambda f: f.pick(COMPANIES)),
            "CrewMemberId": G(lambda f: f.r.randint(10000, 99999)),
            "PreferredLanguage": G(lambda f: f.pick(["id-ID", "es-CL", "nb-NO", "en-PH"])),
            "IsActive": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Port Inspection Completed",
        "dotnet",
        {
            "inspectionId": G(lambda f: f.uuid()),
            "portCode": G(lambda f: f.port()[0]),
            "portName": G(lambda f: f.port()[1]),
            "portAuthorityEmail": G(
                lambda f: f.pick(
                    [
                        "inspeksi@syahbandar-bitung.example.id",
                        "inspecciones@sernapesca-talcahuano.example.cl",
                        "havnekontroll@fiskeridir.example.no",
                    ]
                )
            ),
            "vesselName": G(lambda f: f.pick(VESSELS)),
            "vesselImo": G(lambda f: f.imo()),
            "inspectorName": Y(lambda f: f.any_name(), "name"),
            "inspectorBadgeNo": G(lambda f: f.pick(["PSDKP-", "SNP-", "FDIR-"]) + f.digits(4)),
            "inspectorEmail": Y(lambda f: f.work_mail(), "email"),
            "masterName": Y(lambda f: f.crew_name(), "name"),
            "masterPassportNo": RED(lambda f: f.passport(), "passport"),
            "result": G(
                lambda f: f.pick(["Compliant", "MinorInfringement", "SeriousInfringement", "Detained"])
            ),
            "infringementCodes": Many(G(lambda f: f.pick(["IUU-03", "LOG-11", "GEAR-02", "MESH-05"])), 2),
            "holdTemperatureC": G(lambda f: round(f.r.uniform(-25, 4), 1)),
            "remarks": Y(lambda f: remarks(f), "name", True),
            "evidencePhotoUrl": G(lambda f: f"https://media.sealedger.example/inspections/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Medical Certificate Recorded",
        "dotnet",
        {
            "crewMemberId": G(lambda f: f.r.randint(10000, 99999)),
            "certificateNumber": Y(lambda f: f.pick(["MED-", "ML5-", "SKD/"]) + f.digits(7), "certificate"),
            "issuingDoctor": Y(lambda f: "Dr. " + f.any_name(), "name"),
            "issuedOn": G(lambda f: f.day()),
            "validUntil": G(lambda f: f.day(2025, 2026)),
            "fitnessStatus": Y(
                lambda f: f.pick(["Fit", "FitWithRestrictions", "TemporarilyUnfit"]), "condition"
            ),
            "colourVisionPassed": Y(lambda f: f.pick([True, True, False]), "condition"),
            "hearingTestPassed": Y(lambda f: f.pick([True, True, False]), "condition"),
            "clinicName": G(
                lambda f: f.pick(
                    ["Klinik Pelabuhan Bitung", "Centro Médico Marítimo Talcahuano", "Sjømannslegen Tromsø"]
                )
            ),
            "clinicPhone": G(lambda f: f.pick(["+62 438 21457", "+56 41 254 3300", "+47 77 60 20 00"])),
        },
    ),
    (
        "track",
        "Payment Attempted",
        "dotnet",
        {
            "merchantReference": G(lambda f: "INV-" + f.digits(7)),
            "amount": G(lambda f: f.money(20, 5000)),
            "currency": G(lambda f: f.pick(["USD", "NOK", "CLP"])),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardholderName": Y(lambda f: f.any_name().upper(), "name"),
            "cardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Amex", "Discover"])),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "expiryMonth": G(lambda f: f.r.randint(1, 12)),
            "expiryYear": G(lambda f: f.r.randint(2025, 2031)),
            "threeDsResult": G(lambda f: f.pick(["Y", "N", "A", "U"])),
            "declineCode": G(lambda f: f.pick(["", "insufficient_funds", "do_not_honor"])),
        },
    ),
    (
        "track",
        "Vessel Loan Application Submitted",
        "dotnet",
        {
            "applicationId": G(lambda f: "KUR-" + f.digits(7)),
            "applicantName": Y(lambda f: f.id_name(), "name"),
            "applicantNik": RED(lambda f: f.nik(), "national id"),
            "monthlyIncome": Y(lambda f: f.r.randint(2000, 15000) * 1000, "salary"),
            "creditScore": Y(lambda f: f.r.randint(350, 850), "credit score"),
            "loanAmount": G(lambda f: f.r.randint(10, 500) * 1_000_000),
            "collateral": G(lambda f: f.pick(["Kapal", "Sertifikat tanah", "BPKB motor"])),
            "bank": G(lambda f: f.pick(BANKS_ID)[0]),
            "tenorMonths": G(lambda f: f.pick([12, 24, 36, 60])),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
        },
    ),
    (
        "track",
        "Request Logged",
        "node",
        {
            "request": {
                "method": G(lambda f: f.pick(["GET", "POST", "PUT"])),
                "path": G(lambda f: f.pick(["/api/v2/hauls", "/api/v2/crew", "/api/v2/positions"])),
                "headers": {
                    "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "user-agent": G(
                        lambda f: f.pick(
                            [
                                "Dart/3.3 (dart:io)",
                                "okhttp/4.12.0",
                                "SeaLedgerBitacora/4.1.0 CFNetwork/1494.0.7",
                            ]
                        )
                    ),
                    "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                    "x-request-id": G(lambda f: f.uuid()),
                },
            },
            "status": G(lambda f: f.pick([200, 201, 401, 409, 500])),
            "latency_ms": G(lambda f: f.r.randint(3, 4000)),
            "error_message": G(
                lambda f: f.pick(["", "haul already exists", "token expired", "upstream timeout"])
            ),
        },
    ),
    ("alias", None, "web", {}),
]

# how many of each template (the high-volume streams first)
WEIGHTS = {"Position Reported": 90, "Haul Logged": 60, "Request Logged": 50, "Landing Declared": 45}

USER_IDS = {
    "web": lambda f: "usr_" + f.hexid(10),
    "flutter": lambda f: "crw_" + f.hexid(10),
    "kotlin": lambda f: "crw_" + f.hexid(10),
    "swift": lambda f: "usr_" + f.hexid(10),
    "rn": lambda f: "crw_" + f.hexid(10),
}


def build(seed: int, repeats: int):
    f = Sea(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, client, body in EVENTS:
        for _ in range(WEIGHTS.get(event or "", repeats)):
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if client in CONTEXTS or f.r.random() < 0.9:
                msg["userId"] = USER_IDS.get(client, lambda f: "usr_" + f.hexid(10))(f)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            ctx = CONTEXTS[client]() if client in CONTEXTS else server_ctx(client)
            msg["context"] = render(ctx, f, "context", labels)
            if client in CONTEXTS:
                msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=260, repeats=36)
    write(Path(__file__).parent, "holdout260_", events, labels)
