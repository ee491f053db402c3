"""Writes holdout245: tests/corpus/holdout245_events.jsonl and holdout245_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its
documentation, and never scored by its author. Only the corpus helpers (build.py, fake.py), the
format of build_holdout3.py and the reference's matcher table were read.

Domain: "Huntwise", a hunting, fishing and firearm-licence service in Finland, the United States
and New Zealand. Licence and permit applications (firearm licences, hunter-education
certificates, Finnish hunter numbers, dates of birth, addresses), tag and permit draws, harvest
and catch reports with GPS (WGS84 and the Finnish ETRS-TM35FIN grid), shooting-range bookings and
lane check-ins, game wardens' and DOC rangers' inspections, fees and payments (Stripe, Paytrail,
Windcave shaped payloads), messaging vendors (Twilio, SendGrid), support tickets, hunting dogs,
guides, landowners. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries, with their usual `context` blocks (ip, traits, device, app, library, locale,
userAgent, campaign, consent, externalIds, location). identify / track / page / screen / group /
alias calls. Mostly camelCase and snake_case keys; PascalCase from the .NET backends and Twilio,
kebab-case (Paytrail redirect parameters, relayed HTTP headers, SendGrid's `smtp-id`),
SCREAMING_SNAKE from a warehouse reverse-ETL sync, Finnish keys from a legacy PHP backend and a
Finnish form, Māori keys from a customary-fishing (kaimoana) flow.

Values: names from Finnish, Sámi, Māori, Pacific, Pākehā, US (many backgrounds) and other
cultures; Finnish, NZ and US phone formats; Finnish henkilötunnus with its mod-31 check
character, Finnish IBANs (mod 97, Luhn BBAN), NZ bank accounts (algorithm A, mod 11), NZ IRD
numbers (mod 11), US SSNs of valid structure, ABA routing numbers with their checksum, VINs with
their check digit, Luhn card numbers, Finnish business ids (Y-tunnus) and reference numbers
(viitenumero) with their checks.

Labels follow the Privacy Portal's default colours (the reference's matcher table; outside it:
red for credentials, secrets, card numbers, bank accounts, government ids and health; yellow
otherwise) and the product's published policy for contested cases. Rules applied here:
- A licence or certificate a person holds is PII: firearm licence, hunting and fishing licence
  numbers, the Finnish hunter number (metsästäjänumero, printed on the hunting card), driver's
  licences and vehicle / boat registrations are yellow `license`; hunter-education and shooting
  hobby certificates are yellow `certificate`. Numbers the service or a business issues are
  green: application, order, booking, draw-entry, harvest, tag, permit and customer ids,
  member numbers, a hunting club's permit number, an outfitter's or dealer's own business
  licence (FFL), a business id (Y-tunnus), a Wallet pass serial.
- Identity documents (passport, henkilötunnus, SSN and its last four, IRD number, a generic
  `identity document number` that is a passport or a driver's licence) are red.
- A firearm's serial number and a vehicle's VIN are yellow `serial` (they point at the owner).
- Coordinates of where the person is or was (harvest sites, catches, a ranger's position,
  context.location) are yellow `geolocation`, whether WGS84 or ETRS-TM35FIN metres.
- Animals are not people: a harvested animal's or a dog's sex, age, weight, name, birth date,
  microchip and kennel-club registration are green; so are photos of wildlife from trail cameras.
- A business's phone, e-mail and address (ranges, outfitters, clubs' role mailboxes, the
  company's Twilio number, SendGrid's Message-ID) are green; a guide's, warden's, range safety
  officer's or landowner's own name and mobile are yellow (staff and contacts are people).
- A person's municipality / city / suburb is yellow `city` (or `address|city`); states, regions,
  counties, game management units, hunting blocks and RHY codes are green.
- Push-notification device tokens are red `token` (as in the main corpus); gift-licence
  redemption codes, check-in PINs, OTPs and magic-link tokens are red `token`.
- Iwi (tribal) affiliation is yellow `ethnicity`; a stance on a bill is yellow
  `political opinion`; a health declaration on a firearm licence form is yellow `condition`;
  a disabled-hunter permit flag is red `disability`; veteran flags are red `veteran`; the right
  to work in the US is red `visa`.
- value_only is true when the key does not say what the value is (`q`, `input`, `note`, `link`,
  `Body`, `To`, `recipient`, `reason`, `arvo`, `barcode_message`, `signed_as`, a ticket's
  `comment.body`, an incident's `Description`, a Stripe charge's `description`,
  `externalIds[].id`); every value of such a path carries the PII (checked after building). Free
  text that never carries PII (inspection notes, harvest descriptions, trip intentions, gift
  messages, push bodies) is green. Keys that name their content (`recipient_name`, `rso_name`,
  `location.lat`, `koordinaatit`) are not value_only even when the value is what gives it away.
- Where a case is genuinely open, the label is what a careful privacy owner at a mid-size company
  would want flagged: a person's Sex/gender on a licence form is `sex|gender`; an identity
  document whose type varies is `national id|passport`; a generic "suburb" is `address|city`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and ids -----------------------------------------------------------------------

FI_FIRST = [
    "Matti",
    "Aino",
    "Juha",
    "Päivi",
    "Eero",
    "Sanna",
    "Veikko",
    "Kaisa",
    "Jari",
    "Tuula",
    "Mikko",
    "Elina",
    "Antti",
    "Heikki",
    "Riikka",
    "Áilu",
    "Máret",
    "Niilo",
    "Oskari",
    "Henna",
]
FI_LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Valkeapää",
    "Aikio",
    "Pietikäinen",
    "Kärkkäinen",
    "Rautio",
    "Söderholm",
]
NZ_FIRST = [
    "Aroha",
    "Tamati",
    "Wiremu",
    "Mere",
    "Hemi",
    "Ngaire",
    "Liam",
    "Olivia",
    "Sione",
    "Losa",
    "Rangi",
    "Kiri",
    "Jack",
    "Charlotte",
    "Priya",
    "Manaia",
    "Hine",
    "Tevita",
]
NZ_LAST = [
    "Ngata",
    "Parata",
    "Te Whiu",
    "Walker",
    "Tāwhai",
    "Wilson",
    "Thompson",
    "Tupou",
    "Fa'asoa",
    "Ruatapu",
    "Henare",
    "McKenzie",
    "Singh",
    "Kereama",
    "O'Connor",
    "Rāwiri",
]
US_FIRST = [
    "Tyler",
    "Emily",
    "José",
    "DeShawn",
    "Garrett",
    "Wei",
    "Fatima",
    "Dakota",
    "Brandon",
    "Ashley",
    "Hunter",
    "Maria",
    "Cody",
    "Keisha",
    "Dmitri",
    "Siobhan",
    "Nguyen",
    "Ahmad",
    "Wyatt",
    "Leilani",
]
US_LAST = [
    "Olson",
    "Hernandez",
    "Jackson",
    "Schmidt",
    "Zhang",
    "Al-Sayed",
    "Yellowhorse",
    "Miller",
    "Johnson",
    "Kowalczyk",
    "Nguyen",
    "Reyes",
    "Petersen",
    "O'Malley",
    "Begay",
    "Washington",
    "Lindqvist",
]
FI_STREETS = [
    "Mannerheimintie",
    "Koivukuja",
    "Rantatie",
    "Kauppakatu",
    "Metsätie",
    "Hämeenkatu",
    "Pohjoisesplanadi",
    "Kirkkotie",
    "Jokivarrentie",
    "Kuusitie",
    "Ounasvaarantie",
]
FI_CITIES = [
    "Helsinki",
    "Tampere",
    "Oulu",
    "Rovaniemi",
    "Kuopio",
    "Jyväskylä",
    "Joensuu",
    "Vaasa",
    "Seinäjoki",
    "Kajaani",
    "Sodankylä",
    "Inari",
    "Kuusamo",
    "Lieksa",
]
NZ_STREETS = [
    "Kowhai Road",
    "Queen Street",
    "Ponsonby Road",
    "Tui Crescent",
    "Riverbank Drive",
    "Rimu Street",
    "Te Awa Road",
    "Matai Place",
    "Totara Avenue",
    "Ruapehu Street",
]
NZ_SUBURBS = [
    "Ponsonby",
    "Karori",
    "Riccarton",
    "Hillcrest",
    "Mount Maunganui",
    "Kaiti",
    "Glenholme",
    "Stoke",
    "Richmond",
    "Halfway Bush",
]
NZ_CITIES = [
    "Auckland",
    "Wellington",
    "Christchurch",
    "Hamilton",
    "Tauranga",
    "Rotorua",
    "Taupō",
    "Gisborne",
    "Invercargill",
    "Nelson",
    "Whanganui",
    "Dunedin",
]
US_STREETS = [
    "Elk Ridge Rd",
    "Main St",
    "County Road 12",
    "Bitterroot Ln",
    "Pine Hollow Dr",
    "W 3rd Ave",
    "Aspen Way",
    "Prairie View Ct",
    "Lakeshore Dr",
    "Juniper St",
]
US_CITIES = [
    "Denver",
    "Boise",
    "Bozeman",
    "Missoula",
    "Duluth",
    "Laramie",
    "Bend",
    "Grand Junction",
    "Rapid City",
    "Eau Claire",
    "Casper",
    "Flagstaff",
]
US_STATES = ["CO", "MT", "ID", "WY", "MN", "WI", "OR", "PA", "MI", "TX"]
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.fi",
    "yahoo.com",
    "icloud.com",
    "xtra.co.nz",
    "protonmail.com",
    "suomi24.fi",
    "live.com",
    "me.com",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def ascii_fold(text: str) -> str:
    table = str.maketrans("äöåáéāēīōūÄÖÅÁÉĀ'", "aoaaeaeiouAOAAEA-")
    return text.translate(table).replace(" ", "").lower()


class F(Fake):
    """Fake plus the countries, ids and checksums this domain needs."""

    def country(self):
        return self.pick(["FI", "US", "NZ"])

    def first_in(self, c):
        return self.pick({"FI": FI_FIRST, "NZ": NZ_FIRST, "US": US_FIRST}[c])

    def last_in(self, c):
        return self.pick({"FI": FI_LAST, "NZ": NZ_LAST, "US": US_LAST}[c])

    def first(self):
        return self.first_in(self.country())

    def last(self):
        return self.last_in(self.country())

    def full_name(self):
        c = self.country()
        return f"{self.first_in(c)} {self.last_in(c)}"

    def email(self):
        c = self.country()
        first, last = ascii_fold(self.first_in(c)), ascii_fold(self.last_in(c))
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{last}.{first}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def phone_fi(self):
        pre = self.pick(["40", "41", "44", "45", "50"])
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return self.pick([f"+358 {pre} {a} {b}", f"0{pre} {a} {b}", f"+358{pre}{a}{b}", f"0{pre}-{a}{b}"])

    def phone_nz(self):
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        pre = self.pick(["21", "22", "27", "29"])
        return self.pick(
            [
                f"+64 {pre} {a} {b}",
                f"0{pre} {a} {b}",
                f"+64{pre}{a}{b}",
                f"(0{self.pick(['3', '4', '6', '7', '9'])}) {a} {b}",
            ]
        )

    def phone(self, style=None):
        c = self.country()
        if c == "FI":
            return self.phone_fi()
        if c == "NZ":
            return self.phone_nz()
        return super().phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))

    def street(self):
        c = self.country()
        if c == "FI":
            return f"{self.pick(FI_STREETS)} {self.r.randint(1, 80)}" + self.pick(
                ["", " B 12", " A 3", " as. 7"]
            )
        if c == "NZ":
            return (
                self.pick(["", f"{self.r.randint(1, 9)}/"])
                + f"{self.r.randint(1, 250)} {self.pick(NZ_STREETS)}"
            )
        return f"{self.r.randint(10, 48999)} {self.pick(US_STREETS)}"

    def city(self):
        return self.pick(FI_CITIES + NZ_CITIES + US_CITIES)

    def zip(self):
        c = self.country()
        if c == "FI":
            return (
                self.pick(["00", "33", "90", "96", "70", "40", "80", "99"])
                + f"{self.r.randint(100, 990):03d}"
            )
        if c == "NZ":
            return f"{self.r.randint(1010, 9893)}"
        return self.pick(
            [f"{self.r.randint(10000, 99950)}", f"{self.r.randint(50000, 99950)}-{self.digits(4)}"]
        )

    def one_line_address(self):
        c = self.country()
        if c == "FI":
            return (
                f"{self.pick(FI_STREETS)} {self.r.randint(1, 80)}, {self.zip_in('FI')} {self.pick(FI_CITIES)}"
            )
        if c == "NZ":
            street = f"{self.r.randint(1, 250)} {self.pick(NZ_STREETS)}"
            return f"{street}, {self.pick(NZ_SUBURBS)}, {self.pick(NZ_CITIES)}"
        street = f"{self.r.randint(10, 48999)} {self.pick(US_STREETS)}"
        return f"{street}, {self.pick(US_CITIES)}, {self.pick(US_STATES)}"

    def zip_in(self, c):
        return (
            self.pick(["00", "33", "90", "96"]) + f"{self.r.randint(100, 990):03d}"
            if c == "FI"
            else self.zip()
        )

    def dob(self, start=1944, end=2006):
        return self.date(start, end)

    def hetu(self):
        year = self.r.randint(1944, 2010)
        day, month, serial = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2, 899)
        digits = f"{day:02d}{month:02d}{year % 100:02d}"
        check = HETU_CHARS[int(f"{digits}{serial:03d}") % 31]
        return f"{digits}{'-' if year < 2000 else 'A'}{serial:03d}{check}"

    def iban_generic(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def iban_fi(self):
        bban = self.luhn_complete(
            self.pick(["1", "5", "8", "4"]) + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        )
        return self.iban_generic("FI", bban)

    def nz_bank_account(self):
        weights = [0, 0, 6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1, 0, 0, 0, 0]
        while True:
            bank = self.pick(["01", "02", "03", "06", "11", "12"])
            branch = f"{self.r.randint(1, 999):04d}" if bank != "12" else f"3{self.r.randint(100, 499)}"
            account = f"00{self.r.randint(10000, 98999):05d}"
            suffix = f"{self.r.randint(0, 30):04d}"
            digits = bank + branch + account + "0" + suffix
            total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
            last = (-total) % 11
            if last < 10:
                return f"{bank}-{branch}-{account[1:]}{last}-{suffix[-2:]}"

    def ird(self):
        while True:
            base = self.r.randint(1_000_000, 14_999_999)
            digits = f"{base:08d}"
            for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
                rem = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
                check = 0 if rem == 0 else 11 - rem
                if check != 10:
                    break
            if check == 10:
                continue
            n = f"{base * 10 + check:09d}"
            return self.pick([f"{n[:3]}-{n[3:6]}-{n[6:]}", n.lstrip("0")])

    def aba(self):
        while True:
            first8 = self.pick(["10", "01", "12", "07", "09", "30", "31"]) + self.digits(6)
            d = [int(c) for c in first8]
            partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            check = (-partial) % 10
            return first8 + str(check)

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        while True:
            body = list(self.pick(["1FT", "1GC", "3GC", "5TF", "1C6", "JTE", "WBA"]))
            body += [self.pick(chars) for _ in range(5)] + ["0"] + [self.pick(chars) for _ in range(8)]
            total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
            body[8] = "X" if total % 11 == 10 else str(total % 11)
            return "".join(body)

    def ytunnus(self):
        base = self.digits(7)
        rem = sum(int(d) * w for d, w in zip(base, [7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
        if rem == 1:
            return self.ytunnus()
        return f"{base}-{0 if rem == 0 else 11 - rem}"

    def viitenumero(self):
        base = self.digits(self.r.randint(5, 12))
        weights = [7, 3, 1]
        total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
        return base + str((10 - total % 10) % 10)

    def hunter_number(self):
        return f"{self.r.randint(10000000, 99999999)}"

    def fi_firearm_licence(self):
        department = self.pick(["4020", "5160", "6100", "7440", "8050"])
        return f"{department}/{self.r.randint(2009, 2024)}/{self.digits(6)}"

    def nz_firearm_licence(self):
        return (
            self.pick(["A", "B", "C", "F", "K", "M"]) + self.pick("ABCDEFGHJKLMNPRSTUVWXY") + self.digits(6)
        )

    def us_hunting_licence(self):
        return self.pick(
            [self.digits(10), f"{self.pick(US_STATES)}{self.digits(9)}", f"2024-{self.digits(8)}"]
        )

    def firearm_licence(self):
        return self.pick([self.fi_firearm_licence(), self.nz_firearm_licence(), self.nz_firearm_licence()])

    def hunter_ed(self):
        return self.pick(
            [
                f"HE{self.digits(7)}",
                f"{self.pick(US_STATES)}-{self.digits(6)}",
                f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}",
                f"IHEA{self.digits(8)}",
            ]
        )

    def us_dl(self):
        return self.pick(
            [
                f"{self.digits(2)}-{self.digits(3)}-{self.digits(4)}",
                self.digits(13),
                f"{self.pick('ABCDEFGHJK')}{self.pick('ABCDEFGHJK')}{self.digits(6)}{self.pick('ABCDE')}",
                f"WDL{self.hexid(9).upper()}",
                f"{self.pick('ABCDEFGHJK')}{self.digits(12)}",
            ]
        )

    def nz_dl(self):
        return self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6)

    def passport(self):
        return self.pick(
            [
                self.pick(["XP", "PA", "FP"]) + self.digits(7),
                "L" + self.pick("ABCDEFGH") + self.digits(6),
                self.digits(9),
                "A" + self.digits(8),
            ]
        )

    def plate(self):
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                "".join(self.pick(letters) for _ in range(3)) + "-" + str(self.r.randint(1, 999)),
                "".join(self.pick(letters) for _ in range(3)) + str(self.r.randint(100, 999)),
                str(self.r.randint(1, 9)) + "".join(self.pick(letters) for _ in range(3)) + self.digits(3),
                "".join(self.pick(letters) for _ in range(3)) + " " + self.digits(4),
            ]
        )

    def gun_serial(self):
        return self.pick(
            [
                f"{self.pick('ABCDEFGHKLMN')}{self.digits(6)}",
                self.digits(7),
                f"TKA{self.digits(6)}",
                f"{self.digits(3)}-{self.digits(5)}",
                f"{self.hexid(2).upper()}{self.digits(5)}US",
            ]
        )

    def latlon(self, c=None):
        c = c or self.country()
        if c == "FI":
            return round(self.r.uniform(60.1, 69.8), 6), round(self.r.uniform(21.5, 29.9), 6)
        if c == "NZ":
            return round(self.r.uniform(-46.6, -34.5), 6), round(self.r.uniform(166.5, 178.4), 6)
        return round(self.r.uniform(31.0, 48.9), 6), round(self.r.uniform(-123.9, -84.0), 6)

    def lat(self):
        return self.latlon()[0]

    def lon(self):
        return self.latlon()[1]

    def etrs_n(self):
        return self.r.randint(6_640_000, 7_770_000)

    def etrs_e(self):
        return self.r.randint(90_000, 730_000)

    def stripe(self, prefix, n=24):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "".join(self.pick(alnum) for _ in range(n))

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def urltoken(self, n=43):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.pick(alnum) for _ in range(n))

    def ts(self):
        return self.iso()

    def day(self, y0=2024, y1=2025):
        return self.date(y0, y1)

    def money_in(self, lo, hi):
        return self.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def num(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def ts():
    return G(lambda f: f.iso())


def uid():
    return G(lambda f: f.uuid())


def boolean():
    return G(lambda f: f.pick([True, False]))


# -- contexts of the client libraries -------------------------------------------------------------


def web_context():
    pages = [
        "/licences",
        "/licences/checkout",
        "/draws/apply",
        "/account",
        "/range/book",
        "/fi/luvat",
        "/nz/permits",
        "/gift",
    ]
    return {
        "library": {
            "name": G(pick("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(pick(*pages)),
            "referrer": G(
                pick(
                    "https://www.google.com/",
                    "",
                    "https://www.facebook.com/",
                    "https://duckduckgo.com/",
                    "https://huntwise.com/",
                )
            ),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?ref=nav", "?season=2024")),
            "title": G(
                pick(
                    "Licences | Huntwise",
                    "Checkout | Huntwise",
                    "Apply for a draw | Huntwise",
                    "Metsästysluvat | Huntwise",
                    "Book a lane | Huntwise",
                )
            ),
            "url": G(
                lambda f: (
                    "https://" + f.pick(["huntwise.com", "huntwise.fi", "huntwise.co.nz"]) + f.pick(pages)
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": boolean(),
            "platform": G(pick("macOS", "Windows", "Android", "Linux")),
        },
        "locale": G(pick("en-US", "fi-FI", "en-NZ", "sv-FI", "mi-NZ", "es-US")),
        "timezone": G(pick("America/Denver", "Europe/Helsinki", "Pacific/Auckland", "America/Chicago")),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(pick("draw_deadline_2024", "spring_bear", "hirvi_2024", "roar_season")),
            "source": G(pick("google", "newsletter", "facebook", "partner_cpw")),
            "medium": G(pick("cpc", "email", "social", "referral")),
            "term": G(pick("elk tags colorado", "metsästyskortti", "nz hunting permit", "range near me")),
        },
        "consent": {
            "categoryPreferences": {
                "C0001": G(pick(True)),
                "C0002": boolean(),
                "C0004": boolean(),
            }
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(pick("Huntwise")),
            "version": G(pick("6.4.0", "6.4.2", "6.5.0")),
            "build": G(pick("6400", "6421", "6503")),
            "namespace": G(pick("com.huntwise.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(pick("ios")),
            "adTrackingEnabled": boolean(),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.0", "1.5.9"))},
        "locale": G(pick("en-US", "fi-FI", "en-NZ")),
        "network": {"wifi": boolean(), "cellular": boolean()},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430, 820)), "height": G(pick(844, 852, 932, 1180))},
        "timezone": G(pick("America/Denver", "Europe/Helsinki", "Pacific/Auckland")),
        "instanceId": uid(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(pick("Huntwise")),
            "version": G(pick("6.4.0", "6.4.1", "6.5.0")),
            "build": G(pick("640012", "641003", "650001")),
            "namespace": G(pick("com.huntwise.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "OnePlus", "motorola")),
            "model": G(pick("SM-S918B", "Pixel 8 Pro", "CPH2449", "moto g54 5G")),
            "name": G(pick("dm3q", "husky", "OP5958L1", "cancunf")),
            "type": G(pick("android")),
            "adTrackingEnabled": boolean(),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3", "1.14.2"))},
        "locale": G(pick("fi-FI", "en-US", "sv-FI")),
        "network": {
            "wifi": boolean(),
            "cellular": boolean(),
            "carrier": G(pick("Elisa", "DNA", "Telia FI", "Verizon", "One NZ")),
        },
        "os": {"name": G(pick("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 3120, 2400)),
        },
        "timezone": G(pick("Europe/Helsinki", "America/Chicago", "Pacific/Auckland")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Pro Build/AP1A.240405.002)",
                "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
            )
        ),
        "instanceId": uid(),
    }


def rn_context():
    return {
        "app": {
            "name": G(pick("Huntwise")),
            "version": G(pick("6.4.0", "6.3.2", "6.5.0")),
            "build": G(pick("412", "398", "420")),
            "namespace": G(pick("com.huntwise.app")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,7", "SM-A546B", "Pixel 7a")),
            "name": G(pick("iPhone", "a54x", "lynx")),
            "type": G(pick("ios", "android")),
        },
        "library": {
            "name": G(pick("analytics-react-native")),
            "version": G(pick("2.19.2", "2.18.0", "2.20.1")),
        },
        "locale": G(pick("en-NZ", "en-US", "mi-NZ")),
        "network": {"wifi": boolean(), "cellular": boolean()},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "16.7"))},
        "screen": {"width": G(pick(390, 412, 393)), "height": G(pick(844, 915, 852))},
        "timezone": G(pick("Pacific/Auckland", "America/Denver", "Pacific/Chatham")),
        "instanceId": uid(),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "customerId": G(lambda f: f.digits(9)),
            "licenceCount": G(num(0, 6)),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(pick("Huntwise")),
            "version": G(pick("2.1.0", "2.2.3", "2.0.9")),
            "build": G(pick("210", "223", "209")),
            "namespace": G(pick("com.huntwise.field")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Apple", "Google")),
            "model": G(pick("SM-G991B", "iPhone13,2", "Pixel 6a")),
            "type": G(pick("android", "ios")),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.0", "1.1.2", "1.0.8"))},
        "locale": G(pick("en-US", "en-NZ", "fi-FI")),
        "network": {"wifi": boolean(), "cellular": boolean()},
        "os": {"name": G(pick("Android", "iOS")), "version": G(pick("14", "17.4", "13"))},
        "screen": {"width": G(pick(1080, 390, 1080)), "height": G(pick(2400, 844, 2340))},
        "timezone": G(pick("America/Boise", "Pacific/Auckland", "Europe/Helsinki")),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.0"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(pick(name)), "version": G(pick(*versions))}}
    if client in ("node", "php", "dotnet"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    if client in ("node", "php"):
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(pick("email")),
                "collection": G(pick("users")),
                "encoding": G(pick("none")),
            },
            1,
        )
    if client == "java":
        ctx["groupId"] = G(lambda f: "club_" + f.digits(5))
    if client == "ruby":
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
    return ctx


def context_for(client):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- reusable shapes ------------------------------------------------------------------------------


def licence_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            pick(
                "CO-ELK-RES-2024",
                "CO-HAB-STAMP",
                "MT-B10-NR",
                "FI-RHM-2024",
                "NZ-FG-ADULT-SEASON",
                "MN-SMALLGAME-RES",
                "NZ-FG-DAY",
                "FI-PIENRIISTA-7D",
            )
        ),
        "name": G(
            pick(
                "Resident Elk License",
                "Habitat Stamp",
                "Nonresident Big Game Combo",
                "Riistanhoitomaksu 2024",
                "Adult Whole Season Fishing Licence",
                "Small Game License",
                "Adult Day Licence",
                "Pienriista-alueen 7 vrk lupa",
            )
        ),
        "category": G(pick("Hunting", "Fishing", "Stamps", "Permits")),
        "price": G(lambda f: f.pick([10.0, 15.0, 25.0, 39.0, 62.0, 105.0, 149.0, 697.63])),
        "quantity": G(num(1, 3)),
    }


def address_block(keys=("line1", "line2", "city", "state", "postal_code", "country")):
    shapes = {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 4B", "Unit 2", "PO Box " + f.digits(3), "as. 14", "RD 3"]),
            "address|street",
        ),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.pick([*US_STATES, "Lapland", "Canterbury"])),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(pick("US", "FI", "NZ")),
    }
    return {k: shapes[k] for k in keys}


def note_with_name(f):
    n = f.full_name()
    return f.pick(
        [
            f"Spoke with {n} at the roadend, permit sighted.",
            f"{n} was camped at the hut without an intentions form.",
            f"Checked {n}'s party of 3, all licensed, two deer.",
            f"Vehicle registered to {n}; left note on windscreen.",
            f"Tarkastettu {n}, luvat kunnossa.",
        ]
    )


def incident_text(f):
    n = f.full_name()
    return f.pick(
        [
            f"Shooter {n} swept lane {f.r.randint(1, 12)} while reloading; verbal warning given.",
            f"{n} reported a squib load, lane closed 20 min.",
            f"Minor cut to hand, {n} treated with first aid kit.",
            f"{n} left a loaded magazine on the bench; RSO briefed.",
        ]
    )


def ticket_text(f):
    p = f.phone()
    return f.pick(
        [
            f"I can't find my licence in the app. Please call me on {p}.",
            f"Charged twice for the habitat stamp, my number is {p}",
            f"Draw results page shows an error. Text {p} when fixed thanks",
            f"Soita numeroon {p}, metsästyskortti ei näy sovelluksessa.",
        ]
    )


def bounce_reason(f):
    e = f.email()
    return f.pick(
        [
            f"550 5.1.1 <{e}>: Recipient address rejected: User unknown in virtual mailbox table",
            f"552 5.2.2 <{e}>: mailbox full",
            f"550 5.1.1 The email account that you tried to reach does not exist: {e}",
        ]
    )


def sms_body(f):
    c = f.otp()
    return f.pick(
        [
            f"Your Huntwise code is {c}. It expires in 10 minutes.",
            f"Huntwise-vahvistuskoodisi on {c}",
            f"{c} is your Huntwise verification code. Don't share it.",
        ]
    )


# -- events ---------------------------------------------------------------------------------------

EVENTS = [
    # -- identify -------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(pick("US", "United States", "FI", "NZ")),
            },
            "customerId": G(lambda f: f.digits(9)),
            "createdAt": ts(),
            "residency": G(pick("resident", "nonresident", "resident_lifetime")),
            "emailVerified": boolean(),
            "phoneVerified": boolean(),
            "hunterEdVerified": boolean(),
            "age": G(num(12, 84)),
        },
        2,
    ),
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "firearmsLicenceNumber": Y(lambda f: f.nz_firearm_licence(), "license"),
            "firearmsLicenceExpiry": G(lambda f: f.date(2025, 2034)),
            "licenceEndorsements": Many(G(pick("A", "B", "C", "E", "F")), 2),
            "region": G(pick("Waikato", "Canterbury", "Otago", "Bay of Plenty", "Hawke's Bay")),
            "dogCount": G(num(0, 4)),
            "ageBand": G(pick("18-24", "25-34", "35-44", "45-54", "55+")),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "hunterNumber": Y(lambda f: f.hunter_number(), "license"),
            "firstName": Y(lambda f: f.first_in("FI"), "name"),
            "lastName": Y(lambda f: f.last_in("FI"), "name"),
            "byName": Y(lambda f: f.first_in("FI"), "name"),
            "homeMunicipality": Y(lambda f: f.pick(FI_CITIES), "city"),
            "rhyOfficialCode": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(10, 99)}"),
            "huntingCardValidUntil": G(lambda f: f.date(2024, 2025)),
            "gameFeePaid": boolean(),
            "shootingTestValid": boolean(),
            "language": G(pick("fi", "sv", "en")),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "etunimi": Y(lambda f: f.first_in("FI"), "name"),
            "sukunimi": Y(lambda f: f.last_in("FI"), "name"),
            "henkilotunnus": RED(lambda f: f.hetu(), "national id"),
            "syntymaaika": Y(lambda f: f.dob(), "birthdate"),
            "lahiosoite": Y(lambda f: f"{f.pick(FI_STREETS)} {f.r.randint(1, 80)}", "address|street"),
            "postinumero": Y(lambda f: f.zip_in("FI"), "zipcode"),
            "postitoimipaikka": Y(lambda f: f.pick(FI_CITIES).upper(), "city"),
            "puhelin": Y(lambda f: f.phone_fi(), "phone"),
            "sahkoposti": Y(lambda f: f.email(), "email"),
            "kieli": G(pick("fi", "sv", "en")),
            "asiakasnumero": G(lambda f: f.digits(7)),
            "metsastajanumero": Y(lambda f: f.hunter_number(), "license"),
            "vakuutusnumero": Y(lambda f: f"MSL-{f.digits(8)}", "identification"),
            "markkinointilupa": boolean(),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first_in("US").upper(), "name"),
            "LAST_NAME": Y(lambda f: f.last_in("US").upper(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "STATE_CODE": G(lambda f: f.pick(US_STATES)),
            "ZIP_CODE": Y(lambda f: f"{f.r.randint(10000, 99950)}", "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "AGE": G(num(16, 88)),
            "IS_VETERAN": RED(boolean().gen, "veteran"),
            "SSN_LAST4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "LICENSES_PURCHASED_LTD": G(num(1, 40)),
            "LAST_PURCHASE_DATE": G(lambda f: f.date(2019, 2024)),
            "CUSTOMER_SEGMENT": G(pick("LAPSED_DEER", "ACTIVE_ANGLER", "NEW_HUNTER_R3", "WATERFOWL_CORE")),
            "LTV_USD": G(lambda f: f.money(10, 4000)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "identify",
        None,
        "rn",
        {
            "ingoa": Y(lambda f: f"{f.first_in('NZ')} {f.last_in('NZ')}", "name"),
            "īmēra": Y(lambda f: f.email(), "email"),
            "waea": Y(lambda f: f.phone_nz(), "phone"),
            "wāhitau": Y(
                lambda f: f"{f.r.randint(1, 250)} {f.pick(NZ_STREETS)}, {f.pick(NZ_SUBURBS)}", "address"
            ),
            "iwi": Y(
                lambda f: f.pick(["Ngāti Porou", "Ngāi Tahu", "Tainui", "Ngāpuhi", "Te Arawa", "Tūhoe"]),
                "ethnicity",
            ),
            "rohe": G(pick("Te Tai Tokerau", "Waikato-Tainui", "Te Waipounamu", "Tairāwhiti")),
            "reo": G(pick("mi", "en")),
        },
    ),
    # -- group ----------------------------------------------------------------------------------
    (
        "group",
        None,
        "java",
        {
            "name": G(
                pick(
                    "Erä-Veikot ry",
                    "Kuusamon Metsästysseura",
                    "Bitterroot Bowhunters",
                    "Ruapehu Deerstalkers",
                    "Lapin Hirvimiehet",
                    "Otago NZDA Branch",
                )
            ),
            "clubType": G(pick("hunting_club", "range", "branch")),
            "memberCount": G(num(8, 420)),
            "municipality": G(pick("Kuusamo", "Oulu", "Hamilton", "Missoula")),
            "contact_email": G(
                pick(
                    "sihteeri@eraveikot.fi",
                    "info@bitterrootbow.org",
                    "secretary@nzda-otago.org.nz",
                    "hallitus@kuusamonms.fi",
                )
            ),
            "businessId": G(lambda f: f.ytunnus()),
            "createdAt": ts(),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        {
            "Name": G(
                pick(
                    "Elk Mountain Outfitters LLC",
                    "High Country Guides",
                    "Southern Alps Safaris Ltd",
                    "Big Sky Sporting Arms",
                )
            ),
            "FflNumber": G(
                lambda f: (
                    f"{f.r.randint(1, 9)}-{f.digits(2)}-{f.digits(3)}-{f.digits(2)}-"
                    f"{f.r.randint(1, 9)}{f.pick('ABCDEFGHJK')}-{f.digits(5)}"
                )
            ),
            "OutfitterLicenseNo": G(lambda f: f"OUT-{f.digits(5)}"),
            "Phone": G(pick("+1 406-555-0142", "+1 970-555-0199", "+64 3 555 0188", "+1 208-555-0170")),
            "State": G(lambda f: f.pick([*US_STATES, "Canterbury"])),
        },
    ),
    # -- pages and screens ----------------------------------------------------------------------
    (
        "page",
        "Licence Catalog",
        "web",
        {
            "path": G(pick("/licences", "/fi/luvat", "/nz/permits", "/draws")),
            "referrer": G(pick("", "https://www.google.com/", "https://huntwise.com/")),
            "search": G(pick("", "?species=elk", "?laji=hirvi", "?region=otago")),
            "title": G(pick("Licences | Huntwise", "Metsästysluvat | Huntwise", "Permits | Huntwise")),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://huntwise.com/licences",
                        "https://huntwise.fi/fi/luvat",
                        "https://huntwise.co.nz/nz/permits",
                    ]
                )
            ),
            "name": G(pick("Licence Catalog", "Draws", "Permits")),
            "category": G(pick("Shop", "Info")),
        },
        4,
    ),
    (
        "screen",
        "Harvest Map",
        "swift",
        {
            "hunting_area_id": G(lambda f: f.digits(6)),
            "gmu": G(pick("GMU 44", "Unit 12", "HD 270", "Block 7")),
            "map_layer": G(pick("satellite", "topo", "public_land")),
            "zoom": G(lambda f: f.pick([9, 11, 12.5, 14])),
            "offline_maps": boolean(),
        },
        3,
    ),
    (
        "screen",
        "Saalisilmoitus",
        "kotlin",
        {"from_screen": G(pick("etusivu", "kartta", "ilmoitukset")), "draft_count": G(num(0, 4))},
        3,
    ),
    (
        "screen",
        "Permit Detail",
        "flutter",
        {
            "permit_id": G(lambda f: "DOC-" + f.digits(7)),
            "block_name": G(pick("Hopkins Valley", "Kaweka Forest Park", "Tararua Northern", "Makarora")),
            "days_until_expiry": G(num(0, 90)),
        },
        2,
    ),
    # -- licensing ------------------------------------------------------------------------------
    (
        "track",
        "Licence Application Started",
        "web",
        {
            "application_id": uid(),
            "license_type": G(pick("resident_deer", "nonresident_elk", "small_game", "fishing_annual")),
            "residency": G(pick("resident", "nonresident", "resident_military")),
            "state": G(lambda f: f.pick(US_STATES)),
            "step": G(num(1, 5)),
            "has_hunter_ed": boolean(),
            "ssn_required": boolean(),
        },
    ),
    (
        "track",
        "Licence Application Submitted",
        "dotnet",
        {
            "ApplicationId": G(lambda f: f.digits(10)),
            "CustomerId": G(lambda f: f.digits(9)),
            "LicenseType": G(pick("Deer A", "Elk General", "Bear Spring", "Turkey Youth")),
            "FirstName": Y(lambda f: f.first_in("US"), "name"),
            "MiddleInitial": Y(lambda f: f.pick("ABCDEJKLMRSTW"), "name"),
            "LastName": Y(lambda f: f.last_in("US"), "name"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Sex": Y(pick("M", "F", "X"), "sex|gender"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "DriversLicenseNumber": Y(lambda f: f.us_dl(), "license"),
            "DriversLicenseState": G(lambda f: f.pick(US_STATES)),
            "HunterEdCertNumber": Y(lambda f: f.hunter_ed(), "certificate"),
            "HunterEdState": G(lambda f: f.pick(US_STATES)),
            "MailingAddress": {
                "Line1": Y(lambda f: f"{f.r.randint(10, 48999)} {f.pick(US_STREETS)}", "address|street"),
                "City": Y(lambda f: f.pick(US_CITIES), "city"),
                "State": G(lambda f: f.pick(US_STATES)),
                "Zip": Y(lambda f: f"{f.r.randint(10000, 99950)}", "zipcode"),
            },
            "IsVeteran": RED(boolean().gen, "veteran"),
            "DisabledHunterPermit": RED(boolean().gen, "disability"),
            "FeeTotal": G(lambda f: f.pick([35.0, 48.25, 61.0, 697.63])),
            "SubmittedAt": ts(),
            "Channel": G(pick("Web", "Agent", "Phone")),
        },
        2,
    ),
    (
        "track",
        "Hunter Education Certificate Verified",
        "node",
        {
            "certificate_number": Y(lambda f: f.hunter_ed(), "certificate"),
            "issuing_state": G(lambda f: f.pick(US_STATES)),
            "course_provider": G(pick("Kalkomey", "State DNR", "IHEA-USA")),
            "certificate_type": G(pick("hunter_ed", "bowhunter_ed", "trapper_ed")),
            "student_dob": Y(lambda f: f.dob(1960, 2014), "birthdate"),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "verification_result": G(pick("verified", "not_found", "name_mismatch")),
            "completed_on": G(lambda f: f.date(1990, 2024)),
            "name_match": boolean(),
        },
    ),
    (
        "track",
        "Firearms Licence Application Submitted",
        "rn",
        {
            "application_ref": G(lambda f: "FLA-" + f.digits(8)),
            "licence_type": G(pick("standard", "endorsement", "renewal", "visitor")),
            "endorsements": Many(G(pick("B", "C", "E", "F")), 2),
            "applicant": {
                "full_name": Y(lambda f: f"{f.first_in('NZ')} {f.last_in('NZ')}", "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone_nz(), "phone"),
                "address": {
                    "line1": Y(lambda f: f"{f.r.randint(1, 250)} {f.pick(NZ_STREETS)}", "address|street"),
                    "suburb": Y(lambda f: f.pick(NZ_SUBURBS), "address|city"),
                    "city": Y(lambda f: f.pick(NZ_CITIES), "city"),
                    "postcode": Y(lambda f: f"{f.r.randint(1010, 9893)}", "zipcode"),
                },
            },
            "identity_document": {
                "type": G(pick("nz_passport", "nz_driver_licence")),
                "number": RED(
                    lambda f: f.pick([f.nz_dl(), "L" + f.pick("ABCDEFGH") + f.digits(6)]),
                    "national id|passport",
                ),
            },
            "referees": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone_nz(), "phone"),
                    "relationship": G(pick("friend", "employer", "neighbour", "club member")),
                    "is_related": boolean(),
                },
                2,
            ),
            "partner": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone_nz(), "phone"),
            },
            "mental_health_treatment_last_5y": Y(boolean().gen, "condition"),
            "safety_course_completed": boolean(),
            "fee_nzd": G(lambda f: f.pick([126.5, 204.0, 255.0])),
        },
    ),
    (
        "track",
        "Aselupahakemus Lähetetty",
        "php",
        {
            "hakemus_id": G(lambda f: f"{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "hakija": {
                "etunimet": Y(lambda f: f"{f.first_in('FI')} {f.first_in('FI')}", "name"),
                "sukunimi": Y(lambda f: f.last_in("FI"), "name"),
                "henkilotunnus": RED(lambda f: f.hetu(), "national id"),
                "osoite": Y(lambda f: f"{f.pick(FI_STREETS)} {f.r.randint(1, 80)}", "address|street"),
                "postinumero": Y(lambda f: f.zip_in("FI"), "zipcode"),
                "postitoimipaikka": Y(lambda f: f.pick(FI_CITIES), "city"),
            },
            "ase": {
                "tyyppi": G(pick("kivääri", "haulikko", "pistooli", "yhdistelmäase")),
                "valmistaja": G(pick("Sako", "Tikka", "Beretta", "Browning", "Glock")),
                "malli": G(pick("85 Hunter", "T3x Lite", "A400", "B525", "17 Gen5")),
                "kaliiperi": G(pick(".308 Win", "6.5 Creedmoor", "12/76", "9x19", "30-06")),
                "sarjanumero": Y(lambda f: f.gun_serial(), "serial"),
            },
            "ampumaharrastustodistus_nro": Y(lambda f: f"AHT-{f.digits(6)}", "certificate"),
            "terveydentila_muutoksia": Y(boolean().gen, "condition"),
            "poliisilaitos": G(pick("Oulun poliisilaitos", "Helsingin poliisilaitos", "Lapin poliisilaitos")),
        },
    ),
    (
        "track",
        "Digital Licence Added to Wallet",
        "swift",
        {
            "pass_serial": uid(),
            "pass_type_identifier": G(pick("pass.com.huntwise.licence")),
            "licence_holder_name": Y(lambda f: f.full_name(), "name"),
            "barcode_message": Y(
                lambda f: f.pick([f.us_hunting_licence(), f.hunter_number(), f.nz_firearm_licence()]),
                "license",
                True,
            ),
            "barcode_format": G(pick("PKBarcodeFormatPDF417", "PKBarcodeFormatQR")),
            "licence_year": G(pick(2024, 2025)),
        },
    ),
    (
        "track",
        "Identity Verified",
        "java",
        {
            "provider": G(pick("suomi.fi", "Telia", "OP", "Nordea")),
            "method": G(pick("bank_id", "mobile_id", "id_card")),
            "national_id": RED(lambda f: f.hetu(), "national id"),
            "given_name": Y(lambda f: f.first_in("FI"), "name"),
            "family_name": Y(lambda f: f.last_in("FI"), "name"),
            "birthdate": Y(lambda f: f.dob(), "birthdate"),
            "assurance_level": G(pick("substantial", "high")),
            "sub": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Visitor Firearms Licence Applied",
        "web",
        {
            "application_ref": G(lambda f: "FLA-" + f.digits(8)),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "passport_country": G(pick("US", "DE", "GB", "AU", "FI", "ZA")),
            "nationality": Y(
                pick("American", "German", "British", "Australian", "Finnish", "South African"), "citizenship"
            ),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "sponsor": {
                "name": Y(lambda f: f"{f.first_in('NZ')} {f.last_in('NZ')}", "name"),
                "phone": Y(lambda f: f.phone_nz(), "phone"),
                "licence_number": Y(lambda f: f.nz_firearm_licence(), "license"),
            },
            "firearms": Many(
                {
                    "make": G(pick("Sako", "Browning", "Remington", "Blaser")),
                    "model": G(pick("85", "X-Bolt", "700", "R8")),
                    "calibre": G(pick(".270 Win", "7mm-08", ".300 Win Mag", "6.5 PRC")),
                    "serial_number": Y(lambda f: f.gun_serial(), "serial"),
                },
                2,
            ),
            "import_permit_required": boolean(),
            "fee_nzd": G(lambda f: f.pick([126.5, 204.0, 255.0])),
        },
    ),
    (
        "track",
        "Guide Licence Application Submitted",
        "node",
        {
            "application_id": uid(),
            "authorized_to_work_us": RED(boolean().gen, "visa"),
            "requires_sponsorship": RED(boolean().gen, "visa"),
            "years_experience": G(num(0, 35)),
            "first_aid_cert_number": Y(lambda f: f"FA-{f.digits(7)}", "certificate"),
            "outfitter_license": G(lambda f: f"OUT-{f.digits(5)}"),
            "species_guided": Many(G(pick("elk", "mule deer", "black bear", "pronghorn")), 3),
        },
    ),
    # -- draws ----------------------------------------------------------------------------------
    (
        "track",
        "Draw Application Submitted",
        "web",
        {
            "draw_application_id": G(lambda f: f.digits(10)),
            "hunt_codes": Many(G(pick("EE011E1R", "DF044O2R", "EM076U4R", "AF012P5R")), 4),
            "species": G(pick("elk", "mule deer", "pronghorn", "moose", "bighorn sheep")),
            "preference_points": G(num(0, 24)),
            "party": {
                "party_id": G(lambda f: "P" + f.digits(6)),
                "leader_customer_id": G(lambda f: f.digits(9)),
                "members": Many(
                    {
                        "customer_id": G(lambda f: f.digits(9)),
                        "first_name": Y(lambda f: f.first_in("US"), "name"),
                        "last_name": Y(lambda f: f.last_in("US"), "name"),
                        "dob": Y(lambda f: f.dob(1950, 2012), "birthdate"),
                        "preference_points": G(num(0, 24)),
                        "residency": G(pick("resident", "nonresident")),
                    },
                    4,
                ),
            },
            "hunter_ed_number": Y(lambda f: f.hunter_ed(), "certificate"),
            "is_youth": boolean(),
        },
        2,
    ),
    # -- e-commerce ------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {"query": G(pick("elk tag", "metsästyskortti", "fishing licence taupo", "habitat stamp", "bear"))},
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **licence_product(),
            "currency": G(pick("USD", "EUR", "NZD")),
            "value": G(lambda f: f.pick([10.0, 25.0, 39.0, 62.0, 697.63])),
        },
        2,
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": uid(),
            **{k: v for k, v in licence_product().items() if k != "category"},
            "licensee_name": Y(lambda f: f.full_name(), "name"),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money(10, 900)),
            "tax": G(lambda f: f.money(0, 40)),
            "currency": G(pick("USD", "EUR", "NZD")),
            "coupon": G(pick("", "YOUTH50", "HUNTSAFE10", "")),
            "products": Many(licence_product(), 3),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.urltoken(60), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.urltoken(40)}", "advertising id"),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": uid(),
            "order_id": G(lambda f: f.hexid(24)),
            "payment_method": G(pick("card", "apple_pay", "google_pay", "paypal")),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(num(1, 12)),
            "card_exp_year": G(num(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
            "payment_method_id": RED(lambda f: f.stripe("pm_"), "token"),
            "step": G(num(2, 3)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "confirmation_number": G(lambda f: f"{f.pick(US_STATES)}{f.digits(10)}"),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.money(10, 900)),
            "subtotal": G(lambda f: f.money(10, 900)),
            "tax": G(lambda f: f.money(0, 40)),
            "currency": G(pick("USD", "EUR", "NZD")),
            "products": Many(licence_product(), 3),
            "customer_email": Y(lambda f: f.email(), "email"),
            "billing_address": address_block(),
            "agent_fee": G(pick(0.0, 1.5, 2.0, 3.25)),
        },
        2,
    ),
    (
        "track",
        "Riistanhoitomaksu Maksettu",
        "php",
        {
            "checkout-transaction-id": uid(),
            "checkout-reference": G(lambda f: f.viitenumero()),
            "checkout-amount": G(pick(3900, 4500, 3600)),
            "checkout-stamp": uid(),
            "checkout-status": G(pick("ok", "pending", "fail")),
            "checkout-provider": G(pick("osuuspankki", "nordea", "mobilepay", "danske")),
            "signature": G(lambda f: f.hexid(64)),
            "maksaja": Y(lambda f: f"{f.first_in('FI')} {f.last_in('FI')}", "name"),
            "metsastajanumero": Y(lambda f: f.hunter_number(), "license"),
            "viitenumero": G(lambda f: f.viitenumero()),
            "metsastysvuosi": G(pick("2024-2025", "2023-2024")),
        },
    ),
    (
        "track",
        "Order Refunded",
        "python",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "refund_amount": G(lambda f: f.money(5, 300)),
            "refund_reason": G(pick("duplicate", "draw_unsuccessful", "requested_by_customer")),
            "refund_iban": RED(lambda f: f.iban_fi(), "bank account"),
            "refund_bic": G(pick("OKOYFIHH", "NDEAFIHH", "DABAFIHH", "HELSFIHH")),
            "refund_account_holder": Y(lambda f: f"{f.first_in('FI')} {f.last_in('FI')}", "name"),
            "currency": G(pick("EUR")),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        "node",
        {
            "id": G(lambda f: f.stripe("evt_")),
            "type": G(pick("charge.succeeded")),
            "livemode": G(pick(True)),
            "data": {
                "object": {
                    "id": G(lambda f: f.stripe("ch_")),
                    "amount": G(lambda f: f.pick([1000, 2500, 3900, 6200, 69763])),
                    "currency": G(pick("usd", "eur", "nzd")),
                    "customer": G(lambda f: f.stripe("cus_", 14)),
                    "payment_intent": G(lambda f: f.stripe("pi_")),
                    "payment_method": RED(lambda f: f.stripe("pm_"), "token"),
                    "description": Y(
                        lambda f: f"Huntwise order {f.hexid(8).upper()} for {f.full_name()}", "name", True
                    ),
                    "billing_details": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.phone(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "country": G(pick("US", "FI", "NZ")),
                        },
                    },
                    "payment_method_details": {
                        "type": G(pick("card")),
                        "card": {
                            "brand": G(pick("visa", "mastercard", "amex")),
                            "last4": G(lambda f: f.digits(4)),
                        },
                    },
                    "receipt_email": Y(lambda f: f.email(), "email"),
                }
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        "go",
        {
            "txn_ref": G(lambda f: f.hexid(16)),
            "merchant_reference": G(lambda f: "HW-NZ-" + f.digits(7)),
            "response_text": G(pick("DECLINED", "INSUFFICIENT FUNDS", "EXPIRED CARD", "DO NOT HONOUR")),
            "card_holder_name": Y(lambda f: f"{f.first_in('NZ')} {f.last_in('NZ')}".upper(), "name"),
            "card_number_masked": G(lambda f: f.card(formatted=False)[:6] + "......" + f.digits(4)),
            "dps_billing_id": RED(lambda f: f.digits(16), "token"),
            "amount_nzd": G(lambda f: f.pick([54.0, 126.5, 204.0])),
            "retry_count": G(num(0, 3)),
        },
    ),
    (
        "track",
        "Card Saved",
        "php",
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "bin": G(lambda f: f.pick(["411111", "535110", "371449", "601100", "457173"])),
            "saved_for_auto_renew": boolean(),
        },
    ),
    (
        "track",
        "Payout Account Added",
        "python",
        {
            "payee_id": G(lambda f: "gd_" + f.digits(6)),
            "ird_number": RED(lambda f: f.ird(), "national id"),
            "bank_account": RED(lambda f: f.nz_bank_account(), "bank account"),
            "account_name": Y(lambda f: f"{f.first_in('NZ')} {f.last_in('NZ')}", "name"),
            "gst_registered": boolean(),
            "payout_schedule": G(pick("weekly", "monthly")),
        },
    ),
    (
        "track",
        "ACH Authorized",
        "ruby",
        {
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_type": G(pick("checking", "savings")),
            "bank_name": G(pick("Wells Fargo", "US Bank", "First Interstate Bank", "Glacier Bank")),
            "mandate_id": G(lambda f: f.stripe("mandate_")),
            "amount": G(lambda f: f.money(10, 700)),
        },
    ),
    # -- harvest and catch -------------------------------------------------------------------
    (
        "track",
        "Harvest Reported",
        "flutter",
        {
            "harvest_id": G(lambda f: f.digits(9)),
            "tag_number": G(lambda f: f"{f.r.randint(2024, 2025)}-{f.digits(7)}"),
            "species": G(pick("white-tailed deer", "elk", "wild turkey", "black bear", "mule deer")),
            "sex": G(pick("male", "female", "unknown")),
            "antler_points": G(num(0, 14)),
            "gmu": G(pick("GMU 44", "Unit 12", "HD 270", "DMU 2G")),
            "harvest_date": G(lambda f: f.date(2024, 2024)),
            "method": G(pick("rifle", "archery", "muzzleloader", "shotgun")),
            "location": {
                "lat": Y(lambda f: f.latlon("US")[0], "geolocation"),
                "lon": Y(lambda f: f.latlon("US")[1], "geolocation"),
                "accuracy_m": G(lambda f: f.pick([3.9, 5.0, 12.5, 30.0])),
            },
            "county": G(pick("Routt", "Gallatin", "Custer", "Vilas", "Lake")),
            "hunter_customer_id": G(lambda f: f.digits(9)),
            "cwd_sample_submitted": boolean(),
        },
        2,
    ),
    (
        "track",
        "Harvest Report Sent",
        "kotlin",
        {
            "gameSpeciesCode": G(pick(47503, 47629, 200556, 47348)),
            "pointOfTime": ts(),
            "geoLocation": {
                "latitude": Y(lambda f: f.etrs_n(), "geolocation"),
                "longitude": Y(lambda f: f.etrs_e(), "geolocation"),
                "source": G(pick("GPS_DEVICE", "MANUAL")),
                "accuracy": G(lambda f: f.pick([4.5, 8.0, 15.2])),
            },
            "specimens": Many(
                {
                    "gender": G(pick("MALE", "FEMALE", "UNKNOWN")),
                    "age": G(pick("ADULT", "YOUNG")),
                    "weight": G(lambda f: f.pick([98.0, 187.5, 245.0, 310.0])),
                },
                2,
            ),
            "harvestPermitNumber": G(
                lambda f: f"2024-{f.r.randint(1, 5)}-{f.digits(3)}-{f.digits(5)}-{f.r.randint(0, 9)}"
            ),
            "authorInfo": {
                "hunterNumber": Y(lambda f: f.hunter_number(), "license"),
                "byName": Y(lambda f: f.first_in("FI"), "name"),
                "lastName": Y(lambda f: f.last_in("FI"), "name"),
            },
            "actorInfo": {
                "hunterNumber": Y(lambda f: f.hunter_number(), "license"),
                "byName": Y(lambda f: f.first_in("FI"), "name"),
                "lastName": Y(lambda f: f.last_in("FI"), "name"),
            },
            "description": G(
                pick(
                    "Hirvi kaatui passissa.",
                    "Ammuttu ajojahdissa, koirana Jässi.",
                    "",
                    "Saalis jäi jälkietsintään.",
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Catch Logged",
        "rn",
        {
            "catch_id": uid(),
            "species": G(pick("brown trout", "rainbow trout", "kahawai", "snapper", "chinook salmon")),
            "length_cm": G(num(20, 80)),
            "weight_kg": G(lambda f: f.money(0.3, 8)),
            "released": boolean(),
            "water_body": G(pick("Lake Taupō", "Tongariro River", "Mataura River", "Lake Tekapo")),
            "spot": {
                "latitude": Y(lambda f: f.latlon("NZ")[0], "geolocation"),
                "longitude": Y(lambda f: f.latlon("NZ")[1], "geolocation"),
            },
            "method": G(pick("fly", "spin", "trolling", "soft bait")),
            "fish_and_game_region": G(pick("Taupō", "Southland", "Central South Island", "Eastern")),
            "licence_number": Y(lambda f: f"FG{f.digits(8)}", "license"),
        },
        2,
    ),
    (
        "track",
        "Whakaaetanga Tikanga Kua Tukuna",
        "flutter",
        {
            "tau_whakaaetanga": G(lambda f: "CFA-" + f.digits(6)),
            "kaitiaki": Y(lambda f: f"{f.pick(NZ_FIRST[:6])} {f.pick(NZ_LAST[:6])}", "name"),
            "kaikohi": Y(lambda f: f"{f.pick(NZ_FIRST[:6])} {f.pick(NZ_LAST[:6])}", "name"),
            "iwi": Y(
                lambda f: f.pick(["Ngāti Porou", "Ngāi Tahu", "Tainui", "Ngāpuhi", "Te Arawa"]), "ethnicity"
            ),
            "rohe_moana": G(pick("Tūranganui-a-Kiwa", "Te Tai Tokerau", "Kaikōura", "Tauranga Moana")),
            "momo_ika": G(pick("pāua", "kina", "kōura", "tuna", "tāmure")),
            "rahinga": G(num(5, 300)),
            "rā": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- ranges ---------------------------------------------------------------------------------
    (
        "track",
        "Range Lane Booked",
        "web",
        {
            "booking_id": G(lambda f: "RB-" + f.digits(7)),
            "range_id": G(lambda f: f.digits(4)),
            "range_name": G(
                pick(
                    "Cherry Creek Shooting Park",
                    "Helsingin Ampumarata",
                    "Ruapehu Rifle Range",
                    "Big Sky Indoor Range",
                )
            ),
            "range_phone": G(pick("+1 303-555-0111", "+358 9 555 0102", "+64 7 555 0123", "+1 406-555-0190")),
            "range_address": G(
                pick(
                    "4201 S Parker Rd, Aurora, CO",
                    "Hyvinkääntie 2, Helsinki",
                    "State Highway 47, National Park",
                    "900 Big Sky Blvd, Billings, MT",
                )
            ),
            "lane_number": G(num(1, 24)),
            "start_time": ts(),
            "guests": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "waiver_signed": boolean(),
                    "age": G(num(12, 75)),
                },
                3,
            ),
            "member_number": G(lambda f: "M" + f.digits(6)),
            "price": G(lambda f: f.pick([18.0, 25.0, 40.0])),
            "currency": G(pick("USD", "EUR", "NZD")),
        },
        2,
    ),
    (
        "track",
        "Lane Checked In",
        "kotlin",
        {
            "booking_id": G(lambda f: "RB-" + f.digits(7)),
            "lane_number": G(num(1, 24)),
            "checkin_method": G(pick("qr", "pin", "staff")),
            "checkin_code": RED(lambda f: f.otp(), "token"),
            "rso_name": Y(lambda f: f.full_name(), "name"),
            "waiver_version": G(pick("2024-03", "2023-11", "2024-07")),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(pick("spouse", "parent", "friend", "sibling")),
            },
            "eye_ear_protection": boolean(),
        },
        2,
    ),
    (
        "track",
        "Range Incident Reported",
        "dotnet",
        {
            "IncidentId": uid(),
            "RangeId": G(lambda f: f.digits(4)),
            "Lane": G(num(1, 24)),
            "Severity": G(pick("Low", "Medium", "High")),
            "Description": Y(incident_text, "name", True),
            "RsoOnDuty": Y(lambda f: f.full_name(), "name"),
            "ReportedByStaffId": G(lambda f: "S" + f.digits(4)),
        },
    ),
    (
        "track",
        "Range Membership Purchased",
        "ruby",
        {
            "membership_id": uid(),
            "tier": G(pick("individual", "family", "junior", "life")),
            "price": G(lambda f: f.pick([180.0, 260.0, 95.0])),
            "member_number": G(lambda f: "M" + f.digits(6)),
            "insurance_policy_number": Y(lambda f: f"NRA-{f.digits(9)}", "identification"),
            "member_dob": Y(lambda f: f.dob(), "birthdate"),
            "expires_at": G(lambda f: f.date(2025, 2026)),
            "auto_renew": boolean(),
        },
    ),
    (
        "track",
        "Staff Shift Started",
        "go",
        {
            "staff_id": G(lambda f: "S" + f.digits(4)),
            "staff_name": Y(lambda f: f.full_name(), "name"),
            "role": G(pick("RSO", "Front desk", "Instructor")),
            "hourly_rate": Y(lambda f: f.pick([17.5, 19.0, 22.25, 28.0]), "salary"),
            "range_id": G(lambda f: f.digits(4)),
            "shift_start": ts(),
            "certified_rso": boolean(),
        },
    ),
    # -- wardens and rangers ----------------------------------------------------------------------
    (
        "track",
        "Inspection Recorded",
        "dotnet",
        {
            "InspectionId": uid(),
            "WardenId": G(lambda f: "W" + f.digits(4)),
            "WardenName": Y(lambda f: f.full_name(), "name"),
            "Location": {
                "Latitude": Y(lambda f: f.lat(), "geolocation"),
                "Longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "HuntingArea": G(pick("GMU 44", "Unit 12", "HD 270", "Block 7")),
            "SubjectName": Y(lambda f: f.full_name(), "name"),
            "SubjectLicenceNumber": Y(lambda f: f.us_hunting_licence(), "license"),
            "SubjectDob": Y(lambda f: f.dob(), "birthdate"),
            "VehiclePlate": Y(lambda f: f.plate(), "license"),
            "FirearmSerial": Y(lambda f: f.gun_serial(), "serial"),
            "Outcome": G(pick("Compliant", "Warning", "Citation")),
            "Notes": G(
                pick(
                    "Licence and tags in order.",
                    "Advised on blaze orange requirement.",
                    "Party of three, no harvest.",
                    "Tag not notched, warning given.",
                )
            ),
        },
    ),
    (
        "track",
        "Citation Issued",
        "java",
        {
            "citation_number": G(lambda f: f"C{f.digits(8)}"),
            "violation_code": G(pick("33-6-208", "87-2-301", "97.021", "H-13")),
            "violation_description": G(
                pick(
                    "Hunting without a license",
                    "Untagged big game",
                    "Trespass to hunt",
                    "Loaded firearm in vehicle",
                )
            ),
            "fine_amount": G(pick(85.0, 135.0, 250.0, 500.0)),
            "court_date": G(lambda f: f.date(2024, 2025)),
            "offender": {
                "first_name": Y(lambda f: f.first_in("US"), "name"),
                "last_name": Y(lambda f: f.last_in("US"), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "address": Y(lambda f: f.one_line_address(), "address"),
                "drivers_license": Y(lambda f: f.us_dl(), "license"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "vehicle": {
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
                "make": G(pick("Ford", "Toyota", "Chevrolet", "Ram")),
                "model": G(pick("F-150", "Tacoma", "Silverado", "1500")),
            },
            "officer_badge": G(lambda f: f.digits(4)),
            "officer_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Tarkastus Kirjattu",
        "php",
        {
            "tarkastus_id": uid(),
            "riistavartija": Y(lambda f: f"{f.first_in('FI')} {f.last_in('FI')}", "name"),
            "tarkastettu_henkilo": Y(lambda f: f"{f.first_in('FI')} {f.last_in('FI')}", "name"),
            "metsastajanumero": Y(lambda f: f.hunter_number(), "license"),
            "koordinaatit": Y(lambda f: f"N {f.etrs_n()} E {f.etrs_e()}", "geolocation"),
            "havainnot": G(
                pick(
                    "Luvat kunnossa.", "Huomautus huomioliivistä.", "Ei saalista.", "Aseen kuljetus kunnossa."
                )
            ),
            "tulos": G(pick("kunnossa", "huomautus", "rikosilmoitus")),
        },
    ),
    (
        "track",
        "Patrol Note Added",
        "swift",
        {
            "note": Y(note_with_name, "name", True),
            "block": G(pick("Hopkins Valley", "Kaweka Forest Park", "Tararua Northern", "Makarora")),
            "vehicle_rego": Y(lambda f: f.plate(), "license"),
            "sighting_count": G(num(0, 12)),
            "lat": Y(lambda f: f.latlon("NZ")[0], "geolocation"),
            "lng": Y(lambda f: f.latlon("NZ")[1], "geolocation"),
            "synced": boolean(),
        },
    ),
    (
        "track",
        "Hunting Permit Purchased",
        "flutter",
        {
            "permit_number": G(lambda f: "DOC-" + f.digits(7)),
            "block_names": Many(
                G(pick("Hopkins Valley", "Kaweka Forest Park", "Tararua Northern", "Makarora")), 2
            ),
            "valid_from": G(lambda f: f.date(2024, 2024)),
            "valid_to": G(lambda f: f.date(2025, 2025)),
            "vehicle_rego": Y(lambda f: f.plate(), "license"),
            "dog_permit": boolean(),
            "party_size": G(num(1, 6)),
            "hunter_firearms_licence": Y(lambda f: f.nz_firearm_licence(), "license"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(pick("spouse", "parent", "friend", "sibling")),
            },
            "intentions": G(
                pick("Up the Hopkins, out by Sunday.", "Day hunt only.", "Staying at Kiwi hut 2 nights.", "")
            ),
        },
    ),
    # -- account, auth and messaging ------------------------------------------------------------
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(pick("password", "bank_id", "passkey", "apple")),
            "success": boolean(),
            "attempts": G(num(1, 5)),
            "email_verified": boolean(),
            "phone_verified": boolean(),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "requested_via": G(pick("login_page", "app", "support")),
            "reset_link": RED(lambda f: "https://huntwise.com/reset?token=" + f.urltoken(), "token"),
            "password_strength": G(pick("weak", "fair", "strong")),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "link_token": RED(lambda f: f.urltoken(), "token"),
            "expires_in_sec": G(pick(600, 900, 1800)),
            "template": G(pick("magic_link_v2", "magic_link_fi", "magic_link_nz")),
        },
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        {
            "channel": G(pick("sms", "email")),
            "otp": RED(lambda f: f.otp(), "token"),
            "code_length": G(pick(6)),
            "attempts": G(num(1, 5)),
        },
    ),
    (
        "track",
        "SMS Sent",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(pick("+15005550006", "+358405550100", "+6421555010")),
            "To": Y(
                lambda f: f.pick(
                    [
                        Fake.phone(f, "e164"),
                        f"+35840{f.digits(7)}",
                        f"+35850{f.digits(7)}",
                        f"+6421{f.digits(7)}",
                    ]
                ),
                "phone",
                True,
            ),
            "Body": RED(sms_body, "token", True),
            "Status": G(pick("queued", "sent", "delivered", "undelivered")),
            "NumSegments": G(pick("1", "2")),
        },
    ),
    (
        "track",
        "Email Bounced",
        "ruby",
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(pick("bounce", "dropped")),
            "sg_event_id": G(lambda f: f.urltoken(22)),
            "sg_message_id": G(lambda f: f.urltoken(22) + ".filterdrecv-" + f.hexid(8) + "-1-0"),
            "smtp-id": G(lambda f: f"<{f.urltoken(22)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "reason": Y(bounce_reason, "email", True),
            "status": G(pick("5.1.1", "5.2.2", "5.0.0")),
        },
    ),
    (
        "track",
        "Email Opened",
        "ruby",
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(pick("open")),
            "sg_event_id": G(lambda f: f.urltoken(22)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(G(pick("draw_results", "renewal", "receipt")), 2),
        },
    ),
    (
        "track",
        "Push Notification Received",
        "swift",
        {
            "campaign_id": G(lambda f: f.digits(8)),
            "title": G(
                pick("Draw results are in!", "Your licence expires soon", "Hirvijahti alkaa lauantaina")
            ),
            "body": G(
                pick("Tap to see your results.", "Renew now to keep hunting.", "Muista saalisilmoitus.")
            ),
            "deep_link": G(pick("huntwise://draws/results", "huntwise://licences", "huntwise://harvest/new")),
        },
        2,
    ),
    (
        "track",
        "Support Ticket Created",
        "php",
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(pick("Licence not showing", "Double charge", "Draw question", "Sovellusongelma")),
            "comment": {"body": Y(ticket_text, "phone", True), "public": boolean()},
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "priority": G(pick("low", "normal", "high", "urgent")),
            "tags": Many(G(pick("billing", "app", "draw", "fi", "nz")), 3),
            "via": G(pick("web", "email", "mobile")),
            "support_email": G(pick("support@huntwise.com", "tuki@huntwise.fi", "help@huntwise.co.nz")),
        },
    ),
    (
        "track",
        "Gift Licence Sent",
        "web",
        {
            "recipient": Y(lambda f: f.email(), "email", True),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "message": G(
                pick(
                    "Happy birthday Dad, see you at deer camp!",
                    "Hyvää joulua! Nähdään passissa.",
                    "Tight lines mate",
                    "",
                )
            ),
            "license_type": G(pick("resident_deer", "small_game", "fishing_annual")),
            "gift_code": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(3)), "token"),
            "amount": G(lambda f: f.pick([25.0, 50.0, 100.0])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "referral_code": G(lambda f: f.first().upper()[:5] + f.digits(3)),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(pick("sms", "whatsapp", "copy_link")),
            "reward": G(pick("NZD10", "USD10", "none")),
        },
    ),
    (
        "track",
        "Licence Lookup Performed",
        "web",
        {
            "q": Y(lambda f: f.email(), "email", True),
            "lookup_method": G(pick("email")),
            "results_count": G(num(0, 2)),
            "captcha_passed": boolean(),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "kotlin",
        {
            "form": G(pick("profile", "checkout", "range_booking")),
            "field": G(pick("mobile", "phone", "work_phone")),
            "input": Y(lambda f: f.phone(), "phone", True),
            "duration_ms": G(num(300, 20000)),
        },
    ),
    (
        "track",
        "Lomakekenttä Täytetty",
        "web",
        {
            "lomake": G(pick("aselupahakemus", "asiakastiedot", "jasenhakemus")),
            "kentta": G(pick("henkilotunnus")),
            "arvo": RED(lambda f: f.hetu(), "national id", True),
            "validi": boolean(),
        },
    ),
    (
        "track",
        "Webhook Relayed",
        "node",
        {
            "source": G(pick("paytrail", "stripe", "windcave")),
            "status_code": G(pick(200, 202, 500)),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "user-agent": G(
                    pick(
                        "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "Paytrail/2.0", "Go-http-client/1.1"
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Profile Photo Updated",
        "swift",
        {
            "photo_url": Y(lambda f: f"https://cdn.huntwise.com/avatars/{f.uuid()}.jpg", "photo"),
            "source": G(pick("camera", "library")),
            "file_size": G(num(40000, 900000)),
            "for_licence": boolean(),
        },
    ),
    (
        "track",
        "Trail Camera Photo Uploaded",
        "rn",
        {
            "image_url": G(lambda f: f"https://cdn.huntwise.com/trailcam/{f.hexid(12)}.jpg"),
            "camera_id": G(lambda f: "CAM-" + f.hexid(6).upper()),
            "camera_name": G(pick("North ridge cam", "Salt lick", "Creek crossing", "Kuusikko 2")),
            "species_detected": G(pick("red deer", "elk", "moose", "wild pig", "none")),
        },
    ),
    # -- dependants, dogs, guides, landowners, advocacy ------------------------------------------
    (
        "track",
        "Dependant Added",
        "web",
        {
            "dependant_id": G(lambda f: f.digits(9)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.dob(2008, 2018), "birthdate"),
            "relationship": G(pick("son", "daughter", "grandchild", "ward")),
            "age": G(num(6, 17)),
            "hunter_ed_number": Y(lambda f: f.hunter_ed(), "certificate"),
        },
    ),
    (
        "track",
        "Hunting Dog Registered",
        "flutter",
        {
            "dog": {
                "name": G(pick("Jässi", "Musti", "Remu", "Bear", "Tui", "Halla", "Ranger")),
                "breed": G(
                    pick(
                        "Suomenpystykorva",
                        "Jämtlandinpystykorva",
                        "German Shorthaired Pointer",
                        "Labrador Retriever",
                        "Huntaway",
                    )
                ),
                "microchip": G(lambda f: f.pick(["246", "985", "900", "956"]) + f.digits(12)),
                "kennel_club_reg": G(lambda f: f"FI{f.digits(5)}/{f.r.randint(15, 23)}"),
                "born": G(lambda f: f.date(2012, 2023)),
                "sex": G(pick("male", "female")),
            },
            "owner_phone": Y(lambda f: f.phone(), "phone"),
            "tracking_collar_id": G(lambda f: f.hexid(12).upper()),
        },
    ),
    (
        "track",
        "Guide Booked",
        "java",
        {
            "booking_ref": G(lambda f: "GB-" + f.digits(6)),
            "outfitter_name": G(
                pick("Elk Mountain Outfitters LLC", "High Country Guides", "Southern Alps Safaris Ltd")
            ),
            "outfitter_phone": G(pick("+1 406-555-0142", "+1 970-555-0199", "+64 3 555 0188")),
            "guide_name": Y(lambda f: f.full_name(), "name"),
            "guide_mobile": Y(lambda f: f.phone(), "phone"),
            "trip_start": G(lambda f: f.date(2024, 2025)),
            "days": G(num(2, 10)),
            "species": G(pick("elk", "red stag", "tahr", "chamois", "mule deer")),
            "currency": G(pick("USD", "NZD")),
        },
    ),
    (
        "track",
        "Landowner Permission Recorded",
        "swift",
        {
            "parcel_id": G(lambda f: f"{f.digits(2)}-{f.digits(4)}-{f.digits(3)}"),
            "county": G(pick("Routt", "Gallatin", "Custer", "Vilas", "Lake")),
            "landowner_name": Y(lambda f: f.full_name(), "name"),
            "landowner_phone": Y(lambda f: f.phone(), "phone"),
            "permission_expires": G(lambda f: f.date(2024, 2025)),
            "acres": G(num(40, 5000)),
            "written_permission": boolean(),
        },
    ),
    (
        "track",
        "Advocacy Action Taken",
        "web",
        {
            "campaign": G(pick("Protect Public Lands", "Sunday Hunting", "Wolf Management Plan")),
            "bill": G(pick("HB 1234", "SB 77", "HB 2201")),
            "position": Y(pick("support", "oppose", "support_with_amendments"), "political opinion"),
            "zip": Y(lambda f: f"{f.r.randint(10000, 99950)}", "zipcode"),
            "message_sent": boolean(),
        },
    ),
    (
        "track",
        "Waiver Signed",
        "kotlin",
        {
            "waiver_id": uid(),
            "kiosk_id": G(lambda f: "K" + f.digits(3)),
            "signed_as": Y(lambda f: f.full_name(), "name", True),
            "minor": boolean(),
            "waiver_version": G(pick("2024-03", "2023-11", "2024-07")),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        "swift",
        {
            "link": Y(
                lambda f: (
                    f.pick(
                        [
                            "https://huntwise.com/verify?email=",
                            "https://huntwise.fi/vahvista?email=",
                            "huntwise://account/confirm?email=",
                        ]
                    )
                    + f.email().replace("@", "%40")
                ),
                "email",
                True,
            ),
            "source_app": G(pick("com.apple.mobilemail", "com.google.Gmail", "com.microsoft.Office.Outlook")),
        },
    ),
    (
        "alias",
        None,
        "rn",
        {},
    ),
    (
        "alias",
        None,
        "web",
        {},
    ),
]


def message(f: F, kind, event, client, body, labels):
    msg = {
        "type": kind,
        "messageId": f.pick(["ajs-next-", "", "api-"]) + f.uuid(),
        "timestamp": f.iso(),
        "userId": f.pick(["u_", "", "hw-"]) + f.digits(8),
    }
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["anonymousId"] = f.uuid()
        msg["sentAt"] = f.iso()
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = f.uuid()
    section = {"identify": "traits", "group": "traits"}.get(kind, "properties")
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for spec in EVENTS:
            kind, event, client, body = spec[:4]
            weight = spec[4] if len(spec) > 4 else 1
            for _ in range(weight):
                events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=245, repeats=24)
    write(Path(__file__).parent, "holdout245_", events, labels)
