"""Writes holdout159: tests/corpus/holdout159_events.jsonl and holdout159_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels; no engine prediction was looked at while writing or labelling it.

Domain: "Mavuno", a microfinance and agricultural lending app for smallholder farmers in Kenya,
Uganda and Bangladesh. Covers loan applications (national ids, KRA PINs, Ugandan NINs,
Bangladeshi NIDs, group guarantors, next of kin), mobile-money disbursement and repayment in the
shapes the providers send (Safaricom Daraja C2B / B2C, MTN MoMo collections, bKash tokenized
checkout), farm plots with GeoJSON boundaries, crop and livestock records, field-officer visits,
SMS and USSD traffic (Africa's Talking shapes), credit scoring, KYC, crop insurance, asset
(motorbike) financing, school-fees loans, an agro-inputs web shop (Segment e-commerce spec),
diaspora remittances, staff incentives, support tickets and partner API logging.

Clients: analytics.js (officer dashboard and shop), analytics-swift, analytics-kotlin (field
officer app, with context.location), analytics-react-native and Flutter (farmer apps, with
context.traits), and the python, node, go, java, ruby, php and .NET server libraries (node with
context.externalIds). Calls: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % of keys follow other real
conventions: PascalCase (Daraja's C2B confirmation, a .NET core-banking service), kebab-case
(an SMS gateway and an e-voucher service), SCREAMING_SNAKE (a warehouse reverse-ETL identify),
Swahili keys (a USSD backend: jina_kamili, nambari_ya_simu, kitambulisho, kijiji ...) and
Bengali transliterated keys (the Bangladesh branch system: nam, pitar_nam, jonmo_tarikh,
jatiyo_porichoypotro_nombor, gram, dhormo ...).

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the borrower, a guarantor, next of kin, a
  nominee, a contact, a dependant, a staff member, a remitter). Colour is the reference
  matcher's default (name, phone, email, address, city, zipcode, birthdate, gender, ethnicity,
  religion, photo, salary, ip, license, serial, identification, condition: yellow;
  passport, password, token, disability, credit card: red); types outside the reference:
  national id, health id, bank account, secret: red; geolocation, advertising id,
  credit score: yellow.
- Green: ids we or a business issue (farmer/member/loan/plot ids, M-Pesa receipts, conversation
  ids, SKUs, invoice numbers, a loan account reference, a school admission number), versions,
  timestamps (including Daraja's 14-digit TransTime), hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, product / group / school / company names,
  animals' names, sex and birth dates, places that are not the person's (county, district,
  upazila, sub-county, a meeting venue, an agro-dealer's pickup point), country, locale,
  language, timezone, currency, user agents, OS-issued device ids, card brand / last four /
  expiry, sort codes, a business's shortcode, paybill or call-centre number, role mailboxes.
- Contested cases follow the product's published policy (member and customer numbers, ages,
  marital status, job titles green; insurance policy numbers yellow `identification`;
  salaries, incomes and commissions yellow `salary`; credit scores yellow `credit score`;
  number plates yellow `license`, chassis / engine numbers and IMEIs yellow `serial`; gclid /
  fbclid / fbp yellow `advertising id`; billing and delivery addresses yellow `address`;
  card tokens (pm_), one-time codes, e-voucher redemption codes and sign-in link tokens red
  `token`; NHIF numbers red `health id`; identity document numbers red `national id|passport`).
- Decisions of our own, for what a careful privacy owner would want: a village (kijiji, gram)
  is the person's address: yellow `city|address`; a county / district / sub-county / upazila is
  a region: green. A lender's risk grade or score band derived from the credit score is yellow
  `credit score`. A farmer's monthly income is pay: yellow `salary`. A land title number points
  at the owner in a public registry: yellow `identification`. A self-help group's own bank
  account and registration number are not a natural person's: green. A photo of a farm plot is
  not a photo of a person: green; an ID scan or selfie: yellow `photo`. A KRA PIN (tax id) is
  a government id: red `national id`. Contacts uploaded for scoring are other people's names and
  phones: yellow. A user name of staff (jmwangi) is yellow `name`. A boolean that reveals
  health (hospitalised) is yellow `condition`; a disability flag red `disability`.
- value_only is true when the key does not say what the value is (`partyId`,
  `payerReference`, `number`, `message`, `notes`, `description`, `input`, `q`, `value`,
  `counterparty`, `externalIds[].id`); every value of a value_only PII path carries that PII
  (checked when the builder runs). Free text is labelled by what every one of its values
  carries, green when none does; no free-text path here carries PII in only some values.
"""

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of Kenya, Uganda and Bangladesh -------------------------------------

KE_FIRST = [
    "Wanjiku",
    "Achieng",
    "Grace",
    "Mercy",
    "Faith",
    "Njeri",
    "Chebet",
    "Nafula",
    "Mwende",
    "Joseph",
    "Peter",
    "Kamau",
    "Otieno",
    "Kiprono",
    "Wafula",
    "Mutua",
    "Esther",
    "Dennis",
]
KE_LAST = [
    "Mwangi",
    "Odhiambo",
    "Wekesa",
    "Kiptoo",
    "Barasa",
    "Njoroge",
    "Ochieng",
    "Musyoka",
    "Jepkosgei",
    "Wambui",
    "Kariuki",
    "Omondi",
    "Nyongesa",
    "Cherono",
    "Kimani",
]
UG_FIRST = [
    "Nakato",
    "Babirye",
    "Kato",
    "Ssekandi",
    "Nansubuga",
    "Akello",
    "Okello",
    "Ainembabazi",
    "Tumusiime",
    "Namutebi",
    "Robert",
    "Harriet",
    "Moses",
    "Prossy",
]
UG_LAST = [
    "Mukasa",
    "Ssempala",
    "Byaruhanga",
    "Kyomuhendo",
    "Ocen",
    "Namubiru",
    "Wasswa",
    "Atuhaire",
    "Nalubega",
    "Opio",
    "Kizza",
]
BD_FIRST = [
    "Rahima",
    "Abdul",
    "Shahana",
    "Rafiqul",
    "Nasrin",
    "Jahanara",
    "Sumon",
    "Mithu",
    "Kamal",
    "Farida",
    "Anwar",
    "Rupa",
    "Habib",
    "Moushumi",
]
BD_LAST = [
    "Begum",
    "Karim",
    "Akter",
    "Islam",
    "Sultana",
    "Khatun",
    "Das",
    "Sarker",
    "Hossain",
    "Uddin",
    "Rahman",
    "Mondal",
    "Chowdhury",
]

KE_VILLAGES = [
    "Shibale",
    "Lurambi",
    "Mukuyu",
    "Kimilili",
    "Chebaiywa",
    "Kaptembwo",
    "Gatundu",
    "Kanyakine",
    "Ndhiwa",
    "Kapsoya",
    "Malava",
    "Matungu",
]
UG_VILLAGES = ["Kasaala", "Bukalasa", "Nakifuma", "Kyampisi", "Bugembe", "Awach", "Aboke", "Kitenga"]
BD_VILLAGES = [
    "Charbhadrasan",
    "Kholishakundi",
    "Baliadangi",
    "Dhamrai",
    "Paikgachha",
    "Nalitabari",
    "Shibganj",
    "Kaunia",
]
KE_COUNTIES = ["Kakamega", "Bungoma", "Nakuru", "Meru", "Kisii", "Machakos", "Uasin Gishu", "Trans Nzoia"]
KE_SUBCOUNTIES = ["Lurambi", "Malava", "Webuye East", "Kimilili", "Njoro", "Imenti North", "Mumias West"]
UG_DISTRICTS = ["Mbale", "Masaka", "Gulu", "Lira", "Mukono", "Luwero", "Mbarara"]
BD_ZILA = ["Rangpur", "Bogura", "Jashore", "Mymensingh", "Faridpur", "Dinajpur", "Khulna"]
BD_UPAZILA = ["Pirganj", "Sherpur", "Kaunia", "Gabtali", "Muktagachha", "Sadarpur", "Birganj"]
GROUPS = [
    "Tumaini Women Group",
    "Umoja Farmers SHG",
    "Baraka Dairy Self Help Group",
    "Jikaze Youth Group",
    "Nguvu Moja Chama",
    "Bakulu Twekembe",
    "Ekitangaala Farmers",
    "Shapla Mohila Samity",
    "Nabanna Krishak Dal",
]
CROPS = ["maize", "beans", "sorghum", "coffee", "tea", "potatoes", "rice", "jute", "cassava", "groundnuts"]
VARIETIES = ["H614D", "DK8031", "WH505", "KK15", "BRRI dhan29", "BINA dhan7", "NAROCASS 1", "Ruiru 11"]
INPUTS = [
    ("DAP Fertilizer 50kg", "FRT-DAP-50"),
    ("CAN Top Dress 50kg", "FRT-CAN-50"),
    ("H614D Hybrid Maize Seed 2kg", "SD-H614-2"),
    ("Duduthrin 1.75EC 100ml", "AGC-DDT-100"),
    ("Knapsack Sprayer 16L", "EQ-KNP-16"),
    ("Urea 50kg", "FRT-URE-50"),
    ("Dairy Meal 70kg", "FD-DRY-70"),
]
ANIMAL_NAMES = ["Neema", "Baraka", "Zawadi", "Bahati", "Tausi", "Malaika", "Lali", "Kalo", "Shona", "Rani"]
STAFF_USERNAMES = ["jmwangi", "aochieng", "nkato", "rbegum", "pkiprono", "hmukasa", "sdas", "fwekesa"]


def ke_name(f: Fake) -> str:
    return f"{f.pick(KE_FIRST)} {f.pick(KE_LAST)}"


def ug_name(f: Fake) -> str:
    return f"{f.pick(UG_FIRST)} {f.pick(UG_LAST)}"


def bd_name(f: Fake) -> str:
    first = f.pick(BD_FIRST)
    prefix = f.pick(["", "", "Md. ", "Mst. "])
    return f"{prefix}{first} {f.pick(BD_LAST)}"


def any_name(f: Fake) -> str:
    return f.pick([ke_name, ug_name, bd_name, lambda f: f.full_name()])(f)


def first_name(f: Fake) -> str:
    return f.pick(KE_FIRST + UG_FIRST + BD_FIRST)


def last_name(f: Fake) -> str:
    return f.pick(KE_LAST + UG_LAST + BD_LAST)


def ke_phone(f: Fake, style: str | None = None) -> str:
    prefix = f.pick(["70", "71", "72", "74", "79", "11"])
    rest = f"{f.r.randint(0, 9)}{f.r.randint(0, 999999):06d}"
    style = style or f.pick(["e164", "local", "msisdn", "spaced"])
    if style == "e164":
        return f"+254{prefix}{rest}"
    if style == "msisdn":
        return f"254{prefix}{rest}"
    if style == "spaced":
        return f"+254 {prefix}{rest[0]} {rest[1:4]} {rest[4:]}"
    return f"0{prefix}{rest[0]} {rest[1:4]} {rest[4:]}"


def ug_phone(f: Fake, style: str | None = None) -> str:
    prefix = f.pick(["77", "78", "76", "70", "75", "74"])
    rest = f"{f.r.randint(0, 9999999):07d}"
    style = style or f.pick(["e164", "local", "msisdn"])
    if style == "e164":
        return f"+256 {prefix}{rest[0]} {rest[1:]}"
    if style == "msisdn":
        return f"256{prefix}{rest}"
    return f"0{prefix}{rest}"


def bd_phone(f: Fake, style: str | None = None) -> str:
    prefix = f.pick(["13", "14", "15", "16", "17", "18", "19"])
    rest = f"{f.r.randint(0, 99999999):08d}"
    style = style or f.pick(["e164", "local", "msisdn"])
    if style == "e164":
        return f"+880 1{prefix[1]}{rest[:2]}-{rest[2:]}"
    if style == "msisdn":
        return f"8801{prefix[1]}{rest}"
    return f"01{prefix[1]}{rest}"


def any_phone(f: Fake) -> str:
    return f.pick([ke_phone, ke_phone, ug_phone, bd_phone])(f)


def ke_id(f: Fake) -> str:
    return str(f.r.randint(10_000_000, 39_999_999))


def ug_nin(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(4))
    return f"C{f.pick('MF')}{f.r.randint(60, 99)}{f.digits(6)}{letters}"


def bd_nid(f: Fake) -> str:
    kind = f.pick([10, 13, 17])
    if kind == 17:
        return f"{f.r.randint(1960, 2000)}{f.digits(13)}"
    return f.digits(kind)


def any_national_id(f: Fake) -> str:
    return f.pick([ke_id, ke_id, ug_nin, bd_nid])(f)


def kra_pin(f: Fake) -> str:
    return f"A{f.r.randint(0, 999999999):09d}{f.pick('ABCDEFGHJKLMNPQRSTVWXZ')}"


def passport(f: Fake) -> str:
    return f.pick([f"AK{f.digits(7)}", f"A{f.digits(8)}", f"B{f.digits(7)}", f"EB{f.digits(7)}"])


def village(f: Fake) -> str:
    return f.pick(KE_VILLAGES + UG_VILLAGES + BD_VILLAGES)


def ke_lat(f: Fake) -> float:
    return round(f.r.uniform(-1.4, 1.2), 6)


def ke_lon(f: Fake) -> float:
    return round(f.r.uniform(34.2, 37.9), 6)


def lat(f: Fake) -> float:
    return f.pick(
        [ke_lat, lambda f: round(f.r.uniform(-0.9, 3.4), 6), lambda f: round(f.r.uniform(21.8, 26.3), 6)]
    )(f)


def lon(f: Fake) -> float:
    return f.pick(
        [ke_lon, lambda f: round(f.r.uniform(29.8, 34.8), 6), lambda f: round(f.r.uniform(88.1, 92.4), 6)]
    )(f)


def polygon(f: Fake) -> list:
    la, lo = ke_lat(f), ke_lon(f)
    ring = []
    for _ in range(f.r.randint(4, 6)):
        ring.append([round(lo + f.r.uniform(-0.002, 0.002), 6), round(la + f.r.uniform(-0.002, 0.002), 6)])
    ring.append(list(ring[0]))
    return [ring]


def mpesa_receipt(f: Fake) -> str:
    return f.pick("QRS") + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


def daraja_time(f: Fake) -> str:
    r = f.r
    day = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return f"{day}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def bkash_time(f: Fake) -> str:
    r = f.r
    day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}:{r.randint(0, 999):03d}"
    return f"{day}T{clock} GMT+0600"


def member_no(f: Fake) -> str:
    return f.pick(["MV", "MVU", "MVB"]) + f.digits(6)


def loan_id(f: Fake) -> str:
    return f"LN-2024-{f.digits(6)}"


def farmer_id(f: Fake) -> int:
    return f.r.randint(100000, 999999)


def work_email(f: Fake) -> str:
    first, last = f.pick(KE_FIRST + UG_FIRST).lower(), f.pick(KE_LAST + UG_LAST).lower()
    return f"{first}.{last}@mavuno.example.com"


def staff_email(f: Fake) -> str:
    return f"{f.pick(STAFF_USERNAMES)}@mavuno.example.com"


def personal_email(f: Fake) -> str:
    first = f.pick(KE_FIRST + UG_FIRST + BD_FIRST).lower()
    last = f.pick(KE_LAST + UG_LAST + BD_LAST).lower()
    domain = f.pick(["gmail.com", "yahoo.com", "example.co.ke", "example.com.bd"])
    return f"{first}{f.pick(['.', '', '_'])}{last}{f.r.randint(1, 99)}@{domain}"


def kes(f: Fake, lo=500, hi=150000) -> int:
    return f.r.randint(lo, hi) // 50 * 50


def money_str(f: Fake, lo=100, hi=20000) -> str:
    return f"{f.r.randint(lo, hi)}.00"


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"KM{f.pick('ABCDEFG')}{f.pick('ABCDEFG')} {f.r.randint(100, 999)}{f.pick('ABCDEFGHJKLX')}",
            f"UE{f.pick('ABCDEF')} {f.r.randint(100, 999)}{f.pick('ABCDEF')}",
        ]
    )


def chassis(f: Fake) -> str:
    return "MD2A" + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + f.digits(7)


def imei(f: Fake) -> str:
    return f.luhn_complete("86" + f.digits(12))


def sha256(f: Fake) -> str:
    return f.hexid(64)


# Free text -----------------------------------------------------------------------------------------


def visit_note(f: Fake) -> str:
    """Every visit note carries a phone number (of the farmer or a relative)."""
    phone = ke_phone(f, f.pick(["local", "spaced", "e164"]))
    return f.pick(
        [
            f"Farmer not home, wife says call {phone} after 4pm",
            f"Mkulima amehamia namba mpya {phone}",
            f"Son manages the plot now, reach him on {phone}",
            f"Maize at knee height, some fall armyworm. Follow up on {phone}",
            f"Guarantor changed line, new no. {phone}",
        ]
    )


def ticket_text(f: Fake) -> str:
    """Every support ticket quotes the customer's M-Pesa / bKash line."""
    phone = f.pick([ke_phone, bd_phone, ug_phone])(f)
    amount = f.r.randint(200, 9000)
    return f.pick(
        [
            f"Nimetuma KES {amount} kwa paybill lakini haijaonyesha. Namba yangu ni {phone}",
            f"Loan not received on {phone}, please check",
            f"Double deduction of {amount} from my wallet {phone}",
            f"Please change my registered number to {phone}",
            f"bKash payment {amount} Tk from {phone} not showing in app",
        ]
    )


def sms_body(f: Fake) -> str:
    """Every reminder greets the borrower by first name."""
    name = first_name(f)
    due = f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}"
    amount = f"{f.r.randint(3, 90) * 100:,}"
    return f.pick(
        [
            f"Habari {name}, malipo yako ya KES {amount} yanadaiwa tarehe {due}. Lipa kwa Paybill 600638.",
            f"Dear {name}, your Mavuno installment of KES {amount} is due on {due}. Thank you.",
            f"Gyebale {name}, osasula UGX {amount} nga {due}. Mavuno.",
            f"Priyo {name}, apnar kisti {amount} Tk {due} tarikhe porishodh korun. Mavuno",
            f"{name}, congratulations! KES {amount} has been sent to your M-Pesa.",
        ]
    )


def feedback_text(f: Fake) -> str:
    return f.pick(
        [
            "App inakwama ikifungua",
            "Asante sana, mkopo ulifika haraka",
            "Please add Luganda language",
            "Interest is too high",
            "Very helpful officer",
            "Khub bhalo",
            "Could not upload photo of ID",
        ]
    )


def observation(f: Fake) -> str:
    return f.pick(
        [
            "Maize at V6, good weed control",
            "Fall armyworm damage on 20% of plants",
            "Beans flowering, no disease",
            "Dairy cow in milk, shed clean",
            "Plot waterlogged after rains",
            "Top dressing not yet applied",
            "Rice seedlings transplanted",
        ]
    )


# -- contexts of the client libraries ---------------------------------------------------------------


def web_context(f: Fake):
    page = f.pick(["/farmers", "/loans/pending", "/shop/fertilizer", "/dashboard", "/reports/par"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://mavuno.example.com/login"])
            ),
            "search": G(lambda f: f.pick(["", "?status=pending", "?branch=kakamega", "?page=2"])),
            "title": G(lambda f: f.pick(["Mavuno Officer Portal", "Farmers | Mavuno", "Mavuno Agro Shop"])),
            "url": G(lambda f: "https://portal.mavuno.example.com" + page),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/122.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Linux; Android 10; TECNO KE5) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/121.0.6167.178 Mobile Safari/537.36",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
                ]
            )
        ),
        "locale": G(lambda f: f.pick(["en-KE", "sw-KE", "en-UG", "bn-BD", "en-US"])),
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "Africa/Kampala", "Asia/Dhaka"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["long_rains_2024", "input_credit_promo", "bkash_launch"])),
            "source": G(lambda f: f.pick(["facebook", "google", "sms"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Mavuno"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "com.mavuno.farmer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "locale": G(lambda f: f.pick(["en-KE", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["16.7.5", "17.3.1"]))},
        "screen": {"width": G(lambda f: 375), "height": G(lambda f: 667)},
        "timezone": G(lambda f: "Africa/Nairobi"),
    }


def kotlin_context(f: Fake):
    """The field officers' Android app: sends the officer's position."""
    return {
        "app": {
            "name": G(lambda f: "Mavuno Field"),
            "version": G(lambda f: f.pick(["2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["283", "290"])),
            "namespace": G(lambda f: "com.mavuno.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "INFINIX"])),
            "model": G(lambda f: f.pick(["TECNO KE5", "SM-A125F", "Infinix X6515"])),
            "name": G(lambda f: f.pick(["KE5", "a12", "X6515"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-KE", "sw-KE", "en-UG"])),
        "location": {
            "latitude": Y(ke_lat, "geolocation"),
            "longitude": Y(ke_lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 12), 1)),
        },
        "network": {
            "carrier": G(lambda f: f.pick(["Safaricom", "Airtel KE", "MTN UG"])),
            "cellular": G(lambda f: True),
            "wifi": G(lambda f: False),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["10", "11", "12"]))},
        "screen": {"density": G(lambda f: 2.0), "height": G(lambda f: 1560), "width": G(lambda f: 720)},
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "Africa/Kampala"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 11; TECNO KE5 Build/RP1A.200720.011)"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Mavuno"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "com.mavuno.farmer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["TECNO", "itel", "samsung"])),
            "model": G(lambda f: f.pick(["TECNO BF6", "itel A665L", "SM-A045F"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.17.0")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1612)},
        "network": {"cellular": G(lambda f: True), "wifi": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(["sw-KE", "en-KE", "en-UG"])),
        "timezone": G(lambda f: f.pick(["Africa/Nairobi", "Africa/Kampala"])),
        "traits": {
            "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "firstName": Y(first_name, "name"),
            "memberNumber": G(member_no),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Mavuno Krishi"),
            "version": G(lambda f: f.pick(["1.6.0", "1.7.2"])),
            "build": G(lambda f: f.pick(["60", "72"])),
            "namespace": G(lambda f: "com.mavuno.krishi"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Walton", "Symphony", "Xiaomi"])),
            "model": G(lambda f: f.pick(["Primo RX8", "Z50", "Redmi 12C"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600)},
        "locale": G(lambda f: f.pick(["bn-BD", "en-BD"])),
        "timezone": G(lambda f: "Asia/Dhaka"),
        "traits": {
            "phone": Y(lambda f: bd_phone(f), "phone"),
            "firstName": Y(first_name, "name"),
            "memberNumber": G(member_no),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(library: str):
    def make(f: Fake):
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: library), "version": G(lambda f: SERVER_VERSIONS[library])}
        }
        if library in ("analytics-python", "analytics-node", "analytics-php"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if library == "analytics-node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: ke_phone(f, "msisdn"), "phone", True),
                    "type": G(lambda f: "msisdn"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
MOBILE = ["swift", "rn"]


# -- events: (type, event or page/screen name, clients, body) ---------------------------------------


def officer():
    return {
        "staff_id": G(lambda f: "STF" + f.digits(4)),
        "name": Y(any_name, "name"),
        "phone": Y(any_phone, "phone"),
        "role": G(lambda f: f.pick(["Field Officer", "Credit Officer", "Branch Manager"])),
    }


def product():
    def pick_input(f: Fake):
        return f.pick(INPUTS)

    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: pick_input(f)[1]),
        "name": G(lambda f: pick_input(f)[0]),
        "brand": G(lambda f: f.pick(["Yara", "Kenya Seed", "Syngenta", "Unga Feeds", "ACI"])),
        "category": G(lambda f: f.pick(["Fertilizer", "Seed", "Agrochemicals", "Equipment", "Feeds"])),
        "variant": G(lambda f: f.pick(["50kg", "2kg", "100ml", "16L"])),
        "price": G(lambda f: kes(f, 300, 9000)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- onboarding / identity ------------------------------------------------------------------
    (
        "identify",
        None,
        ["rn", "swift", "node"],
        {
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "email": Y(personal_email, "email"),
            "birthday": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "middleName": Y(first_name, "name"),
            "whatsappNumber": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "spouseName": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            "spousePhone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "nationalId": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id"),
            "address": {
                "street": Y(
                    lambda f: f"P.O. Box {f.r.randint(10, 3999)}-{f.pick(['50100', '50200', '20100'])}",
                    "address|street",
                ),
                "city": Y(lambda f: f.pick(KE_VILLAGES + UG_VILLAGES), "city|address"),
                "postalCode": Y(lambda f: f.pick(["50100", "50200", "20100", "30200", "40100"]), "zipcode"),
                "state": G(lambda f: f.pick(KE_COUNTIES + UG_DISTRICTS)),
                "country": G(lambda f: f.pick(["KE", "UG"])),
            },
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "subCounty": G(lambda f: f.pick(KE_SUBCOUNTIES)),
            "preferredLanguage": G(lambda f: f.pick(["sw", "en", "lg", "luo"])),
            "memberNumber": G(member_no),
            "groupName": G(lambda f: f.pick(GROUPS)),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed"])),
            "age": G(lambda f: f.r.randint(19, 70)),
            "householdSize": G(lambda f: f.r.randint(1, 11)),
            "farmSizeAcres": G(lambda f: round(f.r.uniform(0.25, 8), 2)),
            "hasSmartphone": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "hasDisability": RED(lambda f: f.pick([True, False]), "disability"),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected"])),
            "createdAt": G(lambda f: f.iso()),
            "avatar": Y(lambda f: f"https://cdn.mavuno.example.com/avatars/{f.hexid(12)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["rn", "swift", "flutter"],
        {
            "phone": Y(any_phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_number_length": G(lambda f: f.pick([10, 12, 13])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["rn", "swift", "flutter"],
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verified": G(lambda f: f.pick([True, False])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "seconds_to_verify": G(lambda f: f.r.randint(8, 240)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        {
            "email": Y(staff_email, "email"),
            "link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in": G(lambda f: 900),
            "reply_to": G(lambda f: "no-reply@mavuno.example.com"),
        },
    ),
    (
        "track",
        "Officer Login Failed",
        ["web"],
        {
            "username": Y(lambda f: f.pick(STAFF_USERNAMES), "name"),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "expired"])),
            "failed_attempts": G(lambda f: f.r.randint(1, 5)),
            "password_length": G(lambda f: f.r.randint(6, 16)),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "login-form"),
            "form_action": G(lambda f: "/session"),
            "fields": {
                "user_email": Y(staff_email, "email"),
                "password": RED(
                    lambda f: f.pick(["Mavuno2024!", "shamba#123", "Nairobi@88", "Kilimo!2023", "bKash5577"]),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick(["on", "off"])),
            },
        },
    ),
    # -- KYC -----------------------------------------------------------------------------------
    (
        "track",
        "KYC Document Uploaded",
        ["rn", "swift"],
        {
            "document_type": G(lambda f: f.pick(["national_id", "passport", "alien_card"])),
            "document_number": RED(lambda f: f.pick([ke_id, ug_nin, passport])(f), "national id|passport"),
            "front_image_url": Y(
                lambda f: f"https://kyc.mavuno.example.com/docs/{f.uuid()}/front.jpg", "photo"
            ),
            "selfie_url": Y(lambda f: f"https://kyc.mavuno.example.com/selfies/{f.uuid()}.jpg", "photo"),
            "name_on_document": Y(lambda f: f.pick([ke_name, ug_name])(f).upper(), "name"),
            "dob_on_document": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1958, 2004)}",
                "birthdate",
            ),
            "image_sha256": G(sha256),
            "liveness_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "ocr_name_match": G(lambda f: f.pick([True, False])),
            "iprs_verified": G(lambda f: f.pick([True, False])),
            "date_of_issue_present": G(lambda f: f.pick([True, False])),
            "id_type": G(lambda f: f.pick(["ID", "PP"])),
            "retries": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "USSD Input Submitted",
        ["python"],
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*384*2245#", "*483*77#"])),
            "step": G(lambda f: "enter_id_number"),
            "input": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id", True),
            "networkCode": G(lambda f: f.pick(["63902", "63903", "64101"])),
            "menu_depth": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        ["python"],
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*384*2245#", "*483*77#"])),
            "phoneNumber": Y(lambda f: ke_phone(f, "e164"), "phone"),
            "networkCode": G(lambda f: f.pick(["63902", "63903", "64101"])),
            "text": G(lambda f: f.pick(["1", "1*2", "2*1*5000", "3", "1*1*3*2", "4*1"])),
            "durationInSeconds": G(lambda f: f.r.randint(5, 180)),
            "cost": G(lambda f: f.pick(["KES 0.0000", "KES 1.0000"])),
            "status": G(lambda f: f.pick(["Success", "Incomplete"])),
        },
    ),
    # -- loan applications ---------------------------------------------------------------------
    (
        "track",
        "Loan Application Submitted",
        ["kotlin", "rn"],
        {
            "loan_application_id": G(lambda f: f.uuid()),
            "product_code": G(lambda f: f.pick(["KILIMO-SEED-6M", "DAIRY-12M", "BODA-18M", "SCHOOL-3M"])),
            "loan_product_name": G(
                lambda f: f.pick(
                    ["Kilimo Input Loan", "Dairy Cow Loan", "Boda Boda Asset Loan", "School Fees Loan"]
                )
            ),
            "requested_amount": G(lambda f: kes(f)),
            "currency": G(lambda f: f.pick(["KES", "UGX"])),
            "term_months": G(lambda f: f.pick([3, 6, 9, 12, 18])),
            "purpose": G(
                lambda f: f.pick(
                    ["seeds_fertilizer", "dairy_cow", "irrigation_pump", "school_fees", "motorbike"]
                )
            ),
            "repayment_frequency": G(lambda f: f.pick(["weekly", "monthly", "harvest_balloon"])),
            "applicant": {
                "full_name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
                "national_id": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id"),
                "kra_pin": RED(kra_pin, "national id"),
                "date_of_birth": Y(lambda f: f.date(1955, 2004), "birthdate"),
                "msisdn": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
                "email": Y(personal_email, "email"),
                "postal_address": Y(
                    lambda f: (
                        f"P.O. Box {f.r.randint(10, 3999)}-{f.pick(['50100', '50205', '30200'])}, "
                        + f.pick(["Kakamega", "Bungoma", "Kitale", "Mbale"])
                    ),
                    "address",
                ),
                "alternate_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
                "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
                "dependants_count": G(lambda f: f.r.randint(0, 9)),
                "occupation": G(lambda f: f.pick(["Farmer", "Dairy farmer", "Trader", "Teacher"])),
                "monthly_income": Y(lambda f: f.r.randint(30, 800) * 100, "salary"),
                "years_farming": G(lambda f: f.r.randint(1, 40)),
            },
            "next_of_kin": {
                "name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "sibling", "parent"])),
                "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
                "id_number": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id"),
            },
            "guarantors": Many(
                {
                    "member_no": G(member_no),
                    "name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
                    "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
                    "national_id": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id"),
                    "guarantee_amount": G(lambda f: kes(f, 500, 30000)),
                    "signed": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "group": {
                "group_id": G(lambda f: "GRP" + f.digits(5)),
                "group_name": G(lambda f: f.pick(GROUPS)),
                "meeting_day": G(lambda f: f.pick(["Monday", "Wednesday", "Saturday"])),
                "chairperson_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            },
            "consent_crb_check": G(lambda f: True),
            "guarantor_count": G(lambda f: f.r.randint(1, 3)),
            "next_of_kin_provided": G(lambda f: f.pick([True, False])),
            "loan_officer_id": G(lambda f: "STF" + f.digits(4)),
            "branch": G(lambda f: f.pick(["Kakamega", "Bungoma", "Mbale", "Masaka", "Nakuru"])),
            "application_channel": G(lambda f: f.pick(["app", "officer", "ussd"])),
            "gps_accuracy_m": G(lambda f: round(f.r.uniform(3, 60), 1)),
        },
    ),
    (
        "track",
        "Ombi la Mkopo",
        ["python"],
        {
            "jina_kamili": Y(ke_name, "name"),
            "nambari_ya_simu": Y(lambda f: ke_phone(f, f.pick(["local", "msisdn"])), "phone"),
            "nambari_ya_kitambulisho": RED(ke_id, "national id"),
            "tarehe_ya_kuzaliwa": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1958, 2004)}",
                "birthdate",
            ),
            "jinsia": Y(lambda f: f.pick(["mwanamke", "mwanamume", "sipendi kusema"]), "gender"),
            "kabila": Y(
                lambda f: f.pick(["Luhya", "Kikuyu", "Luo", "Kalenjin", "Kamba", "Kisii"]), "ethnicity"
            ),
            "kijiji": Y(lambda f: f.pick(KE_VILLAGES), "city|address"),
            "kaunti": G(lambda f: f.pick(KE_COUNTIES)),
            "kiasi": G(lambda f: kes(f, 1000, 50000)),
            "muda_wa_mkopo": G(lambda f: f.pick([3, 6, 12])),
            "zao": G(lambda f: f.pick(["mahindi", "maharagwe", "chai", "kahawa", "viazi"])),
            "ukubwa_wa_shamba": G(lambda f: round(f.r.uniform(0.25, 5), 2)),
            "umri": G(lambda f: f.r.randint(19, 70)),
            "hali_ya_ndoa": G(lambda f: f.pick(["ameoa", "ameolewa", "hajaoa", "mjane"])),
            "kikundi": G(lambda f: f.pick(GROUPS[:5])),
            "lugha": G(lambda f: f.pick(["sw", "en"])),
            "ndugu_wa_karibu": {
                "jina": Y(ke_name, "name"),
                "uhusiano": G(lambda f: f.pick(["mke", "mume", "mtoto", "kaka", "dada", "mama"])),
                "simu": Y(lambda f: ke_phone(f, "local"), "phone"),
            },
        },
    ),
    (
        "track",
        "Rin Abedon Jama",
        ["php"],
        {
            "sodossho_nombor": G(lambda f: "MVB" + f.digits(6)),
            "nam": Y(bd_name, "name"),
            "pitar_nam": Y(bd_name, "name"),
            "swamir_nam": Y(bd_name, "name"),
            "matar_nam": Y(bd_name, "name"),
            "thikana": Y(
                lambda f: f"Bari {f.r.randint(1, 300)}, Ward {f.r.randint(1, 9)}, {f.pick(BD_VILLAGES)}",
                "address",
            ),
            "jomir_dolil_nombor": Y(
                lambda f: f"{f.pick(BD_UPAZILA)}-{f.r.randint(100, 9999)}/{f.r.randint(1990, 2022)}",
                "identification",
            ),
            "mobile": Y(bd_phone, "phone"),
            "jatiyo_porichoypotro_nombor": RED(bd_nid, "national id"),
            "jonmo_tarikh": Y(lambda f: f.date(1958, 2004), "birthdate"),
            "gram": Y(lambda f: f.pick(BD_VILLAGES), "city|address"),
            "upazila": G(lambda f: f.pick(BD_UPAZILA)),
            "zila": G(lambda f: f.pick(BD_ZILA)),
            "pesha": G(lambda f: f.pick(["krishok", "griheeni", "byabshayi", "dinmojur"])),
            "dhormo": Y(lambda f: f.pick(["Islam", "Hindu", "Buddho", "Khristan"]), "religion"),
            "rin_poriman": G(lambda f: f.r.randint(10, 300) * 1000),
            "kisti_shongkhya": G(lambda f: f.pick([12, 24, 46])),
            "shomiti_nam": G(lambda f: f.pick(GROUPS[-2:])),
            "bkash_nombor": Y(bd_phone, "phone"),
            "nominee": {
                "nam": Y(bd_name, "name"),
                "shomporko": G(lambda f: f.pick(["swami", "chele", "meye", "ma", "bhai"])),
                "boyosh": G(lambda f: f.r.randint(12, 70)),
            },
        },
    ),
    (
        "track",
        "Credit Score Computed",
        ["python", "go"],
        {
            "applicant_id": G(farmer_id),
            "credit_score": Y(lambda f: f.r.randint(250, 900), "credit score"),
            "score_band": Y(lambda f: f.pick(["A", "B", "C", "D", "E"]), "credit score"),
            "model_version": G(lambda f: f.pick(["xgb-2024.03.1", "xgb-2024.05.0", "logit-v7"])),
            "features_count": G(lambda f: f.r.randint(40, 220)),
            "phone_number_age_days": G(lambda f: f.r.randint(30, 4000)),
            "mpesa_statement_months": G(lambda f: f.pick([3, 6, 12])),
            "avg_monthly_inflow": G(lambda f: kes(f, 2000, 90000)),
            "bureau_name": G(lambda f: f.pick(["Metropol", "TransUnion KE", "Creditinfo", "CIB Bangladesh"])),
            "bureau_report_ref": G(lambda f: "RPT" + f.digits(10)),
            "crb_listing_status": G(lambda f: f.pick(["clear", "listed", "cleared"])),
            "contacts_scored": G(lambda f: f.r.randint(0, 900)),
            "decision": G(lambda f: f.pick(["approve", "refer", "decline"])),
            "scored_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn"],
        {
            "contacts_count": G(lambda f: f.r.randint(20, 900)),
            "sms_count": G(lambda f: f.r.randint(0, 5000)),
            "call_log_days": G(lambda f: f.pick([30, 60, 90])),
            "permission": G(lambda f: f.pick(["granted", "denied"])),
            "contacts": Many(
                {
                    "name": Y(any_name, "name"),
                    "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
                    "starred": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Loan Approved",
        ["node"],
        {
            "loanId": G(loan_id),
            "approvedAmount": G(lambda f: kes(f)),
            "interestRate": G(lambda f: f.pick([1.2, 1.5, 2.0, 2.5])),
            "processingFee": G(lambda f: kes(f, 50, 2000)),
            "crbScore": Y(lambda f: f.r.randint(250, 900), "credit score"),
            "decisionReason": G(lambda f: f.pick(["auto_approve", "officer_override", "group_guarantee"])),
            "approvedBy": G(lambda f: "STF" + f.digits(4)),
            "disbursementDueDate": G(lambda f: f.date(2024, 2024)),
            "currency": G(lambda f: f.pick(["KES", "UGX"])),
        },
    ),
    (
        "track",
        "Loan Restructured",
        ["dotnet"],
        {
            "LoanAccountNumber": G(lambda f: "0" + f.digits(9)),
            "CustomerName": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            "CustomerPhone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "NationalIdNo": RED(lambda f: f.pick([ke_id, ug_nin])(f), "national id"),
            "DateOfBirth": Y(lambda f: f"{f.date(1955, 2004)}T00:00:00", "birthdate"),
            "OldTermMonths": G(lambda f: f.pick([6, 12])),
            "NewTermMonths": G(lambda f: f.pick([9, 18, 24])),
            "OutstandingPrincipal": G(lambda f: f.money(500, 80000)),
            "ArrearsDays": G(lambda f: f.r.randint(0, 120)),
            "RestructureReason": G(lambda f: f.pick(["Drought", "CropFailure", "Illness", "PriceDrop"])),
            "ApprovedByEmail": Y(staff_email, "email"),
            "BranchCode": G(lambda f: f.pick(["KKG01", "BGM02", "MBL01"])),
            "RestructuredOn": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Repayment Holiday Requested",
        ["rn", "kotlin"],
        {
            "loan_id": G(loan_id),
            "reason": G(
                lambda f: f.pick(["drought", "crop_failure", "medical", "bereavement", "livestock_death"])
            ),
            "hospitalised": Y(lambda f: f.pick([True, False]), "condition"),
            "nhif_no": RED(lambda f: f.digits(8), "health id"),
            "holiday_weeks": G(lambda f: f.pick([2, 4, 8])),
            "approved": G(lambda f: f.pick([True, False])),
            "supporting_docs_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- mobile money --------------------------------------------------------------------------
    (
        "track",
        "Disbursement Sent",
        ["go"],
        {
            "disbursement_id": G(lambda f: f.uuid()),
            "loan_id": G(loan_id),
            "channel": G(lambda f: f.pick(["mpesa_b2c", "mtn_momo", "bkash_b2c"])),
            "amount": G(lambda f: kes(f)),
            "currency": G(lambda f: f.pick(["KES", "UGX", "BDT"])),
            "recipient_msisdn": Y(
                lambda f: f.pick(
                    [
                        lambda f: ke_phone(f, "msisdn"),
                        lambda f: ug_phone(f, "msisdn"),
                        lambda f: bd_phone(f, "msisdn"),
                    ]
                )(f),
                "phone",
            ),
            "receiver_party_public_name": Y(
                lambda f: f"{ke_phone(f, 'msisdn')} - {ke_name(f).upper()}", "name|phone"
            ),
            "mpesa_receipt": G(mpesa_receipt),
            "conversation_id": G(lambda f: "AG_2024" + f.digits(4) + "_" + f.hexid(20)),
            "originator_conversation_id": G(
                lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(1000000, 9999999)}-1"
            ),
            "result_code": G(lambda f: f.pick([0, 0, 0, 2001, 1])),
            "result_desc": G(
                lambda f: f.pick(
                    [
                        "The service request is processed successfully.",
                        "The initiator information is invalid.",
                        "The balance is insufficient for the transaction.",
                    ]
                )
            ),
            "utility_account_balance": G(lambda f: f.money(10000, 900000)),
            "transaction_completed_at": G(daraja_time),
            "charges": G(lambda f: f.pick([0, 13, 23, 33])),
        },
    ),
    (
        "track",
        "Repayment Received",
        ["java"],
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(mpesa_receipt),
            "TransTime": G(daraja_time),
            "TransAmount": G(money_str),
            "BusinessShortCode": G(lambda f: f.pick(["600638", "4029981"])),
            "BillRefNumber": G(member_no),
            "InvoiceNumber": G(lambda f: f.pick(["", "INV" + f.digits(6)])),
            "OrgAccountBalance": G(lambda f: money_str(f, 10000, 900000)),
            "ThirdPartyTransID": G(lambda f: f.pick(["", f.hexid(12)])),
            "MSISDN": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
            "FirstName": Y(lambda f: f.pick(KE_FIRST).upper(), "name"),
            "MiddleName": Y(lambda f: f.pick(KE_LAST).upper(), "name"),
            "LastName": Y(lambda f: f.pick(KE_LAST).upper(), "name"),
        },
    ),
    (
        "track",
        "MoMo Collection Completed",
        ["php"],
        {
            "financialTransactionId": G(lambda f: f.digits(9)),
            "externalId": G(lambda f: loan_id(f)),
            "amount": G(lambda f: str(f.r.randint(5, 400) * 1000)),
            "currency": G(lambda f: "UGX"),
            "payer": {
                "partyIdType": G(lambda f: "MSISDN"),
                "partyId": Y(lambda f: ug_phone(f, "msisdn"), "phone", True),
            },
            "payerMessage": G(lambda f: f.pick(["Loan repayment", "Mavuno installment", "Okusasula looni"])),
            "payeeNote": G(lambda f: f.pick(["Thank you", "Repayment received"])),
            "status": G(lambda f: f.pick(["SUCCESSFUL", "FAILED", "PENDING"])),
            "reason": G(lambda f: f.pick(["", "APPROVAL_REJECTED", "NOT_ENOUGH_FUNDS"])),
        },
    ),
    (
        "track",
        "bKash Payment Executed",
        ["node"],
        {
            "paymentID": G(lambda f: "TR0011" + f.hexid(14).upper()),
            "trxID": G(
                lambda f: "B" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
            ),
            "transactionStatus": G(lambda f: f.pick(["Completed", "Initiated", "Failed"])),
            "amount": G(lambda f: str(f.r.randint(5, 400) * 100)),
            "currency": G(lambda f: "BDT"),
            "intent": G(lambda f: "sale"),
            "paymentExecuteTime": G(bkash_time),
            "merchantInvoiceNumber": G(lambda f: "MVB-INV-" + f.digits(7)),
            "payerReference": Y(lambda f: bd_phone(f, "local"), "phone", True),
            "customerMsisdn": Y(lambda f: bd_phone(f, "local"), "phone"),
            "statusCode": G(lambda f: f.pick(["0000", "2056", "2062"])),
            "statusMessage": G(
                lambda f: f.pick(
                    ["Successful", "Invalid Payment State", "The payment has already been completed"]
                )
            ),
        },
    ),
    (
        "track",
        "Contribution Made",
        ["python"],
        {
            "member_no": G(member_no),
            "group_id": G(lambda f: "GRP" + f.digits(5)),
            "amount": G(lambda f: kes(f, 100, 5000)),
            "contribution_type": G(lambda f: f.pick(["savings", "welfare", "loan_insurance"])),
            "paid_via": G(lambda f: f.pick(["mpesa", "airtel_money", "cash"])),
            "payer_msisdn": Y(lambda f: ke_phone(f, "msisdn"), "phone"),
            "mpesa_name": Y(
                lambda f: f"{f.pick(KE_FIRST)} {f.pick('ABCDEFGHJKMNOW')} {f.pick(KE_LAST)}".upper(), "name"
            ),
            "receipt_no": G(mpesa_receipt),
            "week_number": G(lambda f: f.r.randint(1, 52)),
        },
    ),
    (
        "track",
        "Remittance Received",
        ["node"],
        {
            "remittance_id": G(lambda f: f.uuid()),
            "sender_name": Y(lambda f: f.full_name(), "name"),
            "sender_email": Y(lambda f: f.email(), "email"),
            "sender_iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "NL", "FR"])), "bank account"),
            "sender_sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "60-16-13"])),
            "counterparty": RED(lambda f: f.iban(f.pick(["DE", "ES", "GB"])), "bank account", True),
            "recipient_msisdn": Y(
                lambda f: f.pick(
                    [
                        lambda f: ke_phone(f, "msisdn"),
                        lambda f: ug_phone(f, "msisdn"),
                        lambda f: bd_phone(f, "msisdn"),
                    ]
                )(f),
                "phone",
            ),
            "amount": G(lambda f: kes(f, 1000, 90000)),
            "currency": G(lambda f: f.pick(["KES", "UGX", "BDT"])),
            "source_currency": G(lambda f: f.pick(["GBP", "EUR", "USD"])),
            "fx_rate": G(lambda f: round(f.r.uniform(100, 170), 4)),
            "purpose_code": G(lambda f: f.pick(["FAM", "EDU", "AGR"])),
        },
    ),
    # -- farms ---------------------------------------------------------------------------------
    (
        "track",
        "Farm Plot Mapped",
        ["kotlin"],
        {
            "plot_id": G(lambda f: f.uuid()),
            "farmer_id": G(farmer_id),
            "plot_name": G(
                lambda f: f.pick(["Shamba la juu", "Near river", "Plot B", "Kwa mama", "Home garden"])
            ),
            "area_ha": G(lambda f: round(f.r.uniform(0.05, 3.5), 3)),
            "perimeter_m": G(lambda f: round(f.r.uniform(80, 900), 1)),
            "boundary": {
                "type": G(lambda f: "Polygon"),
                # GeoJSON rings: [[[lon, lat], ...]]; labelled under the flattened path in build().
                "coordinates": Y(polygon, "geolocation"),
            },
            "centroid": {"lat": Y(ke_lat, "geolocation"), "lng": Y(ke_lon, "geolocation")},
            "soil_type": G(lambda f: f.pick(["clay", "loam", "sandy loam", "volcanic"])),
            "irrigated": G(lambda f: f.pick([True, False])),
            "land_tenure": G(lambda f: f.pick(["owned", "leased", "family", "communal"])),
            "title_deed_number": Y(
                lambda f: (
                    f.pick(["KAKAMEGA/SHIRUGU", "BUNGOMA/NDIVISI", "NAKURU/NJORO"])
                    + f"/{f.r.randint(100, 9999)}"
                ),
                "identification",
            ),
            "village": Y(lambda f: f.pick(KE_VILLAGES), "city|address"),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "plot_photo_urls": Many(
                G(lambda f: f"https://cdn.mavuno.example.com/plots/{f.hexid(16)}.jpg"), 2
            ),
            "officer": officer(),
            "captured_offline": G(lambda f: f.pick([True, False])),
            "vertices": G(lambda f: f.r.randint(4, 6)),
        },
    ),
    (
        "track",
        "Crop Recorded",
        ["flutter", "rn"],
        {
            "plot_id": G(lambda f: f.uuid()),
            "crop": G(lambda f: f.pick(CROPS)),
            "variety": G(lambda f: f.pick(VARIETIES)),
            "season": G(lambda f: f.pick(["long_rains_2024", "short_rains_2024", "boro_2024", "aman_2024"])),
            "planting_date": G(lambda f: f.date(2024, 2024)),
            "expected_yield_kg": G(lambda f: f.r.randint(100, 6000)),
            "inputs": Many(
                {
                    "input_name": G(lambda f: f.pick(INPUTS)[0]),
                    "sku": G(lambda f: f.pick(INPUTS)[1]),
                    "qty": G(lambda f: f.r.randint(1, 10)),
                    "unit_price": G(lambda f: kes(f, 200, 6000)),
                },
                3,
            ),
            "seed_lot_number": G(lambda f: "LOT" + f.digits(7)),
            "intercropped": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Livestock Registered",
        ["rn", "kotlin"],
        {
            "animal_tag": G(lambda f: f"KE-{f.digits(7)}"),
            "species": G(lambda f: f.pick(["cattle", "goat", "sheep", "poultry"])),
            "breed": G(lambda f: f.pick(["Friesian", "Ayrshire", "Galla", "Boran", "Kienyeji"])),
            "sex": G(lambda f: f.pick(["female", "male"])),
            "name": G(lambda f: f.pick(ANIMAL_NAMES)),
            "date_of_birth": G(lambda f: f.date(2017, 2024)),
            "weight_kg": G(lambda f: f.r.randint(20, 600)),
            "milk_litres_per_day": G(lambda f: round(f.r.uniform(0, 25), 1)),
            "insured": G(lambda f: f.pick([True, False])),
            "insurance_policy_no": Y(lambda f: "LIV/" + f.digits(7) + "/24", "identification"),
            "last_vaccination": G(lambda f: f.date(2023, 2024)),
            "vaccine": G(lambda f: f.pick(["FMD", "LSD", "Anthrax", "Newcastle"])),
            "vet_name": Y(lambda f: "Dr. " + any_name(f), "name"),
            "vet_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "health_status": G(lambda f: f.pick(["healthy", "sick", "under_treatment"])),
        },
    ),
    (
        "track",
        "Crop Insurance Enrolled",
        ["java"],
        {
            "policyNumber": Y(lambda f: "ACRE-" + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["APA Insurance", "Pula", "Green Delta Insurance"])),
            "product": G(lambda f: f.pick(["Weather Index Maize", "Area Yield Rice"])),
            "sumInsured": G(lambda f: kes(f, 2000, 60000)),
            "premium": G(lambda f: kes(f, 100, 3000)),
            "weatherStationId": G(lambda f: "WS" + f.digits(4)),
            "beneficiary": {
                "name": Y(any_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "sibling"])),
                "phone": Y(any_phone, "phone"),
            },
            "coverStart": G(lambda f: f.date(2024, 2024)),
            "crop": G(lambda f: f.pick(CROPS)),
        },
    ),
    # -- field officers ------------------------------------------------------------------------
    (
        "track",
        "Field Visit Completed",
        ["kotlin"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "officer_id": G(lambda f: "STF" + f.digits(4)),
            "farmer_id": G(farmer_id),
            "visit_type": G(lambda f: f.pick(["pre_disbursement", "monitoring", "collection", "training"])),
            "check_in": {
                "lat": Y(ke_lat, "geolocation"),
                "lng": Y(ke_lon, "geolocation"),
                "accuracy": G(lambda f: round(f.r.uniform(3, 50), 1)),
                "timestamp": G(lambda f: f.epoch_ms()),
            },
            "duration_min": G(lambda f: f.r.randint(5, 120)),
            "farmer_present": G(lambda f: f.pick([True, False])),
            "farmer_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "farmer_photo_url": Y(
                lambda f: f"https://cdn.mavuno.example.com/farmers/{f.hexid(16)}.jpg", "photo"
            ),
            "observations": G(observation),
            "notes": Y(visit_note, "phone", True),
            "crop_health_score": G(lambda f: f.r.randint(1, 5)),
            "photos_taken": G(lambda f: f.r.randint(0, 8)),
            "next_visit_date": G(lambda f: f.date(2024, 2025)),
            "farmer_signature_captured": G(lambda f: f.pick([True, False])),
            "household": {
                "members": G(lambda f: f.r.randint(1, 12)),
                "children_in_school": G(lambda f: f.r.randint(0, 6)),
                "head_of_household_name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            },
        },
    ),
    (
        "track",
        "Farmer Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick([ke_name, ug_name, ke_phone, lambda f: ke_phone(f, "local")])(f),
                "name|phone",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "filters": {
                "branch": G(lambda f: f.pick(["all", "Kakamega", "Bungoma", "Mbale"])),
                "status": G(lambda f: f.pick(["active", "arrears", "closed"])),
            },
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Officer Incentive Calculated",
        ["python"],
        {
            "officer_id": G(lambda f: "STF" + f.digits(4)),
            "officer_email": Y(staff_email, "email"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "base_salary": Y(lambda f: f.r.randint(25, 90) * 1000, "salary"),
            "commission": Y(lambda f: f.r.randint(1, 40) * 500, "salary"),
            "portfolio_size": G(lambda f: f.r.randint(50, 600)),
            "par30_rate": G(lambda f: round(f.r.uniform(0, 0.2), 4)),
            "currency": G(lambda f: f.pick(["KES", "UGX"])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        ["dotnet"],
        {
            "EmployeeId": G(lambda f: "STF" + f.digits(4)),
            "FullName": Y(any_name, "name"),
            "WorkEmail": Y(work_email, "email"),
            "PersonalEmail": Y(personal_email, "email"),
            "MobileNumber": Y(any_phone, "phone"),
            "KraPin": RED(kra_pin, "national id"),
            "NssfNumber": RED(lambda f: f.digits(9), "social security number|national id"),
            "NhifNumber": RED(lambda f: f.digits(8), "health id"),
            "BankAccountNumber": RED(lambda f: "01" + f.digits(11), "bank account"),
            "BankName": G(lambda f: f.pick(["Equity Bank", "KCB", "Co-operative Bank", "Stanbic"])),
            "BranchName": G(lambda f: f.pick(["Kakamega", "Bungoma", "Mbale", "Masaka"])),
            "JobTitle": G(
                lambda f: f.pick(["Field Officer", "Credit Officer", "Agronomist", "Branch Manager"])
            ),
            "GrossSalary": Y(lambda f: f.r.randint(25, 150) * 1000, "salary"),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "HomeAddress": Y(
                lambda f: (
                    f.pick(["Milimani", "Amalemba", "Shirere", "Nakasero"])
                    + f" Estate, House {f.r.randint(1, 90)}"
                ),
                "address",
            ),
            "EmergencyContactName": Y(any_name, "name"),
            "EmergencyContactPhone": Y(any_phone, "phone"),
            "DrivingLicenceNo": Y(lambda f: f"DL-{f.digits(6)}{f.pick('ABCDEFGH')}", "license"),
            "HasMotorbikeLicence": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "whatsapp:" + ke_phone(f, "e164"), "phone"),
            "To": G(lambda f: "whatsapp:+254709915000"),
            "ProfileName": Y(
                lambda f: f.pick([f.pick(KE_FIRST), ke_name(f), "Mama " + f.pick(KE_FIRST)]), "name"
            ),
            "WaId": Y(lambda f: ke_phone(f, "msisdn"), "phone", True),
            "Body": G(
                lambda f: f.pick(["Habari, nataka mkopo", "Balance", "1", "Nimelipa", "STOP", "Asante"])
            ),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    # -- messaging -----------------------------------------------------------------------------
    (
        "track",
        "SMS Reminder Sent",
        ["ruby"],
        {
            "template_id": G(lambda f: f.pick(["due_3d", "due_today", "overdue_7d", "disbursed"])),
            "sender_id": G(lambda f: "MAVUNO"),
            "message": Y(sms_body, "name", True),
            "days_to_due": G(lambda f: f.r.randint(-14, 7)),
            "language": G(lambda f: f.pick(["sw", "en", "lg", "bn"])),
            "SMSMessageData": {
                "Message": G(lambda f: f"Sent to 1/1 Total Cost: KES {f.pick(['0.8000', '1.0000'])}"),
                "Recipients": Many(
                    {
                        "statusCode": G(lambda f: f.pick([101, 102, 403])),
                        "number": Y(lambda f: ke_phone(f, "e164"), "phone", True),
                        "status": G(lambda f: f.pick(["Success", "Queued", "InvalidPhoneNumber"])),
                        "cost": G(lambda f: f.pick(["KES 0.8000", "KES 1.0000"])),
                        "messageId": G(lambda f: "ATXid_" + f.hexid(32)),
                    },
                    1,
                ),
            },
        },
    ),
    (
        "track",
        "Weather Alert Sent",
        ["ruby"],
        {
            "alert-id": G(lambda f: f.uuid()),
            "station-id": G(lambda f: "WS" + f.digits(4)),
            "rainfall-mm": G(lambda f: round(f.r.uniform(0, 120), 1)),
            "alert-level": G(lambda f: f.pick(["advisory", "watch", "warning"])),
            "recipient-count": G(lambda f: f.r.randint(10, 5000)),
            "recipient-phone": Y(lambda f: f.pick([ke_phone, bd_phone])(f), "phone"),
            "farmer-name": Y(lambda f: f.pick([ke_name, bd_name])(f), "name"),
            "message-lang": G(lambda f: f.pick(["sw", "bn", "en"])),
            "delivery-status": G(lambda f: f.pick(["DELIVRD", "UNDELIV", "EXPIRED"])),
        },
    ),
    (
        "track",
        "Input Voucher Redeemed",
        ["go"],
        {
            "voucher-number": G(lambda f: "EV" + f.digits(8)),
            "redemption-code": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "token"),
            "agrodealer-name": G(
                lambda f: f.pick(["Kilimo Bora Agrovet", "Mkulima Shop", "Shapla Krishi Ghor"])
            ),
            "agrodealer-phone": G(
                lambda f: f.pick(["+254 20 765 4321", "+880 2 5566 7788", "+256 414 123456"])
            ),
            "subsidy-amount": G(lambda f: kes(f, 500, 5000)),
            "beneficiary-id": G(farmer_id),
            "beneficiary-phone": Y(any_phone, "phone"),
            "redeemed-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Voice Call Completed",
        ["python"],
        {
            "sessionId": G(lambda f: "ATVId_" + f.hexid(32)),
            "direction": G(lambda f: f.pick(["Inbound", "Outbound"])),
            "callerNumber": Y(lambda f: ke_phone(f, "e164"), "phone"),
            "destinationNumber": G(lambda f: f.pick(["+254711082000", "+254709915000"])),
            "durationInSeconds": G(lambda f: f.r.randint(5, 900)),
            "amount": G(lambda f: round(f.r.uniform(0, 40), 2)),
            "currencyCode": G(lambda f: "KES"),
            "isActive": G(lambda f: f.pick(["0", "1"])),
            "queue": G(lambda f: f.pick(["loans", "repayments", "agronomy"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby", "web"],
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    ["Loan not disbursed", "Wrong deduction", "Change phone number", "App crash"]
                )
            ),
            "description": Y(ticket_text, "phone", True),
            "requester": {
                "name": Y(any_name, "name"),
                "email": Y(personal_email, "email"),
                "phone": Y(any_phone, "phone"),
            },
            "assignee_email": Y(staff_email, "email"),
            "support_mailbox": G(
                lambda f: f.pick(["support@mavuno.example.com", "msaada@mavuno.example.com"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "tags": Many(G(lambda f: f.pick(["mpesa", "disbursement", "kyc", "bkash", "app"])), 3),
            "via": G(lambda f: f.pick(["web", "sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["rn", "flutter"],
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "text": G(feedback_text),
            "screen": G(lambda f: f.pick(["Home", "LoanStatus", "Repay"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift"],
        {
            "referrer_id": G(farmer_id),
            "referee_name": Y(any_name, "name"),
            "referee_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "referral_code": G(lambda f: "MAV-" + f.digits(4)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "invite_message": G(
                lambda f: f"Jiunge na Mavuno upate mkopo wa mbegu! Tumia code MAV-{f.digits(4)}"
            ),
        },
    ),
    # -- web shop (Segment e-commerce spec) ----------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {"query": G(lambda f: f.pick(["DAP", "maize seed", "knapsack sprayer", "dairy meal", "urea 50kg"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {
            **product(),
            "currency": G(lambda f: "KES"),
            "url": G(lambda f: f"https://shop.mavuno.example.com/p/{f.r.randint(100, 999)}"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "ORD" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["Mavuno Agro Shop", "Kilimo Bora Agrovet"])),
            "total": G(lambda f: kes(f, 500, 40000)),
            "revenue": G(lambda f: kes(f, 500, 40000)),
            "shipping": G(lambda f: f.pick([0, 200, 350])),
            "tax": G(lambda f: kes(f, 0, 3000)),
            "discount": G(lambda f: f.pick([0, 100, 500])),
            "coupon": G(lambda f: f.pick(["", "MVUA10", "MBEGU500"])),
            "currency": G(lambda f: "KES"),
            "payment_method": G(lambda f: f.pick(["mpesa", "card", "loan_wallet"])),
            "products": Many(product(), 3),
            "delivery": {
                "recipient_name": Y(ke_name, "name"),
                "recipient_phone": Y(ke_phone, "phone"),
                "pickup_point": G(
                    lambda f: f.pick(
                        ["Kilimo Bora Agrovet, Malava", "Mkulima Shop, Kimilili", "Webuye Town Depot"]
                    )
                ),
                "address": Y(
                    lambda f: (
                        f"Near {f.pick(['primary school', 'chief camp', 'market'])}, "
                        + f"{f.pick(KE_VILLAGES)} village"
                    ),
                    "address",
                ),
            },
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "mpesa"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "535522", "424242"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(
                    lambda f: f.pick([f.zip(), f"SW{f.r.randint(1, 20)} {f.r.randint(1, 9)}AB", "00100"]),
                    "zipcode",
                ),
                "country": G(lambda f: f.pick(["GB", "US", "DE", "KE"])),
            },
        },
    ),
    # -- assets, school fees -------------------------------------------------------------------
    (
        "track",
        "Asset Financed",
        ["java", "kotlin"],
        {
            "assetType": G(lambda f: f.pick(["motorbike", "water_pump", "solar_kit", "dairy_cow"])),
            "make": G(lambda f: f.pick(["Bajaj Boxer 150", "TVS HLX 125", "SunCulture RainMaker2"])),
            "numberPlate": Y(plate, "license"),
            "chassisNo": Y(chassis, "serial"),
            "engineNo": Y(
                lambda f: "PF" + f.pick("ABCDEFGHJK") + f.pick("ABCDEFGHJK") + f.digits(6), "serial"
            ),
            "trackerImei": Y(imei, "serial"),
            "price": G(lambda f: kes(f, 30000, 180000)),
            "deposit": G(lambda f: kes(f, 3000, 30000)),
            "insurer": G(lambda f: f.pick(["Jubilee", "CIC", "Madison"])),
            "dealer": G(lambda f: f.pick(["Car & General", "Watu Credit Partner", "Kenya Motorcycle Hub"])),
            "firmwareVersion": G(lambda f: f.pick(["3.1.8", "3.2.0"])),
        },
    ),
    (
        "track",
        "School Fees Paid",
        ["python"],
        {
            "student_name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            "student_dob": Y(lambda f: f.date(2006, 2018), "birthdate"),
            "admission_number": G(lambda f: f.digits(4)),
            "school_name": G(
                lambda f: f.pick(
                    ["Kakamega High School", "St. Mary's Mumias", "Bungoma Boys", "Gayaza High School"]
                )
            ),
            "school_paybill": G(lambda f: f.pick(["522522", "247247", "880100"])),
            "grade": G(lambda f: f.pick(["Form 1", "Form 3", "Grade 6", "S.2"])),
            "term": G(lambda f: f.pick(["Term 1", "Term 2", "Term 3"])),
            "amount": G(lambda f: kes(f, 3000, 40000)),
            "loan_id": G(loan_id),
        },
    ),
    # -- reverse ETL and ops -------------------------------------------------------------------
    (
        "identify",
        None,
        ["java"],
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 999999)),
            "FULL_NAME": Y(lambda f: f.pick([ke_name, ug_name, bd_name])(f).upper(), "name"),
            "MSISDN": Y(
                lambda f: f.pick([lambda f: ke_phone(f, "msisdn"), lambda f: bd_phone(f, "msisdn")])(f),
                "phone",
            ),
            "NATIONAL_ID": RED(any_national_id, "national id"),
            "DOB": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["F", "M", "U"]), "gender"),
            "COUNTY": G(lambda f: f.pick(KE_COUNTIES + BD_ZILA)),
            "TOTAL_LOANS": G(lambda f: f.r.randint(1, 14)),
            "ACTIVE_LOAN_BALANCE": G(lambda f: f.money(0, 90000)),
            "DAYS_PAST_DUE": G(lambda f: f.r.randint(0, 180)),
            "LAST_REPAYMENT_DATE": G(lambda f: f.date(2024, 2024)),
            "CRB_SCORE": Y(lambda f: f.r.randint(250, 900), "credit score"),
            "IS_BLACKLISTED": G(lambda f: f.pick([True, False])),
            "LAST_LOGIN_IP": Y(lambda f: f.ipv4(), "ip"),
            "HOME_LATLONG": Y(lambda f: f"{ke_lat(f)},{ke_lon(f)}", "geolocation"),
            "SMS_OPT_IN": G(lambda f: f.pick([True, False])),
            "LIFETIME_VALUE_KES": G(lambda f: f.money(0, 200000)),
            "DBT_LOADED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Partner API Called",
        ["go"],
        {
            "partner": G(lambda f: f.pick(["safaricom-daraja", "mtn-momo", "bkash", "metropol"])),
            "endpoint": G(
                lambda f: f.pick(
                    [
                        "/mpesa/b2c/v1/paymentrequest",
                        "/collection/v1_0/requesttopay",
                        "/tokenized/checkout/execute",
                    ]
                )
            ),
            "status": G(lambda f: f.pick([200, 200, 401, 500, 503])),
            "latency_ms": G(lambda f: f.r.randint(80, 9000)),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "X-Api-Key": RED(lambda f: f.secret(), "secret"),
                "Content-Type": G(lambda f: "application/json"),
                "X-Request-Id": G(lambda f: f.uuid()),
            },
            "retry": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "full_name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            "phone_number": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "farm_size": G(lambda f: f.pick(["<1 acre", "1-3 acres", "3-5 acres", ">5 acres"])),
            "preferred_callback_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "landing_page": G(lambda f: f.pick(["/apply", "/kilimo-loan", "/dairy"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web", "rn"],
        {
            "form": G(lambda f: "mpesa_number"),
            "label": G(lambda f: f.pick(["M-Pesa number", "Nambari ya M-Pesa"])),
            "value": Y(lambda f: ke_phone(f), "phone", True),
            "time_to_fill_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "Button Clicked",
        ["swift", "rn", "flutter"],
        {
            "label": G(lambda f: f.pick(["Apply Now", "Repay", "Omba Mkopo", "Lipa", "Call Officer"])),
            "screen": G(lambda f: f.pick(["Home", "LoanStatus", "Repay"])),
            "position": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- page / screen -------------------------------------------------------------------------
    (
        "page",
        "Farmer Profile",
        ["web"],
        {
            "path": G(lambda f: f"/farmers/{farmer_id(f)}"),
            "url": G(lambda f: f"https://portal.mavuno.example.com/farmers/{farmer_id(f)}"),
            "title": G(lambda f: "Farmer Profile | Mavuno"),
            "referrer": G(lambda f: f.pick(["https://portal.mavuno.example.com/farmers", ""])),
            "search": G(lambda f: f.pick(["", "?tab=loans", "?tab=visits"])),
            "name": G(lambda f: "Farmer Profile"),
            "farmer_id": G(farmer_id),
        },
    ),
    (
        "page",
        "Loan Queue",
        ["web"],
        {
            "path": G(lambda f: "/loans/pending"),
            "url": G(lambda f: "https://portal.mavuno.example.com/loans/pending"),
            "title": G(lambda f: "Pending Loans | Mavuno"),
            "name": G(lambda f: "Loan Queue"),
            "pending_count": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "screen",
        "Loan Calculator",
        ["swift", "rn", "flutter"],
        {
            "amount": G(lambda f: kes(f, 1000, 100000)),
            "term_months": G(lambda f: f.pick([3, 6, 12])),
            "monthly_installment": G(lambda f: f.money(100, 12000)),
        },
    ),
    (
        "screen",
        "Repayment Schedule",
        ["swift", "rn", "flutter"],
        {
            "loan_id": G(loan_id),
            "next_due_date": G(lambda f: f.date(2024, 2025)),
            "installments_left": G(lambda f: f.r.randint(0, 24)),
            "is_overdue": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- groups --------------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "python"],
        {
            "name": G(lambda f: f.pick(GROUPS)),
            "registration_number": G(
                lambda f: (
                    f"{f.pick(['KAK', 'BGM', 'NKR'])}/SHG/{f.r.randint(100, 9999)}/{f.r.randint(2010, 2023)}"
                )
            ),
            "industry": G(lambda f: "agriculture"),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "members_count": G(lambda f: f.r.randint(8, 40)),
            "meeting_day": G(lambda f: f.pick(["Monday", "Thursday", "Saturday"])),
            "meeting_location": G(
                lambda f: f.pick(["ACK Church Shibale", "Lurambi Chief's Camp", "Kimilili Market Hall"])
            ),
            "chairperson": {
                "name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
                "phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            },
            "treasurer_phone": Y(lambda f: f.pick([ke_phone, ug_phone])(f), "phone"),
            "secretary_name": Y(lambda f: f.pick([ke_name, ug_name])(f), "name"),
            "group_account_number": G(lambda f: f.digits(13)),
            "bank": G(lambda f: f.pick(["Equity Bank", "KCB", "Centenary Bank"])),
            "savings_balance": G(lambda f: f.money(1000, 500000)),
            "formed_date": G(lambda f: f.date(2008, 2023)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["rn", "swift", "node"], {}),
]


# A leaf whose generator returns nested arrays: its label belongs to the flattened path.
ARRAY_LEAVES = {"properties.boundary.coordinates": "properties.boundary.coordinates[][][]"}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", *MOBILE, "kotlin", "flutter"):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f"{f.r.randint(100000, 999999)}"
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "GRP" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    for nested, flat in ARRAY_LEAVES.items():
        labels[flat] = labels.pop(nested)
    f.r.shuffle(events)
    return events, labels


# -- self-checks: value_only PII holds its PII in every value ---------------------------------------

PHONE_RE = re.compile(
    r"(\+?(254|256|880)[\s-]?\d[\d\s-]{7,}|\b0\d{2,3}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b01\d{9}\b)"
)
CHECKS = {
    "phone": lambda v: bool(PHONE_RE.search(str(v))),
    "name": lambda v: any(n in str(v) for n in KE_FIRST + UG_FIRST + BD_FIRST),
    "name|phone": lambda v: (
        bool(PHONE_RE.search(str(v))) or any(n in str(v) for n in KE_FIRST + UG_FIRST + BD_FIRST)
    ),
    "national id": lambda v: bool(re.fullmatch(r"\d{8}|C[MF]\d{8}[A-Z]{4}", str(v))),
    "bank account": lambda v: bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", str(v))),
}


def check(events: list[dict], labels: dict[str, dict]) -> None:
    values: dict[str, list] = defaultdict(list)
    for event in events:
        for path, value in flatten(event):
            values[path].append(value)
    missing = set(values) - set(labels)
    if missing:
        raise SystemExit(f"unlabelled paths: {sorted(missing)}")
    for path, label in labels.items():
        if path not in values:
            continue
        if label["value_only"] and label["classification"] != "green":
            bad = [v for v in values[path] if not CHECKS[label["type"]](v)]
            if bad:
                raise SystemExit(f"{path}: value_only {label['type']} without it: {bad[:3]}")


if __name__ == "__main__":
    events, labels = build(seed=159, repeats=40)
    check(events, labels)
    write(Path(__file__).parent, "holdout159_", events, labels)
