"""Writes holdout301: tests/corpus/holdout301_events.jsonl and holdout301_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels, and never run through the engine by its author; only
`tests/corpus/build.py` (helpers), `fake.py`, `build_holdout3.py` (format) and the reference's
matcher table were read. Run once with `.venv/bin/python -m tests.corpus.build_holdout301`;
deterministic (seed 301).

Domain: a sexual-health and HIV-prevention service (PrEP, at-home STI test kits, online clinic)
operating in the UK, South Africa and Thailand. Covered: anonymous and named sign-ups, phone and
magic-link verification, sexual-health questionnaires and symptom checkers, test-kit orders,
activation, lab receipt and results (including a FHIR-shaped lab webhook), PrEP prescriptions
(a .NET pharmacy backend), refills, dose logging and adherence reminders, partner notification,
clinic and video appointments (a Calendly-shaped webhook, SMS reminders, Twilio-shaped inbound
SMS), contraception and emergency contraception orders, pharmacy delivery and courier webhooks,
pickup points, Stripe-, Omise- (Thailand) and PayFast- (South Africa) shaped payments, PromptPay,
UK private insurance and South African medical aid, refunds to bank accounts, ID verification,
dependants and emergency contacts, LINE account linking, Meta Conversions API and SendGrid
payloads, support chat, referrals, a careers page, staff (clinician) apps, group calls for
partner clinics, page and screen calls, and reverse-ETL identify calls from a warehouse.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET, Twilio),
kebab-case (courier webhook, HTTP headers), SCREAMING_SNAKE (warehouse reverse ETL), Afrikaans
and isiXhosa keys (South African backends) and Thai-script keys (a Thai hospital backend).
Values: names from British, South African (isiXhosa, isiZulu, Sesotho, Afrikaans, Indian South
African) and Thai (romanised and Thai script) cultures; UK, South African and Thai phone formats;
UK postcodes, 4-digit South African and 5-digit Thai postcodes; South African ID numbers (Luhn),
Thai national ids (mod-11), NHS numbers (mod-11), NI numbers, Luhn card numbers, mod-97 GB IBANs.

Labelling rules (the Privacy Portal's default colours):
- classification is the reference's default colour of the matcher named as type; outside the
  reference, red for credentials/secrets/tokens, card numbers, bank accounts, government ids and
  health ids, yellow otherwise (advertising id, geolocation).
- green: ids we or a business issue (user, order, kit, lab accession, claim, customer, LINE user
  ids), versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys, product / service / plan / company / clinic / insurer names, places that are
  not the person's (clinics, pickup points, courier depots, searched places), country, province,
  locale, language, timezone, currency, user agents, OS-issued device ids, card brand / last four
  / expiry, sort and branch codes, ages and age bands, job titles and employers, business phones
  and role mailboxes, call-masking proxy numbers, UUID tokens (Places session tokens),
  e-mail Message-IDs.
- yellow: insurance policy and medical-aid member numbers (`identification`); prescription / rx
  numbers (`medication`); salaries (`salary`); vehicle plates (`license`); ad click ids and
  Meta browser ids (`advertising id`); the person's billing and shipping addresses (`address`).
- red: payment tokens (`pm_`, `tokn_`), activation and one-time codes, magic-link and reset
  tokens, push tokens, Authorization headers (`token`); NHS numbers and hospital numbers (HN)
  (`health id`); ID and passport numbers (`national id` / `passport`); right-to-work and
  sponsorship answers (`visa`); wheelchair access needs (`disability`).
Domain rules settled here (a careful privacy owner's choice, stated so the labels are checkable):
- Catalogue items are green even in this domain: product, kit, service and plan names
  (`products[].name` = "HIV Self-Test Kit", `service` = "PrEP start"). A field that states the
  person's own health is labelled by its health matcher, yellow: test results (`diagnosis`),
  symptoms, pregnancy, smoking, blood pressure, BMI, risk level (`condition`), drugs prescribed
  or taken and regimens (`medication`), swab / sample sites and dates of last test
  (`procedure`), diagnosis codes (`diagnosis`).
- Questionnaire answers describing the person's sex life are special-category data: the genders
  of their partners are `sexual orientation`; exposure and risk answers (condomless sex, partner
  counts, hours since unprotected sex, exposure type) are `condition` (the reference has no
  sex-life matcher; they are clinical risk factors). Engagement counters in adherence events
  (streaks, reminders acknowledged) stay green: the event, not the field, reveals PrEP use.
- A hash of a person's e-mail or phone (ad-platform match keys, `email_sha256`) keeps the type
  of what it hashes, yellow; a hash of a user id is green.
- Nicknames chosen at anonymous sign-up, LINE display names and names inside file names are
  `name`. A country describing the person (nationality, country of birth) is `citizenship`.
- A clinician's or staff member's name, personal work e-mail and professional registration
  number (GMC, HPCSA) are personal (`name`, `email`, `license`).
- FHIR resource references (`Patient/<uuid>`) and lab accession numbers are ids a system issues,
  green; patient numbers a health system prints on cards and letters (NHS number, Thai HN) are red.
- value_only is true when the key does not say what the value is (`value`, `text`, `input`,
  `answer`, `result`, `body`, `note`, `promptpay_id`, `message_text` ...). A value_only PII path holds
  that PII in every value; free text is labelled by what every one of its values carries (green
  when none does; no free-text path here mixes PII and non-PII values).
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers -------------------------------------------------------------------

UK_FIRST = ["Oliver", "Amelia", "Aisha", "Mohammed", "Siobhan", "Tomasz", "Chloe", "Oluwaseun", "Priya"]
UK_FIRST += ["Callum", "Niamh", "Jamal", "Zara", "Rhys", "Ewa", "Kwabena", "Hannah", "Declan"]
UK_LAST = ["Smith", "Begum", "Hussain", "Kelly", "Nowak", "Evans", "Adeyemi", "Sharma", "MacLeod"]
UK_LAST += ["O'Connor", "Williams", "Ahmed", "Jones", "Okonkwo", "Patel", "Campbell", "Mensah"]
ZA_FIRST = ["Thandeka", "Sipho", "Lwazi", "Nomvula", "Ayanda", "Lerato", "Mthunzi", "Zanele", "Pieter"]
ZA_FIRST += ["Annelie", "Riaan", "Chantelle", "Fatima", "Kagiso", "Bongani", "Nosipho", "Thabo", "Anika"]
ZA_LAST = ["Dlamini", "Nkosi", "Ndlovu", "Mahlangu", "Mokoena", "Khumalo", "van der Merwe", "Botha"]
ZA_LAST += ["Pretorius", "du Plessis", "Naidoo", "Jacobs", "Adams", "Xaba", "Mthembu", "Sithole", "Molefe"]
TH_FIRST = ["Somchai", "Siriporn", "Nattapong", "Kanya", "Ploy", "Thanawat", "Wanida", "Arthit"]
TH_FIRST += ["Pimchanok", "Kittisak", "Suda", "Chayanin", "Anan", "Rattana"]
TH_LAST = ["Srisai", "Wongsakul", "Chaiyaporn", "Thongchai", "Rattanakorn", "Sukprasert", "Kaewmanee"]
TH_LAST += ["Boonmee", "Phromma", "Saetang", "Chanthavong", "Intarasuk"]
TH_SCRIPT_FIRST = ["สมชาย", "ศิริพร", "ณัฐพงษ์", "กัญญา", "พลอย", "ธนวัฒน์", "วนิดา", "อาทิตย์", "กิตติศักดิ์"]
TH_SCRIPT_LAST = ["ใจดี", "วงศ์สกุล", "ชัยพร", "ทองชัย", "รัตนากร", "สุขประเสริฐ", "แก้วมณี", "บุญมี"]
MAIL = ["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "btinternet.com", "mweb.co.za"]
MAIL += ["webmail.co.za", "hotmail.co.th", "hotmail.com", "protonmail.com"]

UK_STREETS = ["Mare Street", "Coldharbour Lane", "Wilmslow Road", "Stokes Croft", "Leith Walk"]
UK_STREETS += ["Hyde Park Road", "Great Western Road", "Lozells Road", "Cowley Road", "Albert Road"]
UK_CITIES = ["London", "Manchester", "Bristol", "Edinburgh", "Leeds", "Glasgow", "Birmingham", "Cardiff"]
UK_OUTWARD = ["E8", "SE5", "M14", "BS2", "EH6", "LS6", "G12", "B19", "N16", "CF24"]
UK_CITY_OF = {"E8": "London", "SE5": "London", "N16": "London", "M14": "Manchester", "BS2": "Bristol"}
UK_CITY_OF |= {"EH6": "Edinburgh", "LS6": "Leeds", "G12": "Glasgow", "B19": "Birmingham", "CF24": "Cardiff"}
ZA_STREETS = ["Long Street", "Vilakazi Street", "Florida Road", "Jan Smuts Avenue", "Main Road"]
ZA_STREETS += ["Church Street", "Steve Biko Road", "Lower Main Road", "Beyers Naudé Drive"]
ZA_SUBURBS = ["Gardens", "Orlando West", "Morningside", "Rosebank", "Observatory", "Hatfield", "Site C"]
ZA_CITIES = ["Cape Town", "Johannesburg", "Durban", "Pretoria", "Gqeberha", "East London", "Soweto"]
TH_STREETS = ["Soi Sukhumvit 31", "Soi Ari 4", "Nimmanhaemin Soi 9", "Soi Ratchada 36", "Charoen Krung Rd"]
TH_CITIES = ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Pattaya", "Hat Yai"]
TH_PROVINCES = ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Chonburi", "Songkhla"]
TH_SCRIPT_ADDR = [
    "99/12 ซอยสุขุมวิท 31 แขวงคลองตันเหนือ เขตวัฒนา",
    "45 หมู่ 4 ตำบลสุเทพ อำเภอเมืองเชียงใหม่",
    "128/7 ถนนรัชดาภิเษก แขวงห้วยขวาง",
    "17 ซอยอารีย์ 4 แขวงสามเสนใน เขตพญาไท",
]
TH_SCRIPT_CITY = ["กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "ชลบุรี"]

UA_WEB = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
]


class SH(Fake):
    """Fake values for a UK / South African / Thai sexual-health service."""

    def region(self):
        return self.pick(["uk", "uk", "za", "th"])

    def new(self, group, items):
        """Pick a record for `group` and keep it: the fields after the first read it with `cur`."""
        if not hasattr(self, "current"):
            self.current = {}
        self.current[group] = self.pick(items)
        return self.current[group]

    def cur(self, group):
        return self.current[group]

    def page(self):
        """The page of a page call is also its context.page; other calls start a new one."""
        if getattr(self, "page_call", False):
            return self.cur("page")
        return self.new("page", PAGES)

    def first_name(self, region=None):
        region = region or self.region()
        return self.pick({"uk": UK_FIRST, "za": ZA_FIRST, "th": TH_FIRST}[region])

    def last_name(self, region=None):
        region = region or self.region()
        return self.pick({"uk": UK_LAST, "za": ZA_LAST, "th": TH_LAST}[region])

    def person(self, region=None):
        region = region or self.region()
        return f"{self.first_name(region)} {self.last_name(region)}"

    def thai_script_name(self):
        return f"{self.pick(TH_SCRIPT_FIRST)} {self.pick(TH_SCRIPT_LAST)}"

    def mail(self, region=None):
        region = region or self.region()
        first = self.first_name(region).lower()
        last = self.last_name(region).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(80, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL)}"

    def staff_mail(self):
        first, last = self.first_name(), self.last_name().lower().replace(" ", "").replace("'", "")
        return f"{first[0].lower()}.{last}@" + self.pick(["clinic.safeside.health", "safeside.health"])

    def mobile(self, region=None):
        region = region or self.region()
        r = self.r
        if region == "uk":
            body = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick([f"+44{body}", f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}"])
        if region == "za":
            body = f"{self.pick(['72', '73', '76', '78', '82', '83', '84'])}{r.randint(1000000, 9999999)}"
            return self.pick(
                [
                    f"+27{body}",
                    f"0{body[:2]} {body[2:5]} {body[5:]}",
                    f"+27 {body[:2]} {body[2:5]} {body[5:]}",
                ]
            )
        body = f"{self.pick(['61', '62', '81', '86', '89', '92', '95'])}{r.randint(1000000, 9999999)}"
        return self.pick(
            [f"+66{body}", f"0{body[:2]}-{body[2:5]}-{body[5:]}", f"+66 {body[:2]} {body[2:5]} {body[5:]}"]
        )

    def business_phone(self):
        return self.pick(["+44 20 3885 0123", "0800 046 8891", "+27 21 418 2200", "+66 2 079 1050"])

    def proxy_phone(self):
        return self.pick(["+44 20 3608 ", "+27 10 500 ", "+66 2 026 "]) + str(self.r.randint(1000, 9999))

    def uk_postcode(self):
        r = self.r
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{self.pick(UK_OUTWARD)} {r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def postcode(self, region):
        if region == "uk":
            return self.uk_postcode()
        if region == "za":
            return f"{self.r.randint(1, 9999):04d}"
        return str(self.pick([10110, 10400, 50200, 83000, 40000, 20150, 90110]))

    def street_line(self, region):
        r = self.r
        if region == "uk":
            return f"{r.randint(1, 240)} {self.pick(UK_STREETS)}"
        if region == "za":
            return f"{r.randint(1, 400)} {self.pick(ZA_STREETS)}"
        return f"{r.randint(1, 300)}/{r.randint(1, 90)} {self.pick(TH_STREETS)}"

    def line2(self, region):
        if region == "za":
            return self.pick(
                [
                    self.pick(ZA_SUBURBS),
                    f"Unit {self.r.randint(1, 40)}",
                    f"{self.r.randint(1, 90)} Sunbird Court",
                ]
            )
        if region == "th":
            return self.pick([f"Room {self.r.randint(101, 1809)}", "Lumpini Place Condo", "Khlong Toei Nuea"])
        return self.pick([f"Flat {self.r.randint(1, 30)}", f"Flat {self.r.randint(1, 9)}B", "Top floor flat"])

    def city_of(self, region):
        return self.pick({"uk": UK_CITIES, "za": ZA_CITIES, "th": TH_CITIES}[region])

    def full_address(self, region=None):
        region = region or self.region()
        postcode = self.postcode(region)
        city = UK_CITY_OF[postcode.split()[0]] if region == "uk" else self.city_of(region)
        return f"{self.street_line(region)}, {city} {postcode}"

    def za_id(self, dob=None):
        r = self.r
        dob = dob or f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = f"{dob}{r.randint(0, 9999):04d}{self.pick(['0', '0', '1'])}8"
        return self.luhn_complete(body)

    def th_id(self):
        digits = [self.r.randint(1, 8)] + [self.r.randint(0, 9) for _ in range(11)]
        check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
        raw = "".join(map(str, digits)) + str(check)
        if self.r.random() < 0.4:
            return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"
        return raw

    def nhs(self, spaced=None):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        raw = "".join(map(str, digits)) + str(check)
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if spaced else raw

    def ni_number(self):
        first = self.pick("ABCEGHJKLMNPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        return f"{first}{second}{self.digits(6)}{self.pick('ABCD')}"

    def passport(self):
        return self.pick([self.digits(9), "A" + self.digits(8), "AA" + self.digits(7), "M" + self.digits(8)])

    def hn(self):
        return f"HN{self.r.randint(60, 67)}-{self.r.randint(1, 999999):06d}"

    def dob(self, start=1962, end=2006):
        return self.date(start, end)

    def gb_account(self):
        return f"{self.r.randint(10000000, 99999999)}"

    def sort_code(self):
        return self.pick(["20-00-00", "40-11-62", "30-94-57", "60-83-71", "09-01-28", "77-91-05"])


# -- shorthands -----------------------------------------------------------------------------------


def pick(*items):
    return G(lambda f: f.pick(items))


def const(value):
    return G(lambda f: value)


def ts():
    return G(lambda f: f.iso())


def uid():
    return G(lambda f: f.uuid())


def flag():
    return G(lambda f: f.pick([True, False]))


def num(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def name_():
    return Y(lambda f: f.person(), "name")


def first_():
    return Y(lambda f: f.first_name(), "name")


def last_():
    return Y(lambda f: f.last_name(), "name")


def email_():
    return Y(lambda f: f.mail(), "email")


def phone_():
    return Y(lambda f: f.mobile(), "phone")


def dob_():
    return Y(lambda f: f.dob(), "birthdate")


def ip_():
    return Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")


def order_id():
    return G(lambda f: f.pick(["SS-", "ORD-"]) + f.digits(8))


# -- contexts of the client libraries -------------------------------------------------------------

PAGES = [
    ("/", "SafeSide | Sexual health, your way", "Home"),
    ("/prep", "PrEP online | SafeSide", "PrEP"),
    ("/sti-testing", "At-home STI test kits | SafeSide", "STI Testing"),
    ("/contraception/pill", "Contraceptive pill delivered | SafeSide", "Contraception"),
    ("/checkout", "Checkout | SafeSide", "Checkout"),
    ("/account/results", "Your results | SafeSide", "Results"),
    ("/clinics", "Find a clinic | SafeSide", "Clinic Finder"),
]


ANDROIDS = [
    ("samsung", "SM-A546E", "a54x"),
    ("Xiaomi", "2201117TG", "spes"),
    ("OPPO", "CPH2437", "OP5961L1"),
    ("Google", "Pixel 7a", "lynx"),
    ("samsung", "SM-A145F", "a14"),
]
RN_DEVICES = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
    ("Apple", "iPhone14,7", "iPhone", "ios", "iOS", "17.5.1"),
    ("samsung", "SM-A145F", "a14", "android", "Android", "14"),
    ("Xiaomi", "23021RAAEG", "tapas", "android", "Android", "13"),
    ("vivo", "V2207", "V2207", "android", "Android", "13"),
]
PICKUP_POINTS = [
    ("pp_27118", "Pargo - Clicks Sea Point", "Shop 4, 210 Main Road, Sea Point", "8005"),
    ("pp_66031", "7-Eleven Silom Soi 2", "104 Silom Road, Bang Rak", "10500"),
    ("pp_44920", "InPost Locker Tesco Hackney", "Morning Lane, Hackney", "E9 6NA"),
    ("pp_27405", "PAXI PEP Khayelitsha", "Site C Plaza, Khayelitsha", "7784"),
]


def web_context(f: SH):
    ctx = {
        "library": {"name": const("analytics.js"), "version": pick("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: f.page()[0]),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x1Yk"
            ),
            "search": pick("", "?utm_source=google&utm_medium=cpc", "?ref=nav"),
            "title": G(lambda f: f.cur("page")[1]),
            "url": G(lambda f: "https://www.safeside.health" + f.cur("page")[0]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {"brand": pick("Chromium", "Google Chrome", "Not/A)Brand"), "version": pick("125", "8")}, 3
            ),
            "platform": pick("Android", "Windows", "macOS"),
        },
        "locale": pick("en-GB", "en-ZA", "af-ZA", "th-TH", "en-US"),
        "timezone": pick("Europe/London", "Africa/Johannesburg", "Asia/Bangkok"),
        "ip": ip_(),
        "campaign": {
            "name": pick("prep_awareness_q2", "free_hiv_test", "pill_summer"),
            "source": pick("google", "meta", "tiktok", "newsletter"),
            "medium": pick("cpc", "paid_social", "email"),
            "term": pick("prep online", "sti test kit", "hiv self test", "pill delivery"),
            "content": pick("video_a", "carousel_b", "text_1"),
        },
    }
    if f.r.random() < 0.6:
        del ctx["campaign"]
    if f.r.random() < 0.5:
        ctx["traits"] = {"email": email_(), "first_name": first_()}
    return ctx


def swift_context(f: SH):
    return {
        "app": {
            "name": const("SafeSide"),
            "version": pick("4.2.0", "4.3.1", "4.3.2"),
            "build": pick("4200", "4310", "4321"),
            "namespace": const("health.safeside.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone14,5", "iPhone15,4", "iPhone12,1", "iPhone16,2"),
            "name": const("iPhone"),
            "type": const("ios"),
            "adTrackingEnabled": flag(),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": pick("en-GB", "en-ZA", "th-TH"),
        "network": {"wifi": flag(), "cellular": flag(), "bluetooth": const(False)},
        "os": {"name": const("iOS"), "version": pick("17.5.1", "16.7.8", "18.0")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932), "density": const(3)},
        "timezone": pick("Europe/London", "Africa/Johannesburg", "Asia/Bangkok"),
        "instanceId": uid(),
    }


def kotlin_context(f: SH):
    return {
        "app": {
            "name": const("SafeSide"),
            "version": pick("4.2.0", "4.3.1"),
            "build": pick("420", "431", "433"),
            "namespace": const("health.safeside.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.new("device", ANDROIDS)[0]),
            "model": G(lambda f: f.cur("device")[1]),
            "name": G(lambda f: f.cur("device")[2]),
            "type": const("android"),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.3", "1.17.0")},
        "locale": pick("en-ZA", "af-ZA", "xh-ZA", "th-TH", "en-GB"),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "bluetooth": const(False),
            "carrier": pick("Vodacom", "MTN", "AIS", "True Move H", "EE"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 2.75, 3.0), "height": pick(2340, 2400), "width": const(1080)},
        "timezone": pick("Africa/Johannesburg", "Asia/Bangkok", "Europe/London"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['12', '13', '14'])}; "
                f"{f.pick(['SM-A546E', 'CPH2437'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": uid(),
    }


def rn_context(f: SH):
    return {
        "app": {
            "name": const("SafeSide"),
            "version": pick("4.2.0", "4.3.1"),
            "build": pick("420", "431"),
            "namespace": pick("health.safeside.ios", "health.safeside.android"),
        },
        "device": {
            "id": uid(),
            "manufacturer": G(lambda f: f.new("device", RN_DEVICES)[0]),
            "model": G(lambda f: f.cur("device")[1]),
            "name": G(lambda f: f.cur("device")[2]),
            "type": G(lambda f: f.cur("device")[3]),
            "adTrackingEnabled": flag(),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": pick("en-ZA", "en-GB", "th-TH"),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": G(lambda f: f.cur("device")[4]), "version": G(lambda f: f.cur("device")[5])},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "timezone": pick("Africa/Johannesburg", "Europe/London", "Asia/Bangkok"),
        "traits": {"email": email_(), "phone": phone_()},
    }


def flutter_context(f: SH):
    return {
        "app": {"name": const("SafeSide"), "version": pick("4.3.1", "4.4.0"), "build": pick("431", "440")},
        "device": {
            "id": uid(),
            "manufacturer": G(lambda f: f.new("device", RN_DEVICES)[0]),
            "model": G(lambda f: f.cur("device")[1]),
            "type": G(lambda f: f.cur("device")[3]),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.2", "1.1.4")},
        "locale": pick("th-TH", "en-ZA", "en-GB"),
        "os": {"name": G(lambda f: f.cur("device")[4]), "version": G(lambda f: f.cur("device")[5])},
        "screen": {"width": pick(1080, 1170), "height": pick(2400, 2532)},
        "timezone": pick("Asia/Bangkok", "Africa/Johannesburg"),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-34.2, 18.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-3.2, 100.9), 6), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.1", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: SH, client: str):
    lib, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": const(lib), "version": pick(*versions)}}
    if client in ("node", "python", "php"):
        ctx["ip"] = ip_()
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if client == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": const("email"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            1,
        )
    if client in ("go", "java"):
        ctx["active"] = const(False)
        ctx["groupId"] = G(lambda f: "org_" + f.digits(4))
    if client == "ruby":
        ctx["traits"] = {"email": email_()}
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
SERVERS = list(SERVER_LIBS)


def context_for(f: SH, client: str):
    if client in CONTEXTS:
        return CONTEXTS[client](f)
    return server_context(f, client)


# -- recurring shapes -------------------------------------------------------------------------------


def address(region=None, kind="address"):
    def reg(f):
        return region or f.region()

    return {
        "line1": Y(lambda f: f.street_line(reg(f)), "address|street"),
        "line2": Y(lambda f: f.line2(reg(f)), "address|street"),
        "city": Y(lambda f: f.city_of(reg(f)), "city"),
        "postal_code": Y(lambda f: f.postcode(reg(f)), "zipcode"),
        "country": pick("GB", "ZA", "TH"),
    }


KITS = [
    ("KIT-HIV-ST", "HIV Self-Test Kit", "Self-test"),
    ("KIT-STI-4", "Essential STI Test (4 infections)", "Lab kit"),
    ("KIT-STI-FULL", "Full Sexual Health Screen", "Lab kit"),
    ("KIT-CT-NG", "Chlamydia & Gonorrhoea Test", "Lab kit"),
    ("CND-12-REG", "Condoms, regular, 12 pack", "Protection"),
    ("LUB-100", "Water-based lube 100ml", "Protection"),
]


def product():
    return {
        "product_id": G(lambda f: f.new("kit", KITS)[0]),
        "sku": G(lambda f: f.cur("kit")[0] + "-" + f.pick(["UK", "ZA", "TH"])),
        "name": G(lambda f: f.cur("kit")[1]),
        "category": G(lambda f: f.cur("kit")[2]),
        "price": money(5, 120),
        "quantity": num(1, 3),
    }


SCREENS = ["Home", "Results", "Order Kit", "PrEP Tracker", "Appointments"]


def screen_props():
    return {
        "name": G(lambda f: f.cur("screen")),
        "previous_screen": pick("Home", "Onboarding", "Settings"),
    }


def page_props():
    return {
        "path": G(lambda f: f.cur("page")[0]),
        "url": G(lambda f: "https://www.safeside.health" + f.cur("page")[0]),
        "title": G(lambda f: f.cur("page")[1]),
        "referrer": pick("", "https://www.google.co.za/", "https://www.google.co.uk/"),
        "search": pick("", "?lang=th", "?utm_source=newsletter"),
        "name": G(lambda f: f.cur("page")[2]),
        "category": pick("Marketing", "Account", "Shop"),
    }


SYMPTOMS = [
    "discharge",
    "burning when urinating",
    "sores or blisters",
    "rash",
    "pelvic pain",
    "itching",
    "none",
]
SYMPTOM_TEXT = [
    "burning when I pee for about 3 days",
    "small painful blisters down there since the weekend",
    "unusual discharge and some pelvic pain",
    "rash on my palms and a sore throat, had unprotected sex 3 weeks ago",
    "itchy and sore after sex, no discharge",
    "lump near my anus that bleeds a bit",
]
CLINICS = [
    ("cl_0112", "SafeSide Clinic Shoreditch", "32 Old Street, London EC1V 9AE", "London"),
    ("cl_0208", "SafeSide Clinic Manchester", "5 Oxford Road, Manchester M1 5QA", "Manchester"),
    ("cl_2701", "Ithemba Youth Clinic", "18 Vilakazi Street, Orlando West, Soweto 1804", "Soweto"),
    ("cl_2714", "SafeSide Sea Point", "210 Main Road, Sea Point, Cape Town 8005", "Cape Town"),
    ("cl_6601", "SafeSide Silom Clinic", "999 Silom Road, Bang Rak, Bangkok 10500", "Bangkok"),
    ("cl_6605", "Nimman Wellness Clinic", "22 Nimmanhaemin Soi 7, Chiang Mai 50200", "Chiang Mai"),
]


def clinic():
    return {
        "id": G(lambda f: f.new("clinic", CLINICS)[0]),
        "name": G(lambda f: f.cur("clinic")[1]),
        "address": G(lambda f: f.cur("clinic")[2]),
        "city": G(lambda f: f.cur("clinic")[3]),
        "phone": G(lambda f: f.business_phone()),
        "email": pick("bookings@safeside.health", "clinic@ithemba.org.za", "silom@safeside.health"),
    }


# -- the tracking plan ------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, body, weight)

EVENTS: list[tuple[str, str | None, list[str], Any, int]] = [
    # -- sign-up and identity -------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": email_(),
            "firstName": first_(),
            "lastName": last_(),
            "phone": phone_(),
            "birthday": dob_(),
            "gender": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "trans woman", "prefer not to say"]), "gender"
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "address": address(),
            "createdAt": ts(),
            "signupMethod": pick("email", "apple", "google", "phone"),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "marketingOptIn": flag(),
            "country": pick("GB", "ZA", "TH"),
            "preferredLanguage": pick("en", "af", "xh", "th", "zu"),
            "plan": pick("prep_monthly", "pay_as_you_go", "pill_subscription"),
            "age": num(18, 62),
        },
        2,
    ),
    (
        "identify",
        None,
        ["swift", "rn", "kotlin"],
        {
            "nickname": Y(
                lambda f: (
                    f.pick(["jay", "blue", "sunny", "mpho", "ploy", "kb", "tee"])
                    + f.pick(["", "_", "."])
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "accountType": const("anonymous"),
            "ageBand": pick("18-24", "25-34", "35-44", "45+"),
            "region": pick(
                "Western Cape", "Gauteng", "KwaZulu-Natal", "Greater London", "Bangkok", "Chiang Mai"
            ),
            "recoveryCodeSet": flag(),
            "pinEnabled": flag(),
            "pushEnabled": flag(),
            "discreetIcon": flag(),
            "anonymousSince": ts(),
        },
        1,
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": pick("email", "google", "apple"),
            "referral_code": G(lambda f: "FRIEND-" + f.hexid(5).upper()),
            "email": email_(),
            "password_strength": pick("weak", "fair", "strong"),
            "terms_accepted": const(True),
            "marketing_consent": flag(),
            "anonymous": const(False),
            "form_values": {
                "email": email_(),
                "password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "thando#1987", "P@ssw0rd123", "bangkok_love99", "Liverp00l!!"])
                        + str(f.r.randint(0, 9))
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "thando#1987", "P@ssw0rd123", "bangkok_love99"])
                        + str(f.r.randint(0, 9))
                    ),
                    "password",
                ),
                "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            },
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "phone": phone_(),
            "channel": pick("sms", "whatsapp"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": const(600),
            "attempt": num(1, 3),
            "provider": pick("twilio_verify", "clickatell"),
            "phone_country": pick("GB", "ZA", "TH"),
        },
        1,
    ),
    (
        "track",
        "Magic Link Sent",
        ["python"],
        {
            "email": email_(),
            "login_url": RED(
                lambda f: "https://app.safeside.health/auth/magic?token=" + f.hexid(40), "token"
            ),
            "expires_at": ts(),
            "email_provider": pick("gmail", "outlook", "other"),
        },
        1,
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": email_(),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "requested_from_ip": ip_(),
            "expires_at": ts(),
            "password_last_changed_at": ts(),
        },
        1,
    ),
    (
        "track",
        "Login Failed",
        ["node"],
        {
            "email": email_(),
            "reason": pick("wrong_password", "locked", "mfa_failed"),
            "attempt_count": num(1, 6),
            "source_ip": ip_(),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
            "mfa_method": pick("sms", "totp", "none"),
        },
        1,
    ),
    ("alias", None, ["swift", "kotlin", "web"], None, 1),
    # -- South African and Thai backends ----------------------------------------------------------
    (
        "track",
        "Registrasie Voltooi",
        ["php"],
        {
            "naam": Y(lambda f: f.first_name("za"), "name"),
            "van": Y(lambda f: f.last_name("za"), "name"),
            "e_pos": Y(lambda f: f.mail("za"), "email"),
            "selfoonnommer": Y(lambda f: f.mobile("za"), "phone"),
            "geboortedatum": dob_(),
            "id_nommer": RED(lambda f: f.za_id(), "national id"),
            "adres": {
                "straat": Y(lambda f: f.street_line("za"), "address|street"),
                "voorstad": Y(lambda f: f.pick(ZA_SUBURBS), "address|city"),
                "stad": Y(lambda f: f.city_of("za"), "city"),
                "poskode": Y(lambda f: f.postcode("za"), "zipcode"),
                "provinsie": pick("Wes-Kaap", "Gauteng", "Oos-Kaap", "Vrystaat"),
            },
            "taal": pick("af", "en", "xh"),
            "geslag": Y(lambda f: f.pick(["vroulik", "manlik", "ander"]), "gender|sex"),
            "bemarking_toestemming": flag(),
            "geregistreer_op": ts(),
        },
        1,
    ),
    (
        "track",
        "Home Test Recorded",
        ["kotlin"],
        {
            "igama": Y(lambda f: f.first_name("za"), "name"),
            "ifani": Y(lambda f: f.last_name("za"), "name"),
            "inombolo_yefowuni": Y(lambda f: f.mobile("za"), "phone"),
            "idilesi": Y(lambda f: f.full_address("za"), "address"),
            "isini": Y(lambda f: f.pick(["ibhinqa", "indoda", "akuchazwanga"]), "sex|gender"),
            "iminyaka": num(16, 60),
            "isiphumo": Y(
                lambda f: f.pick(["negative", "positive", "reactive"]), "diagnosis|condition", True
            ),
            "umhla": ts(),
            "isiza": pick("Site C Khayelitsha", "Mdantsane NU2", "Ngangelizwe"),
            "chw_id": G(lambda f: "CHW-" + f.digits(4)),
            "kit_lot": G(lambda f: "LOT" + f.digits(6)),
        },
        1,
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "ชื่อ": Y(lambda f: f.pick(TH_SCRIPT_FIRST), "name"),
            "นามสกุล": Y(lambda f: f.pick(TH_SCRIPT_LAST), "name"),
            "เบอร์โทรศัพท์": Y(lambda f: f.mobile("th"), "phone"),
            "อีเมล": Y(lambda f: f.mail("th"), "email"),
            "วันเกิด": dob_(),
            "เลขบัตรประชาชน": RED(lambda f: f.th_id(), "national id"),
            "ที่อยู่": Y(lambda f: f.pick(TH_SCRIPT_ADDR), "address"),
            "จังหวัด": pick(*TH_SCRIPT_CITY),
            "รหัสไปรษณีย์": Y(lambda f: f.postcode("th"), "zipcode"),
            "เพศ": Y(lambda f: f.pick(["ชาย", "หญิง", "อื่นๆ"]), "gender|sex"),
            "ศาสนา": Y(lambda f: f.pick(["พุทธ", "อิสลาม", "คริสต์"]), "religion"),
            "สัญชาติ": Y(lambda f: f.pick(["ไทย", "พม่า", "ลาว"]), "citizenship"),
            "ภาษา": pick("th", "en"),
        },
        1,
    ),
    (
        "track",
        "Appointment Booked",
        ["go"],
        {
            "ชื่อผู้ป่วย": Y(lambda f: f.thai_script_name(), "name"),
            "HN": RED(lambda f: f.hn(), "health id"),
            "โรงพยาบาล": pick("คลินิกเซฟไซด์ สีลม", "โรงพยาบาลจุฬาลงกรณ์", "คลินิกนิมมาน"),
            "วันนัด": G(lambda f: f.date(2024, 2025)),
            "เวลานัด": pick("09:30", "13:00", "16:15"),
            "บริการ": pick("PrEP", "ตรวจเอชไอวี", "ตรวจโรคติดต่อทางเพศสัมพันธ์"),
            "เบอร์ติดต่อ": Y(lambda f: f.mobile("th"), "phone"),
            "booking_id": G(lambda f: "BK" + f.digits(7)),
        },
        1,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": email_(),
            "FIRST_NAME": first_(),
            "LAST_NAME": last_(),
            "PHONE_NUMBER": phone_(),
            "DATE_OF_BIRTH": dob_(),
            "POSTCODE": Y(lambda f: f.uk_postcode(), "zipcode"),
            "LIFETIME_ORDERS": num(0, 40),
            "LAST_ORDER_AT": ts(),
            "IS_PREP_USER": Y(lambda f: f.pick([True, False]), "medication"),
            "CUSTOMER_SEGMENT": pick("prep_active", "lapsed", "one_off_tester", "pill_subscriber"),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "TOTAL_SPEND_GBP": money(0, 900),
            "HAS_ACTIVE_SUBSCRIPTION": flag(),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
            "USER_ID_SHA256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    # -- questionnaires and symptoms ------------------------------------------------------------
    (
        "track",
        "Questionnaire Started",
        ["web", "rn"],
        {
            "questionnaire_id": G(lambda f: f.pick(["prep_eligibility", "sti_triage", "pill_review"])),
            "questionnaire_version": pick("3.2", "3.3", "4.0"),
            "service": pick("PrEP start", "STI check", "Contraception", "PEP"),
        },
        1,
    ),
    (
        "track",
        "Questionnaire Completed",
        ["swift", "web"],
        {
            "questionnaire_id": G(lambda f: f.pick(["prep_eligibility", "sti_triage", "pill_review"])),
            "answers": {
                "sex_at_birth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
                "gender_identity": Y(
                    lambda f: f.pick(["woman", "man", "non-binary", "trans man", "trans woman"]), "gender"
                ),
                "partner_genders": Many(
                    Y(
                        lambda f: f.pick(["men", "women", "trans women", "non-binary people"]),
                        "sexual orientation",
                    ),
                    2,
                ),
                "partners_last_3_months": Y(lambda f: f.pick(["0", "1", "2-5", "6-10", "10+"]), "condition"),
                "condomless_sex": Y(lambda f: f.pick([True, False]), "condition"),
                "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
                "pregnant": Y(lambda f: f.pick(["no", "yes", "not sure"]), "condition"),
                "last_hiv_test": Y(
                    lambda f: f.pick(["never", "< 3 months", "3-12 months", "> 1 year"]), "procedure"
                ),
                "hiv_risk_level": Y(lambda f: f.pick(["low", "medium", "high"]), "condition"),
            },
            "question_count": num(12, 28),
            "completion_time_sec": num(60, 900),
            "eligible": flag(),
        },
        2,
    ),
    (
        "track",
        "Question Answered",
        ["rn", "flutter"],
        {
            "question_id": G(
                lambda f: f.pick(["q_condomless", "q_exposure_72h", "q_partner_pos", "q_chemsex"])
            ),
            "question_text": pick(
                "Have you had sex without a condom in the last 3 months?",
                "Have you had sex without a condom in the last 72 hours?",
                "Do you have a partner living with HIV?",
                "Have you used drugs during sex?",
            ),
            "answer": Y(
                lambda f: f.pick(
                    [
                        "Yes, with a man",
                        "Yes, with more than one partner",
                        "No, always use condoms",
                        "Yes, my partner is HIV positive and undetectable",
                        "Yes, within the last 72 hours",
                    ]
                ),
                "condition",
                True,
            ),
            "step": num(1, 20),
            "time_on_question_ms": num(800, 40000),
        },
        1,
    ),
    (
        "track",
        "Symptom Checker Used",
        ["web"],
        {
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS[:-1]), "condition"), 3),
            "text": Y(lambda f: f.pick(SYMPTOM_TEXT), "condition", True),
            "duration_days": num(1, 30),
            "outcome": pick("order_kit", "book_clinic", "urgent_care"),
            "checker_version": pick("2.1.0", "2.2.0"),
        },
        1,
    ),
    (
        "track",
        "PEP Requested",
        ["swift", "web"],
        {
            "hours_since_exposure": Y(lambda f: f.r.randint(2, 70), "condition"),
            "exposure_type": Y(
                lambda f: f.pick(
                    [
                        "condomless anal sex",
                        "condomless vaginal sex",
                        "condom broke",
                        "sexual assault",
                        "needlestick",
                    ]
                ),
                "condition",
            ),
            "nearest_clinic_id": G(lambda f: f.pick(CLINICS)[0]),
            "callback_number": phone_(),
            "urgent": const(True),
        },
        1,
    ),
    # -- test kits ------------------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        {
            "checkout_id": uid(),
            "order_id": order_id(),
            "order_number": G(lambda f: f.lucky_order_number()),
            "total": money(10, 180),
            "subtotal": money(10, 170),
            "shipping": money(0, 6),
            "discount": money(0, 15),
            "coupon": pick("FREETEST", "WELCOME10", "PRIDE24", ""),
            "currency": pick("GBP", "ZAR", "THB"),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": name_(),
                **address(),
            },
            "discreet_packaging": flag(),
            "delivery_method": pick("royal_mail_tracked", "courier_guy", "kerry_express", "pickup_point"),
            "payment_method": pick("card", "apple_pay", "promptpay", "payfast_eft"),
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {**product(), "currency": pick("GBP", "ZAR", "THB")},
        1,
    ),
    (
        "track",
        "Test Kit Activated",
        ["kotlin", "swift"],
        {
            "kit_id": G(lambda f: "SSK" + f.digits(10)),
            "activation_code": RED(lambda f: f.hexid(4).upper() + "-" + f.hexid(4).upper(), "token"),
            "kit_type": G(lambda f: f.pick(KITS[:4])[1]),
            "sample_sites": Many(
                Y(
                    lambda f: f.pick(
                        ["finger-prick blood", "urine", "throat swab", "rectal swab", "vaginal swab"]
                    ),
                    "procedure",
                ),
                3,
            ),
            "consent_to_share_with_gp": flag(),
            "activated_at": ts(),
        },
        1,
    ),
    (
        "track",
        "Sample Received",
        ["java"],
        {
            "kit_id": G(lambda f: "SSK" + f.digits(10)),
            "lab_accession": G(lambda f: f.pick(["TDL", "LNC", "NHL"]) + f.digits(9)),
            "lab_name": pick("The Doctors Laboratory", "Lancet Laboratories", "N Health Bangkok"),
            "received_at": ts(),
            "sample_condition": pick("ok", "haemolysed", "insufficient", "leaked"),
            "courier": pick("Royal Mail", "The Courier Guy", "Kerry Express"),
        },
        1,
    ),
    (
        "track",
        "Test Results Released",
        ["go", "java"],
        {
            "kit_id": G(lambda f: "SSK" + f.digits(10)),
            "results": Many(
                {
                    "test": pick(
                        "HIV 1/2 Ag/Ab",
                        "Syphilis (TPAb)",
                        "Chlamydia NAAT",
                        "Gonorrhoea NAAT",
                        "Hepatitis B sAg",
                    ),
                    "result": Y(
                        lambda f: f.pick(
                            ["Not detected", "Detected", "Reactive", "Non-reactive", "Equivocal"]
                        ),
                        "diagnosis|condition",
                        True,
                    ),
                    "site": pick("blood", "urine", "throat", "rectum"),
                    "loinc": pick("56888-1", "20507-0", "43304-5", "43305-2"),
                },
                4,
            ),
            "any_reactive": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "released_at": ts(),
            "notification_channel": pick("sms", "email", "push"),
            "released_by": pick("auto", "clinician_review"),
        },
        2,
    ),
    (
        "track",
        "Result Viewed",
        ["swift", "kotlin", "web"],
        {
            "result_id": uid(),
            "hiv_result": Y(
                lambda f: f.pick(["negative", "positive", "reactive - confirm"]), "diagnosis|condition"
            ),
            "syphilis_result": Y(
                lambda f: f.pick(["negative", "positive", "past treated infection"]), "diagnosis|condition"
            ),
            "chlamydia_result": Y(
                lambda f: f.pick(["negative", "positive", "sample not tested"]), "diagnosis|condition"
            ),
            "viewed_at": ts(),
            "hours_to_view": num(0, 96),
            "downloaded_pdf": flag(),
        },
        1,
    ),
    (
        "track",
        "Lab Observation Received",
        ["node"],
        {
            "resourceType": const("Observation"),
            "id": G(lambda f: "obs-" + f.hexid(12)),
            "status": pick("final", "amended", "preliminary"),
            "code": {
                "text": pick("HIV 1+2 Ab+HIV1 p24 Ag", "Chlamydia trachomatis rRNA", "Treponema pallidum Ab")
            },
            "subject": {
                "reference": G(lambda f: "Patient/" + f.uuid()),
                "display": name_(),
            },
            "valueString": Y(
                lambda f: f.pick(["Negative", "Positive", "Reactive", "Not detected"]),
                "diagnosis|condition",
                True,
            ),
            "effectiveDateTime": ts(),
            "performer": Many(
                {"display": pick("The Doctors Laboratory", "Lancet Laboratories", "N Health Bangkok")}, 1
            ),
        },
        1,
    ),
    # -- PrEP -----------------------------------------------------------------------------------
    (
        "track",
        "Prescription Issued",
        ["dotnet"],
        {
            "PrescriptionNumber": Y(lambda f: "RX" + f.digits(8), "medication"),
            "PatientName": name_(),
            "PatientDateOfBirth": dob_(),
            "NhsNumber": RED(lambda f: f.nhs(), "health id"),
            "MedicationName": Y(
                lambda f: f.pick(
                    [
                        "Emtricitabine/Tenofovir disoproxil 200mg/245mg",
                        "Descovy 200mg/25mg",
                        "Microgynon 30",
                        "Cerazette 75mcg",
                    ]
                ),
                "medication",
            ),
            "Quantity": pick(30, 60, 84, 90),
            "Dosage": pick("Take ONE tablet daily", "As directed"),
            "PrescriberName": name_(),
            "PrescriberGmcNumber": Y(lambda f: f.digits(7), "license"),
            "PharmacyOdsCode": pick("FQ184", "FA226", "FX811"),
            "IssuedAtUtc": ts(),
            "RepeatsRemaining": num(0, 3),
            "IsRepeat": flag(),
        },
        1,
    ),
    (
        "track",
        "PrEP Eligibility Checked",
        ["web"],
        {
            "hiv_negative_confirmed": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "egfr": Y(lambda f: f.r.randint(45, 120), "condition"),
            "hep_b_status": Y(lambda f: f.pick(["immune", "negative", "chronic"]), "diagnosis|condition"),
            "eligible": flag(),
            "check_version": pick("2024.1", "2024.2"),
            "eligibility_path": pick("NHS_clinic", "private_online"),
        },
        1,
    ),
    (
        "track",
        "Refill Requested",
        ["swift", "rn"],
        {
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "pharmacy_id": G(lambda f: f.pick(["ph_", "FQ"]) + f.digits(3)),
            "tablets_remaining": num(0, 10),
            "delivery_preference": pick("home", "pickup_point", "clinic"),
        },
        1,
    ),
    (
        "track",
        "Dose Logged",
        ["flutter", "swift"],
        {
            "medication": Y(
                lambda f: f.pick(["Truvada", "Descovy", "emtricitabine/tenofovir", "TDF/FTC"]), "medication"
            ),
            "regimen": Y(lambda f: f.pick(["daily", "event-based 2-1-1", "4 days a week"]), "medication"),
            "logged_at": ts(),
            "on_time": flag(),
            "streak_days": num(0, 400),
        },
        2,
    ),
    (
        "track",
        "Adherence Reminder Sent",
        ["ruby"],
        {
            "reminder_id": uid(),
            "channel": pick("sms", "push", "line"),
            "phone": phone_(),
            "message_text": Y(
                lambda f: f.pick(
                    [
                        "Hi {}, time for your daily tablet",
                        "{}, just a nudge from SafeSide",
                        "Sawasdee {} - reminder time",
                    ]
                ).format(f.first_name()),
                "name",
                True,
            ),
            "scheduled_for": ts(),
            "reminders_acknowledged": num(0, 200),
            "quiet_hours": flag(),
        },
        1,
    ),
    # -- partner notification -------------------------------------------------------------------
    (
        "track",
        "Partner Notification Sent",
        ["python"],
        {
            "notification_id": uid(),
            "method": pick("sms", "email"),
            "anonymous": flag(),
            "partner_phone": phone_(),
            "partner_email": email_(),
            "infection": Y(
                lambda f: f.pick(["chlamydia", "gonorrhoea", "syphilis", "HIV", "trichomoniasis"]),
                "diagnosis",
            ),
            "message_preview": Y(
                lambda f: f.pick(
                    [
                        "Someone you had sex with recently has tested positive for {}. Please get tested.",
                        "A recent partner of yours has been diagnosed with {}. Free tests: safeside.health/t",
                    ]
                ).format(f.pick(["chlamydia", "gonorrhoea", "syphilis", "HIV"])),
                "diagnosis|condition",
                True,
            ),
            "sent_at": ts(),
        },
        1,
    ),
    (
        "track",
        "Partner Added",
        ["rn"],
        {
            "partners": Many(
                {
                    "nickname": name_(),
                    "phone": phone_(),
                    "contact_method": pick("sms", "whatsapp", "in_person"),
                },
                3,
            ),
            "partner_count": num(1, 5),
            "will_notify_self": flag(),
        },
        1,
    ),
    # -- appointments ---------------------------------------------------------------------------
    (
        "track",
        "Appointment Booked",
        ["web", "swift"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(10)),
            "clinic": clinic(),
            "service": pick(
                "PrEP start", "PrEP review", "STI check", "Contraception", "HIV confirmatory test"
            ),
            "slot_start": ts(),
            "clinician_name": name_(),
            "patient": {
                "first_name": first_(),
                "last_name": last_(),
                "email": email_(),
                "phone": phone_(),
                "date_of_birth": dob_(),
            },
            "reason_for_visit": Y(
                lambda f: f.pick(
                    [
                        *SYMPTOM_TEXT,
                        "need to start PrEP, partner is HIV positive",
                        "pill making my migraines worse",
                    ]
                ),
                "condition",
                True,
            ),
            "interpreter_needed": flag(),
            "interpreter_language": pick("isiXhosa", "Thai", "Polish", "Arabic", "none"),
            "wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "chaperone_requested": flag(),
        },
        2,
    ),
    (
        "track",
        "Invitee Created",
        ["node"],
        {
            "event": const("invitee.created"),
            "payload": {
                "uri": G(
                    lambda f: (
                        "https://api.calendly.com/scheduled_events/" + f.uuid() + "/invitees/" + f.uuid()
                    )
                ),
                "name": name_(),
                "first_name": first_(),
                "email": email_(),
                "timezone": pick("Europe/London", "Africa/Johannesburg", "Asia/Bangkok"),
                "text_reminder_number": phone_(),
                "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
                "questions_and_answers": Many(
                    {
                        "question": const("Best number to call you on"),
                        "answer": Y(lambda f: f.mobile(), "phone", True),
                        "position": const(0),
                    },
                    1,
                ),
                "scheduled_event": {
                    "name": pick("PrEP video consultation", "Contraception review (15 min)"),
                    "start_time": ts(),
                    "location": {
                        "type": const("zoom"),
                        "join_url": G(lambda f: "https://us06web.zoom.us/j/" + f.digits(11)),
                    },
                },
            },
        },
        1,
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["php"],
        {
            "to": phone_(),
            "from": G(lambda f: f.business_phone()),
            "body": Y(
                lambda f: (
                    f"Hi {f.first_name()}, your SafeSide appointment is on {f.date(2024, 2025)} "
                    f"at {f.pick(['09:30', '14:00', '16:45'])}. Reply C to cancel."
                ),
                "name",
                True,
            ),
            "template_id": pick("appt_reminder_24h", "appt_reminder_2h"),
            "segments": num(1, 2),
        },
        1,
    ),
    (
        "track",
        "SMS Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": const("AC5f3b9e0c4d1a7b2e8f6c3d9a0b1e2f47"),
            "From": Y(lambda f: f.mobile(), "phone"),
            "To": G(lambda f: f.business_phone()),
            "Body": pick("C", "YES", "STOP", "Y", "ok thanks"),
            "FromCountry": pick("GB", "ZA", "TH"),
        },
        1,
    ),
    (
        "track",
        "Clinic Checked In",
        ["kotlin"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(10)),
            "clinic_id": G(lambda f: f.pick(CLINICS)[0]),
            "checked_in_at": ts(),
        },
        1,
    ),
    (
        "track",
        "Video Consultation Started",
        ["swift", "web"],
        {
            "consultation_id": uid(),
            "room_name": G(lambda f: "room-" + f.hexid(8)),
            "clinician": {
                "id": G(lambda f: "stf_" + f.digits(5)),
                "display_name": name_(),
                "role": pick("Nurse", "Doctor", "Pharmacist", "Counsellor"),
            },
            "duration_sec": num(120, 2400),
        },
        1,
    ),
    (
        "track",
        "Consultation Note Saved",
        ["java"],
        {
            "consultation_id": uid(),
            "clinician_email": Y(lambda f: f.staff_mail(), "email"),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Pt reports dysuria x3 days. Treated empirically with doxycycline 100mg BD 7/7.",
                        "PrEP start. Baseline HIV neg, eGFR 98. Daily TDF/FTC prescribed.",
                        "Positive syphilis serology, referred for benzathine penicillin.",
                        "Discussed PEP; last exposure 40h ago. Started PEP 28 days.",
                    ]
                ),
                "condition|medication|diagnosis",
                True,
            ),
            "icd10_codes": Many(
                Y(lambda f: f.pick(["A56.0", "A54.9", "A51.3", "Z20.6", "Z79.899"]), "diagnosis"), 2
            ),
            "snomed_code": Y(
                lambda f: f.pick(["105629000", "15628003", "76272004", "86406008"]), "diagnosis"
            ),
            "signed": flag(),
            "duration_min": num(5, 40),
        },
        1,
    ),
    # -- contraception --------------------------------------------------------------------------
    (
        "track",
        "Contraception Order Placed",
        ["web", "rn"],
        {
            "order_id": order_id(),
            "pill_name": Y(
                lambda f: f.pick(["Rigevidon", "Microgynon 30", "Cerazette", "Yasmin", "Yaz"]), "medication"
            ),
            "months_supply": pick(3, 6, 12),
            "bp_systolic": Y(lambda f: f.r.randint(98, 150), "condition"),
            "bp_diastolic": Y(lambda f: f.r.randint(60, 98), "condition"),
            "bmi": Y(lambda f: round(f.r.uniform(17, 38), 1), "condition"),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "migraine_with_aura": Y(lambda f: f.pick([True, False]), "condition"),
            "total": money(12, 60),
            "currency": pick("GBP", "ZAR"),
            "subscription": flag(),
        },
        1,
    ),
    (
        "track",
        "Emergency Contraception Requested",
        ["rn", "web"],
        {
            "hours_since_unprotected_sex": Y(lambda f: f.r.randint(1, 120), "condition"),
            "product_chosen": Y(
                lambda f: f.pick(
                    ["levonorgestrel 1.5mg", "levonorgestrel 3mg", "ulipristal acetate 30mg (ellaOne)"]
                ),
                "medication",
            ),
            "last_period_start": Y(lambda f: f.date(2024, 2024), "condition"),
            "delivery_speed": pick("same_day", "next_day"),
            "age_confirmed_over_16": const(True),
        },
        1,
    ),
    # -- delivery -------------------------------------------------------------------------------
    (
        "track",
        "Delivery Dispatched",
        ["go", "ruby"],
        {
            "tracking_number": G(
                lambda f: f.pick(["TT", "JD", "KER"]) + f.digits(9) + f.pick(["GB", "ZA", "TH"])
            ),
            "courier": pick("Royal Mail", "DPD", "The Courier Guy", "Kerry Express", "Flash Express"),
            "recipient_name": name_(),
            "delivery_address": address(),
            "discreet": const(True),
            "signature_required": flag(),
            "driver_name": name_(),
            "driver_masked_phone": G(lambda f: f.proxy_phone()),
            "eta": ts(),
            "parcel_weight_g": num(80, 900),
        },
        1,
    ),
    (
        "track",
        "Courier Status Webhook",
        ["node"],
        {
            "tracking-number": G(lambda f: "TCG" + f.digits(9)),
            "status": pick("out-for-delivery", "delivered", "failed-attempt", "in-transit"),
            "status-description": pick(
                "Parcel collected from hub", "Delivered to recipient", "No one home, card left"
            ),
            "depot-city": pick("Midrand", "Epping", "Durban Central", "Bang Na"),
            "signed-by": name_(),
            "delivery-gps": {
                "lat": Y(lambda f: round(f.r.uniform(-34.1, -25.6), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(18.3, 31.1), 6), "geolocation"),
            },
            "updated-at": ts(),
        },
        1,
    ),
    (
        "track",
        "Pickup Point Selected",
        ["flutter", "kotlin"],
        {
            "pickup_point": {
                "id": G(lambda f: f.new("pp", PICKUP_POINTS)[0]),
                "name": G(lambda f: f.cur("pp")[1]),
                "address": G(lambda f: f.cur("pp")[2]),
                "postcode": G(lambda f: f.cur("pp")[3]),
            },
            "distance_km": money(0, 15),
            "user_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
        },
        1,
    ),
    (
        "track",
        "Clinics Searched",
        ["web", "flutter"],
        {
            "query": pick(
                "Soweto", "Sea Point", "E8", "Manchester", "Silom", "Chiang Mai old city", "clinic near me"
            ),
            "radius_km": pick(5, 10, 25),
            "results_count": num(0, 12),
            "filters": Many(pick("prep", "walk_in", "youth_friendly", "weekend"), 2),
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "input": Y(lambda f: f.street_line(f.pick(["uk", "za"])), "address|street", True),
            "session_token": uid(),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_description": Y(lambda f: f.full_address(f.pick(["uk", "za"])), "address", True),
            "suggestions_shown": num(1, 5),
        },
        1,
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": uid(),
            "order_id": order_id(),
            "step": const(3),
            "payment_method": pick("card", "apple_pay", "google_pay"),
            "card_brand": pick("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "cardholder_name": name_(),
            "billing_postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
        },
        1,
    ),
    (
        "track",
        "Card Form Submitted",
        ["swift"],
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_bin": G(lambda f: f.digits(6)),
            "save_card": flag(),
            "wallet": pick("none", "apple_pay"),
        },
        1,
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "type": const("payment_intent.succeeded"),
            "data": {
                "object": {
                    "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
                    "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "amount": num(500, 18000),
                    "currency": pick("gbp", "zar"),
                    "billing_details": {
                        "name": name_(),
                        "email": email_(),
                        "phone": phone_(),
                        "address": {
                            "line1": Y(lambda f: f.street_line("uk"), "address|street"),
                            "line2": Y(lambda f: f.line2("uk"), "address|street"),
                            "city": Y(lambda f: f.city_of("uk"), "city"),
                            "postal_code": Y(lambda f: f.uk_postcode(), "zipcode"),
                            "country": const("GB"),
                            "state": pick("England", "Scotland", "Wales"),
                        },
                    },
                    "card": {
                        "brand": pick("visa", "mastercard"),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": num(1, 12),
                        "exp_year": num(2025, 2031),
                        "funding": pick("debit", "credit"),
                        "country": pick("GB", "ZA"),
                    },
                    "receipt_email": email_(),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Charge Created",
        ["go"],
        {
            "charge_id": G(lambda f: "chrg_test_" + f.hexid(19)),
            "token": RED(lambda f: "tokn_test_" + f.hexid(19), "token"),
            "amount": num(19000, 350000),
            "currency": const("THB"),
            "card": {
                "name": Y(lambda f: f.person("th").upper(), "name"),
                "last_digits": G(lambda f: f.digits(4)),
                "brand": pick("Visa", "MasterCard", "JCB"),
                "bank": pick("Kasikornbank", "Bangkok Bank", "Siam Commercial Bank"),
                "expiration_month": num(1, 12),
                "expiration_year": num(2025, 2030),
            },
            "source_type": pick("credit_card", "promptpay", "truemoney"),
            "authorize_uri": G(lambda f: "https://api.omise.co/payments/" + f.hexid(16) + "/authorize"),
        },
        1,
    ),
    (
        "track",
        "PayFast ITN Received",
        ["php"],
        {
            "m_payment_id": G(lambda f: "SS" + f.digits(7)),
            "pf_payment_id": G(lambda f: f.digits(7)),
            "payment_status": pick("COMPLETE", "FAILED", "PENDING"),
            "item_name": pick("PrEP 3-month supply", "Full Sexual Health Screen", "Pill subscription"),
            "amount_gross": money(150, 1800),
            "amount_net": money(140, 1760),
            "name_first": Y(lambda f: f.first_name("za"), "name"),
            "name_last": Y(lambda f: f.last_name("za"), "name"),
            "email_address": Y(lambda f: f.mail("za"), "email"),
            "merchant_id": const("10030761"),
            "signature": G(lambda f: f.hexid(32)),
            "custom_str1": pick("plan_prep_3m", "kit_full", "pill_sub"),
        },
        1,
    ),
    (
        "track",
        "PromptPay Payment Received",
        ["go"],
        {
            "promptpay_id": Y(lambda f: f.mobile("th"), "phone", True),
            "payer_name": Y(lambda f: f.thai_script_name(), "name"),
            "bank_ref": G(lambda f: f.digits(12)),
            "amount": money(190, 3500),
            "currency": const("THB"),
            "paid_at": ts(),
        },
        1,
    ),
    (
        "track",
        "Refund Requested",
        ["web"],
        {
            "order_id": order_id(),
            "amount": money(5, 150),
            "reason": pick("kit_lost", "sample_rejected", "duplicate"),
            "account_holder": name_(),
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.gb_account(), "bank account"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
        },
        1,
    ),
    (
        "track",
        "Refund Processed",
        ["python"],
        {
            "refund_id": uid(),
            "bank_name": pick("Capitec", "FNB", "Standard Bank", "Absa", "Nedbank"),
            "branch_code": pick("470010", "250655", "051001", "632005", "198765"),
            "account_number": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
            "account_type": pick("savings", "cheque", "transmission"),
            "account_holder": name_(),
            "amount": money(100, 1500),
            "currency": const("ZAR"),
        },
        1,
    ),
    # -- insurance ------------------------------------------------------------------------------
    (
        "track",
        "Insurance Details Added",
        ["web"],
        {
            "insurer": pick("Bupa", "AXA Health", "Vitality", "Aviva"),
            "policy_number": Y(lambda f: f.pick(["BP", "AX", "VH"]) + f.digits(8), "identification"),
            "membership_number": Y(lambda f: f.digits(9), "identification"),
            "policy_holder_name": name_(),
            "relationship_to_holder": pick("self", "spouse", "child"),
            "employer": pick("NHS Trust", "Deloitte", "Tesco", "HSBC"),
            "pre_authorisation_code": G(lambda f: "PA" + f.digits(7)),
        },
        1,
    ),
    (
        "track",
        "Medical Aid Verified",
        ["python"],
        {
            "scheme": pick("Discovery Health Medical Scheme", "Bonitas", "GEMS", "Momentum Health"),
            "plan": pick("Classic Saver", "BonEssential", "Emerald Value", "Ingwe"),
            "member_number": Y(lambda f: f.digits(9), "identification"),
            "dependant_code": pick("00", "01", "02"),
            "main_member": {
                "first_name": Y(lambda f: f.first_name("za"), "name"),
                "surname": Y(lambda f: f.last_name("za"), "name"),
                "id_number": RED(lambda f: f.za_id(), "national id"),
            },
            "benefit_available": flag(),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "authorisation_status": pick("approved", "pending", "declined"),
        },
        1,
    ),
    (
        "track",
        "Claim Submitted",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: "CLM" + f.digits(8)),
            "PolicyNumber": Y(lambda f: f.pick(["BP", "DH"]) + f.digits(8), "identification"),
            "Icd10Codes": Many(Y(lambda f: f.pick(["Z20.6", "A56.0", "Z30.0", "A54.9"]), "diagnosis"), 2),
            "TreatmentDate": G(lambda f: f.date(2024, 2024)),
            "AmountClaimed": money(300, 4000),
            "ProviderPracticeNumber": pick("0123456", "0987001"),
            "MemberIdNumber": RED(lambda f: f.za_id(), "national id"),
            "Currency": const("ZAR"),
        },
        1,
    ),
    # -- identity, family, staff ----------------------------------------------------------------
    (
        "track",
        "ID Verification Completed",
        ["python", "node"],
        {
            "verification_id": uid(),
            "document_type": pick("passport", "national_id", "driving_licence"),
            "document_number": RED(
                lambda f: f.pick([f.passport(), f.za_id(), f.th_id()]), "national id|passport"
            ),
            "issuing_country": pick("GBR", "ZAF", "THA", "ZWE"),
            "full_name": name_(),
            "date_of_birth": dob_(),
            "nationality": Y(
                lambda f: f.pick(["British", "South African", "Thai", "Zimbabwean", "Nigerian"]),
                "citizenship",
            ),
            "selfie_url": Y(
                lambda f: "https://kyc-uploads.safeside.health/selfies/" + f.uuid() + ".jpg", "photo"
            ),
            "check_result": pick("clear", "consider"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        },
        1,
    ),
    (
        "track",
        "Clinical Registration Completed",
        ["dotnet"],
        {
            "NationalInsuranceNumber": RED(lambda f: f.ni_number(), "national id"),
            "NhsNumberProvided": flag(),
            "GpPracticeName": pick(
                "Lauriston Road Surgery", "Ardwick Medical Practice", "Leith Links Practice"
            ),
            "GpPracticeCode": pick("F84021", "P84032", "S70012"),
            "ShareWithGp": flag(),
            "CountryOfBirth": Y(
                lambda f: f.pick(["United Kingdom", "Poland", "Nigeria", "India", "Jamaica"]), "citizenship"
            ),
            "Ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black African",
                        "Asian - Pakistani",
                        "Mixed - White and Black Caribbean",
                    ]
                ),
                "ethnicity",
            ),
            "SexualOrientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay", "Lesbian", "Bisexual", "Not stated"]),
                "sexual orientation",
            ),
        },
        1,
    ),
    (
        "track",
        "Dependant Added",
        ["rn"],
        {
            "dependant": {
                "first_name": Y(lambda f: f.first_name("za"), "name"),
                "last_name": Y(lambda f: f.last_name("za"), "name"),
                "date_of_birth": Y(lambda f: f.date(2005, 2010), "birthdate"),
                "relationship": pick("child", "spouse", "partner"),
                "id_number": RED(lambda f: f.za_id(), "national id"),
            },
            "dependant_count": num(1, 4),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["swift", "kotlin"],
        {
            "emergency_contact": {
                "name": name_(),
                "phone": phone_(),
                "relationship": pick("mother", "partner", "friend", "sister"),
            },
            "previous_contact_existed": flag(),
        },
        1,
    ),
    (
        "track",
        "Staff Signed In",
        ["kotlin"],
        {
            "staff_id": G(lambda f: "stf_" + f.digits(5)),
            "staff_name": name_(),
            "role": pick("Nurse", "Doctor", "Health Advisor", "Pharmacist"),
            "registration_number": Y(lambda f: f.pick(["MP", "PN"]) + f.digits(7), "license"),
            "clinic_id": G(lambda f: f.pick(CLINICS)[0]),
            "device_pin_set": flag(),
            "shift": pick("morning", "afternoon", "late"),
        },
        1,
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(4)),
            "job_title": pick("Sexual Health Nurse", "Health Advisor", "Pharmacist", "Data Analyst"),
            "applicant": {"full_name": name_(), "email": email_(), "phone": phone_()},
            "current_employer": pick(
                "Guy's and St Thomas' NHS FT", "Anova Health Institute", "Boots", "Bumrungrad"
            ),
            "expected_salary": Y(lambda f: f.r.randint(28, 65) * 1000, "salary"),
            "right_to_work_uk": RED(lambda f: f.pick(["yes", "no", "pre-settled status"]), "visa"),
            "needs_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "cv_file_name": Y(
                lambda f: (
                    f"{f.first_name()}_{f.last_name().replace(' ', '_')}"
                    f"_CV{f.pick(['', '_2024', '_final'])}.pdf"
                ),
                "name",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Parking Permit Requested",
        ["web"],
        {
            "vehicle_registration": Y(
                lambda f: (
                    f.pick(["AB", "LK", "MA", "YR"])
                    + str(f.r.randint(10, 74))
                    + " "
                    + "".join(f.pick("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))
                ),
                "license",
            ),
            "vehicle_make": pick("Toyota", "Ford", "Vauxhall", "Kia"),
            "vehicle_colour": pick("silver", "black", "blue", "white"),
            "clinic_id": G(lambda f: f.pick(CLINICS)[0]),
            "visit_date": G(lambda f: f.date(2024, 2025)),
        },
        1,
    ),
    (
        "track",
        "LINE Account Linked",
        ["go"],
        {
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
            "display_name": Y(
                lambda f: f.pick([f.thai_script_name(), f.first_name("th"), f.pick(TH_SCRIPT_FIRST) + " 🌸"]),
                "name",
            ),
            "picture_url": Y(lambda f: "https://profile.line-scdn.net/0h" + f.hexid(30), "photo"),
            "friend_flag": flag(),
            "linked_at": ts(),
        },
        1,
    ),
    # -- marketing, messaging, support ----------------------------------------------------------
    ("page", "PAGE", ["web"], page_props(), 3),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": G(lambda f: f.new("lp", ["/lp/prep", "/lp/free-hiv-test", "/lp/pill"])),
            "url": G(lambda f: "https://www.safeside.health" + f.cur("lp")),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "utm_source": pick("google", "facebook", "tiktok"),
            "utm_campaign": pick("prep_awareness_q2", "free_hiv_test"),
        },
        1,
    ),
    ("screen", "SCREEN", ["swift", "kotlin", "rn", "flutter"], screen_props(), 2),
    (
        "track",
        "Conversions API Event",
        ["node"],
        {
            "event_name": pick("Purchase", "Lead", "CompleteRegistration"),
            "event_time": num(1_716_000_000, 1_735_000_000),
            "action_source": const("website"),
            "event_source_url": pick(
                "https://www.safeside.health/checkout", "https://www.safeside.health/signup"
            ),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": ip_(),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": money(10, 200),
                "currency": pick("GBP", "ZAR"),
                "content_ids": Many(G(lambda f: f.pick(KITS)[0]), 2),
            },
        },
        1,
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email": email_(),
            "list_id": pick("news_uk", "news_za", "news_th"),
            "source": pick("footer", "popup", "results_page"),
            "double_opt_in": flag(),
        },
        1,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": email_(),
            "event": pick("open", "click", "delivered", "bounce"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(2)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}.sendgrid.net>"),
            "ip": ip_(),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "category": Many(pick("results_ready", "reminder", "marketing"), 2),
        },
        1,
    ),
    (
        "track",
        "Support Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": const("user"),
            "subject": pick(
                "Kit not arrived", "Question about results", "Change delivery", "Cancel subscription"
            ),
            "message": Y(
                lambda f: f.pick(
                    [
                        "please call me on " + f.mobile() + " rather than email",
                        "My kit never came, you can reach me at " + f.mail(),
                        "I changed my number, it's now " + f.mobile(),
                        "send the results to " + f.mail() + " instead please",
                    ]
                ),
                "phone|email",
                True,
            ),
            "attachments": num(0, 2),
        },
        1,
    ),
    (
        "track",
        "Feedback Submitted",
        ["rn", "web"],
        {
            "rating": num(1, 5),
            "nps": num(0, 10),
            "comment": pick(
                "Quick delivery, very discreet",
                "Results took too long",
                "The nurse was lovely",
                "App keeps logging me out",
                "Ngiyabonga!",
            ),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "referral_code": G(lambda f: "FRIEND-" + f.hexid(5).upper()),
            "friend_email": email_(),
            "friend_name": name_(),
            "channel": pick("email", "whatsapp", "copy_link"),
            "referrals_sent_total": num(1, 12),
        },
        1,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": pick("delivery_details", "callback_request"),
            "field": const("mobile"),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "duration_ms": num(300, 12000),
            "valid": flag(),
        },
        1,
    ),
    (
        "track",
        "Help Centre Searched",
        ["web"],
        {
            "q": pick(
                "how long after exposure should I test",
                "prep side effects",
                "is the kit discreet",
                "missed pill what to do",
                "results not showing",
            ),
            "results_count": num(0, 20),
        },
        1,
    ),
    (
        "track",
        "API Request Logged",
        ["go"],
        {
            "route": pick("/v2/results", "/v2/orders", "/v2/auth/session"),
            "status_code": pick(200, 201, 401, 500),
            "latency_ms": num(4, 900),
            "headers": {
                "user-agent": G(lambda f: f.pick(UA_WEB)),
                "accept-language": pick("en-GB,en;q=0.9", "th-TH,th;q=0.9", "af-ZA,af;q=0.8"),
                "x-request-id": uid(),
                "cf-ipcountry": pick("GB", "ZA", "TH"),
                "x-forwarded-for": Y(
                    lambda f: f"{f.ipv4()}, 172.70.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}", "ip"
                ),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            },
        },
        1,
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["flutter", "swift"],
        {
            "sms_enabled": flag(),
            "email_enabled": flag(),
            "push_enabled": flag(),
            "discreet_mode": flag(),
            "language": pick("en", "th", "af", "xh"),
            "phone_count": num(0, 2),
        },
        1,
    ),
    (
        "track",
        "Account Deleted",
        ["python"],
        {
            "reason": pick("no_longer_needed", "privacy", "moved_provider"),
            "deleted_at": ts(),
            "data_export_requested": flag(),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
            "orders_count": num(0, 30),
        },
        1,
    ),
    (
        "group",
        None,
        ["ruby", "java"],
        {
            "name": pick(
                "Ithemba Youth Clinic",
                "Brighton Sexual Health Partnership",
                "Silom Community Clinic",
                "Anova Partner Site 12",
            ),
            "industry": const("Healthcare"),
            "employees": num(4, 120),
            "plan": pick("partner_basic", "partner_plus"),
            "website": pick("https://ithemba.org.za", "https://www.silomclinic.org"),
            "main_phone": G(lambda f: f.business_phone()),
            "support_email": pick("info@ithemba.org.za", "hello@silomclinic.org", "admin@bshp.nhs.uk"),
            "site_address": pick(
                "18 Vilakazi Street, Orlando West", "12 Silom Soi 4", "Claude Nicol Centre, Eastern Road"
            ),
            "site_city": pick("Soweto", "Bangkok", "Brighton"),
            "primary_contact_name": name_(),
            "primary_contact_email": Y(lambda f: f.staff_mail(), "email"),
            "createdAt": ts(),
        },
        1,
    ),
]


# -- assembling messages ----------------------------------------------------------------------------


def message(f: SH, kind: str, name: str | None, client: str, body: Any, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if f.r.random() < 0.8 or kind == "alias":
        msg["userId"] = f.pick(["usr_", "u_", ""]) + f.digits(f.pick([7, 9]))
    msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = name
    elif kind == "page":
        f.page_call = name == "PAGE"
        msg["name"] = f.new("page", PAGES)[2] if name == "PAGE" else name
    elif kind == "screen":
        msg["name"] = f.new("screen", SCREENS)
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    f.page_call = False
    return msg


def build(seed: int, repeats: int):
    f = SH(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=301, repeats=24)
    write(Path(__file__).parent, "holdout301_", events, labels)
