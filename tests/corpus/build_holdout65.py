"""Writes holdout65: tests/corpus/holdout65_events.jsonl and holdout65_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author. Only build.py,
fake.py, build_holdout3.py (for the format) and the reference's default-matcher table were read.

Domain: a home-services marketplace in India ("Sahayak"): customers book plumbers, electricians,
cleaners, beauticians, pest control, elder-care attendants and pet groomers to their homes; a
four-digit job OTP starts and ends the work; service addresses carry flat numbers, societies,
landmarks and six-digit pincodes; professionals ("partners") onboard with Aadhaar, PAN, bank
account + IFSC and UPI ids, references and emergency contacts, and are paid weekly; customers
rate and tip, chat with the partner, pay by UPI/card/cash through a Razorpay-shaped gateway; NRIs
book for parents from Dubai, London or California; masked calls (Exotel-shaped), WhatsApp
notifications (Gupshup-shaped), AppsFlyer install attribution and Meta Conversions API relays.

Clients and contexts: analytics.js (web), analytics-swift, analytics-kotlin (customer and partner
apps), analytics-react-native, analytics-flutter (partner app), and the python, node, go, java,
ruby, php and .NET server libraries; identify / track / page / screen / group / alias calls.

Conventions: mostly camelCase and snake_case; about 15 % other: PascalCase (.NET payouts, the
Exotel webhook), kebab-case (a partner-lead web form), SCREAMING_SNAKE (warehouse reverse-ETL
identify), transliterated Hindi keys (naam, pata, mobile_sankhya, pita_ka_naam, janm_tithi, ...)
and Tamil keys (peyar, mugavari, kaipesi_en, oor, pin_kuriyeedu, ...), some values in Devanagari
and Tamil script.

Hard cases on purpose, all of them things such apps really send: 12-digit UPI UTRs and RRNs
beside 12-digit Aadhaar numbers (Verhoeff-valid); 6-digit HSN/SAC codes beside pincodes;
4-digit OTPs beside counters; IFSC codes beside bank accounts; numeric ids, SKUs, versions,
timestamps, UUIDs and hashes; booleans, counters and enums under PII-sounding keys
(`phoneVerified`, `aadhaar_verified`, `address_type`, `otp_attempts`, `contacts_count`); PII under
neutral keys (`value`, `input`, `q`, `description`, `destination`, `From`, `message_text`,
`externalIds[].id`); neutral keys that hold no PII (`label`, `text`, `note`, `remarks`); other
people's data (family members booked for, patients, brides, referral invitees, synced contacts,
partner references, emergency contacts, nominees, support agents); things' names (services,
parts, pets, societies, companies, banks).

Labelling (the Privacy Portal's default colours): classification red / yellow / green, type = the
reference matcher's name or `bank account`, `geolocation`, `secret`, `national id`,
`advertising id`, `credit card`, `token`, `criminal record` (`a|b` when either is fair),
value_only = the key does not say what the value is. A value_only PII path holds that PII in every
value; free text is labelled by what every one of its values carries (every free-text field here
either always or never carries PII). Contested cases follow the product policy in the brief
(business-issued numbers, ages, marital status, job titles, employers, a business's own contact
details and pets are green; insurance policy numbers, pay, plates and ad click ids are yellow;
payment tokens and one-time codes are red). Rules this corpus adds where the policy is silent:
- A UPI id (VPA) addresses the person's bank account: red `bank account`. The company's own
  collect VPA is green.
- A masked Aadhaar showing its last four digits is red `national id` (as the last four of an SSN).
  A UAN (EPFO provident-fund number) is a government id: red `national id`. A business GSTIN is
  green.
- Parts of the person's address are yellow: flat/house number and building or society name and
  landmark (`address`), locality (`address|city`), pincode (`zipcode`). A pincode typed to check
  serviceability is the person's own area: yellow `zipcode`. A society's name as a group
  (partner organisation) is green.
- A partner's pay is yellow `salary`: payouts, weekly earnings, incentives, tips received, hourly
  rates (also the attendant's hourly rate shown on an elder-care booking). Amounts a customer
  pays (prices, totals, the tip they add) are green.
- A hashed e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) is still that person's
  e-mail / phone: yellow, value_only false. Hashes of non-PII are green.
- Referral and coupon codes we issue are green even when built from a first name.
- A flag that a background check found a court record is yellow `criminal record`.
- Partners' live positions are yellow `geolocation` (partners are natural persons).
- Support agents' and doctors' names and agents' personal work e-mails are yellow; shared
  mailboxes and helplines (support@, 1800 numbers) and Exotel virtual numbers are green.
- The APNs/FCM push token in `context.device.token` is red `token`, as in the other corpora.
- A preferred gender for the professional is a service preference: green.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

MALE = [
    "Rahul", "Amit", "Suresh", "Ramesh", "Karthik", "Arjun", "Vikram", "Sanjay", "Mohammed", "Irfan",
    "Venkatesh", "Srinivas", "Pradeep", "Manoj", "Rajesh", "Abdul", "Joseph", "Tenzin", "Arnab",
    "Aditya", "Rohan", "Nikhil", "Murugan", "Senthil", "Balaji", "Deepak", "Harjit", "Farhan",
    "Siddharth", "Gaurav", "Vignesh", "Anand", "Salim", "Raju", "Shankar",
]  # fmt: skip
FEMALE = [
    "Priya", "Lakshmi", "Anjali", "Sneha", "Pooja", "Kavya", "Divya", "Meena", "Sunita", "Ayesha",
    "Fatima", "Shabana", "Simran", "Harleen", "Deepa", "Revathi", "Bhavani", "Anusha", "Nandini",
    "Shreya", "Ishita", "Mary", "Lalrinpuii", "Pema", "Gurpreet", "Nazia", "Radha", "Tanvi",
]  # fmt: skip
SURNAMES = [
    "Sharma", "Verma", "Gupta", "Singh", "Kaur", "Patel", "Shah", "Reddy", "Naidu", "Rao", "Iyer",
    "Subramanian", "Krishnan", "Nair", "Menon", "Pillai", "Mathew", "D'Souza", "Fernandes", "Khan",
    "Siddiqui", "Ansari", "Qureshi", "Chatterjee", "Banerjee", "Das", "Ghosh", "Deshpande",
    "Kulkarni", "Patil", "Jadhav", "Yadav", "Kumar", "Mishra", "Tiwari", "Chauhan", "Gill",
    "Sandhu", "Bhutia", "Hegde", "Shetty", "Gowda", "Bose", "Mukherjee", "Chowdhury",
]  # fmt: skip
SCRIPT_NAMES = [
    "राहुल शर्मा", "सुनीता देवी", "मोहम्मद इरफ़ान", "अनिल कुमार यादव", "कार्तिक", "प्रिया वर्मा",
    "கார்த்திக் சுப்ரமணியன்", "லட்சுமி நாராயணன்", "முருகன்", "செந்தில் குமார்", "ரேவதி",
]  # fmt: skip
EMAIL_DOMAINS = [
    "gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com",
    "hotmail.com", "icloud.com", "yahoo.com", "proton.me",
]  # fmt: skip

CITIES = {
    # city: (state, pincode prefix, lat, lng, localities)
    "Bengaluru": ("Karnataka", "560", 12.97, 77.59,
                  ["HSR Layout Sector 2", "Koramangala 4th Block", "Indiranagar", "Whitefield",
                   "JP Nagar 7th Phase", "Electronic City Phase 1", "Hebbal Kempapura"]),
    "Chennai": ("Tamil Nadu", "600", 13.08, 80.27,
                ["Anna Nagar West", "Velachery", "T. Nagar", "Adyar", "Mylapore", "Tambaram East"]),
    "Mumbai": ("Maharashtra", "400", 19.07, 72.88,
               ["Andheri East", "Powai", "Bandra West", "Malad West", "Chembur", "Goregaon East"]),
    "New Delhi": ("Delhi", "110", 28.61, 77.21,
                  ["Lajpat Nagar II", "Dwarka Sector 10", "Rohini Sector 9", "Saket", "Mayur Vihar Ph 1"]),
    "Gurugram": ("Haryana", "122", 28.46, 77.03, ["DLF Phase 3", "Sector 56", "Sohna Road", "Palam Vihar"]),
    "Hyderabad": ("Telangana", "500", 17.39, 78.49,
                  ["Banjara Hills", "Gachibowli", "Kondapur", "Madhapur", "Kukatpally KPHB"]),
    "Pune": ("Maharashtra", "411", 18.52, 73.86, ["Kothrud", "Baner", "Hinjewadi Phase 1", "Viman Nagar"]),
    "Kolkata": ("West Bengal", "700", 22.57, 88.36,
                ["Salt Lake Sector V", "New Town", "Behala", "Ballygunge"]),
    "Coimbatore": ("Tamil Nadu", "641", 11.02, 76.96, ["RS Puram", "Saibaba Colony", "Peelamedu"]),
    "Ahmedabad": ("Gujarat", "380", 23.02, 72.57, ["Satellite", "Bodakdev", "Maninagar", "Vastrapur"]),
}  # fmt: skip
SOCIETIES = [
    "Sai Krupa Apartments", "Prestige Lakeside Habitat", "Sobha Dream Acres", "Lodha Palava",
    "Green Park Residency", "Shanti Niketan CHS", "DLF Park Place", "Brigade Metropolis",
    "Ramaniyam Pushkar", "Hiranandani Gardens", "Purva Panorama", "Om Sai Heights",
]  # fmt: skip
STREETS = [
    "5th Cross Road", "100 Feet Road", "Anna Salai", "MG Road", "2nd Main Road", "Link Road",
    "Ring Road", "Station Road", "Gandhi Nagar Main Rd", "11th A Cross", "Nehru Street",
]  # fmt: skip
LANDMARKS = [
    "Near Shiv Mandir", "Opp. SBI ATM", "Behind Reliance Fresh", "Next to Apollo Pharmacy",
    "Near Ganesh Temple", "Opp. Govt School", "Above Hotel Saravana Bhavan", "Near Metro Pillar 112",
    "Beside Petrol Bunk", "Near Masjid-e-Noor",
]  # fmt: skip
SERVICES = [
    ("PLB-TAP-001", "Tap Repair", "Plumbing", 149),
    ("PLB-BLK-014", "Wash Basin Blockage Removal", "Plumbing", 249),
    ("PLB-TNK-022", "Water Tank Cleaning", "Plumbing", 599),
    ("ELC-FAN-INS", "Ceiling Fan Installation", "Electrical", 199),
    ("ELC-SWB-003", "Switchboard Repair", "Electrical", 129),
    ("ELC-MCB-010", "MCB Replacement", "Electrical", 299),
    ("CLN-FHD-3BHK", "Full Home Deep Cleaning (3 BHK)", "Cleaning", 4999),
    ("CLN-BTH-002", "Bathroom Cleaning", "Cleaning", 449),
    ("CLN-SOF-005", "Sofa Shampooing (5 seats)", "Cleaning", 999),
    ("SAL-WAX-FA", "Waxing - Full Arms", "Salon for Women", 399),
    ("SAL-FCL-GG", "Facial - Gold Glow", "Salon for Women", 1199),
    ("SAL-BRD-001", "Bridal Makeup", "Salon for Women", 14999),
    ("MEN-HCT-001", "Haircut for Men", "Men's Grooming", 259),
    ("APL-SAC-SVC", "Split AC Service", "Appliance Repair", 599),
    ("APL-WM-REP", "Washing Machine Repair", "Appliance Repair", 349),
    ("APL-RO-SVC", "RO Water Purifier Service", "Appliance Repair", 399),
    ("PST-CKR-2BHK", "Cockroach Control (2 BHK)", "Pest Control", 1099),
    ("CRP-LCK-004", "Door Lock Repair", "Carpentry", 179),
]  # fmt: skip
PARTS = ["PVC elbow 1/2 in", "Tap washer set", "Teflon tape", "6A modular switch", "32A MCB (Havells)",
         "Fan capacitor 2.5 uF", "AC gas top-up R32", "RO membrane 80 GPD", "Door lock cylinder"]  # fmt: skip


def male(f: Fake) -> str:
    return f.pick(MALE)


def female(f: Fake) -> str:
    return f.pick(FEMALE)


def first_in(f: Fake) -> str:
    return male(f) if f.r.random() < 0.55 else female(f)


def name_in(f: Fake) -> str:
    """An Indian full name in the shapes people type: first last, initial + name, single names."""
    style = f.r.random()
    if style < 0.62:
        return f"{first_in(f)} {f.pick(SURNAMES)}"
    if style < 0.74:
        return f"{f.pick('SRKMVPAN')}. {first_in(f)}"
    if style < 0.82:
        return f"{first_in(f)} {f.pick('SRKMVPAN')}"
    if style < 0.9:
        return f.pick(SCRIPT_NAMES)
    return f"{first_in(f)} {f.pick(['Kumar', 'Devi', 'Prasad', 'Bai'])} {f.pick(SURNAMES)}"


def name_any(f: Fake) -> str:
    """Mostly Indian names, some from the rest of the world (NRIs' spouses, expats)."""
    return name_in(f) if f.r.random() < 0.8 else f.full_name()


def worker_name(f: Fake) -> str:
    return f.pick(
        [
            f"{male(f)} {f.pick(['Kumar', 'Yadav', 'Singh', 'Prasad', 'M', 'K'])}",
            f"{female(f)} {f.pick(['Devi', 'Bai', 'Kumari', 'S'])}",
            f"Md. {f.pick(['Salim', 'Irfan', 'Arif', 'Sajid'])}",
            male(f),
            f.pick(SCRIPT_NAMES),
        ]
    )


def ascii_name(s: str) -> str:
    return "".join(c for c in s.lower() if c.isascii() and c.isalpha())


def email_in(f: Fake) -> str:
    first, last = ascii_name(first_in(f)), ascii_name(f.pick(SURNAMES))
    user = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first}_{last[0]}{f.r.randint(80, 99)}",
            f"{first}{f.r.randint(1980, 2004)}",
            f"{last}.{first}",
        ]
    )
    return f"{user}@{f.pick(EMAIL_DOMAINS)}"


def email_any(f: Fake) -> str:
    return email_in(f) if f.r.random() < 0.8 else f.email()


def mobile_digits(f: Fake) -> str:
    return f.pick("9998876") + "".join(str(f.r.randint(0, 9)) for _ in range(9))


def mobile_in(f: Fake, style: str | None = None) -> str:
    m = mobile_digits(f)
    style = style or f.pick(["e164", "space", "plain", "plain", "zero", "dash", "e164"])
    return {
        "e164": f"+91{m}",
        "space": f"+91 {m[:5]} {m[5:]}",
        "plain": m,
        "zero": f"0{m}",
        "dash": f"+91-{m}",
    }[style]


def landline_in(f: Fake) -> str:
    code = f.pick(["080", "044", "022", "011", "040", "020", "033"])
    return f"{code}-{f.r.randint(2000, 6999)} {f.r.randint(1000, 9999)}"


def phone_intl(f: Fake) -> str:
    return f.pick(
        [
            f"+971 5{f.pick('0245')} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"+44 7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f"+65 {f.pick('89')}{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"+61 4{f.r.randint(10, 99)} {f.r.randint(100, 999)} {f.r.randint(100, 999)}",
            f.phone(f.pick(["e164", "intl_space", "nanp_paren"])),
            f"+966 5{f.r.randint(0, 9)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone_any(f: Fake) -> str:
    return mobile_in(f) if f.r.random() < 0.82 else phone_intl(f)


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return partial + str(VERHOEFF_INV[c])


def aadhaar(f: Fake, formatted: bool | None = None) -> str:
    number = verhoeff_complete(str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10)))
    formatted = f.r.random() < 0.5 if formatted is None else formatted
    return f"{number[:4]} {number[4:8]} {number[8:]}" if formatted else number


def aadhaar_masked(f: Fake) -> str:
    return f.pick(["XXXX XXXX ", "xxxxxxxx", "********"]) + aadhaar(f, False)[-4:]


def upper(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def pan(f: Fake) -> str:
    return f"{upper(f, 3)}P{upper(f, 1)}{f.r.randint(1000, 9999)}{upper(f, 1)}"


def gstin(f: Fake) -> str:
    state = f.pick(["29", "33", "27", "07", "06", "36", "24"])
    pan_part = f"{upper(f, 3)}{f.pick('CF')}{upper(f, 1)}{f.r.randint(1000, 9999)}{upper(f, 1)}"
    return f"{state}{pan_part}1Z{f.pick('0123456789ABCDEF')}"


def epic(f: Fake) -> str:
    return f"{upper(f, 3)}{f.digits(7)}"


def dl_in(f: Fake) -> str:
    st = f.pick(["KA", "TN", "MH", "DL", "HR", "TS", "WB"])
    rto, year, serial = f"{f.r.randint(1, 60):02d}", f.r.randint(2005, 2022), f"{f.r.randint(1, 9999999):07d}"
    return f.pick([f"{st}{rto}{year}{serial}", f"{st}-{rto}-{year}-{serial}", f"{st}{rto} {year}{serial}"])


def plate_in(f: Fake) -> str:
    st = f.pick(["KA", "TN", "MH", "DL", "HR", "TS", "WB"])
    return f.pick(
        [
            f"{st} {f.r.randint(1, 60):02d} {upper(f, 2)} {f.r.randint(1, 9999):04d}",
            f"{st}{f.r.randint(1, 60):02d}{upper(f, 2)}{f.r.randint(1, 9999):04d}",
            f"{st}-{f.r.randint(1, 60):02d}-{upper(f, 1)}-{f.r.randint(1, 9999):04d}",
        ]
    )


def passport_in(f: Fake) -> str:
    return f"{f.pick('JKLMNPRSTUVZ')}{f.digits(7)}"


def uan(f: Fake) -> str:
    return "10" + f.digits(10)


BANKS = [
    ("HDFC", "HDFC Bank", 14), ("SBIN", "State Bank of India", 11), ("ICIC", "ICICI Bank", 12),
    ("UTIB", "Axis Bank", 15), ("KKBK", "Kotak Mahindra Bank", 10), ("CNRB", "Canara Bank", 13),
    ("BARB", "Bank of Baroda", 14), ("PUNB", "Punjab National Bank", 16),
    ("IOBA", "Indian Overseas Bank", 15),
]  # fmt: skip


def bank(f: Fake):
    return f.pick(BANKS)


def ifsc(f: Fake) -> str:
    code = bank(f)[0]
    return f"{code}0{f.r.randint(0, 999999):06d}" if code != "UTIB" else f"UTIB000{f.r.randint(0, 9999):04d}"


def account_no(f: Fake) -> str:
    return f.digits(bank(f)[2])


def vpa(f: Fake) -> str:
    handle = f.pick(["ybl", "okhdfcbank", "oksbi", "okicici", "okaxis", "paytm", "axl", "ibl", "apl"])
    user = f.pick(
        [
            mobile_digits(f),
            ascii_name(first_in(f)) + "." + ascii_name(f.pick(SURNAMES)),
            ascii_name(first_in(f)) + str(f.r.randint(1, 999)),
            mobile_digits(f) + "-2",
        ]
    )
    return f"{user}@{handle}"


def iban_generic(f: Fake, country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def iban_nri(f: Fake) -> str:
    country = f.pick(["AE", "AE", "GB", "DE", "SA"])
    if country == "AE":
        return iban_generic(f, "AE", f.pick(["033", "026", "035"]) + f.digits(16))
    if country == "SA":
        return iban_generic(f, "SA", f.pick(["10", "80", "45"]) + f.digits(18))
    return f.iban(country)


def card_in(f: Fake, formatted: bool | None = None) -> str:
    prefix, length = f.pick(
        [("4", 16), ("5", 16), ("60", 16), ("652", 16), ("508", 16), ("37", 15), ("36", 14)]
    )
    if prefix == "5":
        prefix = f.pick(["51", "52", "53", "54", "55"])
    number = f.luhn_complete(
        prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    )
    formatted = f.r.random() < 0.5 if formatted is None else formatted
    if formatted and length == 16:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def ip_in(f: Fake) -> str:
    if f.r.random() < 0.25:
        return f"{f.pick(['2409:40f2', '2401:4900', '2409:4071', '2405:201'])}:" + ":".join(
            f"{f.r.randint(0, 65535):x}" for _ in range(6)
        )
    first = f.pick([49, 103, 106, 117, 122, 157, 182, 223, 27, 59])
    return f"{first}.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"


def city(f: Fake) -> str:
    """The city of the event's scene (set per message), so an address's parts agree."""
    return f.city_now  # type: ignore[attr-defined]


def pincode(f: Fake) -> str:
    return CITIES[city(f)][1] + f"{f.r.randint(1, 110):03d}"


def near(f: Fake, axis: int) -> float:
    c = CITIES[city(f)]
    return round(c[2 + axis] + f.r.uniform(-0.15, 0.15), 6)


def lat(f: Fake) -> float:
    return near(f, 0)


def lng(f: Fake) -> float:
    return near(f, 1)


def locality(f: Fake) -> str:
    return f.pick(CITIES[city(f)][4])


def house_no(f: Fake) -> str:
    return f.pick(
        [
            f"Flat {f.r.randint(1, 19)}0{f.r.randint(1, 8)}",
            f"#{f.r.randint(1, 999)}",
            f"{f.pick('ABCDE')}-{f.r.randint(1, 19)}0{f.r.randint(1, 8)}",
            f"Plot {f.r.randint(1, 300)}",
            f"H.No. {f.r.randint(1, 20)}-{f.r.randint(1, 9)}-{f.r.randint(10, 400)}",
        ]
    )


def full_address(f: Fake) -> str:
    c = city(f)
    state, pre, _, _, locs = CITIES[c]
    pin = pre + f"{f.r.randint(1, 110):03d}"
    parts = [house_no(f), f.pick(SOCIETIES), f.pick(STREETS), f.pick(locs)]
    if f.r.random() < 0.5:
        parts.append(f.pick(LANDMARKS))
    return (
        ", ".join(parts) + f", {c}, {state} {pin}"
        if f.r.random() < 0.5
        else ", ".join(parts) + f", {c} - {pin}"
    )


def dob(f: Fake, start=1955, end=2004) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"])


def day(f: Fake, year: int = 2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def clock(f: Fake) -> str:
    return f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}"


def ist(f: Fake) -> str:
    return f"{day(f)}T{f.r.randint(7, 21):02d}:{f.pick(['00', '30'])}:00+05:30"


def slot(f: Fake) -> str:
    h = f.r.randint(8, 19)
    return f"{h:02d}:00-{h + 1:02d}:00"


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d}"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def booking_id(f: Fake) -> str:
    return "BK" + f.digits(9)


def svc(f: Fake):
    return f.pick(SERVICES)


def inr(f: Fake, lo=99, hi=6000) -> float:
    return float(f.r.randint(lo, hi))


def gaid(f: Fake) -> str:
    return f.uuid()


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQiA" + "".join(f.pick(alnum) for _ in range(60)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def ref_code(f: Fake) -> str:
    return f.pick(
        [ascii_name(first_in(f)).upper()[:6] + upper(f, 2) + str(f.r.randint(1, 99)), "SHY" + upper(f, 5)]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.230 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.2 Safari/605.1.15",
]
WEB_PAGES = ["/", "/bangalore/plumbers", "/chennai/salon-at-home", "/checkout", "/bookings", "/partner/join"]


def customer_traits(f: Fake):
    return {
        "email": Y(email_any, "email"),
        "phone": Y(phone_any, "phone"),
        "name": Y(name_any, "name"),
    }


def web_context(f: Fake):
    page = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "android-app://com.google.android.gm/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=google&utm_medium=cpc&utm_campaign=ac_service_summer",
                        "?ref=home_banner",
                        "?city=bangalore",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Sahayak | Trusted home services",
                        "Plumbers near you | Sahayak",
                        "Checkout | Sahayak",
                        "Become a Sahayak Partner",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.sahayak.example.in" + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["121", "122", "8", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "en-US", "hi-IN", "en-GB", "ta-IN"])),
        "timezone": G(
            lambda f: f.pick(
                ["Asia/Kolkata", "Asia/Kolkata", "Asia/Dubai", "Europe/London", "America/Los_Angeles"]
            )
        ),
        "ip": Y(ip_in, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["ac_service_summer", "diwali_deep_clean", "monsoon_plumbing", "brand_search"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "referral", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["plumber near me", "ac repair bangalore", "bathroom cleaning", "salon at home"]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_1", "video_15s", "rsa_v2", "story"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Sahayak"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.1"])),
            "build": G(lambda f: f.pick(["740012", "742003", "751001"])),
            "namespace": G(lambda f: "in.sahayak.customer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Y(idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
            "density": G(lambda f: 3),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "en-US", "en-AE", "hi-IN"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Dubai", "America/Los_Angeles"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": customer_traits(f),
    }


def kotlin_context(f: Fake, partner: bool = False):
    return {
        "app": {
            "name": G(lambda f: "Sahayak Partner" if partner else "Sahayak"),
            "version": G(
                lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"] if partner else ["7.4.0", "7.5.1", "7.3.8"])
            ),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"] if partner else ["740", "751", "738"])),
            "namespace": G(lambda f: "in.sahayak.partner" if partner else "in.sahayak.customer"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(
                lambda f: f.pick(["samsung", "Xiaomi", "realme", "vivo", "OnePlus", "motorola"])
            ),
            "model": G(
                lambda f: f.pick(["SM-A546E", "Redmi Note 12", "RMX3686", "V2225", "CPH2487", "moto g54 5G"])
            ),
            "name": G(lambda f: f.pick(["a54x", "tapas", "RE58C2", "PD2225", "OP5958L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
            "advertisingId": Y(gaid, "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12", "11"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.75, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Jio 4G", "airtel", "Vi India", "BSNL Mobile"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "ta-IN", "kn-IN", "te-IN"])),
        "timezone": G(lambda f: "Asia/Kolkata"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; RMX3686 Build/UKQ1.230924.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 11 Build/SKQ1.211103.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "phone": Y(phone_any, "phone")},
    }


def partner_kotlin_context(f: Fake):
    return kotlin_context(f, partner=True)


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Sahayak"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.1", "7.5.0"])),
            "build": G(lambda f: f.pick(["740", "751", "750"])),
            "namespace": G(lambda f: "in.sahayak.customer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-M336B", "2201117TI", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(gaid, "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.17.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 411, 393])),
            "height": G(lambda f: f.pick([844, 891, 873])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "ta-IN"])),
        "timezone": G(lambda f: "Asia/Kolkata"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": customer_traits(f),
        "location": {
            "city": Y(city, "city"),
            "country": G(lambda f: "India"),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Sahayak Partner"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
            "namespace": G(lambda f: "in.sahayak.partner"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "realme", "itel", "POCO"])),
            "model": G(lambda f: f.pick(["SM-M146B", "23053RN02I", "RMX3781", "itel A70", "M2103K19PI"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.1.1"])),
        },
        "os": {"name": G(lambda f: "android"), "version": G(lambda f: f.pick(["13", "12", "11", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: f.pick([1600, 1612]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["hi-IN", "en-IN", "ta-IN", "bn-IN"])),
        "timezone": G(lambda f: "Asia/Kolkata"),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 3.1, 8.4])),
        },
    }


SERVER = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(name: str):
    lib, versions = SERVER[name]

    def context(f: Fake):
        ctx: dict = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
        if name in ("python", "node", "php", "ruby"):
            ctx["ip"] = Y(ip_in, "ip")
        if name == "node":
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: mobile_in(f, "e164"), "phone", True),
                    "type": G(lambda f: "phone_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if name == "python":
            ctx["traits"] = {"email": Y(email_any, "email")}
        if name == "java":
            ctx["groupId"] = G(
                lambda f: "zone_" + f.pick(["blr_south", "chn_central", "mum_west", "hyd_west"])
            )
        return ctx

    return context


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "partner": partner_kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER},
}
CUSTOMER_APPS = ["web", "swift", "kotlin", "rn"]
MOBILE = ["swift", "kotlin", "rn"]
PARTNER_APPS = ["partner", "flutter"]


# -- event bodies -----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: svc(f)[0]),
        "name": G(lambda f: svc(f)[1]),
        "category": G(lambda f: svc(f)[2]),
        "brand": G(lambda f: f.pick(["Sahayak", "Sahayak Assured", "Sahayak Plus"])),
        "variant": G(lambda f: f.pick(["1 BHK", "2 BHK", "3 BHK", "Standard", "Premium"])),
        "price": G(lambda f: float(svc(f)[3])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: "https://www.sahayak.example.in/s/" + svc(f)[0].lower()),
        "image_url": G(lambda f: f"https://cdn.sahayak.example.in/svc/{f.hexid(10)}.webp"),
    }


def address_obj():
    return {
        "address_id": G(lambda f: f.digits(8)),
        "label": G(lambda f: f.pick(["Home", "Office", "Amma's house", "Other", "PG", "Parents"])),
        "house_no": Y(house_no, "address|street"),
        "building": Y(lambda f: f.pick(SOCIETIES), "address"),
        "street": Y(lambda f: f.pick(STREETS), "street|address"),
        "locality": Y(locality, "address|city"),
        "landmark": Y(lambda f: f.pick(LANDMARKS), "address"),
        "city": Y(city, "city"),
        "state": G(lambda f: CITIES[city(f)][0]),
        "pincode": Y(pincode, "zipcode"),
        "country": G(lambda f: "IN"),
        "lat": Y(lat, "geolocation"),
        "lng": Y(lng, "geolocation"),
        "address_type": G(lambda f: f.pick(["home", "work", "other"])),
        "is_default": G(lambda f: f.pick([True, False])),
    }


CHAT_TEXT = [
    "On my way, 15 min", "Pahunch gaya hoon, gate pe hoon", "Please come after 4 pm", "Kitna time lagega?",
    "Parking is in basement B2", "Sir material lana padega, 350 extra", "Ok thank you",
    "Vanakkam, naan vandhutten",
    "Lift not working, 4th floor", "Can you bring a ladder?", "Photo bhejo problem ka", "Done, please check",
    "Traffic hai, 10 min late", "Security is asking for flat number", "Haan ji", "Bring your own mask please",
]  # fmt: skip

REVIEW_TEXT = [
    "Very professional, cleaned up after the work.", "Bahut accha kaam kiya", "Came late by 40 minutes",
    "Fixed the leak in 20 minutes. Recommended!", "Overcharged for the parts.", "Good service, polite.",
    "Nalla velai, thanks", "Facial was relaxing, will book again", "AC cooling is better now",
    "Did not bring the right tools, had to reschedule",
]  # fmt: skip


def contact_note(f: Fake) -> str:
    n = mobile_in(f, f.pick(["plain", "space", "e164"]))
    return f.pick(
        [
            f"call me on {n}",
            f"mera number {n} hai, whatsapp karo",
            f"Sir direct payment karo, {n} pe call karna next time",
            f"next time book directly, {n}",
            f"ennoda number {n}",
            f"Save my number {n} for AC service",
        ]
    )


def ticket_text(f: Fake) -> str:
    n = phone_any(f)
    return f.pick(
        [
            f"Professional did not turn up. Please call me back on {n}",
            f"Charged twice for the same booking, reach me at {n}",
            f"Leak started again next day. My alternate number is {n}",
            f"Beautician was rude. Contact {n} after 6pm",
            f"Refund not received yet, UPI failed. Call {n}",
        ]
    )


EVENTS = [
    # -- customer lifecycle --------------------------------------------------------------------
    (
        "identify",
        None,
        [*CUSTOMER_APPS, "node"],
        3,
        {
            "name": Y(name_any, "name"),
            "firstName": Y(first_in, "name"),
            "lastName": Y(lambda f: f.pick(SURNAMES), "name"),
            "email": Y(email_any, "email"),
            "phone": Y(phone_any, "phone"),
            "alternatePhone": Y(lambda f: f.pick([mobile_in(f), landline_in(f)]), "phone"),
            "gender": Y(lambda f: f.pick(["female", "male", "F", "M", "other"]), "gender"),
            "birthday": Y(dob, "birthdate"),
            "city": Y(city, "city"),
            "createdAt": G(lambda f: f.iso()),
            "customerId": G(lambda f: f.digits(8)),
            "referralCode": G(ref_code),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "hi", "ta", "kn", "te", "bn"])),
            "totalBookings": G(lambda f: f.r.randint(0, 60)),
            "plusMember": G(lambda f: f.pick([True, False])),
            "plusMemberNumber": G(lambda f: "SP" + f.digits(8)),
            "savedAddressesCount": G(lambda f: f.r.randint(0, 5)),
            "walletBalance": G(lambda f: float(f.r.randint(0, 1500))),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift"],
        1,
        {
            # NRI customers booking for parents back home
            "name": Y(lambda f: f.full_name() if f.r.random() < 0.4 else name_in(f), "name"),
            "email": Y(email_any, "email"),
            "phone": Y(phone_intl, "phone"),
            "country_of_residence": G(lambda f: f.pick(["AE", "GB", "US", "SG", "AU", "SA"])),
            "address": {
                "street": Y(
                    lambda f: f.pick(
                        [
                            f.street(),
                            f"Villa {f.r.randint(1, 90)}, Al Barsha 2",
                            f"Apt {f.r.randint(101, 2408)}, Marina Heights",
                        ]
                    ),
                    "street|address",
                ),
                "city": Y(
                    lambda f: f.pick(
                        ["Dubai", "Abu Dhabi", "London", "San Jose", "Singapore", "Riyadh", "Sydney"]
                    ),
                    "city",
                ),
                "postalCode": Y(
                    lambda f: f.pick(
                        [
                            f.zip(),
                            f"SW{f.r.randint(1, 20)} {f.r.randint(1, 9)}{upper(f, 2)}",
                            f"{f.r.randint(10000, 99999)}",
                        ]
                    ),
                    "zipcode",
                ),
                "country": G(
                    lambda f: f.pick(["United Arab Emirates", "United Kingdom", "United States", "Singapore"])
                ),
            },
            "nri": G(lambda f: True),
            "parentsCity": Y(city, "city"),
            "homeCurrency": G(lambda f: f.pick(["AED", "GBP", "USD", "SGD"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, CUSTOMER_APPS, 1, None),
    (
        "track",
        "Login OTP Requested",
        CUSTOMER_APPS,
        2,
        {
            "input": Y(lambda f: mobile_in(f, f.pick(["plain", "plain", "space", "zero"])), "phone", True),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_country_code": G(lambda f: f.pick(["+91", "+91", "+971", "+1"])),
            "resend": G(lambda f: f.pick([True, False])),
            "otp_length": G(lambda f: f.pick([4, 6])),
        },
    ),
    (
        "track",
        "Login OTP Verified",
        ["go", "java"],
        2,
        {
            "user_id": G(lambda f: f.digits(8)),
            "identifier": Y(lambda f: mobile_in(f, "e164"), "phone", True),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, True, False])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "latency_ms": G(lambda f: f.r.randint(80, 2500)),
            "is_new_user": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Serviceability Checked",
        CUSTOMER_APPS,
        2,
        {
            "pincode": Y(pincode, "zipcode"),
            "serviceable": G(lambda f: f.pick([True, True, False])),
            "city_id": G(lambda f: f.r.randint(1, 40)),
            "zone_code": G(lambda f: f.pick(["BLR-S2", "CHN-C1", "MUM-W3", "HYD-W1", "DEL-S4"])),
            "source": G(lambda f: f.pick(["gps", "manual", "saved_address"])),
        },
    ),
    (
        "track",
        "Products Searched",
        CUSTOMER_APPS,
        3,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "tap leaking",
                        "ac service",
                        "bathroom cleaning",
                        "bridal makeup",
                        "fan not working",
                        "cockroach",
                        "ro service",
                        "waxing",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "search_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Product Viewed",
        CUSTOMER_APPS,
        4,
        {
            **product(),
            "currency": G(lambda f: "INR"),
            "value": G(lambda f: float(svc(f)[3])),
            "rating_avg": G(lambda f: round(f.r.uniform(4.1, 4.9), 2)),
            "reviews_count": G(lambda f: f.r.randint(120, 90000)),
            "hsn_sac_code": G(lambda f: f.pick(["998533", "998719", "999721", "998531"])),
        },
    ),
    (
        "track",
        "Product Added",
        CUSTOMER_APPS,
        3,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in product().items()
                if k in ("product_id", "sku", "name", "price", "quantity", "category")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        CUSTOMER_APPS,
        3,
        {
            "order_id": G(lambda f: "order_" + f.hexid(14)),
            "value": G(lambda f: inr(f)),
            "revenue": G(lambda f: inr(f)),
            "tax": G(lambda f: round(inr(f, 20, 900) * 0.18, 2)),
            "discount": G(lambda f: float(f.pick([0, 50, 100, 150]))),
            "coupon": G(lambda f: f.pick(["", "FIRST100", "DIWALI20", "PLUS15", ref_code(f)])),
            "currency": G(lambda f: "INR"),
            "products": Many(product(), 3),
            "slot_date": G(day),
            "slot_time": G(slot),
            "preferred_professional_gender": G(lambda f: f.pick(["any", "female", "male"])),
        },
    ),
    (
        "track",
        "Address Added",
        CUSTOMER_APPS,
        3,
        {
            "address": address_obj(),
            "input_method": G(lambda f: f.pick(["map_pin", "autocomplete", "manual"])),
            "addresses_count": G(lambda f: f.r.randint(1, 6)),
            "location_permission": G(lambda f: f.pick(["granted", "denied", "while_in_use"])),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "rn"],
        2,
        {
            "prediction": {
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "description": Y(full_address, "address", True),
                "types": Many(
                    G(lambda f: f.pick(["premise", "street_address", "sublocality", "point_of_interest"])), 2
                ),
            },
            "session_token": G(lambda f: f.uuid()),
            "position": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "php"],
        2,
        {
            "order_id": G(lambda f: "order_" + f.hexid(14)),
            "payment_method": G(lambda f: f.pick(["card", "upi", "netbanking", "cod"])),
            "card_number": RED(card_in, "credit card"),
            "name_on_card": Y(lambda f: name_any(f).upper() if f.r.random() < 0.5 else name_any(f), "name"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["607153", "438628", "524193", "652150", "512345"])),
            "save_card": G(lambda f: f.pick([True, False])),
            "billing_pincode": Y(pincode, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        3,
        {
            "order_id": G(lambda f: "order_" + f.hexid(14)),
            "booking_id": G(booking_id),
            "invoice_no": G(lambda f: f"SS/24-25/{f.r.randint(1, 999999):06d}"),
            "total": G(lambda f: inr(f)),
            "subtotal": G(lambda f: inr(f)),
            "tax": G(lambda f: round(inr(f, 20, 900) * 0.18, 2)),
            "currency": G(lambda f: "INR"),
            "payment_method": G(lambda f: f.pick(["card", "upi", "netbanking", "cod"])),
            "products": Many(product(), 3),
            "customer_name": Y(name_any, "name"),
            "customer_phone": Y(mobile_in, "phone"),
            "service_address": Y(full_address, "address"),
            "slot_start": G(ist),
            "is_for_someone_else": G(lambda f: f.pick([True, False])),
            "special_instructions": G(
                lambda f: f.pick(
                    [
                        "",
                        "Please bring ladder",
                        "Dog at home, he is friendly",
                        "Ring bell twice",
                        "Call before coming",
                        "Use service lift",
                    ]
                )
            ),
            "instructions_length": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Booking Created For Family",
        ["web", "swift", "node"],
        2,
        {
            "booking_id": G(booking_id),
            "contact_person": {
                "name": Y(name_in, "name"),
                "phone": Y(mobile_in, "phone"),
                "relation": G(
                    lambda f: f.pick(["mother", "father", "in-laws", "grandmother", "tenant", "friend"])
                ),
                "alternate_phone": Y(landline_in, "phone"),
                "email": Y(email_in, "email"),
            },
            "booked_from_country": G(lambda f: f.pick(["AE", "GB", "US", "SG", "IN"])),
            "service_address": Y(full_address, "address"),
            "notify_on_whatsapp": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: f.pick(["INR", "AED", "USD", "GBP"])),
            "total": G(lambda f: inr(f)),
        },
    ),
    (
        "track",
        "Professional Assigned",
        ["go", "java"],
        3,
        {
            "booking_id": G(booking_id),
            "job_id": G(lambda f: f.digits(10)),
            "worker_id": G(lambda f: f.digits(6)),
            "worker_name": Y(worker_name, "name"),
            "worker_phone": Y(lambda f: mobile_in(f, "e164"), "phone"),
            "worker_rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 1)),
            "worker_photo_url": Y(
                lambda f: f"https://cdn.sahayak.example.in/partners/{f.digits(6)}/avatar_{f.hexid(6)}.jpg",
                "photo",
            ),
            "worker_location": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 14), 1)),
            "eta_minutes": G(lambda f: f.r.randint(10, 90)),
            "vehicle_number": Y(plate_in, "license"),
            "assignment_strategy": G(lambda f: f.pick(["nearest", "preferred_partner", "rating_weighted"])),
            "reassignment_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Job OTP Shared",
        MOBILE,
        2,
        {
            "booking_id": G(booking_id),
            "start_otp": RED(otp, "token|secret"),
            "share_channel": G(lambda f: f.pick(["in_app", "sms", "verbal"])),
            "otp_regenerated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Job Started",
        PARTNER_APPS,
        3,
        {
            "job_id": G(lambda f: f.digits(10)),
            "booking_id": G(booking_id),
            "otp_entered": RED(otp, "token|secret"),
            "otp_verified": G(lambda f: f.pick([True, True, False])),
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "started_at": G(lambda f: f.epoch_ms()),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "distance_from_address_m": G(lambda f: f.r.randint(3, 400)),
        },
    ),
    (
        "track",
        "Job Completed",
        PARTNER_APPS,
        3,
        {
            "job_id": G(lambda f: f.digits(10)),
            "booking_id": G(booking_id),
            "end_otp": RED(otp, "token|secret"),
            "duration_minutes": G(lambda f: f.r.randint(15, 360)),
            "materials_used": Many(
                {
                    "name": G(lambda f: f.pick(PARTS)),
                    "sku": G(lambda f: "MAT-" + f.digits(5)),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "price": G(lambda f: float(f.r.randint(20, 2500))),
                },
                3,
            ),
            "final_amount": G(lambda f: inr(f)),
            "photos_uploaded": G(lambda f: f.r.randint(0, 6)),
            "remarks": G(
                lambda f: f.pick(
                    [
                        "Replaced washer",
                        "Customer not home, rescheduled",
                        "Gas top-up done",
                        "Wiring old, suggested rewiring",
                        "Work done",
                        "",
                    ]
                )
            ),
            "cash_collected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["node", "python"],
        3,
        {
            # Razorpay payment.captured webhook, relayed as properties (UPI)
            "event": G(lambda f: "payment.captured"),
            "payment": {
                "id": G(lambda f: "pay_" + f.hexid(14)),
                "entity": G(lambda f: "payment"),
                "amount": G(lambda f: f.r.randint(99, 600000)),
                "currency": G(lambda f: "INR"),
                "status": G(lambda f: "captured"),
                "order_id": G(lambda f: "order_" + f.hexid(14)),
                "method": G(lambda f: "upi"),
                "vpa": RED(vpa, "bank account"),
                "email": Y(email_any, "email"),
                "contact": Y(lambda f: mobile_in(f, "e164"), "phone"),
                "fee": G(lambda f: f.r.randint(0, 1200)),
                "tax": G(lambda f: f.r.randint(0, 216)),
                "acquirer_data": {
                    "rrn": G(lambda f: f.digits(12)),
                    "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                },
                "notes": {"booking_id": G(booking_id), "customer_id": G(lambda f: f.digits(8))},
                "created_at": G(lambda f: f.epoch_ms() // 1000),
            },
            "merchant_vpa": G(lambda f: "sahayak@icici"),
            "utr": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["node", "python"],
        2,
        {
            # the same webhook for a card payment
            "event": G(lambda f: "payment.captured"),
            "payment": {
                "id": G(lambda f: "pay_" + f.hexid(14)),
                "entity": G(lambda f: "payment"),
                "amount": G(lambda f: f.r.randint(99, 600000)),
                "currency": G(lambda f: "INR"),
                "status": G(lambda f: "captured"),
                "order_id": G(lambda f: "order_" + f.hexid(14)),
                "method": G(lambda f: "card"),
                "email": Y(email_any, "email"),
                "contact": Y(lambda f: mobile_in(f, "e164"), "phone"),
                "token_id": RED(lambda f: "token_" + f.hexid(14), "token"),
                "card": {
                    "name": Y(name_any, "name"),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "network": G(lambda f: f.pick(["Visa", "MasterCard", "RuPay", "Amex", "Diners Club"])),
                    "type": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                    "issuer": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"])),
                    "international": G(lambda f: f.pick([False, False, True])),
                    "emi": G(lambda f: False),
                },
                "acquirer_data": {"auth_code": G(lambda f: f"{f.r.randint(0, 999999):06d}")},
                "fee": G(lambda f: f.r.randint(0, 1200)),
                "tax": G(lambda f: f.r.randint(0, 216)),
                "created_at": G(lambda f: f.epoch_ms() // 1000),
            },
        },
    ),
    (
        "track",
        "Refund Processed",
        ["python", "java"],
        1,
        {
            "refund_id": G(lambda f: "rfnd_" + f.hexid(14)),
            "booking_id": G(booking_id),
            "amount": G(lambda f: inr(f)),
            "mode": G(lambda f: f.pick(["source", "bank_transfer", "wallet"])),
            "beneficiary_name": Y(name_any, "name"),
            "beneficiary_iban": RED(iban_nri, "bank account"),
            "swift_bic": G(lambda f: f.pick(["EBILAEAD", "NBADAEAA", "BARCGB22", "DEUTDEFF", "NCBKSAJE"])),
            "speed": G(lambda f: f.pick(["normal", "optimum"])),
            "reason": G(
                lambda f: f.pick(
                    ["professional_no_show", "duplicate_payment", "service_cancelled", "quality_issue"]
                )
            ),
        },
    ),
    (
        "track",
        "Tip Added",
        MOBILE,
        2,
        {
            "booking_id": G(booking_id),
            "worker_id": G(lambda f: f.digits(6)),
            "tip_amount": G(lambda f: float(f.pick([20, 50, 100, 150, 200]))),
            "note": G(
                lambda f: f.pick(
                    ["Thank you bhaiya!", "Great work", "For your tea", "Nandri anna", "Keep it up", ""]
                )
            ),
            "payment_method": G(lambda f: f.pick(["card", "upi", "netbanking", "cod"])),
        },
    ),
    (
        "track",
        "Review Submitted",
        CUSTOMER_APPS,
        3,
        {
            "booking_id": G(booking_id),
            "worker_id": G(lambda f: f.digits(6)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(REVIEW_TEXT)),
            "reviewer_display_name": Y(lambda f: f"{first_in(f)} {f.pick(SURNAMES)[0]}.", "name"),
            "tags": Many(
                G(lambda f: f.pick(["on_time", "polite", "clean_work", "overcharged", "late", "expert"])), 3
            ),
            "would_rebook": G(lambda f: f.pick([True, False])),
            "rated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "flutter", "partner"],
        4,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "booking_id": G(booking_id),
            "sender_role": G(lambda f: f.pick(["customer", "partner"])),
            "sender_name": Y(lambda f: f.pick([worker_name(f), first_in(f)]), "name"),
            "text": G(lambda f: f.pick(CHAT_TEXT)),
            "message_length": G(lambda f: f.r.randint(2, 120)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "language_detected": G(lambda f: f.pick(["en", "hi", "ta", "hi-Latn"])),
        },
    ),
    (
        "track",
        "Contact Sharing Blocked",
        ["go"],
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["customer", "partner"])),
            "message_text": Y(contact_note, "phone", True),
            "detector": G(lambda f: f.pick(["regex_phone_v3", "ml_contact_v1"])),
            "strike_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Chat Location Shared",
        ["rn", "flutter"],
        1,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "shared_location": {"latitude": Y(lat, "geolocation"), "longitude": Y(lng, "geolocation")},
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "live": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["web", "ruby"],
        2,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "category": G(lambda f: f.pick(["no_show", "payment", "quality", "refund", "behaviour"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "description": Y(ticket_text, "phone", True),
            "requester": {
                "name": Y(name_any, "name"),
                "email": Y(email_any, "email"),
                "phone": Y(phone_any, "phone"),
            },
            "assignee": {
                "id": G(lambda f: f.digits(12)),
                "name": Y(lambda f: f"{first_in(f)} {f.pick(SURNAMES)}", "name"),
                "email": Y(
                    lambda f: (
                        f"{ascii_name(first_in(f))}.{ascii_name(f.pick(SURNAMES))[0]}@sahayak.example.in"
                    ),
                    "email",
                ),
            },
            "support_email": G(lambda f: "support@sahayak.example.in"),
            "helpline": G(lambda f: f.pick(["1800-419-0099", "+91 80 6868 0099"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["ruby"],
        2,
        {
            "agent_id": G(lambda f: f.digits(5)),
            "q": Y(lambda f: mobile_in(f, f.pick(["plain", "e164", "space"])), "phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "lookup_type": G(lambda f: "phone"),
            "tool": G(lambda f: "ops-console"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        2,
        {
            "form_id": G(lambda f: f.pick(["checkout_contact", "profile_edit", "booking_for_others"])),
            "field": {
                "id": G(lambda f: f.pick(["inp_phone", "inp_mobile", "inp_alt_phone"])),
                "name": G(lambda f: f.pick(["phone", "mobile", "alt_phone"])),
                "value": Y(phone_any, "phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Button Clicked",
        CUSTOMER_APPS,
        3,
        {
            "label": G(
                lambda f: f.pick(
                    ["Book Now", "Call Professional", "Reschedule", "Add Address", "Apply Coupon"]
                )
            ),
            "screen": G(lambda f: f.pick(["service_detail", "booking_summary", "home", "cart"])),
            "position": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        2,
        {
            "referral_code": G(ref_code),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "invitee_name": Y(name_any, "name"),
            "invitee_phone": Y(phone_any, "phone"),
            "contacts_permission": G(lambda f: f.pick([True, False])),
            "reward_amount": G(lambda f: float(f.pick([100, 150, 200]))),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["kotlin", "rn"],
        1,
        {
            "contacts_count": G(lambda f: f.r.randint(20, 900)),
            "contacts": Many(
                {
                    "name": Y(name_any, "name"),
                    "phone": Y(phone_any, "phone"),
                    "on_sahayak": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "sync_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Gift Card Sent",
        ["web", "swift"],
        1,
        {
            "gift_card_id": G(lambda f: "GC" + f.digits(10)),
            "amount": G(lambda f: float(f.pick([500, 1000, 2000, 5000]))),
            "recipient_name": Y(name_any, "name"),
            "recipient_email": Y(email_any, "email"),
            "recipient_phone": Y(phone_any, "phone"),
            "message": G(
                lambda f: f.pick(
                    ["Happy Diwali Maa!", "Enjoy a spa day", "Happy anniversary", "For the new house"]
                )
            ),
            "deliver_on": G(day),
        },
    ),
    (
        "track",
        "Membership Purchased",
        ["swift", "kotlin", "node"],
        1,
        {
            "plan_name": G(lambda f: f.pick(["Sahayak Plus 6M", "Sahayak Plus 12M", "Sahayak Plus Family"])),
            "member_number": G(lambda f: "SP" + f.digits(8)),
            "price": G(lambda f: float(f.pick([299, 499, 899]))),
            "valid_till": G(lambda f: day(f, 2025)),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: "INR"),
        },
    ),
    (
        "track",
        "Salon At Home Booked",
        ["swift", "kotlin", "rn"],
        2,
        {
            "booking_id": G(booking_id),
            "services": Many(
                G(
                    lambda f: f.pick(
                        ["Waxing - Full Arms", "Facial - Gold Glow", "Threading", "Bridal Makeup", "Pedicure"]
                    )
                ),
                3,
            ),
            "beautician_gender": G(lambda f: "female"),
            "skin_type": G(lambda f: f.pick(["oily", "dry", "combination", "sensitive"])),
            "allergies": Many(
                Y(lambda f: f.pick(["none", "nickel", "fragrance", "aloe vera", "wax resin"]), "allergy"), 2
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "bride_name": Y(lambda f: f"{female(f)} {f.pick(SURNAMES)}", "name"),
            "event_date": G(day),
            "guests_for_makeup": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Elder Care Visit Booked",
        ["web", "node"],
        2,
        {
            "booking_id": G(booking_id),
            "patient_name": Y(name_in, "name"),
            "patient_age": G(lambda f: f.r.randint(62, 94)),
            "patient_condition": Y(
                lambda f: f.pick(
                    ["post-stroke recovery", "Parkinson's", "dementia", "hip fracture", "type 2 diabetes"]
                ),
                "condition|diagnosis",
            ),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["Metformin 500mg", "Levodopa", "Donepezil 5mg", "Amlodipine 5mg", "Atorvastatin"]
                    ),
                    "medication",
                ),
                3,
            ),
            "treating_doctor": Y(lambda f: "Dr. " + name_in(f), "name"),
            "primary_caregiver": {
                "name": Y(name_in, "name"),
                "phone": Y(phone_any, "phone"),
                "relation": G(lambda f: f.pick(["son", "daughter", "daughter-in-law", "neighbour"])),
            },
            "hospital": G(
                lambda f: f.pick(
                    ["Apollo Hospitals", "Manipal Hospital", "Fortis Malar", "Kokilaben Hospital"]
                )
            ),
            "attendant_gender_preference": G(lambda f: f.pick(["any", "female", "male"])),
            "shift": G(lambda f: f.pick(["12h_day", "12h_night", "24h"])),
            "hourly_rate": Y(lambda f: float(f.pick([120, 150, 180, 220])), "salary"),
        },
    ),
    (
        "track",
        "Pet Grooming Booked",
        ["swift", "rn"],
        1,
        {
            "booking_id": G(booking_id),
            "pet": {
                "name": G(lambda f: f.pick(["Bruno", "Simba", "Coco", "Sheru", "Motu", "Luna"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "breed": G(lambda f: f.pick(["Labrador", "Indie", "Shih Tzu", "Persian", "Beagle"])),
                "age_years": G(lambda f: f.r.randint(1, 14)),
                "weight_kg": G(lambda f: round(f.r.uniform(3, 38), 1)),
                "vaccinated": G(lambda f: f.pick([True, False])),
            },
            "package": G(lambda f: f.pick(["bath_and_brush", "full_groom", "tick_treatment"])),
        },
    ),
    (
        "track",
        "Gate Pass Generated",
        ["python"],
        1,
        {
            "booking_id": G(booking_id),
            "society_name": Y(lambda f: f.pick(SOCIETIES), "address"),
            "flat_number": Y(house_no, "address|street"),
            "gate_pass_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "visitor_name": Y(worker_name, "name"),
            "resident_name": Y(name_any, "name"),
            "resident_phone": Y(mobile_in, "phone"),
            "valid_from": G(ist),
            "integration": G(lambda f: f.pick(["mygate", "nobrokerhood", "adda"])),
        },
    ),
    (
        "page",
        "Service Category",
        ["web"],
        5,
        {
            "name": G(lambda f: f.pick(["Service Category", "Home", "Checkout", "Partner Join"])),
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "url": G(lambda f: "https://www.sahayak.example.in" + f.pick(WEB_PAGES)),
            "title": G(lambda f: f.pick(["Sahayak | Trusted home services", "Plumbers near you | Sahayak"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?ref=home_banner", "?city=chennai"])),
            "category": G(lambda f: f.pick(["plumbing", "salon", "cleaning", "appliance_repair"])),
        },
    ),
    (
        "screen",
        "Booking Summary",
        MOBILE + PARTNER_APPS,
        5,
        {
            "name": G(lambda f: f.pick(["Booking Summary", "Home", "Job Details", "Earnings", "Chat"])),
            "booking_id": G(booking_id),
            "entry_point": G(lambda f: f.pick(["push", "deeplink", "home_tile", "history"])),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        1,
        {
            "display_name": G(
                lambda f: f.pick(SOCIETIES) + f.pick([" RWA", " Residents Welfare Association", " CHS"])
            ),
            "industry": G(lambda f: "residential_society"),
            "units": G(lambda f: f.r.randint(40, 3200)),
            "plan": G(lambda f: f.pick(["society_partner", "corporate_plus"])),
            "gstin": G(gstin),
            "billing_email": G(
                lambda f: (
                    f.pick(["accounts@", "rwa.office@", "manager@"])
                    + f.pick(
                        [
                            "prestigelakeside.example.org",
                            "greenparkresidency.example.org",
                            "omsaiheights.example.org",
                        ]
                    )
                )
            ),
            "registered_office": G(
                lambda f: f.pick(
                    [
                        "Clubhouse, Prestige Lakeside Habitat, Varthur, Bengaluru 560087",
                        "Society Office, Hiranandani Gardens, Powai, Mumbai 400076",
                    ]
                )
            ),
            "secretary": {"name": Y(name_in, "name"), "phone": Y(mobile_in, "phone")},
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- partners (workers) --------------------------------------------------------------------
    (
        "identify",
        None,
        [*PARTNER_APPS, "java"],
        2,
        {
            "name": Y(worker_name, "name"),
            "phone": Y(mobile_in, "phone"),
            "gender": Y(lambda f: f.pick(["female", "male", "F", "M", "other"]), "gender"),
            "dateOfBirth": Y(dob, "birthdate"),
            "age": G(lambda f: f.r.randint(19, 58)),
            "city": Y(city, "city"),
            "homePincode": Y(pincode, "zipcode"),
            "partnerCode": G(
                lambda f: f"SP-{f.pick(['BLR', 'CHN', 'MUM', 'DEL', 'HYD'])}-{f.r.randint(1, 99999):05d}"
            ),
            "skills": Many(
                G(
                    lambda f: f.pick(
                        ["plumbing", "electrical", "ac_repair", "cleaning", "beautician", "pest_control"]
                    )
                ),
                3,
            ),
            "languages": Many(
                G(lambda f: f.pick(["Hindi", "Tamil", "Kannada", "English", "Bengali", "Telugu"])), 3
            ),
            "experienceYears": G(lambda f: f.r.randint(0, 25)),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed"])),
            "tier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
            "onboardingStatus": G(lambda f: f.pick(["documents_pending", "training", "active", "suspended"])),
            "aadhaarVerified": G(lambda f: f.pick([True, False])),
            "panLinked": G(lambda f: f.pick([True, False])),
            "hasSmartphone": G(lambda f: True),
            "hourlyRate": Y(lambda f: float(f.pick([150, 200, 250, 300, 350])), "salary"),
            "profilePhotoUrl": Y(
                lambda f: f"https://cdn.sahayak.example.in/partners/{f.digits(6)}/avatar_{f.hexid(6)}.jpg",
                "photo",
            ),
            "upiId": RED(vpa, "bank account"),
        },
    ),
    (
        "track",
        "KYC Document Submitted",
        ["python", "flutter"],
        3,
        {
            "request_id": G(lambda f: f.uuid()),
            "doc_type": G(lambda f: f.pick(["aadhaar", "pan", "voter_id", "driving_licence"])),
            "aadhaar_number": RED(aadhaar, "national id"),
            "aadhaar_masked": RED(aadhaar_masked, "national id"),
            "pan_number": RED(pan, "national id"),
            "name_on_pan": Y(lambda f: name_in(f).upper(), "name"),
            "fathers_name": Y(lambda f: f"{male(f)} {f.pick(SURNAMES)}", "name"),
            "dob_on_document": Y(dob, "birthdate"),
            "voter_id": RED(epic, "national id"),
            "passport_number": RED(passport_in, "passport"),
            "address_on_aadhaar": Y(full_address, "address"),
            "driving_licence_no": Y(dl_in, "license"),
            "pan_aadhaar_linked": G(lambda f: f.pick([True, False])),
            "verification_provider": G(lambda f: f.pick(["idfy", "karza", "digilocker"])),
            "name_match_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 2)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "selfie_url": Y(lambda f: f"https://kyc.sahayak.example.in/selfie/{f.uuid()}.jpg", "photo"),
            "doc_image_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Bank Details Added",
        [*PARTNER_APPS, "python"],
        2,
        {
            "account_holder_name": Y(worker_name, "name"),
            "account_number": RED(account_no, "bank account"),
            "ifsc": G(ifsc),
            "bank_name": G(lambda f: bank(f)[1]),
            "branch": G(
                lambda f: f.pick(["HSR Layout", "T Nagar", "Andheri East", "Lajpat Nagar", "Gachibowli"])
            ),
            "account_type": G(lambda f: f.pick(["savings", "current"])),
            "upi_id": RED(vpa, "bank account"),
            "penny_drop_status": G(lambda f: f.pick(["success", "name_mismatch", "failed"])),
            "has_upi": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["java"],
        2,
        {
            "check_id": G(lambda f: "BGV-" + f.digits(8)),
            "worker_id": G(lambda f: f.digits(6)),
            "vendor": G(lambda f: f.pick(["AuthBridge", "OnGrid", "SpringVerify"])),
            "police_verification_status": G(lambda f: f.pick(["clear", "pending", "insufficient_docs"])),
            "court_record_found": Y(lambda f: f.pick([False, False, False, True]), "criminal record"),
            "address_verified": G(lambda f: f.pick([True, False])),
            "permanent_address": Y(full_address, "address"),
            "uan": RED(uan, "national id"),
            "previous_employer": G(
                lambda f: f.pick(["Housejoy", "Local contractor", "Tata Croma Service", "Self-employed"])
            ),
            "tat_hours": G(lambda f: f.r.randint(12, 240)),
        },
    ),
    (
        "track",
        "Partner References Added",
        PARTNER_APPS,
        2,
        {
            "references": Many(
                {
                    "name": Y(name_in, "name"),
                    "phone": Y(mobile_in, "phone"),
                    "relation": G(lambda f: f.pick(["neighbour", "former employer", "relative", "friend"])),
                    "years_known": G(lambda f: f.r.randint(1, 20)),
                },
                2,
            ),
            "emergency_contact": {
                "name": Y(name_in, "name"),
                "phone": Y(mobile_in, "phone"),
                "relationship": G(lambda f: f.pick(["wife", "husband", "brother", "mother", "son"])),
            },
        },
    ),
    (
        "track",
        "Group Insurance Opted",
        ["flutter", "java"],
        1,
        {
            "insurer": G(lambda f: f.pick(["ICICI Lombard", "Acko", "Digit"])),
            "policy_number": Y(
                lambda f: f"{f.pick(['4016', '4128'])}/{f.digits(8)}/00/000", "identification"
            ),
            "nominee_name": Y(name_in, "name"),
            "nominee_relation": G(lambda f: f.pick(["spouse", "son", "daughter", "mother"])),
            "nominee_dob": Y(dob, "birthdate"),
            "premium": G(lambda f: float(f.pick([99, 149, 249]))),
            "sum_insured": G(lambda f: f.pick([100000, 200000, 500000])),
        },
    ),
    (
        "track",
        "Payout Processed",
        ["dotnet"],
        3,
        {
            "PayoutId": G(lambda f: "pout_" + f.hexid(14)),
            "WorkerId": G(lambda f: f.digits(6)),
            "BeneficiaryName": Y(worker_name, "name"),
            "AccountNumber": RED(account_no, "bank account"),
            "Ifsc": G(ifsc),
            "PayoutAmount": Y(lambda f: float(f.r.randint(1500, 42000)), "salary"),
            "Utr": G(lambda f: f.pick([f.digits(12), "HDFCN5" + f.digits(16)])),
            "Mode": G(lambda f: f.pick(["IMPS", "NEFT", "UPI"])),
            "Status": G(lambda f: f.pick(["processed", "queued", "reversed"])),
            "WeekStarting": G(day),
            "ProcessedAtUtc": G(lambda f: f.iso()),
            "JobsCount": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Earnings Viewed",
        PARTNER_APPS,
        3,
        {
            "week_start": G(day),
            "total_earnings": Y(lambda f: float(f.r.randint(800, 38000)), "salary"),
            "incentive_amount": Y(lambda f: float(f.pick([0, 250, 500, 1000])), "salary"),
            "tips_total": Y(lambda f: float(f.r.randint(0, 1500)), "salary"),
            "jobs_count": G(lambda f: f.r.randint(0, 60)),
            "rating_this_week": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
            "cancellation_rate": G(lambda f: round(f.r.uniform(0, 0.2), 3)),
        },
    ),
    (
        "track",
        "Partner Location Updated",
        PARTNER_APPS,
        6,
        {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "is_online": G(lambda f: f.pick([True, False])),
            "speed_kmph": G(lambda f: round(f.r.uniform(0, 45), 1)),
            "job_id": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Availability Updated",
        PARTNER_APPS,
        2,
        {
            "is_available": G(lambda f: f.pick([True, False])),
            "slots": Many(G(slot), 4),
            "zone_code": G(lambda f: f.pick(["BLR-S2", "CHN-C1", "MUM-W3", "HYD-W1", "DEL-S4"])),
            "max_jobs_per_day": G(lambda f: f.r.randint(2, 8)),
            "vehicle_number": Y(plate_in, "license"),
        },
    ),
    (
        "track",
        "Partner Lead Submitted",
        ["web"],
        2,
        {
            # a marketing landing page with kebab-case form names
            "full-name": Y(worker_name, "name"),
            "mobile-number": Y(lambda f: mobile_in(f, f.pick(["plain", "plain", "zero"])), "phone"),
            "email-id": Y(email_in, "email"),
            "current-city": Y(city, "city"),
            "area-pincode": Y(pincode, "zipcode"),
            "alternate-mobile": Y(lambda f: mobile_in(f, "plain"), "phone"),
            "skill-category": G(
                lambda f: f.pick(["plumber", "electrician", "beautician", "cleaner", "ac-technician"])
            ),
            "has-smartphone": G(lambda f: f.pick([True, False])),
            "how-did-you-hear": G(lambda f: f.pick(["friend", "facebook", "youtube", "poster"])),
            "gclid": Y(gclid, "advertising id"),
            "utm-source": G(lambda f: f.pick(["google", "facebook", "youtube"])),
            "form-version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "track",
        "Partner Registration Form Submitted",
        ["php"],
        2,
        {
            # the North India onboarding desk's Hindi-keyed form
            "naam": Y(lambda f: f.pick([worker_name(f), f.pick(SCRIPT_NAMES[:6])]), "name"),
            "pita_ka_naam": Y(
                lambda f: f"{male(f)} {f.pick(['Kumar', 'Prasad', 'Singh', 'Yadav', 'Lal'])}", "name"
            ),
            "mobile_sankhya": Y(lambda f: mobile_in(f, f.pick(["plain", "zero"])), "phone"),
            "pata": Y(full_address, "address"),
            "shahar": Y(city, "city"),
            "pin_code": Y(pincode, "zipcode"),
            "janm_tithi": Y(dob, "birthdate"),
            "umar": G(lambda f: f.r.randint(19, 55)),
            "aadhaar_sankhya": RED(aadhaar, "national id"),
            "doosra_mobile": Y(lambda f: mobile_in(f, "plain"), "phone"),
            "kaam_ka_prakar": G(
                lambda f: f.pick(["plumber", "bijli mistri", "safai", "AC mechanic", "beautician"])
            ),
            "anubhav_saal": G(lambda f: f.r.randint(0, 20)),
            "vaivahik_sthiti": G(lambda f: f.pick(["vivahit", "avivahit"])),
            "bhasha": G(lambda f: f.pick(["Hindi", "Bhojpuri", "Marathi", "Bengali"])),
        },
    ),
    (
        "track",
        "Pangudhaarar Padhivu",
        ["php"],
        2,
        {
            # the Chennai partner desk's Tamil-keyed form
            "peyar": Y(lambda f: f.pick([worker_name(f), f.pick(SCRIPT_NAMES[6:])]), "name"),
            "kaipesi_en": Y(lambda f: mobile_in(f, f.pick(["plain", "space"])), "phone"),
            "mugavari": Y(full_address, "address"),
            "oor": Y(city, "city"),
            "pin_kuriyeedu": Y(pincode, "zipcode"),
            "paalinam": Y(lambda f: f.pick(["aan", "pen", "male", "female"]), "gender"),
            "pirandha_thethi": Y(dob, "birthdate"),
            "thanthai_peyar": Y(lambda f: f"{f.pick(MALE)} {f.pick('SRKMVPAN')}", "name"),
            "aadhaar_en": RED(aadhaar, "national id"),
            "vayathu": G(lambda f: f.r.randint(19, 55)),
            "velai_vagai": G(
                lambda f: f.pick(["plumber", "electrician", "sutham seivathu", "AC service", "beautician"])
            ),
            "anubavam_aandugal": G(lambda f: f.r.randint(0, 20)),
            "thirumana_nilai": G(lambda f: f.pick(["thirumanam aanavar", "thirumanam aagathavar"])),
        },
    ),
    # -- vendors and warehouse ----------------------------------------------------------------
    (
        "track",
        "Masked Call Completed",
        ["node"],
        3,
        {
            # Exotel passthru webhook, forwarded as-is
            "CallSid": G(lambda f: f.hexid(32)),
            "From": Y(lambda f: mobile_in(f, "zero"), "phone", True),
            "To": G(lambda f: f.pick(["08047188888", "04048211111", "02261399999"])),
            "DialWhomNumber": Y(lambda f: mobile_in(f, "zero"), "phone"),
            "Direction": G(lambda f: "incoming"),
            "DialCallDuration": G(lambda f: f.r.randint(0, 600)),
            "DialCallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "StartTime": G(lambda f: f"{day(f)} {clock(f)}"),
            "CallType": G(lambda f: f.pick(["completed", "client-hangup", "call-attempt"])),
            "booking_id": G(booking_id),
        },
    ),
    (
        "track",
        "WhatsApp Message Status",
        ["python"],
        3,
        {
            # Gupshup message-event callback
            "app": G(lambda f: "SahayakNotify"),
            "type": G(lambda f: "message-event"),
            "payload": {
                "id": G(lambda f: f.uuid()),
                "gsId": G(lambda f: f.uuid()),
                "type": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
                "destination": Y(lambda f: "91" + mobile_digits(f), "phone", True),
                "payload": {"ts": G(lambda f: f.epoch_ms() // 1000)},
            },
            "template_name": G(
                lambda f: f.pick(
                    ["booking_confirmed_v3", "partner_on_the_way", "job_otp_v2", "payment_receipt"]
                )
            ),
            "timestamp": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["go"],
        2,
        {
            # AppsFlyer push-API shape
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(gaid, "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "customer_user_id": G(lambda f: f.digits(8)),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "bytedanceglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["UAC_Install_BLR", "FB_Salon_Women_25-40", "Brand_Search"])),
            "af_adset": G(lambda f: f.pick(["ac_repair_kw", "lookalike_1pct", "interest_beauty"])),
            "install_time": G(lambda f: f"{day(f)} {clock(f)}.{f.r.randint(0, 999):03d}"),
            "ip": Y(ip_in, "ip"),
            "city": Y(city, "city"),
            "country_code": G(lambda f: "IN"),
            "device_model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "iPhone14,5"])),
            "os_version": G(lambda f: f.pick(["13", "14", "17.3.1"])),
            "app_version": G(lambda f: f.pick(["7.4.0", "7.5.1"])),
            "is_retargeting": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        2,
        {
            # the Meta CAPI request body our server relays
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "InitiateCheckout"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: sha256(email_any(f)), "email"),
                "ph": Y(lambda f: sha256("91" + mobile_digits(f)), "phone"),
                "fn": Y(lambda f: sha256(ascii_name(first_in(f))), "name"),
                "ln": Y(lambda f: sha256(ascii_name(f.pick(SURNAMES))), "name"),
                "ct": Y(lambda f: sha256(ascii_name(city(f))), "city"),
                "zp": Y(lambda f: sha256(pincode(f)), "zipcode"),
                "client_ip_address": Y(ip_in, "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbc": Y(fbc, "advertising id"),
                "fbp": Y(fbp, "advertising id"),
                "external_id": G(lambda f: sha256("cust_" + f.digits(8))),
            },
            "custom_data": {
                "value": G(lambda f: inr(f)),
                "currency": G(lambda f: "INR"),
                "content_ids": Many(G(lambda f: svc(f)[0]), 3),
            },
            "pixel_config_hash": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            # reverse-ETL from the warehouse (SCREAMING_SNAKE columns)
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FULL_NAME": Y(name_any, "name"),
            "EMAIL_ADDRESS": Y(email_any, "email"),
            "PRIMARY_PHONE": Y(phone_any, "phone"),
            "HOME_PINCODE": Y(pincode, "zipcode"),
            "HOME_CITY": Y(city, "city"),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 120)),
            "LTV_INR": G(lambda f: round(f.r.uniform(0, 250000), 2)),
            "LAST_BOOKING_AT": G(lambda f: f"{day(f)} {clock(f)[:5]}:00.000"),
            "PREFERRED_CATEGORY": G(
                lambda f: f.pick(["Plumbing", "Cleaning", "Salon for Women", "Appliance Repair"])
            ),
            "CHURN_SCORE": G(lambda f: round(f.r.uniform(0, 1), 4)),
            "IS_PLUS_MEMBER": G(lambda f: f.pick([True, False])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
            "PHONE_DND": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["go", "java"],
        1,
        {
            "endpoint": G(lambda f: f.pick(["/v2/bookings", "/v1/payouts", "/v1/kyc/verify", "/v3/slots"])),
            "status_code": G(lambda f: f.pick([401, 429, 500, 502, 504])),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "request_id": G(lambda f: f.uuid()),
            "upstream": G(lambda f: f.pick(["razorpay", "idfy", "exotel", "gupshup"])),
            "retry_count": G(lambda f: f.r.randint(0, 5)),
            "build_sha": G(lambda f: f.hexid(40)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                f.city_now = f.pick(list(CITIES))  # type: ignore[attr-defined]
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.digits(8),
                }
                if kind in ("track",):
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "soc_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                if kind in ("page", "screen"):
                    msg["name"] = msg["properties"]["name"]
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=65, repeats=20)
    write(Path(__file__).parent, "holdout65_", events, labels)
