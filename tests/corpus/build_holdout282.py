"""Writes holdout282: tests/corpus/holdout282_events.jsonl and holdout282_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its scores,
and never run through it by its author. Only the corpus helpers (build.py, fake.py), the format of
build_holdout3.py and the reference's default-matcher table were read.

Domain: a homelessness outreach, shelter and housing-first case-management platform used by
agencies in the US (Seattle, Los Angeles, Chicago), Scotland (Glasgow, Edinburgh, Dundee) and
Greece (Athens, Thessaloniki). Traffic covered:
- staff apps: street-outreach encounters with GPS (analytics-swift, analytics-kotlin), overdose
  responses and naloxone, harm-reduction supplies, health screenings, shift handovers;
- the case-management web app (analytics.js): client intake (names, aliases, date of birth,
  last known location, identity documents, benefit case numbers), case notes, referrals,
  housing applications and placements, ID replacement, client search, page calls;
- the clients' self-service app (analytics-react-native): bed availability near them,
  appointments, profile and emergency contacts, EBT balance, document uploads, a help assistant;
- a public app (Flutter) for reporting people sleeping rough and a donation site with
  e-commerce spec events (Product Viewed .. Order Completed, with donor billing data);
- backends (python, node, go, java, ruby, php, .NET): HUD HMIS CSV-shaped upserts (PascalCase),
  Scottish council homeless applications and tenancy sustainment visits (.NET PascalCase), a
  kebab-case bed-night webhook, warehouse reverse-ETL identifies (SCREAMING_SNAKE), Greek
  backends with romanised Greek keys (onoma, eponymo, patronymo, amka, afm, tilefono,
  dieuthinsi ...), income-support payments (US accounts, GR/GB IBANs, prepaid cards, Stripe
  tokens), benefits screening, Twilio SMS and SendGrid/DocuSign webhooks;
- identify / track / page / screen / group / alias calls, each with the context block its client
  library sends.

Conventions: mostly camelCase and snake_case English keys; roughly 15-20 % PascalCase, kebab-case,
SCREAMING_SNAKE and romanised Greek. Values are synthetic but structurally valid: Luhn card and EBT
numbers, mod-97 IBANs (GR, GB), SSA-structured SSNs, UK National Insurance numbers with legal
prefixes, Scottish CHI numbers with their mod-11 check digit, Greek AMKA (Luhn) and AFM (mod-11)
numbers, Medicare MBIs in CMS format; names from US, Scottish, Polish, Romanian, Greek, Afghan,
Syrian, Somali, Eritrean and Congolese naming traditions; national phone formats of the US, the UK
and Greece.

Labelling rules (the Privacy Portal's default colours):
- A leaf is PII when its values are personal data about a natural person: the client, a staff
  member, a donor, a reporter, a landlord who is a private individual, a household member or an
  emergency contact. Colour = the reference default for the matcher; outside the reference: red for
  credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids; yellow
  for geolocation, advertising ids and the like.
- Green: ids we or a business issue (client, enrollment, HMIS PersonalID, SNAP / benefit case
  numbers, claim and application references), UUIDs, timestamps, versions, hashes of files,
  amounts (payments, rent, balances), counters and booleans / enums under PII-sounding keys
  (emailVerified, naloxone_kits_given, NameDataQuality, DisabilityType), ages and age bands,
  marital status, employers and job titles, agency / shelter / company names, their addresses,
  phone numbers, role mailboxes and coordinates (a shelter's location is not the person's), pets'
  names, user agents, OS device ids, card brand and last four, routing numbers and sort codes,
  UUID session tokens, e-mail Message-IDs, Twilio's `To` (the agency's number).
- Booleans / enums that reveal a special category are PII of that category: veteran status and
  armed-forces leaver (red veteran), disabling condition, DisabilityResponse, wheelchair use and a
  disability percentage (red disability), naloxone administered, pregnancy, mental-health concern,
  support needs, suspected substance (yellow condition / medication), race and ethnicity flags
  (yellow race / ethnicity), HUD gender flags (yellow gender).
- Contested cases follow the product policy: insurer member ids yellow `identification`; Medicaid
  ids, Medicare MBIs, MRNs, CHI numbers and Greek PAAYPA numbers red `health id`; prescription
  numbers yellow `medication`; self-reported income, wages and hourly rates yellow `salary`
  (payment amounts stay green); credit scores yellow; vehicle plates yellow `license`; click ids
  (gclid, fbclid, _fbp) yellow `advertising id`; billing, mailing and shipping addresses of the
  person yellow `address`; pm_ payment tokens, one-time codes and sign-in link tokens red `token`;
  identity-document numbers (state ID, passport, Greek ID card, AMKA, AFM, NINO) red; immigration,
  asylum and right-to-work status red `visa`.
- Own decisions, stated: a driver's licence number is yellow `license` (the reference's matcher),
  while a state ID card is a red `national id`; a country of origin or nationality of a person is
  yellow `citizenship`; a street alias / nickname of a client is a `name`; where a person sleeps
  (last known location text, encampment coordinates, a rough sleeper's reported position) is
  yellow `address` / `geolocation`; a file name built from the client's surname is a value-only
  `name`; a push token is red `token` (as in the main corpus).
- value_only is true when the key does not say what the value is (q, value, label, text, notes,
  body, keimeno, From, file_name ...). Every value of a value_only PII path carries that PII; free
  text that never carries PII (shift summaries, SMS bodies from clients, assistant queries) is
  green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

US_FIRST = [
    "DeShawn", "Guadalupe", "Tyrone", "Crystal", "Jesús", "Latoya", "Brandon", "Hoang", "Keanu",
    "Wanbli", "Darnell", "Ashley", "Miguel", "Tamika", "Cody", "Leilani", "Roberto", "Marisol",
    "Dustin", "Esperanza", "Terrell", "Mai", "Kateri", "Jolene",
]  # fmt: skip
US_LAST = [
    "Johnson", "Hernández", "Nguyen", "Washington", "Begay", "Kim", "Jackson", "Ramírez",
    "Thompson", "Yazzie", "Robinson", "Tran", "Brooks", "Morales", "Littlebear", "Okonkwo",
    "Castillo", "Pham", "Sullivan", "Delgado",
]  # fmt: skip
SCOT_FIRST = [
    "Callum", "Eilidh", "Ewan", "Morag", "Iain", "Kirsty", "Fraser", "Shona", "Ruaridh", "Catriona",
    "Jamie", "Aileen", "Paweł", "Agnieszka", "Ionuț", "Siobhan", "Darren", "Ayesha",
]  # fmt: skip
SCOT_LAST = [
    "MacLeod", "Campbell", "Fraser", "Stewart", "Robertson", "McKenzie", "Docherty", "Quinn",
    "Gallacher", "MacDonald", "Kowalczyk", "Popescu", "McLaughlin", "Boyle", "Rashid", "Sinclair",
]  # fmt: skip
GR_FIRST = [
    "Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Vasiliki", "Kostas", "Maria",
    "Panagiotis", "Sofia", "Christos", "Ioanna", "Thanasis", "Despina", "Stavros", "Chrysa",
]  # fmt: skip
GR_LAST = [
    "Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidou", "Papadaki", "Oikonomou",
    "Karagiannis", "Vlachou", "Dimitriou", "Alexiou", "Tsakiris", "Lamprou", "Zervou", "Mavridis",
]  # fmt: skip
MIG_FIRST = [
    "Ahmad", "Fatemeh", "Mohammed", "Amina", "Abdi", "Hawa", "Omid", "Zahra", "Samir", "Rahel",
    "Jean-Baptiste", "Kalsoom", "Yonas", "Nour", "Bilal", "Mariam",
]  # fmt: skip
MIG_LAST = [
    "Hosseini", "Rahimi", "Al-Khatib", "Yusuf", "Warsame", "Mukendi", "Tesfaye", "Ahmadzai",
    "Haidari", "Nasser", "Habibi", "Osman", "Kabongo", "Al-Hassan",
]  # fmt: skip
STREET_NAMES = ["Tiny", "Red", "Doc", "Sarge", "Bird", "Smiley", "Tex", "Cricket", "Mouse", "Jojo"]
PET_NAMES = ["Biscuit", "Luna", "Rocky", "Bella", "Tyson", "Mavros", "Patch", "Roxy", "Bruno"]
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "yahoo.gr", "icloud.com",
            "btinternet.com", "example.com", "mail.example.org"]  # fmt: skip
US_CITIES = ["Seattle", "Tacoma", "Everett", "Los Angeles", "Long Beach", "Chicago", "Evanston"]
SCOT_CITIES = ["Glasgow", "Edinburgh", "Dundee", "Aberdeen", "Paisley", "Kilmarnock"]
GR_CITIES = ["Athina", "Peiraias", "Thessaloniki", "Patra", "Kallithea", "Nikaia"]
US_STREETS = ["E Pike St", "S Broadway", "Rainier Ave S", "W Madison St", "N Halsted St",
              "Aurora Ave N", "S Alameda St", "E Cesar E Chavez Ave", "Jackson St"]  # fmt: skip
SCOT_STREETS = ["Dumbarton Road", "Leith Walk", "Hilltown", "Paisley Road West", "Gorgie Road",
                "Duke Street", "Easter Road", "Maryhill Road"]  # fmt: skip
GR_STREETS = ["Patision", "Acharnon", "Egnatias", "Tsimiski", "Liosion", "Thivon", "Pireos", "Ermou"]
AGENCIES = ["Harbor Path", "Simon Community Scotland", "Praksis", "Klimaka", "Union Gospel Mission",
            "Mary's Place", "Streetwork Edinburgh", "Arsis", "LA Family Housing",
            "Chicago Coalition for the Homeless"]  # fmt: skip
SHELTERS = ["Compass Center Men's Shelter", "Mary's Place Family Center", "Bethany House",
            "Hope Street Hub", "Kingsley Court", "Xenonas Astegon Dimou Athinaion",
            "Domi Filoxenias Ellinikou", "Union Rescue Mission", "Pacific Garden Mission",
            "Bethany Christian Trust - Edinburgh"]  # fmt: skip
STAFF_DOMAINS = ["harborpath.org", "simonscotland.org", "praksis.gr", "klimaka-ngo.gr", "ugm.org"]


class HFake(Fake):
    """Fake plus the regions, documents and formats of this domain."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.state: dict = {}

    def keep(self, key, value):
        self.state[key] = value
        return value

    def region(self):
        return self.pick(["us", "us", "scot", "gr", "gr_mig"])

    def given(self, region=None):
        region = region or self.region()
        pool = {"us": US_FIRST, "scot": SCOT_FIRST, "gr": GR_FIRST, "gr_mig": MIG_FIRST}[region]
        return self.pick(pool)

    def family(self, region=None):
        region = region or self.region()
        pool = {"us": US_LAST, "scot": SCOT_LAST, "gr": GR_LAST, "gr_mig": MIG_LAST}[region]
        return self.pick(pool)

    def person(self, region=None):
        region = region or self.region()
        return f"{self.given(region)} {self.family(region)}"

    def mail(self, name=None, domains=None):
        name = name or self.person()
        first, last = name.split(" ", 1)
        ascii_ = str.maketrans("áéíóúñțłăüöș", "aeiountlauos", "'")
        first = first.lower().translate(ascii_).replace(" ", "")
        last = last.lower().translate(ascii_).replace(" ", "").replace("-", "")
        local = self.pick([f"{first}.{last}", f"{first}{self.r.randint(1, 99)}", f"{first[0]}{last}",
                           f"{last}.{first}{self.r.randint(70, 99)}", f"{first}_{last}"])  # fmt: skip
        return f"{local}@{self.pick(domains or FREEMAIL)}"

    def staff_mail(self):
        return self.mail(self.person(self.pick(["us", "scot", "gr"])), STAFF_DOMAINS)

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def uk_phone(self):
        n = self.digits(6)
        return self.pick(
            [
                f"07{self.r.randint(400, 999)} {n}",
                f"+44 7{self.r.randint(400, 999)} {n}",
                f"+447{self.r.randint(400, 999)}{n}",
                f"0141 {self.r.randint(200, 999)} {self.digits(4)}",
                f"0131 {self.r.randint(200, 999)} {self.digits(4)}",
            ]
        )

    def gr_phone(self):
        mob = f"69{self.r.choice('0345789')}{self.digits(7)}"
        return self.pick(
            [
                f"+30 {mob[:3]} {mob[3:6]} {mob[6:]}",
                mob,
                f"+30{mob}",
                f"210 {self.r.randint(300, 999)} {self.digits(4)}",
                f"2310 {self.digits(6)}",
            ]
        )

    def any_phone(self):
        return self.pick([self.us_phone, self.uk_phone, self.gr_phone])()

    def us_street(self):
        apt = self.pick(["", "", f" Apt {self.r.randint(1, 40)}", f" #{self.r.randint(100, 999)}"])
        return f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}{apt}"

    def scot_street(self):
        flat = self.pick(["", f"Flat {self.r.randint(0, 3)}/{self.r.randint(1, 2)}, ", "", "Flat 4, "])
        return f"{flat}{self.r.randint(1, 320)} {self.pick(SCOT_STREETS)}"

    def gr_street(self):
        return f"{self.pick(GR_STREETS)} {self.r.randint(1, 250)}"

    def street_any(self):
        return self.pick([self.us_street, self.scot_street, self.gr_street])()

    def us_zip(self):
        return self.pick([f"981{self.r.randint(0, 99):02d}", f"900{self.r.randint(1, 99):02d}",
                          f"606{self.r.randint(1, 61):02d}"])  # fmt: skip

    def uk_postcode(self):
        area = self.pick(["G", "EH", "DD", "AB", "PA", "KA"])
        district = self.r.randint(1, 40) if area != "G" else self.r.randint(1, 84)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{district} {self.r.randint(1, 9)}{self.r.choice(letters)}{self.r.choice(letters)}"

    def gr_postcode(self):
        return self.pick([f"1{self.r.randint(0, 89):02d} {self.r.randint(10, 99)}",
                          f"5{self.r.randint(40, 69)} {self.r.randint(10, 99)}"])  # fmt: skip

    def postcode_any(self):
        return self.pick([self.us_zip, self.uk_postcode, self.gr_postcode])()

    def city_any(self):
        return self.pick(US_CITIES + SCOT_CITIES + GR_CITIES)

    def dob(self, start=1950, end=2004):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])

    def coords(self):
        lat, lon = self.pick([(47.603, -122.330), (34.045, -118.245), (41.878, -87.630),
                              (55.861, -4.251), (55.953, -3.189), (56.462, -2.971),
                              (37.984, 23.728), (40.640, 22.944)])  # fmt: skip
        return round(lat + self.r.uniform(-0.06, 0.06), 6), round(lon + self.r.uniform(-0.08, 0.08), 6)

    def glat(self, key="geo"):
        """A latitude; the next glon(key) gives the longitude of the same point."""
        return self.keep(key, self.coords())[0]

    def glon(self, key="geo"):
        return (self.state.get(key) or self.coords())[1]

    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.r.choice(first) + self.r.choice(second)
            if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        d = self.digits(6)
        suffix = self.r.choice("ABCD")
        return self.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def chi(self):
        while True:
            body = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(0, 99):02d}"
            body += f"{self.r.randint(0, 999):03d}"
            total = sum(int(c) * (10 - i) for i, c in enumerate(body))
            check = 11 - total % 11
            if check == 10:
                continue
            return body + str(0 if check == 11 else check)

    def amka(self):
        body = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(0, 99):02d}"
        return self.luhn_complete(body + f"{self.r.randint(0, 9999):04d}")

    def afm(self):
        body = str(self.r.choice([0, 1, 1, 1, 0])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        total = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body))
        return body + str(total % 11 % 10)

    def gr_id_card(self):
        letters = "ABEZHIKMNOPTYX"
        return self.pick(["{}{} {}", "{}{}{}"]).format(
            self.r.choice(letters), self.r.choice(letters), self.digits(6)
        )

    def paaypa(self):
        return "9" + "".join(str(self.r.randint(0, 9)) for _ in range(10))

    def mbi(self):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        alnum = letters + "0123456789"
        c = self.r.choice
        s = f"{self.r.randint(1, 9)}{c(letters)}{c(alnum)}{self.r.randint(0, 9)}"
        s += f"{c(letters)}{c(alnum)}{self.r.randint(0, 9)}{c(letters)}{c(letters)}{self.digits(2)}"
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def medicaid(self):
        return self.pick([self.digits(9) + "WA", "9" + self.digits(7) + self.r.choice("ABCDEF"),
                          self.digits(12)])  # fmt: skip

    def state_id(self):
        return self.pick(
            [
                "WDL" + "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
                self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") + self.digits(7),
                f"{self.r.choice('ABCDEFGHJKLMNPRS')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
            ]
        )

    def passport(self):
        return self.pick([self.digits(9), self.gr_id_card().replace(" ", "") + self.digits(1),
                          "P" + self.digits(8), "N" + self.digits(8)])  # fmt: skip

    def iban_for(self, country, bban):
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def gr_iban(self):
        bank = self.pick(["011", "017", "026", "014"])
        return self.iban_for(
            "GR", bank + self.digits(4) + "".join(str(self.r.randint(0, 9)) for _ in range(16))
        )

    def gb_iban(self):
        return self.iban_for(
            "GB", self.pick(["BUKB", "RBOS", "CLYD", "NWBK"]) + self.digits(6) + self.digits(8)
        )

    def ebt(self):
        return self.luhn_complete(self.pick(["507706", "507719", "600890"]) + self.digits(9))

    def plate(self):
        return self.pick(
            [
                f"{self.r.randint(1, 9)}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + self.digits(3),
                "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + self.digits(4),
                f"SV{self.r.randint(10, 74)} "
                + "".join(self.r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3)),
                f"{''.join(self.r.choice('ABEHIKMNOPTXYZ') for _ in range(3))}-{self.digits(4)}",
            ]
        )

    def date_in(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def pm(self):
        alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "pm_" + "".join(self.r.choice(alnum) for _ in range(24))


# -- free text --------------------------------------------------------------------------------------


def contact_note(f: HFake) -> str:
    """Outreach / case notes: every one carries a phone number or an e-mail address."""
    return f.pick(
        [
            lambda: f"Client asked us to call his sister on {f.any_phone()} if anything happens.",
            lambda: f"New number: {f.any_phone()}. Prefers texts after 6pm.",
            lambda: f"Met at the camp by the river. Checks mail at the library: {f.mail()}",
            lambda: f"Gave 2 naloxone kits and socks. Mom's number {f.us_phone()}, OK to call.",
            lambda: f"Lost phone again, use {f.mail()} for appointment reminders.",
            lambda: f"Left voicemail on {f.any_phone()} re: housing interview Thursday.",
            lambda: f"Landlord reference pending - call back {f.uk_phone()} before Friday.",
            lambda: f"Daughter wants updates, e-mail {f.mail()} (consent form signed).",
        ]
    )()


def greek_note(f: HFake) -> str:
    return f.pick(
        [
            lambda: f"Epikoinonia me ti mitera tou sto {f.gr_phone()}.",
            lambda: f"O ofelimenos zitise na ton kaloume sto {f.gr_phone()} meta tis 5.",
            lambda: f"Neo kinito: {f.gr_phone()} - to palio chathike.",
            lambda: f"Rantevou gia AMKA tin Triti. Tilefono adelfis {f.gr_phone()}.",
        ]
    )()


def reminder_sms(f: HFake) -> str:
    """Outbound reminders: each greets the client by first name and names the staff member."""
    first, staff = f.given(), f.given()
    return f.pick(
        [
            f"Hi {first}, reminder: your appointment with {staff} is tomorrow at 10:00. Reply STOP to end.",
            f"{first}, a bed is held for you at Hope Street Hub until 8pm tonight. - {staff}",
            f"Hi {first}, this is {staff} from Harbor Path. Your housing interview moved to Thu 2pm.",
            f"Geia sou {first}, to rantevou sou me tin {staff} einai avrio stis 11:00.",
        ]
    )


def shift_summary(f: HFake) -> str:
    return f.pick(
        [
            "Quiet night, heating fixed in dorm B.",
            "3 new contacts at the river camp. Van fuel low.",
            "Two overdose responses, both revived on scene. Restock naloxone.",
            "Rain all shift, handed out 40 ponchos.",
            "Police sweep at the underpass at 6am, camp moved east.",
            "Kitchen short on vegetarian meals, ordered more.",
        ]
    )


def tenancy_note(f: HFake) -> str:
    return f.pick(
        [
            "Tenant settling in well; boiler fault reported to landlord.",
            "Rent account up to date. Discussed budgeting.",
            "Flat needs furniture; Starter Pack referral made.",
            "No answer at door, card left.",
            "Neighbour dispute resolved, no further action.",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
]


def web_context(f: HFake):
    page = f.pick(["/clients", "/clients/48213/notes", "/beds/tonight", "/referrals/new", "/intake/step-2",
                   "/placements", "/reports/pit-count"])  # fmt: skip
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.74.0", "next-1.76.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://app.harborpath.org/dashboard", "https://login.microsoftonline.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?tab=notes", "?status=open&page=2", "?site=compass"])),
            "title": G(lambda f: f.pick(["Clients | Harbor Path", "Bed board", "New referral", "Intake"])),
            "url": G(lambda f: "https://app.harborpath.org" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Microsoft Edge", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["Windows", "Chrome OS", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "el-GR"])),
        "timezone": G(
            lambda f: f.pick(["America/Los_Angeles", "America/Chicago", "Europe/London", "Europe/Athens"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def donate_context(f: HFake):
    page = f.pick(["/donate", "/donate/winter-appeal", "/shop/kits", "/checkout"])
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": G(lambda f: "npm:next-1.76.1")},
        "page": {
            "path": G(lambda f: page),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.facebook.com/", ""])),
            "search": G(lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=winter"])),
            "title": G(lambda f: f.pick(["Donate | Harbor Path", "Winter Appeal", "Checkout"])),
            "url": G(lambda f: "https://give.harborpath.org" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "el-GR"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Europe/Athens"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["winter_appeal_24", "giving_tuesday", "sleepout"])),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "email"])),
            "term": G(lambda f: f.pick(["homeless charity", "donate sleeping bag", "help rough sleepers"])),
            "content": G(lambda f: f.pick(["video_a", "carousel", "hero_button"])),
        },
    }


def staff_traits():
    return {
        "email": Y(lambda f: f.staff_mail(), "email"),
        "name": Y(lambda f: f.person(f.pick(["us", "scot", "gr"])), "name"),
        "role": G(lambda f: f.pick(["outreach_worker", "peer_navigator", "nurse", "team_lead"])),
        "team": G(lambda f: f.pick(["Downtown Night Team", "Glasgow City Centre", "Omonia Street Team"])),
    }


def swift_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "StreetReach"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "org.harborpath.streetreach"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "el-GR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844), "density": G(lambda f: 3)},
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Europe/Athens"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": staff_traits(),
        "location": {
            "latitude": Y(lambda f: f.glat("ctx"), "geolocation"),
            "longitude": Y(lambda f: f.glon("ctx"), "geolocation"),
        },
    }


def kotlin_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "StreetReach"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["4020", "4031"])),
            "namespace": G(lambda f: "org.harborpath.streetreach"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-G991U", "Pixel 7a", "moto g stylus 5G"])),
            "name": G(lambda f: f.pick(["o1q", "lynx", "milanf"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(["en-US", "el-GR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Cosmote", "EE"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2400)},
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Athens"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": staff_traits(),
        "location": {
            "latitude": Y(lambda f: f.glat("ctx"), "geolocation"),
            "longitude": Y(lambda f: f.glon("ctx"), "geolocation"),
        },
    }


def rn_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "MyHome Hub"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "291", "293"])),
            "namespace": G(lambda f: "org.harborpath.myhome"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TCL"])),
            "model": G(lambda f: f.pick(["iPhone11,8", "SM-A135U", "T609DL"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["16.7", "12", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([667, 851]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "en-GB", "el-GR", "ar-SY", "fa-AF"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Europe/Athens"])),
        "traits": {"phone": Y(lambda f: f.any_phone(), "phone"), "firstName": Y(lambda f: f.given(), "name")},
    }


def flutter_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "StreetAlert"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2"])),
            "build": G(lambda f: f.pick(["14", "16"])),
            "namespace": G(lambda f: "org.harborpath.streetalert"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 1170), "height": G(lambda f: 2532)},
        "locale": G(lambda f: f.pick(["en-GB", "el-GR", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Athens", "America/Los_Angeles"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Segment.Analytics.CSharp", "2.3.7"),
}


def server_context(lib: str, with_ip: bool):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if with_ip:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    return ctx


# -- events -----------------------------------------------------------------------------------------

ID_DOC_TYPES = ["state_id", "passport", "tribal_id", "matricula_consular"]


def nm():
    return Y(lambda f: f.person(), "name")


def donation_product():
    return {
        "product_id": G(
            lambda f: f.pick(["bed-night", "winter-kit", "naloxone-kit", "hygiene-pack", "meal"])
        ),
        "sku": G(lambda f: f.pick(["DN-BED-001", "DN-WK-014", "DN-NX-002", "DN-HY-007", "DN-ML-003"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Sponsor a bed night",
                    "Winter survival kit",
                    "Naloxone kit",
                    "Hygiene pack",
                    "Hot meal for 10",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Shelter", "Street Outreach", "Harm Reduction"])),
        "price": G(lambda f: f.pick([25, 40, 35.5, 18, 60])),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "position": G(lambda f: f.r.randint(1, 6)),
        "url": G(lambda f: "https://give.harborpath.org/shop/" + f.pick(["bed", "kit", "meal"])),
    }


EVENTS = [
    # -- staff: outreach app ---------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "role": G(lambda f: f.pick(["outreach_worker", "peer_navigator", "nurse", "team_lead"])),
            "employeeId": G(lambda f: "E" + f.digits(5)),
            "region": G(lambda f: f.pick(["King County", "Glasgow", "Attiki", "Cook County"])),
            "createdAt": G(lambda f: f.iso()),
            "naloxoneTrained": G(lambda f: f.pick([True, False])),
            "languages": Many(G(lambda f: f.pick(["en", "es", "el", "ar", "fa", "pl"])), 3),
            "hourlyRate": Y(lambda f: f.pick([21.5, 24.75, 18.9, 27.0, 13.45]), "salary"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Outreach Encounter Logged",
        ["swift", "kotlin"],
        {
            "encounter_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "client_known": G(lambda f: f.pick([True, False])),
            "client_first_name": Y(lambda f: f.given(), "name"),
            "client_nickname": Y(lambda f: f.pick(STREET_NAMES), "name"),
            "encounter_lat": Y(lambda f: f.glat(), "geolocation"),
            "encounter_lng": Y(lambda f: f.glon(), "geolocation"),
            "gps_accuracy_m": G(lambda f: f.r.randint(3, 65)),
            "location_type": G(
                lambda f: f.pick(["encampment", "doorway", "vehicle", "transit station", "park"])
            ),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "services_provided": Many(
                G(lambda f: f.pick(["water", "food", "hygiene kit", "socks", "naloxone kit"])), 4
            ),
            "naloxone_kits_given": G(lambda f: f.r.randint(0, 3)),
            "duration_min": G(lambda f: f.r.randint(2, 45)),
            "weather": G(lambda f: f.pick(["rain", "clear", "below freezing", "heat advisory"])),
            "worker_id": G(lambda f: "E" + f.digits(5)),
            "safety_concern": G(lambda f: f.pick([True, False])),
            "notes": Y(contact_note, "phone|email", True),
            "recorded_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Overdose Response Recorded",
        ["swift", "kotlin"],
        {
            "incident_id": G(lambda f: "OD-" + f.digits(7)),
            "naloxone_administered": Y(lambda f: f.pick([True, False]), "medication|condition"),
            "substance_suspected": Y(
                lambda f: f.pick(["fentanyl", "heroin", "xylazine", "unknown opioid"]), "condition"
            ),
            "patient_gender": Y(lambda f: f.pick(["male", "female", "trans woman", "unknown"]), "gender"),
            "patient_age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "response_time_sec": G(lambda f: f.r.randint(20, 600)),
            "responder_role": G(lambda f: f.pick(["outreach_worker", "peer", "nurse"])),
            "kit_lot_number": G(lambda f: "NX" + f.digits(6)),
            "form_version": G(lambda f: f.pick(["2.1", "2.2"])),
        },
    ),
    (
        "track",
        "Harm Reduction Supplies Distributed",
        ["kotlin", "swift"],
        {
            "distribution_id": G(lambda f: f.uuid()),
            "site_code": G(lambda f: f.pick(["SEA-DT-03", "GLA-CC-01", "ATH-OM-02"])),
            "kit_types": Many(
                G(lambda f: f.pick(["naloxone", "fentanyl test strips", "safer smoking", "sharps"])), 3
            ),
            "quantity": G(lambda f: f.r.randint(1, 20)),
            "sharps_returned": G(lambda f: f.r.randint(0, 60)),
            "fentanyl_test_strips": G(lambda f: f.r.randint(0, 10)),
            "anonymous_participant": G(lambda f: f.pick([True, False])),
            "secondary_distribution": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shift Handover Submitted",
        ["kotlin", "swift"],
        {
            "shift_id": G(lambda f: f.digits(8)),
            "summary": G(shift_summary),
            "beds_filled": G(lambda f: f.r.randint(0, 120)),
            "incidents": G(lambda f: f.r.randint(0, 5)),
            "staff_on_shift": Many(nm(), 3),
            "supervisor_phone": Y(lambda f: f.any_phone(), "phone"),
            "van_mileage": G(lambda f: f.r.randint(20000, 90000)),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Location Updated",
        ["kotlin"],
        {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "accuracy": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "altitude": G(lambda f: round(f.r.uniform(0, 120), 1)),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 2)),
            "bearing": G(lambda f: f.r.randint(0, 359)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "provider": G(lambda f: f.pick(["fused", "gps", "network"])),
        },
    ),
    (
        "screen",
        "Encounter Map",
        ["swift", "kotlin", "rn"],
        {
            "name": G(lambda f: f.pick(["Encounter Map", "Client Profile", "Bed Finder", "Appointments"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Caseload", "Settings"])),
            "client_id": G(lambda f: f.digits(6)),
        },
    ),
    # -- health --------------------------------------------------------------------------------------
    (
        "track",
        "Health Screening Completed",
        ["web", "kotlin"],
        {
            "screening_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "medicaid_id": RED(lambda f: f.medicaid(), "health id"),
            "medicare_mbi": RED(lambda f: f.mbi(), "health id"),
            "mco_member_id": Y(lambda f: f.pick(["M", "U", "C"]) + f.digits(9), "identification"),
            "mco_name": G(
                lambda f: f.pick(["Molina Healthcare", "Amerigroup", "Community Health Plan of Washington"])
            ),
            "diagnoses": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "PTSD",
                            "schizophrenia",
                            "opioid use disorder",
                            "COPD",
                            "hepatitis C",
                            "cellulitis",
                            "type 2 diabetes",
                        ]
                    ),
                    "diagnosis",
                ),
                3,
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["buprenorphine", "methadone", "olanzapine", "insulin glargine", "sertraline"]
                    ),
                    "medication",
                ),
                3,
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "allergies": Y(lambda f: f.pick(["penicillin", "sulfa drugs", "latex", "NKDA"]), "allergy"),
            "tb_screen_result": Y(lambda f: f.pick(["negative", "positive", "pending"]), "diagnosis"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "mental_health_concern": Y(lambda f: f.pick([True, False]), "condition"),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "screened_by": Y(lambda f: f.person(f.pick(["us", "scot", "gr"])), "name"),
            "clinic_site": G(
                lambda f: f.pick(["Pioneer Square Clinic", "Hope Street Hub", "Praksis Polykliniko"])
            ),
            "next_appointment_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    (
        "track",
        "Treatment Referral Sent",
        ["web", "ruby"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "client_name": nm(),
            "client_dob": Y(lambda f: f.dob(), "birthdate"),
            "program_type": Y(
                lambda f: f.pick(
                    [
                        "inpatient detox",
                        "methadone maintenance",
                        "buprenorphine induction",
                        "psychiatric assessment",
                        "alcohol detox",
                    ]
                ),
                "procedure|condition",
            ),
            "provider": G(
                lambda f: f.pick(
                    ["Evergreen Treatment Services", "Glasgow Alcohol and Drug Recovery Service", "OKANA"]
                )
            ),
            "urgency": G(lambda f: f.pick(["routine", "urgent", "same-day"])),
            "consent_to_share": G(lambda f: f.pick([True, False])),
            "referred_by": Y(lambda f: f.person(f.pick(["us", "scot", "gr"])), "name"),
            "referrer_email": Y(lambda f: f.staff_mail(), "email"),
            "intake_phone": G(lambda f: f.pick(["(206) 555-0131", "0141 276 2930", "210 5222 345"])),
        },
    ),
    # -- case management web app -------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "first_name": Y(lambda f: f.given(), "name"),
            "last_name": Y(lambda f: f.family(), "name"),
            "title": G(lambda f: f.pick(["Housing Case Manager", "Intake Coordinator", "Program Director"])),
            "organization": G(lambda f: f.pick(AGENCIES)),
            "caseload_size": G(lambda f: f.r.randint(5, 45)),
            "supervisor_email": Y(lambda f: f.staff_mail(), "email"),
            "last_login": G(lambda f: f.iso()),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_last_changed": G(lambda f: f.date_in()),
        },
    ),
    (
        "track",
        "Client Intake Started",
        ["web"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "program": G(
                lambda f: f.pick(["Emergency Shelter", "Rapid Rehousing", "Street Outreach", "PSH"])
            ),
            "intake_location": G(lambda f: f.pick(SHELTERS)),
            "referral_source": G(
                lambda f: f.pick(["self", "police", "hospital discharge", "211", "outreach"])
            ),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
            "preferred_language": G(
                lambda f: f.pick(["English", "Spanish", "Greek", "Dari", "Arabic", "Polish"])
            ),
        },
    ),
    (
        "track",
        "Client Intake Completed",
        ["web", "node"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "client": {
                "client_id": G(lambda f: f.digits(6)),
                "first_name": Y(lambda f: f.given("us"), "name"),
                "last_name": Y(lambda f: f.family("us"), "name"),
                "preferred_name": Y(lambda f: f.given(), "name"),
                "aliases": Many(Y(lambda f: f.pick([f.pick(STREET_NAMES), f.person("us")]), "name"), 2),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "dob_approximate": G(lambda f: f.pick([True, False])),
                "age": G(lambda f: f.r.randint(18, 78)),
                "gender": Y(lambda f: f.pick(["man", "woman", "non-binary", "transgender woman"]), "gender"),
                "race": Many(
                    Y(
                        lambda f: f.pick(
                            [
                                "Black or African American",
                                "White",
                                "American Indian or Alaska Native",
                                "Asian",
                                "Native Hawaiian or Pacific Islander",
                            ]
                        ),
                        "race",
                    ),
                    2,
                ),
                "ethnicity": Y(
                    lambda f: f.pick(["Hispanic/Latina/e/o", "Non-Hispanic", "Mexican", "Puerto Rican"]),
                    "ethnicity",
                ),
                "veteran_status": RED(lambda f: f.pick(["yes", "no", "client refused"]), "veteran"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "household_size": G(lambda f: f.r.randint(1, 6)),
                "monthly_income": Y(lambda f: f.pick([0, 0, 841, 943, 1250, 2100]), "salary"),
            },
            "id_documents": Many(
                {
                    "type": G(lambda f: f.pick(ID_DOC_TYPES)),
                    "number": RED(lambda f: f.pick([f.state_id(), f.passport()]), "national id|passport"),
                    "issuing_state": G(lambda f: f.pick(["WA", "CA", "IL", "Mexico", "Navajo Nation"])),
                    "expires": G(lambda f: f.date_in(f.r.randint(2024, 2031))),
                    "verified": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "last_known_location": {
                "description": Y(
                    lambda f: f.pick(
                        [
                            "Tent under I-5 at Cherry St",
                            "Car behind Safeway on Rainier Ave S",
                            "Doorway of 2nd Ave & Yesler",
                            "Encampment at Echo Park Lake",
                            "Lower Wacker Dr near Columbus",
                        ]
                    ),
                    "address",
                ),
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "benefits": Many(
                {
                    "program": G(lambda f: f.pick(["SNAP", "TANF", "Medicaid", "General Assistance"])),
                    "case_number": G(lambda f: f.digits(9)),
                    "status": G(lambda f: f.pick(["active", "pending", "denied"])),
                },
                3,
            ),
            "completed_by": G(lambda f: "E" + f.digits(5)),
            "duration_sec": G(lambda f: f.r.randint(300, 4000)),
        },
    ),
    (
        "track",
        "Intake Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "intake-v7"),
            "field": G(lambda f: f.keep("field", f.pick(["phone", "email", "alt_phone"]))),
            "value": Y(
                lambda f: f.mail() if f.state.get("field") == "email" else f.any_phone(), "phone|email", True
            ),
            "step": G(lambda f: f.r.randint(1, 6)),
            "duration_ms": G(lambda f: f.r.randint(800, 30000)),
        },
    ),
    (
        "track",
        "Client Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick(
                    [f.person(), f.family(), f"{f.family()}, {f.given()}", f.given() + " " + f.family()[0]]
                ),
                "name",
                True,
            ),
            "filters": {
                "program": G(lambda f: f.pick(["all", "PSH", "shelter"])),
                "status": G(lambda f: f.pick(["active", "exited", "any"])),
            },
            "results": G(lambda f: f.r.randint(0, 14)),
            "search_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Case Note Added",
        ["web"],
        {
            "note_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "author_id": G(lambda f: "E" + f.digits(5)),
            "author_name": Y(lambda f: f.person(f.pick(["us", "scot"])), "name"),
            "note_type": G(lambda f: f.pick(["contact", "phone call", "home visit", "collateral"])),
            "body": Y(contact_note, "phone|email", True),
            "word_count": G(lambda f: f.r.randint(8, 200)),
            "is_confidential": G(lambda f: f.pick([True, False])),
            "follow_up_date": G(lambda f: f.date_in()),
            "tags": Many(G(lambda f: f.pick(["housing", "benefits", "ID", "health", "court"])), 3),
        },
    ),
    (
        "track",
        "Referral Created",
        ["web", "ruby"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "referral_type": G(
                lambda f: f.pick(["housing", "benefits advice", "ID replacement", "food bank", "legal aid"])
            ),
            "to_agency": G(lambda f: f.pick(AGENCIES)),
            "to_agency_email": G(
                lambda f: f.pick(
                    ["intake@praksis.gr", "referrals@simonscotland.org", "info@ugm.org", "housing@lafh.org"]
                )
            ),
            "to_agency_phone": G(lambda f: f.pick(["(213) 555-0187", "0800 027 7466", "+30 210 520 5200"])),
            "contact_person": Y(lambda f: f.person(), "name"),
            "contact_person_email": Y(lambda f: f.staff_mail(), "email"),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "status": G(lambda f: f.pick(["sent", "accepted", "declined"])),
        },
    ),
    (
        "track",
        "Housing Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "HA-" + f.digits(7)),
            "program": G(
                lambda f: f.pick(["Rapid Rehousing", "Permanent Supportive Housing", "Section 8 HCV"])
            ),
            "applicant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
            },
            "credit_score": Y(lambda f: f.r.randint(420, 760), "credit score"),
            "household": Many(
                {
                    "name": nm(),
                    "relationship": G(lambda f: f.pick(["child", "spouse", "partner", "grandchild"])),
                    "dob": Y(lambda f: f.dob(2005, 2023), "birthdate"),
                    "age": G(lambda f: f.r.randint(0, 17)),
                },
                3,
            ),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(PET_NAMES)),
                    "species": G(lambda f: f.pick(["dog", "cat"])),
                    "weight_lb": G(lambda f: f.r.randint(6, 80)),
                },
                2,
            ),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "employer": G(lambda f: f.pick(["Amazon", "Safeway", "Starbucks", "none", "Labor Ready"])),
            "job_title": G(lambda f: f.pick(["warehouse associate", "cashier", "day laborer", "none"])),
            "income": Y(lambda f: f.r.randint(0, 3200), "salary"),
            "reference_contact": {
                "name": nm(),
                "phone": Y(lambda f: f.us_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["former landlord", "case manager", "employer"])),
            },
            "documents_uploaded": G(lambda f: f.r.randint(0, 8)),
            "eviction_history": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Housing Placement Made",
        ["java", "web"],
        {
            "placement_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: f.digits(6)),
            "program": G(
                lambda f: f.pick(
                    ["Rapid Rehousing", "Permanent Supportive Housing", "Housing First Scotland"]
                )
            ),
            "unit": {
                "address": Y(lambda f: f.street_any(), "address|street"),
                "unit_number": Y(lambda f: f.pick(["Apt 3B", "Unit 12", "2/1", "#405"]), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                "bedrooms": G(lambda f: f.r.randint(0, 3)),
            },
            "landlord": {
                "name": nm(),
                "type": G(lambda f: f.pick(["private", "individual owner"])),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "management_company": G(
                lambda f: f.pick(["Wheatley Homes", "Greystar", "Plymouth Housing", "Link Group"])
            ),
            "move_in_date": G(lambda f: f.date_in()),
            "rent_monthly": G(lambda f: f.pick([1450, 1725, 420.5, 650, 380])),
            "tenant_portion": G(lambda f: f.pick([0, 50, 120, 310])),
            "days_homeless_before_placement": G(lambda f: f.r.randint(10, 2400)),
            "case_manager_email": Y(lambda f: f.staff_mail(), "email"),
        },
    ),
    (
        "track",
        "ID Replacement Requested",
        ["web"],
        {
            "request_id": G(lambda f: f.digits(8)),
            "document": G(lambda f: f.pick(["birth certificate", "state ID", "social security card"])),
            "birth_state": G(lambda f: f.pick(["WA", "CA", "TX", "IL", "Puerto Rico"])),
            "place_of_birth": Y(
                lambda f: f.pick(["Yakima", "Fresno", "San Juan", "Gary", "Tuba City"]), "city"
            ),
            "mother_maiden_name": Y(lambda f: f.family("us"), "name"),
            "mailing_address": Y(
                lambda f: f.pick(["c/o Mary's Place, ", "c/o Compass Center, ", ""]) + f.us_street(),
                "address",
            ),
            "fee_waiver": G(lambda f: f.pick([True, False])),
            "request_fee": G(lambda f: f.pick([0, 20, 25, 54])),
        },
    ),
    (
        "track",
        "Address Searched",
        ["web"],
        {
            "session_token": G(lambda f: f.uuid()),
            "destination_query": G(
                lambda f: f.pick(
                    ["Compass Center", "1830 9th Ave", "Hope Street Glasgow", "Sofokleous 4 Athina"]
                )
            ),
            "predictions": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        },
    ),
    (
        "page",
        "Client Profile",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Client Profile", "Bed Board", "Referrals", "Caseload"])),
            "path": G(lambda f: f"/clients/{f.digits(6)}"),
            "url": G(lambda f: f"https://app.harborpath.org/clients/{f.digits(6)}?tab=overview"),
            "title": G(lambda f: "Client | Harbor Path"),
            "referrer": G(lambda f: "https://app.harborpath.org/clients"),
            "search": G(lambda f: f.pick(["?tab=overview", "?tab=notes", "?tab=documents"])),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        {
            "name": G(lambda f: f.pick(AGENCIES)),
            "industry": G(lambda f: "Nonprofit"),
            "employees": G(lambda f: f.r.randint(10, 900)),
            "address": {
                "street": G(
                    lambda f: f.pick(["1830 9th Ave", "472 Ballater St", "Sokratous 57", "2100 Oakdale Ave"])
                ),
                "city": G(lambda f: f.pick(["Seattle", "Glasgow", "Athina", "Chicago"])),
                "postal_code": G(lambda f: f.pick(["98101", "G5 0QW", "104 31", "60657"])),
                "country": G(lambda f: f.pick(["US", "GB", "GR"])),
            },
            "main_phone": G(lambda f: f.pick(["(206) 555-0100", "0141 418 6980", "+30 210 520 5200"])),
            "support_email": G(
                lambda f: f.pick(["info@harborpath.org", "hello@simonscotland.org", "info@praksis.gr"])
            ),
            "website": G(lambda f: f.pick(["https://harborpath.org", "https://praksis.gr"])),
            "plan": G(lambda f: f.pick(["agency", "coc_lead", "enterprise"])),
            "coc_code": G(lambda f: f.pick(["WA-500", "CA-600", "IL-510", "SCO-GLA", "GR-ATT"])),
            "beds_total": G(lambda f: f.r.randint(20, 600)),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    # -- donation site: e-commerce spec ------------------------------------------------------------
    (
        "track",
        "Donation Page Viewed",
        ["donate"],
        {
            "page_variant": G(lambda f: f.pick(["A", "B"])),
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "suggested_amounts": Many(G(lambda f: f.pick([10, 25, 50, 100])), 4),
        },
    ),
    (
        "track",
        "Products Searched",
        ["donate"],
        {"query": G(lambda f: f.pick(["sleeping bag", "bed night", "naloxone", "socks"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["donate"],
        {**donation_product(), "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"]))},
    ),
    (
        "track",
        "Product Added",
        ["donate"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v for k, v in donation_product().items() if k in ("product_id", "sku", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["donate"],
        {
            "order_id": G(lambda f: "GV" + f.digits(8)),
            "revenue": G(lambda f: f.money(10, 500)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "products": Many(donation_product(), 3),
            "is_recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["donate"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "GV" + f.digits(8)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": nm(),
            "billing_postcode": Y(lambda f: f.postcode_any(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["donate", "node"],
        {
            "order_id": G(lambda f: "GV" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 500)),
            "revenue": G(lambda f: f.money(10, 500)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "products": Many(donation_product(), 3),
            "is_recurring": G(lambda f: f.pick([True, False])),
            "gift_aid_eligible": G(lambda f: f.pick([True, False])),
            "employer_match": G(lambda f: f.pick(["Microsoft", "Standard Life", "none", "Boeing"])),
            "donor": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "opt_in_email": G(lambda f: f.pick([True, False])),
            },
            "billing_address": {
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                "state": G(lambda f: f.pick(["WA", "CA", "Scotland", "Attiki"])),
                "country": G(lambda f: f.pick(["US", "GB", "GR"])),
            },
            "dedication": {
                "type": G(lambda f: f.pick(["in_memory", "in_honor", "in_celebration"])),
                "honoree_name": nm(),
                "notify_email": Y(lambda f: f.mail(), "email"),
            },
            "card_last4": G(lambda f: f.digits(4)),
            "stripe_customer": G(lambda f: "cus_" + f.hexid(14)),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["donate"],
        {
            "order_id": G(lambda f: "GV" + f.digits(8)),
            "coupon_id": G(lambda f: f.pick(["MATCH2X", "SLEEPOUT24", "STAFFGIVE"])),
            "discount": G(lambda f: f.pick([0, 5, 10])),
        },
    ),
    # -- public reporting app (Flutter) -------------------------------------------------------------
    (
        "track",
        "Rough Sleeper Alert Submitted",
        ["flutter"],
        {
            "alert_id": G(lambda f: f.uuid()),
            "reporter": {
                "name": nm(),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "contact_ok": G(lambda f: f.pick([True, False])),
            },
            "person_location": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 50)),
                "what3words": Y(
                    lambda f: (
                        "///"
                        + ".".join(
                            f.pick(
                                [
                                    "filled",
                                    "count",
                                    "soap",
                                    "tables",
                                    "crisp",
                                    "lamp",
                                    "river",
                                    "slope",
                                    "grape",
                                ]
                            )
                            for _ in range(3)
                        )
                    ),
                    "geolocation",
                ),
            },
            "approx_age": G(lambda f: f.pick(["under 18", "18-25", "26-50", "over 50"])),
            "gender": Y(lambda f: f.pick(["male", "female", "not sure"]), "gender"),
            "seen_at": G(lambda f: f.iso()),
            "local_authority": G(lambda f: f.pick(["Glasgow City", "City of Edinburgh", "Dimos Athinaion"])),
            "is_emergency": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Report Location",
        ["flutter"],
        {
            "name": G(lambda f: f.pick(["Report Location", "Report Details", "Thank You"])),
            "step": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- client self-service app (React Native) -----------------------------------------------------
    (
        "identify",
        None,
        ["rn"],
        {
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "firstName": Y(lambda f: f.given(), "name"),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "el", "ar", "fa", "so"])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "clientId": G(lambda f: f.digits(6)),
            "program": G(lambda f: f.pick(["Rapid Rehousing", "Shelter", "Outreach"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Bed Availability Checked",
        ["rn", "flutter"],
        {
            "near": {
                "lat": Y(lambda f: f.glat(), "geolocation"),
                "lng": Y(lambda f: f.glon(), "geolocation"),
            },
            "radius_km": G(lambda f: f.pick([2, 5, 10])),
            "results": Many(
                {
                    "shelter_id": G(lambda f: f.digits(4)),
                    "shelter_name": G(lambda f: f.pick(SHELTERS)),
                    "beds_available": G(lambda f: f.r.randint(0, 30)),
                    "gender_restriction": G(lambda f: f.pick(["none", "women only", "men only", "families"])),
                    "accepts_pets": G(lambda f: f.pick([True, False])),
                    "distance_km": G(lambda f: round(f.r.uniform(0.2, 9.9), 1)),
                    "lat": G(lambda f: f.glat("shelter")),
                    "lng": G(lambda f: f.glon("shelter")),
                    "phone": G(lambda f: f.pick(["(206) 555-0142", "0141 552 3561", "+30 210 346 0000"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Appointment Scheduled",
        ["rn"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "type": G(
                lambda f: f.pick(["housing interview", "benefits appointment", "case review", "ID clinic"])
            ),
            "with_staff_name": Y(lambda f: f.person(f.pick(["us", "scot", "gr"])), "name"),
            "location_name": G(
                lambda f: f.pick(["Harbor Path Downtown Office", "Hope Street Hub", "Praksis Kentro"])
            ),
            "location_address": G(
                lambda f: f.pick(["1830 9th Ave, Seattle", "100 Hope St, Glasgow", "Stournari 57, Athina"])
            ),
            "starts_at": G(lambda f: f.iso()),
            "reminder_phone": Y(lambda f: f.any_phone(), "phone"),
            "reminder_sms_opt_in": G(lambda f: f.pick([True, False])),
            "interpreter_language": G(
                lambda f: f.pick(["none", "Spanish", "Dari", "Arabic", "Somali", "Polish"])
            ),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["rn"],
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["phone", "email", "emergency_contact", "mailing_address"])), 3
            ),
            "email": Y(lambda f: f.mail(), "email"),
            "preferred_contact": G(lambda f: f.pick(["sms", "call", "email", "in person"])),
            "emergency_contact": {
                "name": nm(),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "sister", "friend", "pastor", "son"])),
            },
            "mailing_address": {
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "zip": Y(lambda f: f.postcode_any(), "zipcode"),
                "state": G(lambda f: f.pick(["WA", "CA", "IL", "Scotland", "Attiki"])),
            },
            "photo_url": Y(lambda f: "https://files.harborpath.org/avatars/" + f.hexid(16) + ".jpg", "photo"),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Saved",
        ["rn"],
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{f.given()} ({f.pick(['sister', 'mom', 'cousin', 'friend'])})",
                        f.person(),
                        f"Pastor {f.given('us')}",
                        f"{f.given()} - caseworker",
                    ]
                ),
                "name",
                True,
            ),
            "value": Y(lambda f: f.any_phone(), "phone|email", True),
            "contact_count": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "EBT Balance Checked",
        ["rn"],
        {
            "ebt_card_number": RED(lambda f: f.ebt(), "credit card"),
            "state": G(lambda f: f.pick(["WA", "CA", "IL"])),
            "snap_balance": G(lambda f: f.money(0, 400)),
            "cash_balance": G(lambda f: f.money(0, 200)),
            "last_transaction_amount": G(lambda f: f.money(1, 80)),
            "last_transaction_merchant": G(
                lambda f: f.pick(["Safeway #1423", "Walgreens", "Jewel-Osco", "Grocery Outlet"])
            ),
        },
    ),
    (
        "track",
        "Document Uploaded",
        ["rn", "web"],
        {
            "document_id": G(lambda f: f.uuid()),
            "doc_type": G(
                lambda f: f.keep(
                    "doc", f.pick(["birth_certificate", "state_id", "passport", "ss_card", "lease"])
                )
            ),
            "file_name": Y(
                lambda f: f"{f.family()}_{f.state.get('doc', 'scan')}.{f.pick(['jpg', 'pdf', 'heic'])}",
                "name",
                True,
            ),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "size_bytes": G(lambda f: f.r.randint(40_000, 6_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        },
    ),
    (
        "track",
        "Assistant Query Sent",
        ["rn"],
        {
            "input": G(
                lambda f: f.pick(
                    [
                        "where can I get a shower",
                        "food bank near me",
                        "is the shelter open tonight",
                        "how do I get a new ID",
                        "donde puedo lavar ropa",
                        "pou boro na kano banio",
                    ]
                )
            ),
            "intent": G(lambda f: f.pick(["find_service", "shelter_hours", "id_help"])),
            "confidence": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
            "response_ms": G(lambda f: f.r.randint(200, 3000)),
        },
    ),
    (
        "alias",
        None,
        ["rn", "web"],
        {},
    ),
    # -- server: auth, messaging and vendor webhooks -------------------------------------------------
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(lambda f: 600),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Sign In Link Sent",
        ["node"],
        {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "sign_in_link": RED(
                lambda f: "https://app.harborpath.org/auth/verify?token=" + f.hexid(48), "token"
            ),
            "expires_at": G(lambda f: f.iso()),
            "sso_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["node", "python"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.any_phone(), "phone"),
            "text": Y(reminder_sms, "name", True),
            "segments": G(lambda f: f.r.randint(1, 2)),
            "template": G(lambda f: f.pick(["appt_reminder", "bed_hold", "interview_moved"])),
        },
    ),
    (
        "track",
        "SMS Received",
        ["node"],
        {
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(
                lambda f: f.pick([f.phone("e164"), "+447" + f.digits(9), "+3069" + f.digits(8)]),
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+12065550100", "+441415550199", "+302105550123"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Is there a bed tonight?",
                        "Running late sorry",
                        "STOP",
                        "yes",
                        "ok thank u",
                        "Can I bring my dog",
                    ]
                )
            ),
            "NumMedia": G(lambda f: f.pick(["0", "1"])),
            "SmsStatus": G(lambda f: "received"),
            "FromCountry": G(lambda f: f.pick(["US", "GB", "GR"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@harborpath.org>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "category": Many(G(lambda f: f.pick(["donor_receipt", "newsletter", "staff_alert"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Tenancy Agreement Signed",
        ["java"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["sent", "delivered", "completed"])),
            "emailSubject": G(lambda f: f.pick(["Please sign: Tenancy Agreement", "Occupancy Agreement"])),
            "recipients": Many(
                {
                    "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                    "name": nm(),
                    "email": Y(lambda f: f.mail(), "email"),
                    "routingOrder": G(lambda f: str(f.r.randint(1, 3))),
                    "status": G(lambda f: f.pick(["sent", "completed"])),
                },
                3,
            ),
            "sentDateTime": G(lambda f: f.iso()),
            "completedDateTime": G(lambda f: f.iso()),
        },
    ),
    # -- server: payments and benefits --------------------------------------------------------------
    (
        "track",
        "Income Support Payment Issued",
        ["java", "python"],
        {
            "payment_id": G(lambda f: "PAY-" + f.digits(9)),
            "client_id": G(lambda f: f.digits(6)),
            "amount": G(lambda f: f.money(50, 900)),
            "currency": G(lambda f: "USD"),
            "method": G(lambda f: f.pick(["ach", "prepaid_card", "check"])),
            "payee_name": nm(),
            "routing_number": G(lambda f: f.pick(["125000024", "121000358", "071000013"])),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "fund_source": G(lambda f: f.pick(["ESG", "CoC", "private"])),
            "approved_by": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Crisis Grant Paid",
        ["dotnet", "python"],
        {
            "grant_ref": G(lambda f: "SWF-" + f.digits(8)),
            "amount": G(lambda f: f.money(30, 600)),
            "currency": G(lambda f: "GBP"),
            "payee_name": nm(),
            "sort_code": G(lambda f: f.pick(["80-22-60", "83-91-46", "82-12-03"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "iban": RED(lambda f: f.gb_iban(), "bank account"),
            "award_type": G(lambda f: f.pick(["crisis", "community care"])),
        },
    ),
    (
        "track",
        "Prepaid Card Loaded",
        ["node"],
        {
            "card_id": G(lambda f: "ic_" + f.hexid(24)),
            "card_token": RED(lambda f: f.pm(), "token"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "load_amount": G(lambda f: f.money(20, 500)),
            "balance_after": G(lambda f: f.money(20, 900)),
            "cardholder": nm(),
        },
    ),
    (
        "track",
        "Prepaid Card Issued",
        ["node"],
        {
            "card_id": G(lambda f: "ic_" + f.hexid(24)),
            "pan": RED(lambda f: f.card(), "credit card"),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2026, 2030)),
            "bin": G(lambda f: f.pick(["423223", "531993", "485246"])),
            "program": G(lambda f: f.pick(["income-support", "crisis-fund"])),
            "shipping_address": {
                "name": nm(),
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "GR"])),
            },
        },
    ),
    (
        "track",
        "Benefits Eligibility Checked",
        ["python", "go"],
        {
            "screening_id": G(lambda f: f.uuid()),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "monthly_income": Y(lambda f: f.pick([0, 350, 943, 1320, 2200]), "salary"),
            "hourly_wage": Y(lambda f: f.pick([15.74, 16.28, 12.0, 19.5]), "salary"),
            "employer": G(lambda f: f.pick(["Amazon", "Safeway", "none", "Labor Ready"])),
            "job_title": G(lambda f: f.pick(["warehouse associate", "cashier", "day laborer", "none"])),
            "immigration_status": RED(
                lambda f: f.pick(
                    ["US citizen", "lawful permanent resident", "refugee", "asylee", "undocumented"]
                ),
                "visa|citizenship",
            ),
            "snap_eligible": G(lambda f: f.pick([True, False])),
            "snap_case_number": G(lambda f: f.digits(9)),
            "medicaid_enrolled": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 80)),
            "marital_status": G(lambda f: f.pick(["single", "married", "separated"])),
            "estimated_benefit": G(lambda f: f.money(20, 900)),
        },
    ),
    # -- HUD HMIS CSV-shaped sync (PascalCase) --------------------------------------------------------
    (
        "track",
        "HMIS Client Upserted",
        ["python"],
        {
            "PersonalID": G(lambda f: f.digits(7)),
            "FirstName": Y(lambda f: f.given("us"), "name"),
            "LastName": Y(lambda f: f.family("us"), "name"),
            "NameDataQuality": G(lambda f: f.pick([1, 2, 8, 9, 99])),
            "SSN": RED(lambda f: f.ssn().replace("-", ""), "social security number"),
            "DOB": Y(lambda f: f.date(1945, 2006), "birthdate"),
            "DOBDataQuality": G(lambda f: f.pick([1, 2, 8, 9, 99])),
            "AmIndAKNative": Y(lambda f: f.pick([0, 1]), "race"),
            "BlackAfAmerican": Y(lambda f: f.pick([0, 1]), "race"),
            "HispanicLatinaeo": Y(lambda f: f.pick([0, 1]), "ethnicity|race"),
            "Woman": Y(lambda f: f.pick([0, 1]), "gender"),
            "Transgender": Y(lambda f: f.pick([0, 1]), "gender"),
            "VeteranStatus": RED(lambda f: f.pick([0, 1, 8, 9, 99]), "veteran"),
            "DateCreated": G(lambda f: f"{f.date_in()} {f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:00"),
            "UserID": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "HMIS Enrollment Upserted",
        ["python"],
        {
            "EnrollmentID": G(lambda f: f.digits(8)),
            "PersonalID": G(lambda f: f.digits(7)),
            "EntryDate": G(lambda f: f.date_in()),
            "HouseholdID": G(lambda f: f.hexid(12)),
            "RelationshipToHoH": G(lambda f: f.pick([1, 2, 3, 4, 5])),
            "EnrollmentCoC": G(lambda f: f.pick(["WA-500", "CA-600", "IL-510"])),
            "LivingSituation": G(lambda f: f.pick([101, 116, 118, 215, 302])),
            "DisablingCondition": RED(lambda f: f.pick([0, 1, 8, 9, 99]), "disability"),
            "MonthsHomelessPastThreeYears": G(lambda f: f.pick([101, 102, 105, 112, 113])),
        },
    ),
    (
        "track",
        "HMIS Disability Upserted",
        ["python"],
        {
            "DisabilitiesID": G(lambda f: f.digits(8)),
            "EnrollmentID": G(lambda f: f.digits(8)),
            "DisabilityType": G(lambda f: f.pick([5, 6, 7, 8, 9, 10])),
            "DisabilityResponse": RED(lambda f: f.pick([0, 1, 2, 3, 8, 9]), "disability"),
            "IndefiniteAndImpairs": RED(lambda f: f.pick([0, 1, 8, 9]), "disability"),
            "InformationDate": G(lambda f: f.date_in()),
            "DataCollectionStage": G(lambda f: f.pick([1, 2, 3, 5])),
        },
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE) ----------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        {
            "CLIENT_ID": G(lambda f: f.digits(6)),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "DOB": Y(lambda f: f.date(1945, 2006), "birthdate"),
            "PRIMARY_PHONE": Y(lambda f: f.any_phone(), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "CASE_STATUS": G(lambda f: f.pick(["ACTIVE", "HOUSED", "EXITED", "INACTIVE"])),
            "PROGRAM_CODE": G(lambda f: f.pick(["ES-01", "RRH-03", "PSH-02", "SO-04"])),
            "LAST_BED_NIGHT_DATE": G(lambda f: f.date_in()),
            "TOTAL_BED_NIGHTS": G(lambda f: f.r.randint(0, 900)),
            "CHRONICALLY_HOMELESS": G(lambda f: f.pick([True, False])),
            "ASSIGNED_CASEWORKER_EMAIL": Y(lambda f: f.staff_mail(), "email"),
            "LAST_ENCOUNTER_LAT": Y(lambda f: f.glat(), "geolocation"),
            "LAST_ENCOUNTER_LON": Y(lambda f: f.glon(), "geolocation"),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # -- shelter operations -------------------------------------------------------------------------
    (
        "track",
        "Bed Night Recorded",
        ["go"],
        {
            "bed_night_id": G(lambda f: f.uuid()),
            "shelter_id": G(lambda f: f.digits(4)),
            "shelter_name": G(lambda f: f.pick(SHELTERS)),
            "shelter_address": G(
                lambda f: f.pick(["77 S Washington St, Seattle", "100 Hope St, Glasgow", "Pireos 35, Athina"])
            ),
            "shelter_lat": G(lambda f: f.glat("shelter")),
            "shelter_lng": G(lambda f: f.glon("shelter")),
            "bed_number": G(lambda f: f"{f.pick(['A', 'B', 'C'])}-{f.r.randint(1, 60)}"),
            "client_id": G(lambda f: f.digits(6)),
            "night_of": G(lambda f: f.date_in()),
            "check_in_at": G(lambda f: f.iso()),
            "check_out_at": G(lambda f: f.iso()),
            "meals_served": G(lambda f: f.r.randint(0, 3)),
            "locker_number": G(lambda f: f.r.randint(1, 200)),
            "pet_name": G(lambda f: f.pick(PET_NAMES)),
            "pet_species": G(lambda f: f.pick(["dog", "cat"])),
            "incident_flag": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "bed-night.synced",
        ["node"],
        {
            "bed-id": G(lambda f: f"{f.pick(['A', 'B', 'C'])}-{f.r.randint(1, 60)}"),
            "client-ref": G(lambda f: "CL-" + f.digits(6)),
            "hmis-personal-id": G(lambda f: f.digits(7)),
            "night-date": G(lambda f: f.date_in()),
            "check-in-time": G(lambda f: f"{f.r.randint(17, 23)}:{f.r.randint(0, 59):02d}"),
            "guest-name": nm(),
            "guest-dob": Y(lambda f: f.dob(), "birthdate"),
            "shelter-code": G(lambda f: f.pick(["CMP-MEN", "MPL-FAM", "HSH-GLA"])),
            "sync-version": G(lambda f: f.pick(["1.3.0", "1.3.2"])),
        },
    ),
    # -- Scotland: council systems (.NET, PascalCase) -------------------------------------------------
    (
        "track",
        "Homeless Application Recorded",
        ["dotnet"],
        {
            "ApplicationRef": G(lambda f: "HL1-" + f.digits(7)),
            "ApplicantForename": Y(lambda f: f.given("scot"), "name"),
            "ApplicantSurname": Y(lambda f: f.family("scot"), "name"),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "NiNumber": RED(lambda f: f.nino(), "national id"),
            "ChiNumber": RED(lambda f: f.chi(), "health id"),
            "Gender": Y(lambda f: f.pick(["Male", "Female", "Other"]), "gender"),
            "Nationality": Y(
                lambda f: f.pick(["British", "Polish", "Romanian", "Irish", "Eritrean"]), "citizenship"
            ),
            "PreviousAddress": Y(lambda f: f.scot_street(), "address"),
            "PreviousPostcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "ContactTelephone": Y(lambda f: f.uk_phone(), "phone"),
            "LocalAuthority": G(lambda f: f.pick(["Glasgow City", "City of Edinburgh", "Dundee City"])),
            "ReasonForHomelessness": G(
                lambda f: f.pick(
                    [
                        "Asked to leave",
                        "Dispute within household",
                        "Discharge from prison",
                        "Termination of tenancy",
                    ]
                )
            ),
            "ArmedForcesLeaver": RED(lambda f: f.pick([True, False]), "veteran"),
            "SupportNeeds": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "Mental health problem",
                            "Drug dependency",
                            "Alcohol dependency",
                            "Physical ill health",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "HouseholdMembers": Many(
                {
                    "Forename": Y(lambda f: f.given("scot"), "name"),
                    "Relationship": G(lambda f: f.pick(["Child", "Partner"])),
                    "DateOfBirth": Y(lambda f: f.dob(2006, 2023), "birthdate"),
                },
                2,
            ),
            "AssessingOfficer": Y(lambda f: f.person("scot"), "name"),
        },
    ),
    (
        "track",
        "Tenancy Support Visit",
        ["dotnet"],
        {
            "VisitId": G(lambda f: f.digits(7)),
            "TenancyReference": G(lambda f: "TEN/" + f.digits(6)),
            "TenantName": Y(lambda f: f.person("scot"), "name"),
            "PropertyAddress": Y(lambda f: f.scot_street(), "address"),
            "Postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "VisitDate": G(lambda f: f.date_in()),
            "RentArrears": G(lambda f: f.money(0, 1500)),
            "SustainmentRisk": G(lambda f: f.pick(["Low", "Medium", "High"])),
            "Officer": Y(lambda f: f.person("scot"), "name"),
            "OfficerEmail": Y(
                lambda f: f.mail(f.person("scot"), ["glasgow.gov.uk", "edinburgh.gov.uk"]), "email"
            ),
            "Notes": G(tenancy_note),
        },
    ),
    # -- Greece: backends with romanised Greek keys ---------------------------------------------------
    (
        "track",
        "Nea Eggrafi Ofelimenou",
        ["php"],
        {
            "kodikos_ofelimenou": G(lambda f: "OF-" + f.digits(6)),
            "onoma": Y(lambda f: f.given(f.pick(["gr", "gr_mig"])), "name"),
            "eponymo": Y(lambda f: f.family(f.pick(["gr", "gr_mig"])), "name"),
            "patronymo": Y(lambda f: f.given(f.pick(["gr", "gr_mig"])), "name"),
            "imerominia_gennisis": Y(lambda f: f.dob(), "birthdate"),
            "fylo": Y(lambda f: f.pick(["andras", "gynaika", "allo"]), "gender"),
            "ypikootita": Y(
                lambda f: f.pick(["Elliniki", "Afganiki", "Syriaki", "Somaliki", "Alvaniki"]), "citizenship"
            ),
            "amka": RED(lambda f: f.amka(), "social security number|national id"),
            "afm": RED(lambda f: f.afm(), "national id"),
            "arithmos_taftotitas": RED(lambda f: f.gr_id_card(), "national id"),
            "tilefono": Y(lambda f: f.gr_phone(), "phone"),
            "dieuthinsi": Y(lambda f: f.gr_street(), "address"),
            "tk": Y(lambda f: f.gr_postcode(), "zipcode"),
            "poli": Y(lambda f: f.pick(GR_CITIES), "city"),
            "oikogeneiaki_katastasi": G(lambda f: f.pick(["agamos", "eggamos", "diazevgmenos", "chiros"])),
            "arithmos_teknon": G(lambda f: f.r.randint(0, 5)),
            "domi_filoxenias": G(lambda f: f.pick(SHELTERS[5:7])),
            "miniaio_eisodima": Y(lambda f: f.pick([0, 200, 416, 534, 780]), "salary"),
            "chronia_nosimata": Many(
                Y(
                    lambda f: f.pick(["sakcharodis diavitis", "ypertasi", "asthma", "HIV", "ipatitida C"]),
                    "condition",
                ),
                2,
            ),
            "pososto_anapirias": RED(lambda f: f.pick([0, 35, 50, 67, 80]), "disability"),
            "imerominia_eisodou": G(lambda f: f.date_in()),
        },
    ),
    (
        "track",
        "Dianyktereusi",
        ["php"],
        {
            "id": G(lambda f: f.digits(8)),
            "domi": G(lambda f: f.pick(SHELTERS[5:7])),
            "klini": G(lambda f: f.r.randint(1, 120)),
            "imerominia": G(lambda f: f.date_in()),
            "ofelimenos_onoma": Y(lambda f: f.person(f.pick(["gr", "gr_mig"])), "name"),
            "ofelimenos_amka": RED(lambda f: f.amka(), "social security number|national id"),
            "afixi": G(lambda f: f"{f.r.randint(18, 23)}:{f.r.randint(0, 59):02d}"),
            "anachorisi": G(lambda f: f"0{f.r.randint(6, 9)}:{f.r.randint(0, 59):02d}"),
            "gevmata": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Kataxorisi Simeiosis",
        ["php"],
        {
            "id_simeiosis": G(lambda f: f.uuid()),
            "kodikos_ofelimenou": G(lambda f: "OF-" + f.digits(6)),
            "koinonikos_leitourgos": Y(lambda f: f.person("gr"), "name"),
            "keimeno": Y(greek_note, "phone", True),
            "katigoria": G(lambda f: f.pick(["stegasi", "ygeia", "nomiki", "ergasia"])),
            "imerominia": G(lambda f: f.date_in()),
        },
    ),
    (
        "track",
        "Pliromi Epidomatos",
        ["php", "python"],
        {
            "kodikos_pliromis": G(lambda f: "PL-" + f.digits(8)),
            "kodikos_ofelimenou": G(lambda f: "OF-" + f.digits(6)),
            "dikaiouchos": Y(lambda f: f.person(f.pick(["gr", "gr_mig"])), "name"),
            "iban": RED(lambda f: f.gr_iban(), "bank account"),
            "poso": G(lambda f: f.pick([150.0, 200.0, 416.0, 534.0])),
            "minas": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "programma": G(lambda f: f.pick(["KEA", "ESTIA", "HELIOS", "Epidoma Stegasis"])),
        },
    ),
    (
        "track",
        "Asylum Seeker Enrolled",
        ["python"],
        {
            "case_id": G(lambda f: "GR-" + f.digits(7)),
            "full_name": Y(lambda f: f.person("gr_mig"), "name"),
            "country_of_origin": Y(
                lambda f: f.pick(["Afghanistan", "Syria", "Somalia", "DR Congo", "Eritrea"]), "citizenship"
            ),
            "passport_number": RED(lambda f: f.pick(["P", "N", "A"]) + f.digits(8), "passport"),
            "paaypa": RED(lambda f: f.paaypa(), "health id"),
            "asylum_status": RED(
                lambda f: f.pick(
                    ["applicant", "recognised refugee", "subsidiary protection", "rejected - appeal"]
                ),
                "visa",
            ),
            "right_to_work": RED(lambda f: f.pick([True, False]), "visa"),
            "languages": Many(
                G(lambda f: f.pick(["Dari", "Pashto", "Arabic", "Somali", "Lingala", "French"])), 2
            ),
            "thriskevma": Y(
                lambda f: f.pick(["Mousoulmanos", "Christianos", "Orthodoxos", "Kamia"]), "religion"
            ),
            "camp": G(lambda f: f.pick(["Ritsona", "Schisto", "Malakasa", "Diavata"])),
            "arrival_date": G(lambda f: f.date_in(f.r.randint(2019, 2024))),
            "phone": Y(lambda f: f.gr_phone(), "phone"),
        },
    ),
]

# How many times each (kind, event) template is sent per round, when not once.
WEIGHTS = {
    "Outreach Encounter Logged": 3,
    "Bed Night Recorded": 3,
    "Location Updated": 2,
    "Encounter Map": 2,
    "Client Profile": 2,
    "Product Viewed": 2,
    "Bed Availability Checked": 2,
}

CONTEXTS = {
    "web": lambda f: web_context(f),
    "donate": lambda f: donate_context(f),
    "swift": lambda f: swift_context(f),
    "kotlin": lambda f: kotlin_context(f),
    "rn": lambda f: rn_context(f),
    "flutter": lambda f: flutter_context(f),
}


def message(f: HFake, kind, event, client, body, labels):
    msg = {
        "type": kind,
        "messageId": f.uuid()
        if client in ("swift", "kotlin", "rn", "flutter")
        else "ajs-next-" + f.hexid(32),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["u_", "stf_", ""]) + f.digits(6),
    }
    if client in SERVER_LIBS:
        msg["messageId"] = f.uuid()
        ctx = server_context(client, with_ip=f.r.random() < 0.3)
    else:
        ctx = CONTEXTS[client](f)
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    f.state.clear()
    if kind != "alias":
        section = {"identify": "traits", "group": "traits"}.get(kind, "properties")
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(ctx, f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            for _ in range(WEIGHTS.get(event, 1)):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=282, repeats=30)
    write(Path(__file__).parent, "holdout282_", events, labels)
