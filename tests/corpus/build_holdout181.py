"""Writes holdout181: tests/corpus/holdout181_events.jsonl and holdout181_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Another engineer scores it.

Covers a matrimonial, matchmaking and astrology app serving India, Pakistan, Bangladesh and their
diaspora ("RishtaMilan"): biodata profiles (names, date, time and place of birth, religion, caste,
community and gotra, height, education, income, family details), horoscope (kundli) generation and
matching, photo upload and ID verification (Aadhaar, PAN, CNIC, Bangladeshi NID, passports),
interest requests, chats and their moderation, contact reveals and masked calls (an Exotel-shaped
webhook), premium subscriptions paid by UPI (a Razorpay-shaped webhook), JazzCash (pp_* keys),
bKash (tokenized checkout keys), cards and App Store purchases, parents managing their children's
profiles, marriage bureaus as Segment groups, assisted-service relationship managers, support,
e-mail (SendGrid-shaped) and WhatsApp (Cloud API-shaped) delivery events, a reverse-ETL sync and a
Facebook Conversions API-shaped user_data block. Calls: identify, track, page, screen, group and
alias, with the contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and C#
server libraries (context.ip, traits, device, app, library, locale, userAgent, campaign,
location, externalIds).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the C# verification
and invoicing services and the Exotel webhook; kebab-case from a web form builder;
SCREAMING_SNAKE from a warehouse sync; Hindi (janm_tithi, janm_samay, janm_sthan), Urdu
(naam, walid_ka_naam, maslak, biradari, shanakhti_card_number) and Bengali (nam, babar_nam,
jonmo_tarikh, dhormo, thikana, jela) transliterated keys.

Labelling rules (the Privacy Portal's default colours and the product's published policy):
- PII is data about a natural person: the user, the profile's candidate, parents and siblings,
  other members (receivers of interests, viewed profiles), invitees, staff (relationship managers,
  astrologers, reviewers), bureau owners. Reference matcher colours; outside the reference, red
  for credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids,
  yellow otherwise.
- Green: ids we issue (profile, member, order, invoice, transaction, UTR, mandate numbers),
  versions, timestamps, hashes of non-PII (our ids, request signatures), amounts, enums, counters
  and booleans under PII-sounding keys (phoneVerified, aadhaar_verified, religion_visible), ages,
  marital status, job titles, employers, education, plan and company names, mother tongue and
  language, country, state, a business's own phone/e-mail/address/VPA, call-masking numbers,
  Message-IDs, UUID tokens (Places session token, appAccountToken).
- Decisions this corpus had to make (a careful privacy owner's view):
  * caste, sub-caste, community, gotra and biradari are `ethnicity|religion`, yellow; Muslim sect
    (maslak) is `religion`; skin tone ("complexion") is `race|ethnicity`, yellow.
  * astrological attributes derived from the birth chart (rashi, nakshatra, charan, manglik,
    guna scores) are coarse like a star sign: green. Time and date of birth are `birthdate` and
    place of birth is `city` (its coordinates `geolocation`), yellow.
  * blood group and thalassaemia-carrier status are `condition`, yellow; "physically
    challenged" is `disability`, red. Diet, drinking and smoking habits are lifestyle
    preferences: green. Height and body type: green.
  * partner preferences and search filters describe the wanted match, not the person: green,
    even when they name a religion or caste. Facts about another member shown to the user (the
    viewed profile's name, city, religion, photo) are that member's PII.
  * a UPI VPA, a mobile-wallet account number (bKash customerMsisdn, JazzCash pp_MobileNumber,
    bKash/JazzCash wallet numbers) and an IBAN are financial accounts: red, `bank account`
    (`bank account|phone` for wallet numbers, which are also phone numbers). IFSC codes identify
    the bank: green. The merchant's own VPA (in a upi:// intent) is green.
  * partial national ids (masked Aadhaar with the last four digits, JazzCash's last six CNIC
    digits) are red `national id`, like the last four of an SSN.
  * income, income bands and family income are `salary`, yellow.
  * the district (jela) and state of residence are regions: green; native place, family
    location and the city of residence are `city`, yellow; a district is never combined with a
    street in one field here.
  * SHA-256 of a person's e-mail or phone, sent to an ad platform for matching, keeps the label of
    what it hashes (yellow email / phone); SHA-256 of our user id is green.
  * an APNs/FCM push token in context.device.token is red `token` (the main corpus's rule).
  * wedding date and wedding-related dates are events, not birth dates: green.
  * staff members' own work e-mails and mobiles (reviewers, relationship managers) are PII;
    role mailboxes (support@, no-reply@), toll-free and office numbers are the business's: green.
  * SHA-256 of a country code in the Conversions API block is a hash of non-PII: green.
- value_only is true where the key does not say what the value is (value, label, note, input,
  recipient, description, login_id, original_text, story-text, recipient_id, ppmpf_2,
  externalIds[].id) and every value of such a path carries the PII named in its type. Free text
  whose values never carry PII (about_me, about_partner, personal_message, message_preview,
  masked_text, details, question, feedback) is green.
"""

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places -------------------------------------------------------------------------

CULTURES = {
    "hindu": (
        ["Priya", "Ananya", "Kavya", "Sneha", "Pooja", "Divya", "Aishwarya", "Neha", "Ritika", "Shruti"],
        [
            "Aarav",
            "Rohan",
            "Vikram",
            "Arjun",
            "Karthik",
            "Siddharth",
            "Rahul",
            "Aditya",
            "Nikhil",
            "Venkatesh",
        ],
        [
            "Sharma",
            "Iyer",
            "Reddy",
            "Gupta",
            "Patel",
            "Nair",
            "Joshi",
            "Agarwal",
            "Menon",
            "Deshpande",
            "Rao",
        ],
    ),
    "muslim": (
        ["Ayesha", "Fatima", "Zainab", "Mahnoor", "Hira", "Sana", "Maryam", "Areeba", "Iqra"],
        ["Imran", "Hamza", "Bilal", "Usman", "Faisal", "Ahmed", "Zeeshan", "Asad", "Muhammad Omer"],
        ["Siddiqui", "Qureshi", "Malik", "Butt", "Chaudhry", "Sheikh", "Ansari", "Mirza", "Rizvi", "Abbasi"],
    ),
    "sikh": (
        ["Harpreet", "Simran", "Jasleen", "Navneet", "Gurleen"],
        ["Gurpreet", "Jaskaran", "Manpreet", "Harjot", "Amandeep"],
        ["Gill", "Sandhu", "Dhillon", "Grewal", "Bajwa"],
    ),
    "bengali": (
        ["Tanjila", "Nusrat", "Farzana", "Sharmin", "Moumita", "Ishita", "Tahmina"],
        ["Rafiqul", "Tanvir", "Sourav", "Arnab", "Mahmudul", "Shakib", "Anirban"],
        ["Islam", "Hossain", "Chatterjee", "Banerjee", "Rahman", "Chowdhury", "Mukherjee", "Sarkar"],
    ),
    "christian": (
        ["Sherin", "Anita", "Merlin", "Rebecca"],
        ["Joseph", "Jerin", "Allen", "Sanju"],
        ["D'Souza", "Fernandes", "Mathew", "Pereira", "Thomas"],
    ),
    "diaspora": (
        ["Emily", "Sofia", "Yuki", "Amara", "Chloé", "Leila"],
        ["Daniel", "Mateo", "Kwame", "Björn", "Tomasz"],
        ["Clarke", "García", "Okafor", "Müller", "Nakamura", "O'Brien", "Kowalczyk"],
    ),
}
CULTURE_WEIGHTS = ["hindu"] * 5 + ["muslim"] * 4 + ["sikh", "bengali", "bengali", "christian", "diaspora"]
ELDER_MEN = [
    "Ramesh Chand Gupta",
    "Suresh Iyer",
    "Muhammad Aslam",
    "Abdul Karim Sheikh",
    "Ghulam Rasool",
    "Jagdish Prasad",
    "Harbhajan Singh",
    "Abul Kalam Azad Chowdhury",
    "Nirmal Banerjee",
    "Anwar Hussain",
    "K. Venkataraman",
    "Thomas Mathew",
]
ELDER_WOMEN = [
    "Sunita Devi",
    "Kamala Iyer",
    "Nasreen Begum",
    "Shahnaz Akhtar",
    "Rehana Parveen",
    "Savitri Sharma",
    "Gurdeep Kaur",
    "Rokeya Khatun",
    "Anjali Banerjee",
    "Mary Joseph",
]
CITIES_IN = ["Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Pune", "Lucknow", "Jaipur", "Kolkata"]
CITIES_IN += ["Ahmedabad", "Kochi", "Indore", "Patna", "Chandigarh", "Ludhiana", "Nagpur", "Bhopal"]
CITIES_PK = ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Sialkot"]
CITIES_BD = ["Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi", "Cumilla", "Mymensingh"]
CITIES_ABROAD = ["London", "Toronto", "Dubai", "Houston", "Birmingham", "Sydney", "Leicester", "Jersey City"]
ALL_CITIES = CITIES_IN + CITIES_PK + CITIES_BD + CITIES_ABROAD
STATES = ["Maharashtra", "Uttar Pradesh", "Karnataka", "Punjab", "Sindh", "Dhaka Division", "Kerala"]
STATES += ["Telangana", "West Bengal", "Khyber Pakhtunkhwa", "Gujarat", "Ontario", "England"]
RELIGIONS = ["Hindu", "Muslim", "Sikh", "Christian", "Jain", "Buddhist", "Parsi"]
CASTES = ["Brahmin", "Agarwal", "Rajput", "Kayastha", "Maratha", "Nair", "Jat", "Yadav", "Reddy"]
CASTES += ["Syed", "Ansari", "Arain", "Khatri", "Namasudra", "Baidya", "Ezhava", "Lingayat"]
SUB_CASTES = ["Saraswat", "Gaur", "Iyer", "Iyengar", "Deshastha", "Kanyakubja", "Maithil", "Chitpavan"]
GOTRAS = ["Kashyap", "Bharadwaj", "Vashishtha", "Gautam", "Atri", "Vatsa", "Shandilya", "Garg"]
BIRADARIS = ["Rajput", "Arain", "Jatt", "Syed", "Sheikh", "Mughal", "Kashmiri", "Awan", "Gujjar"]
MASLAKS = ["Sunni", "Shia", "Deobandi", "Barelvi", "Ahl-e-Hadith"]
RASHIS = ["Mesh", "Vrishabh", "Mithun", "Kark", "Simha", "Kanya", "Tula", "Vrishchik", "Dhanu", "Makar"]
NAKSHATRAS = ["Ashwini", "Bharani", "Krittika", "Rohini", "Mrigashira", "Ardra", "Pushya", "Swati", "Revati"]
TONGUES = ["Hindi", "Urdu", "Bengali", "Punjabi", "Tamil", "Telugu", "Marathi", "Malayalam", "Gujarati"]
EDUCATION = ["B.Tech", "MBBS", "MBA", "B.Com", "M.Sc", "CA", "BDS", "LLB", "M.Phil", "B.A.", "PhD"]
JOBS = ["Software Engineer", "Doctor", "Chartered Accountant", "Teacher", "Civil Servant", "Banker"]
JOBS += ["Business Owner", "Pharmacist", "Architect", "Data Analyst", "Lecturer", "Not working"]
EMPLOYERS = ["Infosys", "TCS", "HBL", "Grameenphone", "Wipro", "Apollo Hospitals", "Deloitte", "Engro"]
EMPLOYERS += ["State Bank of India", "BRAC", "Accenture", "Self-employed", "Systems Ltd"]
COLLEGES = ["IIT Bombay", "LUMS", "University of Dhaka", "AIIMS Delhi", "NUST", "BUET", "Anna University"]
INCOME_BANDS_IN = ["₹3-5 Lakh", "₹5-7.5 Lakh", "₹10-15 Lakh", "₹20-30 Lakh", "₹50 Lakh+"]
INCOME_BANDS = [*INCOME_BANDS_IN, "PKR 1-2 Lac/month", "BDT 50k-1 Lac/month", "£40k-60k", "$100k+"]
PLANS = ["Gold 3 Months", "Diamond 6 Months", "Platinum 12 Months", "Assisted Elite", "Gold Plus 3 Months"]
IN_UAS = [
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12 Pro) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.143 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; SM-M336B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.2 Safari/605.1.15",
]
ANDROID_MODELS = [
    ("Xiaomi", "Redmi Note 12", "tapas"),
    ("samsung", "SM-M146B", "m14x"),
    ("vivo", "V2207", "PD2207"),
    ("OPPO", "CPH2505", "OP5657L1"),
    ("realme", "RMX3760", "RE5C8B"),
    ("Infinix", "Infinix X6833B", "X6833B"),
    ("Google", "Pixel 7a", "lynx"),
]
CARRIERS = ["Jio", "Airtel", "Vi India", "Jazz", "Zong", "Telenor PK", "Grameenphone", "Robi", "EE", "du"]

VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789"


def ascii_lower(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "").replace(" ", "").replace(".", "")


class SA(Fake):
    """Values for South Asian matrimony traffic; Fake's generators stay available."""

    def culture(self):
        return self.pick(CULTURE_WEIGHTS)

    def person(self, gender=None):
        firsts_f, firsts_m, lasts = CULTURES[self.culture()]
        gender = gender or self.pick(["f", "m"])
        return self.pick(firsts_f if gender == "f" else firsts_m), self.pick(lasts)

    def first(self):
        return self.person()[0]

    def last(self):
        return self.person()[1]

    def full_name(self):
        first, last = self.person()
        return f"{first} {last}"

    def elder(self, gender="m"):
        return self.pick(ELDER_MEN if gender == "m" else ELDER_WOMEN)

    def email(self, name=None):
        first, last = ([*name.split(" ", 1), ""])[:2] if name else self.person()
        first, last = ascii_lower(first), ascii_lower(last)
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last[:4]}{self.r.randint(80, 99)}",
                f"{first[0]}{last}{self.r.randint(1, 9)}",
            ]
        )
        domain = self.pick(["gmail.com", "yahoo.co.in", "hotmail.com", "outlook.com", "rediffmail.com"])
        return f"{user}@{self.pick([domain, domain, 'yahoo.com', 'icloud.com'])}"

    def mobile_in(self, style=None):
        n = str(self.r.randint(6, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        style = style or self.pick(["intl", "e164", "plain", "zero", "dash"])
        return {
            "intl": f"+91 {n[:5]} {n[5:]}",
            "e164": f"+91{n}",
            "plain": n,
            "zero": f"0{n}",
            "dash": f"+91-{n[:5]}-{n[5:]}",
        }[style]

    def mobile_pk(self, style=None):
        op = self.r.randint(300, 349)
        n = f"{self.r.randint(0, 9999999):07d}"
        style = style or self.pick(["intl", "e164", "local", "dash"])
        return {
            "intl": f"+92 {op} {n}",
            "e164": f"+92{op}{n}",
            "local": f"0{op}{n}",
            "dash": f"0{op}-{n}",
        }[style]

    def mobile_bd(self, style=None):
        op = self.pick(["13", "14", "15", "16", "17", "18", "19"])
        n = f"{self.r.randint(0, 99999999):08d}"
        style = style or self.pick(["intl", "e164", "local", "dash"])
        return {
            "intl": f"+880 1{op[1]}{n[:2]}-{n[2:]}",
            "e164": f"+8801{op[1]}{n}",
            "local": f"01{op[1]}{n}",
            "dash": f"01{op[1]}{n[:2]}-{n[2:]}",
        }[style]

    def phone(self, style=None):
        kind = self.pick(["in", "in", "in", "pk", "pk", "bd", "bd", "ae", "uk", "ca"])
        if kind == "in":
            return self.mobile_in()
        if kind == "pk":
            return self.mobile_pk()
        if kind == "bd":
            return self.mobile_bd()
        if kind == "ae":
            return f"+971 5{self.r.choice('02568')} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"
        if kind == "uk":
            return f"+44 7{self.r.randint(400, 999)} {self.r.randint(100000, 999999)}"
        area = self.pick(["416", "647", "905", "713", "201"])
        return f"+1 {area} {self.r.randint(201, 989)} {self.r.randint(1000, 9999)}"

    def wallet_pk(self):
        return self.mobile_pk("local")

    def wallet_bd(self):
        return self.mobile_bd("local")

    def city(self):
        return self.pick(ALL_CITIES)

    def pincode(self):
        kind = self.pick(["in", "in", "pk", "bd", "uk", "ca"])
        if kind == "in":
            return str(self.r.randint(110001, 855126))
        if kind == "pk":
            return str(self.r.randint(10000, 97000))
        if kind == "bd":
            return str(self.r.randint(1000, 9461))
        if kind == "uk":
            out = self.pick(["LE4", "B11", "E7", "SW17", "UB1", "M14"])
            return f"{out} {self.r.randint(1, 9)}{self.alnum(2, 'ABDEFGHJLNPQRSTUWXY')}"
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        a, b = self.r.choice(letters), self.r.choice(letters)
        return f"M{self.r.randint(1, 9)}{a} {self.r.randint(1, 9)}{b}{self.r.randint(1, 9)}"

    def address(self):
        n, r, p = self.r.randint(1, 480), self.r.randint, self.pick
        building = p(["Shanti Kunj", "Gokul Heights", "Sai Residency", "Lodha Aqua"])
        area = p(["Andheri West", "Sector 62", "Whitefield", "Kondapur", "Salt Lake"])
        return p(
            [
                f"Flat {r(101, 1204)}, {building}, {area}",
                f"H.No. {r(1, 16)}-{r(1, 9)}-{n}, {p(['Mehdipatnam', 'Tolichowki', 'Banjara Hills'])}",
                f"House No. {n}, Street {r(1, 40)}, {p(['F-10/2', 'G-11/3', 'I-8/4'])}",
                f"House {n}-B, Block {self.r.choice('ABCDEFGH')}, "
                + p(["Model Town", "Johar Town", "Gulshan-e-Iqbal", "DHA Phase 5"]),
                f"House {n}, Road {r(1, 27)}, {p(['Dhanmondi', 'Gulshan 2', 'Uttara', 'Mirpur 10'])}",
                f"{n} {p(['Belgrave Road', 'Green Street', 'Soho Road', 'Lady Margaret Road'])}",
                f"{r(10, 99)} {p(['Gerrard St E', 'Dundas St W', 'Hillcroft Ave'])}",
            ]
        )

    def aadhaar(self, spaced=None):
        digits = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(10)]
        c = 0
        for i, d in enumerate(reversed(digits)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]]
        number = "".join(map(str, digits)) + str(VERHOEFF_INV[c])
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number

    def masked_aadhaar(self):
        return self.pick(["XXXX XXXX ", "xxxxxxxx", "********"]) + f"{self.r.randint(0, 9999):04d}"

    def pan(self):
        return (
            "".join(self.r.choice(UPPER) for _ in range(3))
            + "P"
            + self.r.choice(UPPER)
            + f"{self.r.randint(1, 9999):04d}"
            + self.r.choice(UPPER)
        )

    def cnic(self, dashed=None):
        r = self.r.randint
        body = f"{r(1, 7)}{r(1000, 9999)}{r(0, 9999999):07d}{r(1, 9)}"
        dashed = self.r.random() < 0.7 if dashed is None else dashed
        return f"{body[:5]}-{body[5:12]}-{body[12]}" if dashed else body

    def bd_nid(self):
        if self.r.random() < 0.5:
            return self.digits(10)
        return f"{self.r.randint(1965, 2003)}{self.digits(13)}"

    def passport(self):
        kind = self.pick(["in", "pk", "bd", "uk"])
        if kind == "in":
            return self.r.choice("JKLMNPRSTUVWZ") + f"{self.r.randint(1000000, 9999999)}"
        if kind == "pk":
            return self.r.choice("ABCDEF") + self.r.choice(UPPER) + f"{self.r.randint(0, 9999999):07d}"
        if kind == "bd":
            return self.r.choice("ABE") + f"{self.r.randint(0, 99999999):08d}"
        return f"{self.r.randint(100000000, 999999999)}"

    def gov_id(self):
        kind = self.pick(["Aadhaar", "PAN", "Passport", "CNIC", "NID"])
        number = {
            "Aadhaar": self.aadhaar,
            "PAN": self.pan,
            "Passport": self.passport,
            "CNIC": self.cnic,
            "NID": self.bd_nid,
        }[kind]()
        return kind, number

    def vpa(self):
        if self.r.random() < 0.3:
            return self.mobile_in("plain") + "@" + self.pick(["paytm", "ybl", "axl", "ibl"])
        first, last = self.person()
        first, last = ascii_lower(first), ascii_lower(last)
        user = self.pick([f"{first}.{last}", f"{first}{self.r.randint(1, 999)}", f"{first[0]}{last}"])
        return f"{user}@{self.pick(['okhdfcbank', 'okicici', 'oksbi', 'okaxis', 'ybl', 'paytm', 'upi'])}"

    def ifsc(self):
        return (
            self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB"])
            + "0"
            + f"{self.r.randint(0, 999999):06d}"
        )

    def birth_time(self):
        h, m = self.r.randint(0, 23), self.r.randint(0, 59)
        if self.r.random() < 0.5:
            return f"{h:02d}:{m:02d}"
        return f"{(h % 12) or 12:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def clock(self, sep):
        r = self.r.randint
        return f"2024-{r(1, 12):02d}-{r(1, 28):02d}{sep}{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}"

    def dob(self):
        return self.date(1984, 2003)

    def dob_text(self):
        y, m, d = self.r.randint(1984, 2003), self.r.randint(1, 12), self.r.randint(1, 28)
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"])

    def height(self):
        if self.r.random() < 0.5:
            return self.r.randint(148, 192)
        return f"{self.r.randint(4, 6)}'{self.r.randint(0, 11)}\""

    def alnum(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def profile_id(self):
        return self.pick(["RM", "RM", "SM", "NR"]) + f"{self.r.randint(1000000, 9999999)}"

    def photo_url(self):
        return (
            f"https://img.rishtamilan.in/p/{self.hexid(2)}/{self.hexid(20)}_{self.pick(['m', 'l', 'o'])}.jpg"
        )

    def ipv6(self):
        return self.pick(["2409:40c4", "2401:4900", "2402:3a80", "2a02:c7c"]) + "".join(
            f":{self.r.randint(0, 65535):x}" for _ in range(6)
        )

    def ip(self):
        return self.ipv4() if self.r.random() < 0.65 else self.ipv6()

    def paise(self):
        return self.pick([49900, 149900, 249900, 399900, 699900, 1199900])

    def amount_local(self):
        return self.pick([499, 1499, 2499, 3999, 6999, 11999, 1850, 4200, 2200])


# -- contexts ----------------------------------------------------------------------------------


def web_context(f: SA) -> dict:
    path = f.pick(["/", "/search", "/profile/RM4471902", "/membership", "/kundli-milan", "/inbox"])
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.com.pk/",
                        "https://m.facebook.com/",
                        "https://rishtamilan.in/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=google&utm_medium=cpc&utm_campaign=brand_in",
                        "?ref=app_banner",
                        "?lang=hi",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "RishtaMilan - Trusted Matrimony",
                        "Search Matches | RishtaMilan",
                        "Membership Plans | RishtaMilan",
                        "Kundli Milan",
                    ]
                )
            ),
            "url": G(lambda f: "https://rishtamilan.in" + path),
        },
        "userAgent": G(lambda f: f.pick(IN_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not A(Brand"])),
                    "version": G(lambda f: f.pick(["121", "122", "99", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "ur-PK", "bn-BD", "en-GB", "en-US"])),
        "timezone": G(
            lambda f: f.pick(
                [
                    "Asia/Kolkata",
                    "Asia/Karachi",
                    "Asia/Dhaka",
                    "Europe/London",
                    "America/Toronto",
                    "Asia/Dubai",
                ]
            )
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.45:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["brand_in", "diwali_offer", "eid_offer_pk", "nri_uk_q2"])),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "youtube"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "display"])),
            "term": G(
                lambda f: f.pick(
                    ["matrimony site", "muslim rishta lahore", "bengali matrimony", "nri matrimony uk"]
                )
            ),
            "content": G(lambda f: f.pick(["ad_v1", "carousel_3", "video_15s"])),
        }
    return ctx


def swift_context(f: SA) -> dict:
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone13,2", "iPhone12,1"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
    }
    if f.r.random() < 0.4:
        device["adTrackingEnabled"] = G(lambda f: True)
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    return {
        "app": {
            "name": G(lambda f: "RishtaMilan"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "namespace": G(lambda f: "in.rishtamilan.ios"),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "en-GB", "hi-IN", "ur-PK"])),
        "network": {
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "17.4", "16.7.5"]))},
        "screen": {
            "height": G(lambda f: f.pick([844, 852, 926])),
            "width": G(lambda f: f.pick([390, 393, 428])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Karachi", "Europe/London", "Asia/Dubai"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: SA) -> dict:
    maker, model, name = f.pick(ANDROID_MODELS)
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: maker),
        "model": G(lambda f: model),
        "name": G(lambda f: name),
        "type": G(lambda f: "android"),
    }
    if f.r.random() < 0.6:
        device["adTrackingEnabled"] = G(lambda f: True)
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "RishtaMilan"),
            "version": G(lambda f: f.pick(["8.14.1", "8.15.0", "8.16.3"])),
            "namespace": G(lambda f: "in.rishtamilan.android"),
            "build": G(lambda f: f.pick(["814100", "815000", "816300"])),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.75, 3.0, 2.625])),
            "height": G(lambda f: f.pick([2400, 2340, 1600])),
            "width": G(lambda f: f.pick([1080, 720])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS)),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "bn-BD", "ur-PK", "en-US"])),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 13; {model} Build/TKQ1.221114.001)"),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Karachi", "Asia/Dhaka"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: f.profile_id())},
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(8.0, 34.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(68.0, 92.0), 6), "geolocation"),
            "speed": G(lambda f: 0.0),
        }
    return ctx


def rn_context(f: SA) -> dict:
    ios = f.r.random() < 0.4
    return {
        "app": {
            "name": G(lambda f: "RishtaMilan"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.0"])),
            "build": G(lambda f: f.pick(["2024031401", "2024041102"])),
            "namespace": G(lambda f: "in.rishtamilan.ios" if ios else "in.rishtamilan.android"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(["samsung", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: "iPhone14,5" if ios else f.pick(["SM-A546E", "22101316I", "CPH2451"])),
            "name": G(lambda f: "iPhone" if ios else f.pick(["a54x", "ruby", "OP5961L1"])),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "en-GB", "bn-BD"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: "17.4" if ios else "14"),
        },
        "screen": {"height": G(lambda f: f.pick([844, 800])), "width": G(lambda f: f.pick([390, 360]))},
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Dhaka", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "plan": G(lambda f: f.pick(["free", "gold", "diamond"])),
        },
    }


def flutter_context(f: SA) -> dict:
    maker, model, name = f.pick(ANDROID_MODELS)
    return {
        "app": {
            "name": G(lambda f: "Kundli by RishtaMilan"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "in.rishtamilan.kundli"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: name),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["hi-IN", "en-IN", "ta-IN", "te-IN"])),
        "network": {"cellular": G(lambda f: True), "wifi": G(lambda f: f.pick([True, False]))},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "height": G(lambda f: f.pick([2400, 1612])),
            "width": G(lambda f: f.pick([1080, 720])),
            "density": G(lambda f: f.pick([2.75, 2.0])),
        },
        "timezone": G(lambda f: "Asia/Kolkata"),
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["analytics/3.5.1", "analytics/3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "csharp": ("analytics-csharp", ["2.3.5", "2.3.6"]),
}


def server_context(client: str):
    def build(f: SA) -> dict:
        name, versions = SERVER_LIBS[client]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        }
        if client in ("python", "node", "php") and f.r.random() < 0.7:
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(IN_UAS))
        if client == "node" and f.r.random() < 0.5:
            kind = f.pick(["email", "phone"])
            ctx["externalIds"] = Many(
                {
                    "id": Y(
                        lambda f: f.email() if kind == "email" else f.mobile_in("e164"), "email|phone", True
                    ),
                    "type": G(lambda f: kind),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "python" and f.r.random() < 0.3:
            ctx["groupId"] = G(lambda f: "bureau_" + f.digits(4))
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
APP = ["swift", "kotlin", "rn"]
ANY_CLIENT = ["web", "swift", "kotlin", "rn"]

# -- free text ---------------------------------------------------------------------------------

ABOUT_ME = [
    "Simple, family-oriented and fond of travelling. Looking for someone kind and honest.",
    "Working professional, love cooking and old Hindi songs. Parents are retired teachers.",
    "I value respect, education and a sense of humour. Currently settled abroad.",
    "Cricket on weekends, books on weeknights. Close to my family.",
    "Doctor by profession, believer in simple living and high thinking.",
]
PERSONAL_MESSAGES = [
    "Hi, I liked your profile. Would love to connect.",
    "Namaste! Our families may be a good match, please have a look at my profile.",
    "Hello, we share similar values. Let's talk?",
    "My parents liked your profile. Please accept if interested.",
    "Found your profile interesting, looking forward to hearing from you.",
]
CHAT_PREVIEWS = [
    "Hi, thanks for accepting my interest",
    "What are your hobbies?",
    "My parents would like to speak to your parents this weekend",
    "Sure, let's talk on Sunday evening",
    "Which city are you working in these days?",
    "Haha same here :)",
]


def flagged_chat(f: SA) -> str:
    phone = f.pick([f.mobile_in(), f.mobile_pk(), f.mobile_bd(), f.phone()])
    return f.pick(
        [
            f"Mera number {phone} hai, WhatsApp karo",
            f"Please call my father on {phone} after 7pm",
            f"plz whatsapp me {phone}",
            f"ami ekhon Dhaka te, phone dao {phone}",
            f"This app is slow, message me at {phone} or {f.email()}",
            f"My brother's number is {phone}, he handles my rishta",
        ]
    )


def masked_chat(f: SA) -> str:
    return f.pick(
        [
            "Mera number [number hidden] hai, WhatsApp karo",
            "Please call my father on [number hidden] after 7pm",
            "plz whatsapp me [number hidden]",
            "My brother's number is [number hidden], he handles my rishta",
        ]
    )


def support_text(f: SA) -> str:
    return f.pick(
        [
            f"Please delete my profile, my registered mobile is {f.mobile_in()}",
            f"Payment deducted but membership not active. Contact me on {f.phone()}",
            f"Someone is using my photos. My email is {f.email()}",
            f"I am unable to login, OTP not coming to {f.mobile_pk()}",
            f"Please change my daughter's number to {f.mobile_bd()}",
        ]
    )


def staff_note(f: SA) -> str:
    return f.pick(
        [
            f"Verified by call with father on {f.mobile_in()}",
            f"Mother is the contact, {f.phone()}, prefers calls after 6pm",
            f"Candidate asked to use alternate number {f.mobile_pk()}",
            f"Spoke to brother ({f.mobile_bd()}), will send updated biodata",
        ]
    )


def card_label(f: SA) -> str:
    return f"{f.full_name()}, {f.r.randint(22, 38)}, {f.pick(ALL_CITIES)}"


def chatbot_input(f: SA) -> str:
    return f.pick(
        [
            f"My DOB is {f.dob_text()}, born {f.birth_time()} in {f.pick(CITIES_IN)}. When will I marry?",
            f"born on {f.dob_text()} at {f.birth_time()}, is my kundli manglik?",
            f"Date of birth {f.dob_text()} time {f.birth_time()} place {f.pick(CITIES_IN)} - career?",
            f"dob {f.dob_text()}, which gemstone suits me?",
        ]
    )


def success_story(f: SA) -> str:
    a, b = f.person("f")[0], f.person("m")[0]
    return f.pick(
        [
            f"{a} and {b} matched in March and got engaged within two months!",
            f"I ({b}) sent the first interest to {a}, our families met in Lahore and the rest is history.",
            f"Thank you RishtaMilan! {a} and I are now happily married.",
            f"{b}'s mother found {a}'s profile and called us the same day.",
        ]
    )


# -- building blocks ---------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(
            lambda f: f.pick(["gold_3m", "diamond_6m", "platinum_12m", "elite_assist", "goldplus_3m"])
        ),
        "sku": G(lambda f: f.pick(["RM-GLD-03", "RM-DIA-06", "RM-PLT-12", "RM-ELT-01", "RM-GLP-03"])),
        "name": G(lambda f: f.pick(PLANS)),
        "category": G(lambda f: "Membership"),
        "price": G(lambda f: f.amount_local()),
        "quantity": G(lambda f: 1),
        "variant": G(lambda f: f.pick(["INR", "PKR", "BDT", "GBP"])),
        "position": G(lambda f: f.r.randint(1, 5)),
    }


def billing_block():
    return {
        "name": Y(lambda f: f.full_name(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "address": Y(lambda f: f.address(), "address"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.pick(STATES)),
        "pincode": Y(lambda f: f.pincode(), "zipcode"),
        "country": G(lambda f: f.pick(["IN", "PK", "BD", "GB", "CA", "AE"])),
    }


# Each template: (type, event or page/screen name, clients, body). identify and group bodies are
# traits; alias has none.
EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- identity and biodata ------------------------------------------------------------------
    (
        "identify",
        None,
        ANY_CLIENT,
        {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "avatar": Y(lambda f: f.photo_url(), "photo"),
            "age": G(lambda f: f.r.randint(21, 40)),
            "createdAt": G(lambda f: f.iso()),
            "profileId": G(lambda f: f.profile_id()),
            "profileCreatedBy": G(lambda f: f.pick(["self", "parent", "sibling", "relative", "friend"])),
            "maritalStatus": G(
                lambda f: f.pick(["never_married", "divorced", "widowed", "awaiting_divorce"])
            ),
            "religion": Y(lambda f: f.pick(RELIGIONS), "religion"),
            "caste": Y(lambda f: f.pick(CASTES), "ethnicity|religion"),
            "motherTongue": G(lambda f: f.pick(TONGUES)),
            "heightCm": G(lambda f: f.r.randint(148, 192)),
            "city": Y(lambda f: f.city(), "city"),
            "state": G(lambda f: f.pick(STATES)),
            "country": G(
                lambda f: f.pick(["India", "Pakistan", "Bangladesh", "United Kingdom", "Canada", "UAE"])
            ),
            "plan": G(lambda f: f.pick(["free", "gold", "diamond", "platinum"])),
            "photoCount": G(lambda f: f.r.randint(0, 10)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "annualIncome": Y(lambda f: f.pick(INCOME_BANDS), "salary"),
            "education": G(lambda f: f.pick(EDUCATION)),
            "occupation": G(lambda f: f.pick(JOBS)),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "user_id": G(lambda f: f.profile_id()),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "mobile_number": Y(lambda f: f.phone(), "phone"),
            "whatsapp_number": Y(lambda f: f.phone(), "phone"),
            "alternate_email": Y(lambda f: f.email(), "email"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "time_of_birth": Y(lambda f: f.birth_time(), "birthdate"),
            "place_of_birth": Y(lambda f: f.pick(CITIES_IN + CITIES_PK + CITIES_BD), "city"),
            "sub_caste": Y(lambda f: f.pick(SUB_CASTES), "ethnicity|religion"),
            "gotra": Y(lambda f: f.pick(GOTRAS), "ethnicity|religion"),
            "rashi": G(lambda f: f.pick(RASHIS)),
            "nakshatra": G(lambda f: f.pick(NAKSHATRAS)),
            "manglik": G(lambda f: f.pick(["yes", "no", "anshik", "dont_know"])),
            "complexion": Y(
                lambda f: f.pick(["fair", "wheatish", "wheatish_brown", "dark"]), "race|ethnicity"
            ),
            "diet": G(lambda f: f.pick(["veg", "non_veg", "eggetarian", "vegan"])),
            "smokes": G(lambda f: f.pick(["no", "occasionally"])),
            "blood_group": Y(lambda f: f.pick(["A+", "B+", "O+", "AB+", "O-", "B-"]), "condition"),
            "native_place": Y(lambda f: f.pick(CITIES_IN + CITIES_PK + CITIES_BD), "city"),
            "pincode": Y(lambda f: f.pincode(), "zipcode"),
            "residential_address": Y(lambda f: f.address(), "address"),
            "family_income": Y(lambda f: f.pick(INCOME_BANDS), "salary"),
            "college": G(lambda f: f.pick(COLLEGES)),
            "last_login_at": G(lambda f: f.iso()),
            "is_nri": G(lambda f: f.pick([True, False])),
            "religion_visible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Created",
        [*APP, "web"],
        {
            "profile_id": G(lambda f: f.profile_id()),
            "profile_for": G(lambda f: f.pick(["self", "son", "daughter", "brother", "sister", "relative"])),
            "candidate_name": Y(lambda f: f.full_name(), "name"),
            "candidate_dob": Y(lambda f: f.dob(), "birthdate"),
            "candidate_gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "candidate_email": Y(lambda f: f.email(), "email"),
            "manager_name": Y(lambda f: f.elder(f.pick(["m", "f"])), "name"),
            "manager_mobile": Y(lambda f: f.phone(), "phone"),
            "manager_relation": G(lambda f: f.pick(["father", "mother", "brother", "sister", "uncle"])),
            "signup_method": G(lambda f: f.pick(["mobile_otp", "google", "email", "truecaller"])),
            "referral_code": G(lambda f: "RM" + f.alnum(6, UPPER + "0123456789")),
            "time_to_complete_sec": G(lambda f: f.r.randint(60, 1800)),
            "step_count": G(lambda f: f.r.randint(4, 9)),
        },
    ),
    (
        "track",
        "Biodata Updated",
        ["kotlin", "swift"],
        {
            "section": G(lambda f: f.pick(["basic", "family", "education", "horoscope", "lifestyle"])),
            "fields_changed": Many(
                G(lambda f: f.pick(["height", "education", "about_me", "income", "father_occupation"])), 3
            ),
            "completion_before": G(lambda f: f.r.randint(30, 90)),
            "completion_after": G(lambda f: f.r.randint(40, 100)),
            "about_me": G(lambda f: f.pick(ABOUT_ME)),
            "physically_challenged": RED(lambda f: f.pick([True, False]), "disability"),
            "thalassemia_carrier": Y(lambda f: f.pick(["yes", "no", "not_tested"]), "condition"),
            "amritdhari": Y(lambda f: f.pick([True, False]), "religion"),
            "family": {
                "father_name": Y(lambda f: f.elder("m"), "name"),
                "father_mobile": Y(lambda f: f.phone(), "phone"),
                "father_occupation": G(
                    lambda f: f.pick(["Retired", "Business", "Government Service", "Farmer", "Doctor"])
                ),
                "mother_name": Y(lambda f: f.elder("f"), "name"),
                "brothers": G(lambda f: f.r.randint(0, 3)),
                "sisters": G(lambda f: f.r.randint(0, 3)),
                "family_type": G(lambda f: f.pick(["joint", "nuclear"])),
                "family_status": G(lambda f: f.pick(["middle_class", "upper_middle_class", "affluent"])),
                "family_values": G(lambda f: f.pick(["traditional", "moderate", "liberal"])),
                "family_location": Y(lambda f: f.city(), "city"),
                "family_address": Y(lambda f: f.address(), "address"),
            },
        },
    ),
    (
        "track",
        "Sibling Details Added",
        ["rn"],
        {
            "siblings": Many(
                {
                    "relation": G(
                        lambda f: f.pick(
                            ["elder_brother", "younger_sister", "elder_sister", "younger_brother"]
                        )
                    ),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "married": G(lambda f: f.pick([True, False])),
                    "occupation": G(lambda f: f.pick(JOBS)),
                    "age": G(lambda f: f.r.randint(16, 45)),
                },
                3,
            ),
            "sibling_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Partner Preferences Saved",
        ["rn", "web"],
        {
            "age_range": {"min": G(lambda f: f.r.randint(21, 28)), "max": G(lambda f: f.r.randint(29, 40))},
            "religions": Many(G(lambda f: f.pick(RELIGIONS)), 2),
            "castes": Many(G(lambda f: f.pick(CASTES)), 3),
            "caste_no_bar": G(lambda f: f.pick([True, False])),
            "marital_status": Many(G(lambda f: f.pick(["never_married", "divorced", "widowed"])), 2),
            "education": Many(G(lambda f: f.pick(EDUCATION)), 3),
            "locations": Many(G(lambda f: f.pick(ALL_CITIES)), 3),
            "annual_income_min": G(lambda f: f.pick(INCOME_BANDS_IN)),
            "about_partner": G(
                lambda f: f.pick(
                    [
                        "Looking for an educated, well-settled partner from a respectable family.",
                        "Someone who respects elders and is open to relocating.",
                        "Kind, honest and family-oriented.",
                    ]
                )
            ),
        },
    ),
    # -- local-language biodata --------------------------------------------------------------
    (
        "track",
        "Rishta Profile Submitted",
        ["php"],
        {
            "naam": Y(lambda f: f.full_name(), "name"),
            "walid_ka_naam": Y(lambda f: f.elder("m"), "name"),
            "walida_ka_naam": Y(lambda f: f.elder("f"), "name"),
            "umar": G(lambda f: f.r.randint(21, 38)),
            "qad": G(lambda f: f"{f.r.randint(4, 6)}'{f.r.randint(0, 11)}\""),
            "maslak": Y(lambda f: f.pick(MASLAKS), "religion"),
            "biradari": Y(lambda f: f.pick(BIRADARIS), "ethnicity|religion"),
            "shehar": Y(lambda f: f.pick(CITIES_PK), "city"),
            "pata": Y(lambda f: f.address(), "address"),
            "mobile": Y(lambda f: f.mobile_pk(), "phone"),
            "taleem": G(lambda f: f.pick(["Matric", "FA", "BA", "MBBS", "BS Computer Science", "M.Phil"])),
            "pesha": G(lambda f: f.pick(JOBS)),
            "amdani": Y(lambda f: f"{f.r.randint(50, 400)}000 PKR", "salary"),
            "azdawaji_haisiyat": G(lambda f: f.pick(["ghair_shadi_shuda", "talaq_yafta", "bewa"])),
            "shanakhti_card_number": RED(lambda f: f.cnic(), "national id"),
            "bureau_code": G(lambda f: "BR-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Biye Profile Jama",
        ["ruby"],
        {
            "nam": Y(lambda f: f.full_name(), "name"),
            "babar_nam": Y(lambda f: f.elder("m"), "name"),
            "mayer_nam": Y(lambda f: f.elder("f"), "name"),
            "jonmo_tarikh": Y(lambda f: f.dob(), "birthdate"),
            "boyosh": G(lambda f: f.r.randint(21, 38)),
            "dhormo": Y(lambda f: f.pick(["Islam", "Hindu", "Christian", "Buddhist"]), "religion"),
            "jela": G(lambda f: f.pick(["Dhaka", "Sylhet", "Cumilla", "Bogura", "Noakhali", "Khulna"])),
            "thikana": Y(lambda f: f.address(), "address"),
            "mobile_nombor": Y(lambda f: f.mobile_bd(), "phone"),
            "shikkha": G(lambda f: f.pick(["SSC", "HSC", "Honours", "Masters", "MBBS"])),
            "pesha": G(lambda f: f.pick(JOBS)),
            "nid_nombor": RED(lambda f: f.bd_nid(), "national id"),
            "uchchota": G(lambda f: f"{f.r.randint(4, 6)}'{f.r.randint(0, 11)}\""),
        },
    ),
    # -- horoscope ----------------------------------------------------------------------------
    (
        "track",
        "Kundli Generated",
        ["flutter"],
        {
            "kundli_id": G(lambda f: "KND" + f.digits(9)),
            "jatak_ka_naam": Y(lambda f: f.full_name(), "name"),
            "pita_ka_naam": Y(lambda f: f.elder("m"), "name"),
            "janm_tithi": Y(lambda f: f.dob(), "birthdate"),
            "janm_samay": Y(lambda f: f.birth_time(), "birthdate"),
            "janm_sthan": Y(lambda f: f.pick(CITIES_IN), "city"),
            "birth_lat": Y(lambda f: round(f.r.uniform(8.0, 32.0), 4), "geolocation"),
            "birth_lon": Y(lambda f: round(f.r.uniform(70.0, 92.0), 4), "geolocation"),
            "tz_offset": G(lambda f: 5.5),
            "rashi": G(lambda f: f.pick(RASHIS)),
            "nakshatra": G(lambda f: f.pick(NAKSHATRAS)),
            "mangal_dosh": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["hi", "en", "ta", "te", "bn"])),
            "places_session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Kundli Matched",
        ["python"],
        {
            "match_id": G(lambda f: f.uuid()),
            "boy_profile_id": G(lambda f: f.profile_id()),
            "girl_profile_id": G(lambda f: f.profile_id()),
            "guna_score": G(lambda f: round(f.r.uniform(8, 36) * 2) / 2),
            "ashtakoot": {
                "varna": G(lambda f: f.r.randint(0, 1)),
                "gana": G(lambda f: f.pick([0, 1, 5, 6])),
                "bhakoot": G(lambda f: f.pick([0, 7])),
                "nadi": G(lambda f: f.pick([0, 8])),
            },
            "manglik_match": G(lambda f: f.pick([True, False])),
            "nadi_dosha": G(lambda f: f.pick([True, False])),
            "recommendation": G(lambda f: f.pick(["excellent", "good", "average", "not_recommended"])),
            "astrologer_id": G(lambda f: "AST" + f.digits(4)),
            "astrologer_name": Y(lambda f: "Pt. " + f.full_name(), "name"),
            "report_pdf_url": G(lambda f: f"https://files.rishtamilan.in/kundli/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Consultation Booked",
        ["flutter"],
        {
            "booking_id": G(lambda f: "BK" + f.digits(8)),
            "astrologer_id": G(lambda f: "AST" + f.digits(4)),
            "astrologer_display_name": Y(lambda f: "Acharya " + f.full_name(), "name"),
            "consultation_type": G(lambda f: f.pick(["chat", "call", "video"])),
            "slot_start": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([10, 15, 30])),
            "fee": G(lambda f: f.pick([199, 299, 499, 999])),
            "currency": G(lambda f: "INR"),
            "question": G(
                lambda f: f.pick(
                    [
                        "When will I get married?",
                        "Is this match good for me?",
                        "Career change this year?",
                        "Which month is auspicious for the wedding?",
                    ]
                )
            ),
            "birth_details": {
                "date": Y(lambda f: f.dob(), "birthdate"),
                "time": Y(lambda f: f.birth_time(), "birthdate"),
                "place": Y(lambda f: f.pick(CITIES_IN), "city"),
            },
            "partner_birth_details": {
                "date": Y(lambda f: f.dob(), "birthdate"),
                "time": Y(lambda f: f.birth_time(), "birthdate"),
                "place": Y(lambda f: f.pick(CITIES_IN + CITIES_PK), "city"),
            },
        },
    ),
    (
        "track",
        "Astro Assistant Asked",
        ["flutter", "web"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "input": Y(chatbot_input, "birthdate", True),
            "tokens_used": G(lambda f: f.r.randint(120, 1800)),
            "answer_rating": G(lambda f: f.pick([1, 2, 3, 4, 5])),
        },
    ),
    # -- discovery ----------------------------------------------------------------------------
    (
        "track",
        "Profiles Searched",
        ["web", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    ["doctor", "sunni software engineer", "bengali hindu kolkata", "nri uk", "ca"]
                )
            ),
            "filters": {
                "age_min": G(lambda f: f.r.randint(21, 28)),
                "age_max": G(lambda f: f.r.randint(29, 40)),
                "height_min_cm": G(lambda f: f.r.randint(145, 170)),
                "religion": G(lambda f: f.pick(RELIGIONS)),
                "caste": G(lambda f: f.pick([*CASTES, "any"])),
                "cities": Many(G(lambda f: f.pick(ALL_CITIES)), 3),
                "marital_status": G(lambda f: f.pick(["never_married", "any"])),
                "with_photo": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 4000)),
        },
    ),
    (
        "track",
        "Keyword Searched",
        ["web"],
        {
            "q": G(
                lambda f: f.pick(
                    ["RM4471902", "punjabi doctor", "hafiz e quran", "iyer chennai", "divorcee no kids"]
                )
            ),
            "search_type": G(lambda f: f.pick(["keyword", "profile_id"])),
            "results": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Profile Viewed",
        APP,
        {
            "viewed_profile_id": G(lambda f: f.profile_id()),
            "viewer_profile_id": G(lambda f: f.profile_id()),
            "source": G(
                lambda f: f.pick(["search", "daily_recommendation", "shortlist", "interest_inbox", "push"])
            ),
            "match_score": G(lambda f: f.r.randint(40, 99)),
            "profile_name": Y(lambda f: f.full_name(), "name"),
            "profile_age": G(lambda f: f.r.randint(21, 40)),
            "profile_city": Y(lambda f: f.city(), "city"),
            "profile_religion": Y(lambda f: f.pick(RELIGIONS), "religion"),
            "profile_photo_url": Y(lambda f: f.photo_url(), "photo"),
            "is_premium_profile": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recommendation Card Clicked",
        ["web", "rn"],
        {
            "card_id": G(lambda f: f.hexid(12)),
            "label": Y(card_label, "name", True),
            "position": G(lambda f: f.r.randint(1, 20)),
            "carousel": G(lambda f: f.pick(["daily_matches", "new_members", "near_you", "premium_matches"])),
            "algo_version": G(lambda f: f.pick(["rec-2024.03", "rec-2024.05"])),
        },
    ),
    (
        "track",
        "Nearby Matches Viewed",
        ["kotlin"],
        {
            "latitude": Y(lambda f: round(f.r.uniform(8.0, 34.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(68.0, 92.0), 6), "geolocation"),
            "radius_km": G(lambda f: f.pick([10, 25, 50])),
            "results": G(lambda f: f.r.randint(0, 250)),
            "search_city": G(lambda f: f.pick(ALL_CITIES)),
        },
    ),
    (
        "track",
        "Profile Shortlisted",
        [*APP, "web"],
        {
            "profile_id": G(lambda f: f.profile_id()),
            "list_name": G(lambda f: f.pick(["Favourites", "Parents' picks", "Maybe"])),
            "shortlist_count": G(lambda f: f.r.randint(1, 150)),
        },
    ),
    # -- interests, chat, contact -------------------------------------------------------------
    (
        "track",
        "Interest Sent",
        ["kotlin", "swift", "web"],
        {
            "interest_id": G(lambda f: f.uuid()),
            "receiver_profile_id": G(lambda f: f.profile_id()),
            "receiver_name": Y(lambda f: f.full_name(), "name"),
            "personal_message": G(lambda f: f.pick(PERSONAL_MESSAGES)),
            "is_premium_interest": G(lambda f: f.pick([True, False])),
            "sent_by": G(lambda f: f.pick(["self", "parent"])),
            "daily_interests_left": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Interest Responded",
        ["swift", "rn"],
        {
            "interest_id": G(lambda f: f.uuid()),
            "sender_profile_id": G(lambda f: f.profile_id()),
            "decision": G(lambda f: f.pick(["accepted", "declined"])),
            "decline_reason": G(
                lambda f: f.pick(["not_my_preference", "location", "family_decision", "none"])
            ),
            "response_time_hours": G(lambda f: round(f.r.uniform(0.1, 240), 1)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["go"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_profile_id": G(lambda f: f.profile_id()),
            "recipient_profile_id": G(lambda f: f.profile_id()),
            "message_type": G(lambda f: f.pick(["text", "image", "voice", "sticker"])),
            "char_count": G(lambda f: f.r.randint(1, 500)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "message_preview": G(lambda f: f.pick(CHAT_PREVIEWS)),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        ["go"],
        {
            "message_id": G(lambda f: f.hexid(24)),
            "rule": G(lambda f: f.pick(["contact_sharing", "contact_sharing_v2"])),
            "action": G(lambda f: f.pick(["masked", "blocked", "warned"])),
            "original_text": Y(flagged_chat, "phone", True),
            "sender_ip": Y(lambda f: f.ip(), "ip"),
            "masked_text": G(masked_chat),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "detector_version": G(lambda f: f.pick(["mod-1.8.2", "mod-1.9.0"])),
        },
    ),
    (
        "track",
        "Contact Details Viewed",
        ["web", "swift", "kotlin"],
        {
            "target_profile_id": G(lambda f: f.profile_id()),
            "contact_type": G(lambda f: f.pick(["phone", "email", "whatsapp"])),
            "revealed_phone": Y(lambda f: f.phone(), "phone"),
            "revealed_email": Y(lambda f: f.email(), "email"),
            "contact_person_name": Y(lambda f: f.elder(f.pick(["m", "f"])), "name"),
            "contact_person_relation": G(lambda f: f.pick(["self", "father", "mother", "brother"])),
            "contacts_remaining": G(lambda f: f.r.randint(0, 75)),
            "plan": G(lambda f: f.pick(["gold", "diamond", "platinum"])),
            "proxy_number": G(
                lambda f: f.pick(
                    ["+91 80 4718 5500", "+91 80 4718 5501", "+91 22 6130 2200", "+92 21 3713 0040"]
                )
            ),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: f.hexid(32)),
            "CallFrom": Y(lambda f: f.mobile_in("zero"), "phone"),
            "CallTo": G(lambda f: f.pick(["08047185500", "08047185501", "02261302200"])),
            "DialWhomNumber": Y(lambda f: f.mobile_in("zero"), "phone"),
            "Direction": G(lambda f: "incoming"),
            "CallType": G(lambda f: f.pick(["completed", "call-attempt", "client-hangup"])),
            "DialCallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "StartTime": G(lambda f: f.clock(" ")),
            "CustomField": G(lambda f: f.profile_id()),
        },
    ),
    (
        "track",
        "Video Call Scheduled",
        ["rn"],
        {
            "with_profile_id": G(lambda f: f.profile_id()),
            "scheduled_at": G(lambda f: f.iso()),
            "meeting_link": G(lambda f: "https://meet.rishtamilan.in/r/" + f.alnum(10)),
            "chaperone_present": G(lambda f: f.pick([True, False])),
            "chaperone_name": Y(lambda f: f.elder(f.pick(["m", "f"])), "name"),
        },
    ),
    (
        "track",
        "Profile Reported",
        ["swift", "web"],
        {
            "reported_profile_id": G(lambda f: f.profile_id()),
            "reason": G(
                lambda f: f.pick(
                    ["fake_profile", "asked_for_money", "already_married", "abusive", "wrong_info"]
                )
            ),
            "details": G(
                lambda f: f.pick(
                    [
                        "Photos look like they are taken from the internet.",
                        "Asked me to send money for a visa fee.",
                        "Profile says never married but he told me he is divorced.",
                        "Rude messages after I declined.",
                    ]
                )
            ),
            "reporter_is_premium": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- family managers, invitations, referrals ----------------------------------------------
    (
        "track",
        "Profile Manager Invited",
        ["kotlin", "swift"],
        {
            "invitee_name": Y(lambda f: f.elder(f.pick(["m", "f"])), "name"),
            "invitee_relation": G(
                lambda f: f.pick(["father", "mother", "brother", "sister", "mama", "chacha"])
            ),
            "invitee_mobile": Y(lambda f: f.phone(), "phone"),
            "invite_channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "invite_token": RED(lambda f: f.alnum(32), "token|secret"),
            "permissions": Many(
                G(lambda f: f.pick(["view_interests", "send_interests", "chat", "edit_profile"])), 3
            ),
        },
    ),
    (
        "track",
        "Contacts Invited",
        ["kotlin"],
        {
            "invited_contacts": Many(
                {
                    "display_name": Y(lambda f: f.full_name(), "name"),
                    "phone_number": Y(lambda f: f.phone(), "phone"),
                },
                4,
            ),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "total_contacts": G(lambda f: f.r.randint(20, 1400)),
        },
    ),
    (
        "track",
        "Premium Gifted",
        ["web"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "plan": G(lambda f: f.pick(["gold", "diamond"])),
            "recipient": Y(
                lambda f: f.email() if f.r.random() < 0.5 else f.mobile_in("e164"), "email|phone", True
            ),
            "relation": G(lambda f: f.pick(["sister", "cousin", "friend", "son"])),
            "amount": G(lambda f: f.amount_local()),
            "currency": G(lambda f: "INR"),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn"],
        {
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_phone": Y(lambda f: f.phone(), "phone"),
            "referral_code": G(lambda f: "RM" + f.alnum(6, UPPER + "0123456789")),
            "reward_amount": G(lambda f: f.pick([100, 250, 500])),
        },
    ),
    # -- photos and verification --------------------------------------------------------------
    (
        "track",
        "Photo Uploaded",
        ["swift", "kotlin"],
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: f.photo_url(), "photo"),
            "is_primary": G(lambda f: f.pick([True, False])),
            "upload_source": G(lambda f: f.pick(["camera", "gallery", "facebook"])),
            "file_size_kb": G(lambda f: f.r.randint(80, 4000)),
            "sha1": G(lambda f: f.hexid(40)),
            "moderation_status": G(lambda f: f.pick(["pending", "approved", "rejected"])),
        },
    ),
    (
        "track",
        "ID Verification Submitted",
        ["csharp"],
        {
            "VerificationId": G(lambda f: f.uuid()),
            "ProfileId": G(lambda f: f.profile_id()),
            "DocumentType": G(lambda f: f.pick(["Aadhaar", "PAN", "Passport", "CNIC", "NID"])),
            "DocumentNumber": RED(lambda f: f.gov_id()[1], "national id|passport"),
            "NameOnDocument": Y(lambda f: f.full_name().upper(), "name"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "FatherNameOnDocument": Y(lambda f: f.elder("m").upper(), "name"),
            "AddressOnDocument": Y(lambda f: f.address(), "address"),
            "SelfieUrl": Y(lambda f: f"https://kyc.rishtamilan.in/selfie/{f.uuid()}.jpg", "photo"),
            "FaceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "LivenessPassed": G(lambda f: f.pick([True, False])),
            "Status": G(lambda f: f.pick(["Submitted", "Verified", "ManualReview", "Rejected"])),
            "ReviewerEmail": Y(
                lambda f: ascii_lower(f.first()) + "." + ascii_lower(f.last()) + "@rishtamilan.in", "email"
            ),
            "Vendor": G(lambda f: f.pick(["IDfy", "Signzy", "NADRA Verisys"])),
            "SubmittedAtUtc": G(lambda f: f.iso()),
            "AttemptNumber": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["java"],
        {
            "reference_id": G(lambda f: f.digits(12)),
            "masked_aadhaar": RED(lambda f: f.masked_aadhaar(), "national id"),
            "name_as_per_aadhaar": Y(lambda f: f.full_name(), "name"),
            "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "yob": Y(lambda f: str(f.r.randint(1984, 2003)), "birthdate"),
            "address": {
                "careof": Y(lambda f: f.pick(["S/O ", "D/O ", "W/O "]) + f.elder("m"), "name"),
                "house": Y(
                    lambda f: f.pick(["H No ", "Flat ", ""]) + str(f.r.randint(1, 999)), "address|street"
                ),
                "street": Y(
                    lambda f: f.pick(["MG Road", "Gandhi Nagar", "Station Road", "Nehru Colony"]),
                    "street|address",
                ),
                "vtc": Y(lambda f: f.pick(CITIES_IN), "city"),
                "dist": G(lambda f: f.pick(["Lucknow", "Pune", "Jaipur", "Ernakulam", "Patna"])),
                "state": G(
                    lambda f: f.pick(["Uttar Pradesh", "Maharashtra", "Rajasthan", "Kerala", "Bihar"])
                ),
                "pc": Y(lambda f: str(f.r.randint(110001, 855126)), "zipcode"),
                "country": G(lambda f: "India"),
            },
            "aadhaar_verified": G(lambda f: True),
            "pan_linked": G(lambda f: f.pick([True, False])),
            "provider": G(lambda f: f.pick(["digilocker", "offline_xml"])),
        },
    ),
    (
        "track",
        "Visa Details Updated",
        ["web"],
        {
            "residency_country": G(lambda f: f.pick(["GB", "CA", "US", "AE", "AU"])),
            "visa_status": RED(
                lambda f: f.pick(
                    ["H-1B", "Permanent Resident", "Citizen", "Work Permit", "Student Visa", "Golden Visa"]
                ),
                "visa",
            ),
            "citizenship": Y(
                lambda f: f.pick(["Indian", "Pakistani", "Bangladeshi", "British", "Canadian"]), "citizenship"
            ),
            "willing_to_relocate": G(lambda f: f.pick([True, False])),
            "years_abroad": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    # -- membership, payments -----------------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        ANY_CLIENT,
        {
            "list_id": G(lambda f: f.pick(["membership_plans", "festive_offers"])),
            "category": G(lambda f: "Membership"),
            "products": Many(plan_product(), 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        ANY_CLIENT,
        {
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "revenue": G(lambda f: f.amount_local()),
            "tax": G(lambda f: f.money(0, 600)),
            "discount": G(lambda f: f.pick([0, 100, 300, 500])),
            "coupon": G(lambda f: f.pick(["", "DIWALI30", "EID25", "FIRST100"])),
            "currency": G(lambda f: f.pick(["INR", "PKR", "BDT", "GBP"])),
            "products": Many(plan_product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "payment_method": G(lambda f: "upi"),
            "upi_id": RED(lambda f: f.vpa(), "bank account"),
            "upi_app": G(lambda f: f.pick(["gpay", "phonepe", "paytm", "bhim"])),
            "upi_intent_url": G(
                lambda f: (
                    f"upi://pay?pa=rishtamilan@hdfcbank&pn=RishtaMilan&am={f.amount_local()}.00&cu=INR&tr=ord_{f.alnum(14)}"
                )
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "total": G(lambda f: f.amount_local()),
            "revenue": G(lambda f: f.amount_local()),
            "tax": G(lambda f: f.money(0, 600)),
            "currency": G(lambda f: f.pick(["INR", "PKR", "BDT", "GBP"])),
            "payment_gateway": G(lambda f: f.pick(["razorpay", "jazzcash", "bkash", "stripe"])),
            "invoice_number": G(lambda f: f"RM/24-25/{f.digits(6)}"),
            "products": Many(plan_product(), 1),
            "billing": billing_block(),
        },
    ),
    (
        "track",
        "Payment Captured",
        ["node"],
        {
            "account_id": G(lambda f: "acc_" + f.alnum(14)),
            "event": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + f.alnum(14)),
                        "amount": G(lambda f: f.paise()),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: "captured"),
                        "order_id": G(lambda f: "order_" + f.alnum(14)),
                        "method": G(lambda f: "upi"),
                        "description": G(lambda f: f.pick(PLANS)),
                        "vpa": RED(lambda f: f.vpa(), "bank account"),
                        "email": Y(lambda f: f.email(), "email"),
                        "contact": Y(lambda f: f.mobile_in("e164"), "phone"),
                        "fee": G(lambda f: f.r.randint(0, 3000)),
                        "tax": G(lambda f: f.r.randint(0, 540)),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                        },
                        "upi": {
                            "payer_account_type": G(lambda f: f.pick(["bank_account", "credit_card"])),
                            "vpa": RED(lambda f: f.vpa(), "bank account"),
                        },
                        "created_at": G(lambda f: f.epoch_ms() // 1000),
                    }
                }
            },
            "created_at": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "JazzCash Payment Completed",
        ["php"],
        {
            "pp_TxnType": G(lambda f: "MWALLET"),
            "pp_MerchantID": G(lambda f: "MC" + f.digits(5)),
            "pp_TxnRefNo": G(lambda f: f"T2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.digits(6)}"),
            "pp_Amount": G(lambda f: str(f.pick([149900, 249900, 450000, 999900]))),
            "pp_TxnCurrency": G(lambda f: "PKR"),
            "pp_BillReference": G(lambda f: "billRef" + f.digits(6)),
            "pp_Description": G(lambda f: f.pick(PLANS)),
            "pp_MobileNumber": RED(lambda f: f.wallet_pk(), "bank account|phone"),
            "pp_CNIC": RED(lambda f: f.digits(6), "national id"),
            "pp_ResponseCode": G(lambda f: f.pick(["000", "124", "157"])),
            "pp_ResponseMessage": G(
                lambda f: f.pick(
                    [
                        "Thank you for Using JazzCash, your transaction was successful.",
                        "Order is placed and waiting for financials to be received over the counter.",
                        "Transaction is pending.",
                    ]
                )
            ),
            "pp_RetreivalReferenceNo": G(lambda f: f.digits(12)),
            "pp_SecureHash": G(lambda f: f.hexid(64).upper()),
            "ppmpf_1": G(lambda f: f.profile_id()),
            "ppmpf_2": Y(lambda f: f.email(), "email", True),
        },
    ),
    (
        "track",
        "bKash Payment Executed",
        ["python"],
        {
            "paymentID": G(lambda f: "TR0011" + f.alnum(14, UPPER + "0123456789")),
            "trxID": G(lambda f: f.alnum(10, UPPER + "0123456789")),
            "transactionStatus": G(lambda f: f.pick(["Completed", "Initiated", "Cancelled"])),
            "amount": G(lambda f: f.pick(["1499.00", "2999.00", "4999.00"])),
            "currency": G(lambda f: "BDT"),
            "intent": G(lambda f: "sale"),
            "merchantInvoiceNumber": G(lambda f: "INV" + f.digits(8)),
            "customerMsisdn": RED(lambda f: f.wallet_bd(), "bank account|phone"),
            "payerReference": G(lambda f: f.profile_id()),
            "paymentExecuteTime": G(lambda f: f.clock("T") + ":000 GMT+0600"),
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
        "Wallet Linked",
        ["kotlin", "rn"],
        {
            "wallet_provider": G(lambda f: f.pick(["bkash", "jazzcash", "easypaisa", "nagad"])),
            "wallet_number": RED(
                lambda f: f.wallet_bd() if f.r.random() < 0.5 else f.wallet_pk(), "bank account|phone"
            ),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "is_default": G(lambda f: f.pick([True, False])),
            "link_status": G(lambda f: f.pick(["linked", "otp_sent", "failed"])),
        },
    ),
    (
        "track",
        "Card Added",
        ["web", "swift"],
        {
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["414720", "524193", "607153", "437748"])),
            "card_country": G(lambda f: f.pick(["GB", "CA", "US", "IN", "AE"])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.pincode(), "zipcode"),
        },
    ),
    (
        "track",
        "Refund Processed",
        ["ruby"],
        {
            "refund_id": G(lambda f: "rfnd_" + f.alnum(14)),
            "order_id": G(lambda f: "ord_" + f.alnum(14)),
            "refund_amount": G(lambda f: f.amount_local()),
            "refund_mode": G(lambda f: f.pick(["bank_transfer", "source"])),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_account": RED(
                lambda f: f.digits(f.pick([11, 12, 14])) if f.r.random() < 0.6 else f.iban("GB"),
                "bank account",
            ),
            "ifsc": G(lambda f: f.ifsc()),
            "utr": G(lambda f: f.digits(12)),
            "reason": G(lambda f: f.pick(["duplicate_payment", "service_issue", "goodwill"])),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        ["ruby"],
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
            "plan": G(lambda f: f.pick(["gold", "diamond", "platinum"])),
            "amount": G(lambda f: f.amount_local()),
            "currency": G(lambda f: f.pick(["INR", "GBP", "CAD"])),
            "renewal_count": G(lambda f: f.r.randint(1, 8)),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "mandate_id": G(lambda f: "UMN" + f.hexid(20).upper()),
            "payer_vpa": RED(lambda f: f.vpa(), "bank account"),
            "billing_email": Y(lambda f: f.email(), "email"),
            "next_billing_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Subscription Purchased",
        ["swift"],
        {
            "product_id": G(lambda f: f.pick(["in.rishtamilan.gold.3m", "in.rishtamilan.diamond.6m"])),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([1499.0, 2999.0, 19.99, 39.99])),
            "currency": G(lambda f: f.pick(["INR", "GBP", "USD", "AED"])),
            "storefront": G(lambda f: f.pick(["IND", "GBR", "USA", "ARE", "PAK"])),
        },
    ),
    (
        "track",
        "Invoice Generated",
        ["csharp"],
        {
            "InvoiceNumber": G(lambda f: f"RM/24-25/{f.digits(6)}"),
            "CustomerName": Y(lambda f: f.full_name(), "name"),
            "CustomerEmail": Y(lambda f: f.email(), "email"),
            "BillingAddress": Y(lambda f: f.address(), "address"),
            "AmountInPaise": G(lambda f: f.paise()),
            "TaxAmount": G(lambda f: f.money(20, 2000)),
            "SupplierGstin": G(lambda f: "27AAHCR4183M1Z5"),
            "IssuedOn": G(lambda f: f.iso()),
            "PdfUrl": G(lambda f: f"https://files.rishtamilan.in/invoices/{f.uuid()}.pdf"),
        },
    ),
    # -- sign in ------------------------------------------------------------------------------
    (
        "track",
        "OTP Requested",
        ["go"],
        {
            "mobile": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp_length": G(lambda f: f.pick([4, 6])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["msg91", "twilio", "gupshup"])),
            "request_id": G(lambda f: f.hexid(24)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["kotlin", "rn"],
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verified": G(lambda f: f.pick([True, False])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "auto_read": G(lambda f: f.pick([True, False])),
            "seconds_to_verify": G(lambda f: f.r.randint(3, 120)),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "python"],
        {
            "login_id": Y(
                lambda f: f.email() if f.r.random() < 0.5 else f.mobile_in("plain"), "email|phone", True
            ),
            "method": G(lambda f: f.pick(["password", "otp", "google", "magic_link"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "forwarded_for": Y(lambda f: f"{f.ipv4()}, {f.pick(['10.0.3.14', '172.16.8.2'])}", "ip"),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link_token": RED(lambda f: f.alnum(43), "token"),
            "expires_in_sec": G(lambda f: f.pick([600, 900])),
        },
    ),
    # -- support, staff, bureaus --------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(["Payment issue", "Delete profile", "Photo misuse", "Login problem"])
            ),
            "description": Y(support_text, "phone|email", True),
            "requester_email": Y(lambda f: f.email(), "email"),
            "requester_phone": Y(lambda f: f.phone(), "phone"),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["email", "web", "whatsapp", "phone"])),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "reply_to": G(lambda f: f.pick(["support@rishtamilan.in", "care@rishtamilan.in"])),
            "support_phone": G(lambda f: f.pick(["1800 419 4848", "+91 80 6190 4848", "+92 21 111 747 482"])),
        },
    ),
    (
        "track",
        "Relationship Manager Assigned",
        ["java"],
        {
            "rm_id": G(lambda f: "RMGR" + f.digits(4)),
            "rm_name": Y(lambda f: f.full_name(), "name"),
            "rm_email": Y(
                lambda f: ascii_lower(f.first()) + "." + ascii_lower(f.last()) + "@rishtamilan.in", "email"
            ),
            "rm_mobile": Y(lambda f: f.mobile_in("intl"), "phone"),
            "desk_extension": G(lambda f: str(f.r.randint(2100, 2199))),
            "service": G(lambda f: f.pick(["assisted_elite", "vip_nri"])),
            "note": Y(staff_note, "phone", True),
            "handover_from_rm_id": G(lambda f: "RMGR" + f.digits(4)),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        {
            "bureau_name": G(
                lambda f: f.pick(
                    [
                        "Shubh Vivah Marriage Bureau",
                        "Al-Noor Rishta Centre",
                        "Bandhan Ghotok Service",
                        "Lagna Sohala Vadhu Var Kendra",
                    ]
                )
            ),
            "bureau_phone": G(lambda f: f.pick(["+91 522 401 2233", "+92 42 3571 8800", "+880 2 5815 2210"])),
            "bureau_email": G(
                lambda f: f.pick(
                    ["info@shubhvivahbureau.in", "contact@alnoorrishta.pk", "hello@bandhanghotok.com.bd"]
                )
            ),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "2nd Floor, Hazratganj Complex, Lucknow",
                        "12-C Main Boulevard, Gulberg III, Lahore",
                        "House 7, Road 11, Banani, Dhaka",
                    ]
                )
            ),
            "office_city": G(lambda f: f.pick(["Lucknow", "Lahore", "Dhaka"])),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_mobile": Y(lambda f: f.phone(), "phone"),
            "owner_email": Y(lambda f: f.email(), "email"),
            "gst_number": G(lambda f: f.pick(["09AAKFS2291Q1ZT", "09ABCFS1234K1Z2"])),
            "seats": G(lambda f: f.r.randint(1, 25)),
            "partner_tier": G(lambda f: f.pick(["silver", "gold"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Success Story Submitted",
        ["web"],
        {
            "bride-name": Y(lambda f: f.full_name(), "name"),
            "groom-name": Y(lambda f: f.full_name(), "name"),
            "wedding-date": G(lambda f: f.date(2023, 2025)),
            "story-text": Y(success_story, "name", True),
            "couple-photo": Y(lambda f: f"https://img.rishtamilan.in/stories/{f.hexid(16)}.jpg", "photo"),
            "contact-email": Y(lambda f: f.email(), "email"),
            "consent-to-publish": G(lambda f: f.pick(["yes", "no"])),
            "membership-id": G(lambda f: f.profile_id()),
        },
    ),
    (
        "track",
        "Bureau Lead Captured",
        ["web"],
        {
            "full-name": Y(lambda f: f.full_name(), "name"),
            "mobile-number": Y(lambda f: f.phone(), "phone"),
            "city": Y(lambda f: f.city(), "city"),
            "looking-for": G(lambda f: f.pick(["bride", "groom"])),
            "callback-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "utm-source": G(lambda f: f.pick(["google", "facebook", "bureau_partner"])),
            "form-id": G(lambda f: "wf_" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form": G(lambda f: f.pick(["register", "contact_us", "parent_signup"])),
            "field": G(lambda f: f.pick(["contact"])),
            "value": Y(lambda f: f.email() if f.r.random() < 0.5 else f.phone(), "email|phone", True),
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
        },
    ),
    # -- messaging vendors --------------------------------------------------------------------
    (
        "track",
        "Email Event",
        ["ruby"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@ismtpd0{f.r.randint(1, 9)}.rishtamilan.in>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(
                G(lambda f: f.pick(["daily_matches", "interest_received", "renewal_reminder"])), 2
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(IN_UAS)),
            "from": G(lambda f: f.pick(["no-reply@rishtamilan.in", "matches@rishtamilan.in"])),
        },
    ),
    (
        "track",
        "WhatsApp Status Received",
        ["node"],
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: f.pick(["918047185599", "923111747482"])),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "statuses": Many(
                {
                    "id": G(lambda f: "wamid.HBgM" + f.alnum(40)),
                    "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "recipient_id": Y(
                        lambda f: f.pick([f.mobile_in, f.mobile_pk, f.mobile_bd])("e164")[1:], "phone", True
                    ),
                    "conversation": {"id": G(lambda f: f.hexid(32))},
                    "pricing": {"category": G(lambda f: f.pick(["utility", "marketing", "authentication"]))},
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "Subscribe"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fn": Y(lambda f: f.hexid(64), "name"),
                "ln": Y(lambda f: f.hexid(64), "name"),
                "db": Y(lambda f: f.hexid(64), "birthdate"),
                "zp": Y(lambda f: f.hexid(64), "zipcode"),
                "country": G(
                    lambda f: hashlib.sha256(f.pick(["in", "pk", "bd", "gb", "ca"]).encode()).hexdigest()
                ),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(IN_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.amount_local()),
                "currency": G(lambda f: f.pick(["INR", "PKR", "GBP"])),
            },
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signup_method": G(lambda f: f.pick(["mobile_otp", "google", "email"])),
            "profile_for": G(lambda f: f.pick(["self", "son", "daughter", "sibling"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.alnum(50), "advertising id"),
            "landing_page": G(
                lambda f: f.pick(["/", "/muslim-matrimony", "/bengali-matrimony", "/nri-matrimony"])
            ),
            "terms_accepted": G(lambda f: True),
        },
    ),
    # -- lifecycle, pages, screens ------------------------------------------------------------
    (
        "track",
        "Application Opened",
        APP,
        {
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "referring_application": G(lambda f: f.pick(["com.whatsapp", "com.google.android.gm", ""])),
            "url": G(
                lambda f: f.pick(["", "rishtamilan://inbox", "rishtamilan://profile/" + f.profile_id()])
            ),
        },
    ),
    (
        "page",
        "Membership Plans",
        ["web"],
        {
            "name": G(lambda f: "Membership Plans"),
            "path": G(lambda f: "/membership"),
            "url": G(
                lambda f: f.pick(
                    ["https://rishtamilan.in/membership", "https://rishtamilan.in/membership?offer=diwali30"]
                )
            ),
            "title": G(lambda f: "Membership Plans | RishtaMilan"),
            "referrer": G(lambda f: f.pick(["", "https://rishtamilan.in/inbox", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?offer=diwali30"])),
        },
    ),
    (
        "page",
        "Profile",
        ["web"],
        {
            "name": G(lambda f: "Profile"),
            "path": G(lambda f: "/profile/" + f.profile_id()),
            "url": G(lambda f: "https://rishtamilan.in/profile/" + f.profile_id()),
            "title": G(lambda f: f.pick(["Profile | RishtaMilan", "Match Profile | RishtaMilan"])),
            "category": G(lambda f: "Profile"),
        },
    ),
    (
        "screen",
        "Inbox",
        APP,
        {
            "tab": G(lambda f: f.pick(["received", "accepted", "sent", "requests"])),
            "unread_count": G(lambda f: f.r.randint(0, 40)),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Profile"])),
        },
    ),
    (
        "track",
        "Account Deactivated",
        ANY_CLIENT,
        {
            "reason": G(
                lambda f: f.pick(
                    ["found_match_here", "found_match_elsewhere", "taking_a_break", "too_many_calls"]
                )
            ),
            "partner_profile_id": G(lambda f: f.profile_id()),
            "partner_name": Y(lambda f: f.full_name(), "name"),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Thank you, got engaged!",
                        "Too many fake profiles.",
                        "Will come back after Eid.",
                        "Parents found a match through relatives.",
                    ]
                )
            ),
            "delete_data": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: f.profile_id()),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "PHONE_E164": Y(lambda f: f.mobile_in("e164"), "phone"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "GENDER": Y(lambda f: f.pick(["F", "M"]), "gender"),
            "CITY": Y(lambda f: f.city(), "city"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "LIFETIME_VALUE_INR": G(lambda f: f.money(0, 40000)),
            "LAST_PAYMENT_AT": G(lambda f: f.iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["hi", "en", "ur", "bn", "ta"])),
            "RESIDENCE_COUNTRY": G(lambda f: f.pick(["IN", "PK", "BD", "GB", "CA", "AE"])),
            "PLAN_TIER": G(lambda f: f.pick(["FREE", "GOLD", "DIAMOND"])),
            "IS_NRI": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Biodata Shared",
        ["web", "kotlin"],
        {
            "biodata_id": G(lambda f: "BIO" + f.digits(8)),
            "share_channel": G(lambda f: f.pick(["whatsapp", "email", "download"])),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_whatsapp": Y(lambda f: f.phone(), "phone"),
            "template": G(lambda f: f.pick(["classic_red", "minimal", "floral", "islamic_green"])),
        },
    ),
    (
        "track",
        "Address Updated",
        ["swift", "rn"],
        {
            "address_type": G(lambda f: f.pick(["current", "permanent"])),
            "line1": Y(lambda f: f.address(), "address|street"),
            "line2": Y(
                lambda f: (
                    f.pick(["Opp. City Mall", "Behind Jama Masjid", "Near Shiv Mandir", "2nd Floor"])
                    + f", {f.pick(['Sector ', 'Block ', 'Phase '])}{f.r.randint(1, 60)}"
                ),
                "address|street",
            ),
            "landmark": Y(
                lambda f: (
                    f.pick(["Near ", "Opposite ", "Behind "])
                    + f.pick(["Hanuman Mandir", "Government School", "Bata Showroom", "Jamia Masjid"])
                    + f", Lane {f.r.randint(1, 40)}"
                ),
                "address",
            ),
            "locality": Y(
                lambda f: f.pick(
                    [
                        "Rajendra Nagar",
                        "Gulshan-e-Iqbal Block 13",
                        "Mirpur DOHS",
                        "Kothrud",
                        "Satellite",
                        "Model Colony",
                    ]
                ),
                "address",
            ),
            "city": Y(lambda f: f.city(), "city"),
            "pincode": Y(lambda f: f.pincode(), "zipcode"),
            "state": G(lambda f: f.pick(STATES)),
            "country": G(lambda f: f.pick(["IN", "PK", "BD", "GB", "CA"])),
        },
    ),
    (
        "track",
        "Guardian Contact Added",
        ["kotlin"],
        {
            "guardian_name": Y(lambda f: f.elder(f.pick(["m", "f"])), "name"),
            "guardian_phone": Y(lambda f: f.phone(), "phone"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "guardian_relation": G(lambda f: f.pick(["father", "mother", "wali", "elder_brother"])),
            "primary_contact": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, [*APP, "web"], {}),
]


def build(seed: int, repeats: int):
    f = SA(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.profile_id(),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "bureau_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            if client not in SERVER_LIBS:
                msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=181, repeats=30)
    write(Path(__file__).parent, "holdout181_", events, labels)
