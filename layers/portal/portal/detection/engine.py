"""The engine: key evidence per path (computed once), value evidence per leaf, weighed per path.

`observe` runs on ingest's hot path for every leaf value: a dict lookup for the path's key facts,
a type check, and for strings a cached shape check before any pattern runs. `recommend` runs in
classify on counters aggregated over many batches, so it must give the same answer for the same
counts however they were split.
"""

import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

import re2
from rapidfuzz.distance import OSA

from portal.detection import keys as k
from portal.detection import languages, names
from portal.detection import values as v
from portal.detection.matchers import (
    CHOICE_SHARE,
    CHOICES,
    HEALTH_MEASURES,
    PROSE_WORDS,
    TERM_ACCEPTS,
    Classification,
    Matcher,
    prose_words,
    value_patterns,
    value_words,
)
from portal.detection.similarity import dice
from portal.events import observe_leaves

SIMILAR = 0.7
# A key match stands unless most non-empty values contradict it.
KEY_CONFIRM_SHARE = 0.5
# Whole values must match this consistently before a neutral key is flagged by value alone.
VALUE_SHARE = 0.6
# Phone numbers' spread (Observation.spread): numbers that fall in at most BUSINESS_LINE_NUMBERS
# buckets while their events' senders fall in BUSINESS_LINE_SENDERS or more are a business's
# few lines (`From` in a telephony webhook, a store's number), not its many customers'.
SPREAD_BUCKETS = 16
# The value matchers whose values are spread so, and what the same few in many senders' events
# are: a business's line, or the account a business is paid into (an agency's IBAN on every
# transfer: 6 labels of 6).
_SPREAD_MATCHERS = {
    "phone": "the same few numbers in many senders' events: a business's line",
    "bank account": "the same few accounts in many senders' events: a business's account",
    "email": "the same few addresses in many senders' events: a business's mailboxes",
}
# An e-mail address that names a person (names.names_a_mailbox) is not spread: it is counted as
# _NAMED, and a path where such addresses are half or more is people's, however few they are.
_NAMED = "named"
BUSINESS_LINE_NUMBERS = 3
BUSINESS_LINE_SENDERS = 6
BUSINESS_LINES_SENDERS = 10
_SPREADS = [[f"{n}.{s}" for s in range(SPREAD_BUCKETS)] for n in range(SPREAD_BUCKETS)]
# Names typed alone outside a search box (Observation.spread): a person's where most values are
# names and they fall in ALONE_BUCKETS or more buckets, so many different names (`face_label`,
# `staff_shoutout`), not an enum's few words that are also names (`Max`, `Rose`, `Austin`).
ALONE_BUCKETS = 8
_ALONE = [f"alone:{n}" for n in range(SPREAD_BUCKETS)]
# Dates before BORN_BEFORE, by decade (Observation.spread): under a form's answer holder
# (`answers[].date`, `input`), dates spread over BIRTH_DECADES decades or more are births (9 of
# 9 such read paths; every green path with such dates has a key that says which date it is).
BORN_BEFORE = 2010
BIRTH_DECADES = 3
_BORN = {str(year)[:3]: f"born:{str(year)[:3]}" for year in range(1900, BORN_BEFORE, 10)}
# A form's field that holds whatever was asked, with the generic holders (KeyFacts.answers).
_ANSWER_WORDS = frozenset(("answer", "answers", "input", "date", "entered", "field", "response", "entry"))
# Keys read with the keys sent beside them, in a message's properties or traits
# (Engine._sibling_marks): each such value is counted as `beside:<context>` in its evidence.
# - An animal's: everything sent beside its breed or species (`Pet Added`, `Livestock
#   Registered`); its birth date, sex, health and photo are the animal's (`owner_dob` is still
#   its owner's).
_BESIDE_AN_ANIMAL = "beside:animal"
_AN_ANIMALS = frozenset(("birthdate", "sex", "gender", "photo", *k.HEALTH_MATCHERS))
# - An insurer's: a member number sent beside an insurer's, a payer's or a plan's coverage details
#   is the insurer's member number (policy: yellow `identification`; 36 labels of 40), not a
#   loyalty club's (green).
_BESIDE_AN_INSURER = "beside:insurer"
_MEMBER_KEYS = frozenset(
    (
        *("member_id", "memberId", "MemberId", "MemberID", "MEMBER_ID", "member_number", "memberNumber"),
        *("MemberNumber", "MEMBER_NUMBER", "member_no", "memberNo"),
    )
)
_INSURANCE_WORDS = frozenset(
    (
        *("insurer", "insurance", "payer", "payor", "coverage", "medicaid", "medicare", "copay"),
        *("copayment", "deductible", "subscriber", "insured", "hmo", "ppo", "rxbin", "rxpcn", "rxgrp"),
    )
)
# - A search's or a listing's: a bare `city` sent beside a query, its results or its filters is the
#   city searched for, beside a price a listing's, a hotel's or a restaurant's (11 labels of 11; a
#   postcode typed into a search is the person's, 9 of 10).
_BESIDE_A_SEARCH = "beside:search"
_SEARCH_OR_LISTING_WORDS = frozenset(
    ("query", "q", "search", "results", "filter", "filters", "sort", "price")
)
# - A thing's: a `nickname` sent beside a make, a model, a VIN, a plate, a serial number or a
#   brand names a car, a scale or a pair of shoes (11 labels of 11).
_BESIDE_A_THING = "beside:thing"
_THING_WORDS = frozenset(("make", "model", "vin", "plate", "serial", "brand", "firmware", "odometer"))
# - A biller's: an account number sent beside a plan's, a contract's, a meter's or a bill's
#   details, and no bank's, is the customer's number at a utility or a telecom (10 labels of 10
#   green), not a bank account.
_BESIDE_A_BILLER = "beside:biller"
_ACCOUNT_KEYS = frozenset(
    ("account_number", "accountNumber", "AccountNumber", "account-number", "ACCOUNT_NUMBER", "account_no")
)
_BILLER_WORDS = frozenset(
    (
        *("plan", "contract", "msisdn", "meter", "supply", "tariff", "loyalty", "autopay", "balance"),
        *("billing", "statement", "bill", "usage", "kwh", "premium", "policy", "parcel"),
    )
)
_BANK_WORDS = frozenset(
    ("bank", "routing", "iban", "sort", "swift", "bic", "holder", "ifsc", "branch", "bsb")
)
# - A vehicle's: a bare `registration` sent beside a VIN, a make or a mileage is the car's plate
#   (licence, yellow: 8 labels of 8), not a company's or a charity's registration number.
_BESIDE_A_VEHICLE = "beside:vehicle"
_REGISTRATION_KEYS = frozenset(
    (
        *("registration", "Registration", "REGISTRATION", "registration_number", "registrationNumber"),
        *("RegistrationNumber", "REGISTRATION_NUMBER", "registration_no", "registrationNo", "reg_no"),
        *("regNo", "reg_number", "rego"),
    )
)
_VEHICLE_WORDS = frozenset(("vin", "make", "mileage", "odometer", "vehicle"))
# - A household's: a site's address or position sent beside an alarm's, a keyholder's, an
#   installer's or a meter's details is the customer's home (18 labels of 19), not a clinic's, a
#   trial's or a workplace's site.
_AT_A_HOME = "beside:home"
_SITE_KEYS = frozenset(
    spelling
    for part in ("address", "lat", "lng", "latitude", "longitude", "city", "postcode", "zip", "geo")
    for spelling in (f"site_{part}", f"site{part.title()}", f"Site{part.title()}")
) | {"site_postal_code", "sitePostalCode", "SitePostalCode"}
_HOME_WORDS = frozenset(
    ("alarm", "keyholder", "installer", "install", "technician", "crew", "meter", "homeowner", "household")
)
# - A wallet pass's: Apple's PassKit names a pass by its type and `serialNumber` (4 labels of 4
#   green); a device's serial number is its owner's.
_IN_A_WALLET = "beside:wallet"
_PASS_TYPE_KEYS = frozenset(("passTypeIdentifier", "pass_type_identifier"))
_SERIAL_KEYS = frozenset(("serialNumber", "serial_number"))
# - A bank transfer's: India's UTR (unique transaction reference) sent beside an IFSC, a VPA or a
#   beneficiary is the transfer's (8 labels of 8 green), not the UK's taxpayer reference.
_BESIDE_A_TRANSFER = "beside:transfer"
_UTR_KEYS = frozenset(("utr", "Utr", "UTR"))
_TRANSFER_WORDS = frozenset(
    ("ifsc", "vpa", "upi", "neft", "imps", "rtgs", "rrn", "npci", "beneficiary", "payee", "payout")
)
# - A body's: a `due_date` (an `edd`, a `due_month`) sent beside a pregnancy's words is the
#   baby's due date (5 labels of 5), a `flow` beside a cycle's symptoms the period's (4 of 4):
#   health data, not an invoice's or a checkout's.
_ABOUT_A_BODY = "beside:body"
_DUE_KEYS = frozenset(("due_date", "dueDate", "DueDate", "DUE_DATE", "edd", "EDD", "due_month", "dueMonth"))
_PREGNANCY_WORDS = frozenset(
    (
        *("pregnant", "pregnancy", "pregnancies", "trimester", "gestation", "gestational", "prenatal"),
        *("antenatal", "midwife", "conceived", "ivf", "lmp", "gravida", "fetal"),
    )
)
_CYCLE_WORDS = frozenset(("symptoms", "menstrual", "ovulation", "period"))
# A period tracker's entries: how heavy, when it started (3 labels of 3; a billing period's start
# is sent beside no cycle).
_CYCLE_KEYS = frozenset(("flow", "period_start_date", "periodStartDate", "PeriodStartDate"))
# - A screening's: a score, a severity or a risk band sent beside the name of a clinical
#   questionnaire (`instrument: "ASSIST"`, `questionnaire: "PHQ-9"`) is its result, health data
#   (11 labels of 12: a PROMIS-29 total was once read green); an exam's or a game's total is not.
_A_SCREENINGS = "beside:screening"
_SCREENING_KEYS = frozenset(
    spelling
    for key in ("questionnaire", "instrument", "assessment", "screening", "screener", "scale", "tool")
    for spelling in (key, key.title(), f"{key}_name", f"{key}Name", f"{key}_type", f"{key}Type")
)
# Questionnaires by their names, letters and digits only: depression, anxiety, substance use
# and gambling, trauma, memory, sleep, pain and function, quality of life, hearing, children's.
_SCREENING_INSTRUMENTS = frozenset(
    (
        *("phq9", "phq2", "phqa", "phq15", "gad7", "gad2", "epds", "bdi", "bdiii", "cesd", "hads"),
        *("gds", "gds15", "k10", "k6", "dass21", "dass42", "who5", "mdq", "asrs", "ybocs", "pss10"),
        *("auditc", "dast10", "cudit", "cuditr", "pgsi", "cssrs", "pcl5", "pcptsd5", "moca", "mmse"),
        *("psqi", "odi", "ndi", "koos", "womac", "dlqi", "ipss", "esas", "esasr", "promis29"),
        *("promis10", "eq5d", "eq5d5l", "eq5d3l", "sf36", "sf12", "whodas", "thi", "tfi", "hhie"),
        *("hhies", "sdq", "mchat", "mchatr", "rcads", "psc17", "barthel", "braden"),
    )
)
# Those that are English words too, read as a questionnaire in capitals only (`AUDIT`, not a
# tool's `audit`).
_SCREENING_WORDS = frozenset(("AUDIT", "ASSIST", "CAGE", "ACE", "ISI", "ESS", "SCARED"))
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# An answer's parts that hold what was answered (`answers[].score`; not `answers[].item`).
_ANSWERED = frozenset(("score", "value", "answer", "response", "points", "result"))
# A screening's results, by the words of their keys (`total_score`, `severity_grade`,
# `risk_category`, `item_9_response`).
_SCREENING_RESULTS = frozenset(
    (
        *("score", "scores", "total", "severity", "risk", "band", "grade", "result", "results"),
        *("interpretation", "response", "responses", "answers", "items"),
    )
)
# Those read from the words of the keys beside: (the keys, any of these words, all of these, the
# context).
_BESIDE_WORDS = (
    (_SERIAL_KEYS, frozenset(("pass",)), ("type", "identifier"), _IN_A_WALLET),
    (_DUE_KEYS, _PREGNANCY_WORDS, (), _ABOUT_A_BODY),
    (_CYCLE_KEYS, _CYCLE_WORDS, ("cycle",), _ABOUT_A_BODY),
    (_UTR_KEYS, _TRANSFER_WORDS, (), _BESIDE_A_TRANSFER),
    (_SITE_KEYS, _HOME_WORDS, (), _AT_A_HOME),
    (_REGISTRATION_KEYS, _VEHICLE_WORDS, (), _BESIDE_A_VEHICLE),
)
# The keys that start a look at their siblings: one set test per message.
_SIBLING_TRIGGERS = (
    _MEMBER_KEYS
    | _ACCOUNT_KEYS
    | _REGISTRATION_KEYS
    | _SITE_KEYS
    | _PASS_TYPE_KEYS
    | _UTR_KEYS
    | _DUE_KEYS
    | _CYCLE_KEYS
    | _SCREENING_KEYS
    | {"breed", "species", "city", "nickname"}
)
# The matcher a key without one takes when most of its values were sent in one of those contexts.
_THE_PERSONS = (
    (_BESIDE_AN_INSURER, "identification", "an insurer's or a plan's details: the insurer's member number"),
    (_BESIDE_A_VEHICLE, "license", "a vehicle's VIN, make or mileage: its plate"),
    (_ABOUT_A_BODY, "condition", "a pregnancy's or a cycle's details: health data"),
    (_A_SCREENINGS, "condition", "a screening questionnaire's name: its result, health data"),
)
# What a key matcher's values are when most were sent in one of those contexts.
_NOT_THE_PERSONS: dict[str, tuple[tuple[str, str], ...]] = {
    **dict.fromkeys(
        _AN_ANIMALS, ((_BESIDE_AN_ANIMAL, "sent beside an animal's breed or species: the animal's"),)
    ),
    "city": (
        (_BESIDE_A_SEARCH, "sent beside a search's query or a listing's price: not where the person is"),
    ),
    "name": ((_BESIDE_A_THING, "sent beside a make, a model or a serial number: a thing's name"),),
    "serial": ((_IN_A_WALLET, "sent beside a wallet pass's type: the pass's"),),
    "national id": ((_BESIDE_A_TRANSFER, "sent beside a bank transfer's details: its reference"),),
    "bank account": (
        (_BESIDE_A_BILLER, "sent beside a plan's, a contract's or a bill's details: a customer number"),
    ),
}
# PII inside free text is flagged when it recurs, not for one stray occurrence among thousands.
TEXT_SHARE = 0.05
TEXT_MIN_HITS = 3
_SEVERITY = {"green": 0, "yellow": 1, "red": 2}
_KIND_KEYS = {kind: "kind:" + kind for kind in v.ALL_KINDS}
_UNIQUE_KINDS = frozenset((v.UUID, v.HEX, v.DATE, v.MASKED))
_WORDS = frozenset((v.WORD, v.TEXT, v.STRING, v.CODE))
# Value matchers whose match is itself a person's datum, whatever thing the key is about.
_NAMES_A_PERSON = frozenset(("name",))
# Lexicon evidence in prose counts only when most values carry it (gift messages, clinical notes),
# not when a description names a school after someone or a recipe mentions diabetes now and then;
# nor does a plate's shape in prose (`Melatonina LEK-AM 3 mg`, `Scubapro MK25 EVO`).
_IN_MOST_VALUES = _NAMES_A_PERSON | set(PROSE_WORDS) | {"license"}
# Health and disability in prose, counted together under a key that says nothing (_value_recommendation).
_TOLD = frozenset(("condition", "disability"))
_LOOSE_AMONG = 1 / 3
# Uploaded files named after their person (`CV_Manon_Faure.pdf`, `SHAH, MICHAEL - PANO.jpg`):
# where a fifth of a file-name field's values name someone, the field holds people's names (the
# labels: 0.23 and more personal, 0.00 green).
_NAMED_FILES_SHARE = 0.2
_LOOSE_FORMS = {
    "phone": (v.NUMERIC, "digit strings"),
    "name": (v.WORD, "single words"),
    "zipcode": (v.NUMERIC, "digit strings"),  # `31859` and `6019` beside `BS17 9SZ`
    "social security number": (v.NUMERIC, "digit strings"),  # `445441553` beside `064-47-3335`
}
# The kinds a card's PAN is sent as, unmasked: digits (KeyFacts.accepts under a `pan` key).
_CARD_DIGITS = frozenset((v.NUMERIC, v.INT))
_PREFERRED = frozenset(("preferred", "pref", "desired", "requested"))
# Scripts written without spaces between words: Han, kana, Hangul and Thai.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_THAI = re.compile("[\u0e00-\u0e7f]")
# Terms that name a datum only as the whole key: Korea's identity-verification CI and DI; a
# voter's party (`third_party`, `party_size` are not one); what brings a patient (`concern`,
# where `noise_concern` is a complaint); the UK's taxpayer reference (`settlement_utr`,
# `penny_drop_utr` are India's transfers' references); a worker's, a driver's or a seafarer's
# restrictions (`restrictions[]: "corrective lenses"`, 5 labels of 5; `age_restrictions` is a
# product's); a diabetic's glucose management indicator (GMI); a patient's pain (`subscales.pain`;
# a customer's `pain_points` are not) and how they feel (`feeling`).
_WHOLE_KEYS_ONLY = frozenset(
    (
        *("ci", "di", "party", "concern", "utr", "restrictions", "union", "mobility", "brac", "jat", "gmi"),
        *("pain", "feeling", "partei", "gram", "by", "pol"),
    )
)
# Words beside a card's number that name no other card: `new_card_number`, `old_card_number`.
_SAME_CARD = frozenset(("new", "old", "current", "previous", "primary", "your", "my"))
_NOT_PAYMENT_CARDS = frozenset(
    (
        "loyalty",
        "library",
        "member",
        "membership",
        "club",
        "reward",
        "rewards",
        "fidelity",
        "bonus",
        "student",
        "key",  # a hotel's or an office's key card
        # A member's, a library's, a club's or a regular customer's card (Nordic, Finnish, Baltic).
        *(
            "medlem",
            "medlems",
            "bibliotek",
            "biblioteks",
            "klubb",
            "klub",
            "jasen",
            "kirjasto",
            "kantaasiakas",
        ),
        *("liikme", "lojaalsus", "lojalumo", "lojalitates"),
    )
)
# Where money goes to a business: its account is not a person's (`merchant_vpa`).
_BUSINESS_ACCOUNTS = frozenset(
    (
        "merchant",
        "retailer",
        "hospital",
        "clinic",
        "store",
        "shop",
        "company",
        "business",
        "corporate",
        "vendor",
    )
)
# A business's own licences: to trade, to sell alcohol, to run a pharmacy or a car dealership
# (`liquor_license_no`), not a driver's or a professional's.
_BUSINESS_LICENCES = frozenset(
    (
        *("business", "company", "firm", "shop", "store", "merchant", "vendor", "dealer", "dealership"),
        *("liquor", "alcohol", "pharmacy", "restaurant", "venue", "premises", "trade", "trading"),
        *("operator", "establishment", "gaming", "casino", "facility", "dispensary", "outfitter", "clinic"),
        *("producer", "supplier", "cultivator", "manufacturer", "wholesaler", "distributor", "retailer"),
    )
)
_DIGESTS = frozenset(("sha", "md5", "hash", "checksum", "digest", "etag"))  # `sha256` splits
# A biller's account number is the customer's number at a utility or a provider, like a member
# number (labels: 6 of 6 green), not a bank account.
_BILLERS = frozenset(("bill", "biller", "billing", "utility", "provider", "electricity", "gas", "water"))
_SHAPE_SAYS_WHAT = frozenset(("email", "geolocation", "mac", "ip", "passport"))
# Keys naming the party of a message or a call: Twilio's `From`/`To`, WhatsApp Cloud API's
# `messages[].from`, Exotel's `From`, an SMS gateway's `destination`. Their digit runs of 9 to 15
# are phone numbers written without the + (`919906731181`, `07316724437`); elsewhere a digit run is
# an id. Not a date range's `20240115`, nor epoch seconds or milliseconds (`1700000000`): a number
# that starts with 1 is North American, eleven digits long.
_PARTIES = frozenset(
    (w,) for w in ("from", "to", "originator", "destination", "sender", "recipient", "caller", "callee")
)
_PHONE_DIGITS = range(9, 16)
# Keys of what someone typed to find something: a directory's or a CRM's search box finds people
# by a given or a family name alone (`Mehmet`, `Wong`); elsewhere a single name is a pet's, a
# product's or a place's as often as a person's.
# An autocomplete's `input` (Google Places names it so) is what was typed too.
_SEARCHES = frozenset(("q", "query", "search", "term", "keyword", "keywords", "lookup", "input"))
# What someone calls a payee, a contact, a device or a pot they saved (`label: "Fatou"`, `Kevin`):
# a given name alone there is the person's as in a search box.
_SAVED_LABEL = ("label",)
# A key that ends by naming an organisation (`solicitor_firm`, `AdvisorFirm`, `insurer`): its
# values are firms' names, which look like people's (`Miller Thomson`, `Cunningham Lindsey`). Not
# `employer`: a nanny's or a carer's employer is a person.
_ORGANISATIONS = frozenset(
    ("firm", "company", "agency", "business", "organisation", "organization", "insurer", "lender")
)
# A filter's parent (`filters.tutor_gender`); a questionnaire's numbered items (`phq9.q1`); a
# parent's word for its datum's parts (`birth_details.date`).
_FILTERS = frozenset(("filter", "filters"))
_QUESTION_ITEMS = frozenset(("q", "item", "question"))
_PARTS_OF = frozenset(("details", "info", "information"))
_FUNCTIONING = frozenset(
    (
        "seeing",
        "hearing",
        "walking",
        "remembering",
        "self care",
        "selfcare",
        "communicating",
        "cognition",
        "mobility",
    )
)
# Matchers that name parts of one datum: an employer's street is its address too, and a pet's
# diagnosis its condition.
_MEASURES = frozenset(HEALTH_MEASURES)
_FAMILY = dict.fromkeys(("address", "street", "city", "zipcode"), "address") | dict.fromkeys(
    ("condition", "diagnosis", "allergy"), "condition"
)
_PARTIAL = frozenset(("last", "masked", "truncated", "redacted", "obfuscated", "partial"))
_PARTIAL_IS_NOT_IT = frozenset(
    ("credit card", "bank account", "phone", "email", "secret", "password", "token")
)
# Data whose values are codes (`SEX_CD: "F"`, `gender_code: 2`, `nationality_code: "NG"`): the
# code is the datum.
_CODED = frozenset(("gender", "sex", "citizenship", "race"))
_CODE_AND_WORDING = frozenset((("code",), ("description",), ("omschrijving",), ("label",)))
# Parents of a token that signs someone or something in, or pays (`payment_method.token`).
_SIGNS_IN = frozenset(
    (
        *("device", "push", "auth", "oauth", "session", "access", "refresh", "login", "api", "user"),
        *("payment", "card", "wallet"),
    )
)
_TERMS_AND_CONDITIONS = frozenset(("accept", "accepte", "accepted", "agree", "agreed", "terms", "general"))
_PROFILE = frozenset(("profile", "profiles"))
_MESSAGES = frozenset(
    (
        *("note", "notes", "message", "messages", "msg", "comment", "comments", "instructions"),
        *("question", "questions", "feedback", "request", "requests"),
    )
)
# (And Spanish and Portuguese forms' "accepts": `acepta_tratamiento_datos` is consent to data
# processing, not a treatment.)
_CONSENT = frozenset(("consent", "consents", "consented", "acepta", "acepto", "aceita", "aceito"))
# Things whose datum of a kind is their person's: a drug in a pharmacy order is the buyer's
# medication (`items[].drug_name`), where a product's allergens are not; a phone's or a watch's
# location is where its owner is (`device_location.lat`).
# The premises a utility, a telecom or an installer serves is its customer's home
# (`service_address.line1`, `service_zip`); a service's phone and e-mail stay the business's. So
# is where a lab, a courier or a council collects from (`home_collection_address`,
# `collection_address.postcode`: 12 labels of 13).
_SERVED = frozenset(("service", "collection"))
# A test's results are its patient's (`results.methadone` on a urine screen, `results[].flag`).
# A test's outcomes as a lab, a screening or a rapid test reports them, by side: a path whose
# values are all outcomes, some positive and some negative (`chlamydia_naat`, `isiphumo`,
# `results[].outcome`), holds someone's results (20 labels of 20 across the read corpora). Not
# `pass` and `fail` (a build's, a check's), nor `neutral` (a review's sentiment).
_OUTCOMES = {
    **dict.fromkeys(
        (
            *("positive", "pos", "reactive", "detected", "non negative", "nonnegative", "faint positive"),
            *("positivo", "positiva", "reagente", "reactivo", "positif", "positief", "positiv"),
        ),
        "outcome:+",
    ),
    **dict.fromkeys(
        (
            *("negative", "neg", "non reactive", "nonreactive", "not detected", "undetected"),
            *("negativo", "negativa", "não reagente", "nao reagente", "no reactivo", "negatif", "negatief"),
            "negativ",
        ),
        "outcome:-",
    ),
    **dict.fromkeys(
        (
            *("pending", "invalid", "indeterminate", "equivocal", "borderline", "inconclusive", "dilute"),
            *("negative dilute", "positive dilute", "cancelled", "canceled", "refused", "not tested"),
            "sample not tested",
        ),
        "outcome:?",
    ),
}
# A blood pressure as a monitor or a chart writes it, systolic over diastolic (`128/72`,
# `140/90 mmHg`), each in a living body's range and the first the higher: a path whose values are
# all such readings is someone's (14 labels of 14 across the read corpora; not a house number's
# `88/10` or a fraction).
_SYSTOLIC_OVER_DIASTOLIC = re.compile(r"\s*(\d{2,3}) ?/ ?(\d{2,3})(?: ?mm ?hg)?\s*", re.IGNORECASE)
_BLOOD_PRESSURE = "reading:blood pressure"


def _blood_pressure(value: str) -> bool:
    found = _SYSTOLIC_OVER_DIASTOLIC.fullmatch(value)
    if found is None:
        return False
    systolic, diastolic = int(found.group(1)), int(found.group(2))
    return 70 <= systolic <= 260 and 30 <= diastolic <= 160 and systolic > diastolic


# Keys whose positive and negative are a feeling's, not a test's.
_FEELINGS = frozenset(("sentiment", "tone", "polarity", "feedback", "review", "reaction", "vote", "mood"))
# A catalogue's products: what they are for says nothing of who hires or buys them
# (`products[].category: "Manual wheelchair"`).
_SOLD = frozenset((("product",), ("products",)))
# A test's results and a lab panel's values (`labs.hgb`) are the patient's.
_TEST_RESULTS = frozenset(("result", "results", "lab"))
_THEIRS = {
    # (A drug a pharmacy dispenses is its patient's: `pharmacy.rx_number`.)
    "medication": k.GOODS | {"pharmacy"} | _TEST_RESULTS,
    "diagnosis": _TEST_RESULTS,
    # A clinician's flags are the patient's symptoms (`red_flags.night_pain`), not a feature's.
    "condition": _TEST_RESULTS | {"flag"},
    # A record number a hospital or a clinic issues is its patient's (`hospital_mrn`).
    "health id": frozenset(("hospital", "clinic", "practice", "surgery")),
    # A search's or a map's centre is where the person looks around, most often where they
    # stand (`search_center.lat`, `search_lng`: 8 labels of 12; `center.lat`, 6 of 7); a
    # `nearestCentre` is a clinic's.
    "geolocation": frozenset(("device", "phone", "watch", "mobile", "collection", "search", "center")),
    # The address a person's device connects from (BankID's `completionData.device.ipAddress`).
    "ip": frozenset(("device",)),
    # A student's university mailbox (`universityEmail`) is theirs, as a work e-mail is.
    "email": frozenset(("university", "college")),
    # A mobile-money wallet's number is its holder's phone (`walletMobileNumber`: 7 labels of 7).
    "phone": frozenset(("wallet",)),
    # An address's parts as geocoders return them (Google's `components.postal_code`).
    **dict.fromkeys(("address", "street", "zipcode", "city"), _SERVED | {"component", "components"}),
}
# A body's temperature, in degrees Celsius and Fahrenheit, fever and hypothermia included: a
# `temperature_c` whose readings all lie here is a patient's or a wearer's (9 labels of 10; a room's,
# the weather's, a fridge's and a soil's lie elsewhere).
_BODY_HEAT = (34.0, 42.5, 93.0, 108.5)
_TEMPERATURE_WORDS = frozenset(("temp", "temperature", "temperatur", "temperatuur", "temperatura"))
# What a temperature named with it is of, when it is not a body's.
_HEATED_THINGS = frozenset(
    (
        *("weather", "room", "water", "ambient", "air", "outdoor", "outside", "indoor", "target", "cabin"),
        *("soil", "hold", "flow", "return", "sample", "samples", "oven", "fridge", "freezer", "engine"),
        *("battery", "cpu", "gpu", "device", "set", "setpoint", "forecast", "sea", "pool", "tank"),
        *("coolant", "oil", "wash", "brew", "food", "storage", "transport", "product", "ground"),
    )
)


def _a_temperature(words: k.KeyWords) -> bool:
    """A temperature key that names no thing it is of (`temperatureC`, `vitals.temp_f`)."""
    leaf = words.leaf
    if not any(w in _TEMPERATURE_WORDS or w.endswith("temperatur") for w in leaf):
        return False
    return _HEATED_THINGS.isdisjoint(leaf) and not any(_HEATED_THINGS.intersection(p) for p in words.parents)


# A service or a guide dog is its handler's aid, under a pet too (`pet.isServiceDog`: 3 labels of 3).
_WORKING_ANIMALS = frozenset(("animal", "dog"))
_PETS = frozenset(("pet", "pets", "animal", "animals", "dog", "dogs"))
# Papers printed with their own serial numbers (`voucher_serial`): the serial is the paper's.
_VOUCHERS = frozenset(("voucher", "vouchers", "coupon", "coupons"))
_EQUIPMENT = frozenset(
    (
        *("ap", "panel", "terminal", "reader", "kiosk", "beacon", "pos", "handheld", "scanner", "gun"),
        *("pass", "machine"),
    )
)
# Owners that rule out a person for one kind of datum only, and what the datum is then: a
# company's `main_phone`, a vet's or a primary care physician's practice (`vet_phone`; their
# name is still a person's, `vet_name`); a map's centre, pin or visible bounds; the city or the
# point a trip is bound for (`destination_city`, `destination.lat`; not the address a parcel is
# delivered to, `destination.address.city`: _whose).
# (`display_phone_number`: the number WhatsApp's Cloud API shows as the business's.)
_LINES = dict.fromkeys(
    ("main", "vet", "pcp", "gp", "display", "hotline", "helpline", "concierge"), "a business's line"
)
_TRIPS_END = {"destination": "a trip's end"}
# The city a trip arrives in (`villeArrivee`); not where someone stood when they arrived
# (`arrival_lat`: a courier's or a visitor's check-in, four labels of four).
_ARRIVALS = dict.fromkeys(("arrival", "arrivee", "arrivo", "llegada", "chegada", "ankunft"), "a trip's end")
# Where someone works is the employer's site (`work_location`, `work_locations[].city`: 20 labels
# of 21), though a work phone or e-mail is theirs.
_WORKPLACE = {"work": "a workplace's"}
# A place picked, liked or to be collected from (`preferred_city`, `pickup_city`): a choice, not
# where the person is (eight labels of eight).
_CHOSEN = dict.fromkeys(("preferred", "favourite", "favorite", "selected"), "a choice of place") | {
    "pickup": "where something is collected",
    # A rider's or a courier's `operating_city`: the service area they work in (3 labels of 3).
    "operating": "a service area someone works in",
}
# The span and the unit pay is counted in: `earnings_ytd`, `earnings_today`, `YtdEarningsMinor`.
# A driver's rate per mile or kilometre in cents (`pay_rate_cpm`). A month in Finnish
# (`bruttotulot_kk`). How often it is paid (`loss_of_earnings_weekly`): still the pay.
_PAY_SPAN = frozenset(
    (
        *("ytd", "mtd", "today", "to", "date", "minor", "cpm", "cpk", "kk"),
        *("hourly", "daily", "weekly", "fortnightly", "biweekly", "monthly", "annual", "annually", "yearly"),
    )
)
# One payment's id (`txid`, `e2eid`).
_TRANSACTION = frozenset(("txid", "tx", "transaction", "e2eid"))
# Identity documents, and the words of a link to a picture of one (`ine_front_url`; 正面, the
# front, in pinyin).
_DOCUMENTS = frozenset(("national id", "passport", "license"))
# A status, first, as Spanish, Portuguese, Italian and French put it (`estado_curp`).
_A_STATUS = frozenset((("status",), ("estado",), ("estatus",), ("situacao",), ("stato",), ("statut",)))
_ISSUED = frozenset(("issuer", "issuers", "issuing"))
_REFERENCED = _DOCUMENTS | {"certificate", "visa", "medication", "health id"}
_LIVED_OR_BORN = frozenset(("residence", "residency", "domicile", "birth"))
# Confirmed, it says the person holds it (`RightToWorkConfirmed`: 4 labels of 5); `checked` is a
# step of the check (4 labels of 4 green).
_PERMIT_DETAIL = frozenset(
    ("type", "status", "category", "class", "subclass", "art", "soort", "tipo", "durumu", "confirmed")
)
# Where a right to work or a visa holds, written after it (`rightToWorkIreland`, `visa_uk`).
_WHERE_PERMITS_HOLD = frozenset(
    (
        *("uk", "us", "usa", "eu", "ireland", "ie", "canada", "ca", "australia", "au", "nz", "uae"),
        *("germany", "de", "france", "fr", "spain", "es", "singapore", "sg", "japan", "jp", "schengen"),
    )
)
# When a measure was taken: `bmi_at_signup`, `weight_at_baseline`.
_MOMENTS = frozenset(
    (
        "signup",
        "registration",
        "enrolment",
        "enrollment",
        "intake",
        "baseline",
        "start",
        "admission",
        "diagnosis",
        # A debt's placement with a collector, a loan's origination, an application's.
        *("placement", "origination", "application", "onboarding", "booking", "checkout"),
    )
)
_PICTURE_OF = frozenset(("url", "uri", "link", "image", "img", "photo", "picture", "scan"))
_SIDES = frozenset(("front", "back", "check", "zhengmian"))
_BODY_SIDES = frozenset(("left", "right"))
_EARS = frozenset((("left",), ("right",), ("left", "ear"), ("right", "ear")))
# An audiometer's test frequencies, in hertz.
_AUDIOMETRIC = frozenset(
    (f,) for f in ("125", "250", "500", "750", "1000", "1500", "2000", "3000", "4000", "6000", "8000")
)
_NOT_A_PERSONS: dict[str, dict[str, str]] = {
    "phone": _LINES,
    "fax": _LINES,
    "geolocation": dict.fromkeys(("map", "bounds", "viewport"), "a map's view") | _TRIPS_END | _WORKPLACE,
    "city": _TRIPS_END | _ARRIVALS | _WORKPLACE | _CHOSEN,
}
_NOBODYS: dict[str, str] = {}
_RELAYS = {
    "phone": "a masked or proxy number is the platform's, not a person's",
    "email": "a reply-to address is the sender's, not a person's",
}
# Whoever did it, before their datum: `armed_by_name`, `approved_by.email` (after it, a channel:
# `notify_recipient_by`).
_DONE_BY = "by"
# A bare `token`'s values that are a thing's id, not a credential (_a_things_token).
_NOT_AN_ID = frozenset((v.WORD, v.TEXT, v.STRING, v.OTHER))
_ONE_TIME_CODE = ("one", "time", "code")
_NAME_PARTS = frozenset(("first", "last", "middle", "given", "family", "on"))
_NAME_WORDS = frozenset(("name", "names", "nm", "surname"))
_AMBIGUOUS_TERMS = frozenset((("name",), ("first",), ("last",), ("full",), ("given",), ("family",)))
_KIND_WORDS = {
    v.BOOL: "booleans",
    v.BOOLSTR: "yes/no strings",
    v.INT: "integers",
    v.COUNT: "small whole numbers (counts)",
    v.FLOAT: "numbers",
    v.NUMERIC: "digit strings",
    v.UUID: "UUIDs",
    v.HEX: "hex ids",
    v.DATE: "dates/times",
    v.VERSION: "version strings",
    v.URL: "URLs",
    v.ENUM: "values meaning something else",
    v.ORG: "organisations' or venues' names or mailboxes",
    v.GROUP: "a group's own (group calls)",
    v.LISTED: "names typed alone",
    v.WORD: "words",
    v.TEXT: "free text",
    v.STRING: "strings",
    v.CODE: "ids",
    v.MASKED: "masked numbers",
    v.OTHER: "other values",
}


@dataclass(frozen=True)
class Observation:
    """What one leaf value showed: its kind and the value matcher it satisfied (never the value).

    `spread`, for a phone number, a bank account or an e-mail address (unless it names a person:
    `named`): `<number's bucket>.<sender's bucket>`, each one of
    SPREAD_BUCKETS (a CRC's last four bits: nothing of the number or the sender survives), so
    evidence can tell a business's line, the same few numbers in many senders' events, from
    people's numbers. For a name typed alone: `alone:<name's bucket>`, so evidence can tell many
    people's names from an enum's one word that is also a name. For a date before BORN_BEFORE:
    `born:<decade>`, so evidence can tell births from a form's other dates. `beside:<context>`:
    sent beside keys that say whose the value is (_sibling_marks).
    """

    kind: str
    value_matcher: str | None
    spread: str = ""

    def __post_init__(self) -> None:
        # The Evidence counters this observation adds to besides `n`, spelt out once: Evidence.add
        # runs per leaf value and the engine hands out the same few dozen observations. Not a
        # field (and so no slots), because an observation travels as its kind, matcher and spread.
        counters = [_KIND_KEYS.get(self.kind) or "kind:" + self.kind]
        if self.value_matcher:
            counters.append("value:" + self.value_matcher)
            if self.kind == v.TEXT or self.kind == v.URL:
                counters.append("text:" + self.value_matcher)
        if (
            self.spread.startswith(("alone:", "beside:", "born:", "outcome:", "reading:"))
            or self.spread == _NAMED
        ):
            counters.append(self.spread)
        elif self.spread:
            number, sender = self.spread.split(".")
            counters += ["number:" + number, "sender:" + sender]
        object.__setattr__(self, "counters", tuple(counters))


class _Counts(Counter):
    """A Counter whose items are stored at dict speed.

    Counter defines `__delitem__` in Python, and CPython then routes every `counts[key] = n`
    through a Python-level lookup of `__setitem__` as well (about twice the cost of a dict's
    store, per counter per leaf). With dict's own deletion the store is dict's again; deleting a
    key that is not there raises KeyError, as for a dict (nothing deletes from evidence).
    """

    __delitem__ = dict.__delitem__


@dataclass
class Evidence:
    """Per-path counters, mergeable and storable as flat integers.

    Keys: `n` (values seen), `kind:<kind>`, `value:<matcher>` (values a value matcher validated),
    `text:<matcher>` (of those, found inside free text or URLs), `number:<bucket>` and
    `sender:<bucket>` (phone numbers', bank accounts' and e-mail addresses' spread,
    Observation.spread), `named` (e-mail addresses that name a person, not spread),
    `alone:<bucket>` (names typed alone), `born:<decade>` (dates before BORN_BEFORE),
    `beside:<context>` (values sent beside keys that say whose they are: _sibling_marks). Bounded
    by the number of kinds, value matchers and contexts, three times SPREAD_BUCKETS, and the eleven
    decades of _BORN.
    """

    counts: Counter = field(default_factory=_Counts)

    def add(self, obs: Observation) -> None:
        # Runs once per leaf value in classify and `portal scan`: plain dict arithmetic, no
        # Counter.__missing__ and no string building.
        counts = self.counts
        get = counts.get
        counts["n"] = get("n", 0) + 1
        for key in obs.counters:
            counts[key] = get(key, 0) + 1

    def merge(self, other: "Evidence") -> None:
        self.counts.update(other.counts)

    def to_dict(self) -> dict[str, int]:
        return {key: int(count) for key, count in self.counts.items() if count}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> "Evidence":
        return cls(_Counts({key: int(count) for key, count in data.items()}))


@dataclass(frozen=True)
class Recommendation:
    classification: Classification
    matcher: str | None
    matched_on: str | None
    share: float
    reason: str


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, four
# times the cost, and the engine builds some thirteen thousand terms at start. Never changed.
@dataclass(slots=True)
class _Term:
    matcher: Matcher
    words: tuple[str, ...]
    phrase: str
    # Qualifiers follow the term (`direccion_envio`, `nome_completo`): languages.Language.
    head_initial: bool = False
    accepts: frozenset[str] | None = None  # overrides the matcher's (matchers.TERM_ACCEPTS)


@dataclass(frozen=True, slots=True)
class KeyFacts:
    """What a path's key says, computed once per path."""

    matcher: Matcher | None
    how: str = ""  # "exact", "contains", "similar", "pattern"
    term: str = ""
    refused: Matcher | None = None  # a matcher the key resembles but the path rules out
    refusal: str = ""
    # Refused because the path says whose it is (`store.phone`), not because of the key's form.
    refused_by_context: bool = False
    refutes: frozenset[str] = frozenset()  # the key matcher's refute_values, for observe
    id_like: bool = False
    accepts: frozenset[str] | None = None  # value kinds that confirm the match
    party: bool = False  # a message's or a call's party: digits there are a phone number
    weak_phones: bool = False  # an identifier's key whose weak phone numbers are still phones
    # The value matcher whose values here stand between people (_relay): a call-masking number's
    # (`proxy_number`) is the platform's, a reply-to address the sender's.
    relay: str | None = None
    search: bool = False  # a search box (`q`, `search_term`): a name typed alone there is a person's
    firms: bool = False  # a key naming an organisation (_ORGANISATIONS): names there are firms'
    # A sensitive term inside the key, not its head, that a flag confirms where the head's values
    # refute it: `veteran_plate: true`, `IsDvaCardholder: false` (_flagged).
    flagged: _Term | None = None
    # A file's name (`cv_file_name`): files named after their person are evidence enough when a
    # fifth of them are (_NAMED_FILES_SHARE).
    file_name: bool = False
    # A campaign's fields (`context.campaign.term: "clinical trial asthma"`) and a catalogue's
    # products (_SOLD): the advertiser's words, not what the person said of themselves.
    advertised: bool = False
    # A form's answer holder (`answers[].date`, `entered-value`): what was asked decides what it
    # holds, so its values speak for it (births, by their spread: BIRTH_DECADES).
    answers: bool = False
    # A temperature with no thing named (`temperature_c`, not `water_temp_c`): readings a body has
    # are the person's (_BODY_HEAT).
    temperature: bool = False


_NO_KEY = KeyFacts(None)
_EXTERNAL_ID = "context.externalIds[].id"
_EXTERNAL_ID_FACTS = KeyFacts(None, id_like=True, weak_phones=True)


class Engine:
    def __init__(self, matchers: list[Matcher]):
        self.matchers = list(matchers)
        self._by_value_name = {m.name: m for m in matchers if m.match_on == "value"}
        self._by_key_name = {m.name: m for m in matchers if m.match_on == "key"}
        # Value matchers that say what a person is (ill, disabled, a believer): not read in a
        # campaign's or a catalogue's words (KeyFacts.advertised).
        self._what_they_are = frozenset(
            name
            for name in self._by_value_name
            if name in k.HEALTH_MATCHERS
            or (name in self._by_key_name and self._by_key_name[name].special_category)
        )
        key_matchers = [m for m in matchers if m.match_on == "key"]
        vocabulary: set[str] = set(k.NOT_A_PERSON | k.A_PERSON | k.VALUE_SUFFIX | k.ID_WORDS)
        split: dict[str, list[str]] = {}
        for matcher in key_matchers:
            for term in (matcher.name, *matcher.synonyms):
                if term in split:
                    continue
                split[term] = k.split_words(term)
                vocabulary.update(split[term])
                if " " not in term.strip():
                    vocabulary.add(k.fold(term).lower())
        self._normaliser = k.Normaliser(vocabulary, split)
        # Typos are corrected towards English words for data only: other languages' words sit one
        # letter from English ones (`genere` ~ `genre`, `placa` ~ `plaza`), as do roles (`lawyer`
        # ~ `layer`). Listed by first letter and length: a slip keeps both, or leaves the word one
        # letter short (_typo_of).
        self._typo_words: dict[tuple[str, int], list[str]] = {}
        roles = {w for role in k.ROLES for w in role.split()}
        self._foreign = languages.words()
        for word in sorted(vocabulary - self._foreign - roles - k.A_PERSON):
            if len(word) >= 5 and word.isalpha():
                self._typo_words.setdefault((word[0], len(word)), []).append(word)
        self._terms: list[_Term] = []
        self._custom_terms: list[_Term] = []
        head_initial = {self._normaliser.words(t) for t in languages.head_initial_terms()}
        term_accepts = {self._normaliser.words(t): kinds for t, kinds in TERM_ACCEPTS.items()}
        for matcher in key_matchers:
            for term in dict.fromkeys((matcher.name, *matcher.synonyms)):
                words = self._normaliser.words(term)
                if words:
                    target = self._custom_terms if matcher.custom else self._terms
                    if matcher.custom:
                        target.append(_Term(matcher, words, " ".join(words)))
                        continue
                    accepts = term_accepts.get(words, matcher.accepts)
                    target.append(_Term(matcher, words, " ".join(words), words in head_initial, accepts))
        # Index default terms by word and by shape so a key is compared with the few terms it
        # could match: those sharing a word, or of the same length and initials (typos).
        self._by_word: dict[str, list[int]] = {}
        self._by_shape: dict[tuple[int, str], list[int]] = {}
        self._term_words = [frozenset(term.words) for term in self._terms]
        for index, words in enumerate(self._term_words):
            for word in words:
                self._by_word.setdefault(word, []).append(index)
            self._by_shape.setdefault(_shape(self._terms[index].words), []).append(index)
        # One-word terms in scripts written without spaces (Chinese, Japanese, Korean, Thai), to
        # find inside a key that runs them together with a word before or after (_split_script).
        self._script_terms = sorted(
            # (Not one character: `名` ends `銀行名`, a bank's name, and `列車名`, a train's.)
            {
                t.words[0]
                for t in self._terms
                if len(t.words) == 1 and len(t.words[0]) > 1 and _UNSPACED.search(t.words[0])
            },
            key=len,
            reverse=True,
        )
        options = v.re2_options()
        self._key_patterns = [
            (m, re2.compile(m.pattern, options)) for m in key_matchers if m.pattern and m.custom
        ]
        self._scanner = v.ValueScanner(value_patterns(matchers), value_words(matchers), prose_words(matchers))
        self._facts: dict[str, KeyFacts] = {}
        self._observations: dict[tuple[str, str | None, str], Observation] = {}
        self._sender: Any = None  # the sender of the message being observed (observe_message)
        self._plain: dict[str, Observation] = {}
        # Words some key refutes (`home`, `used`) that matched nothing: value -> (lower-cased, obs).
        self._refutable: dict[str, tuple[str, Observation]] = {}
        self._by_hit: dict[v.ValueHit, tuple[bool, Observation, Observation, bool]] = {}
        self._refute_words = frozenset(w for m in matchers for w in m.refute_values)
        # Exact types, as JSON decodes them: a bool is not an int here.
        self._by_type = {
            type(None): self._obs(v.NULL, None),
            bool: self._obs(v.BOOL, None),
            int: self._obs(v.INT, None),
            float: self._obs(v.FLOAT, None),
        }
        self._count = self._obs(v.COUNT, None)
        self._body_heat = self._obs(v.FLOAT, "condition")
        self._enum = self._obs(v.ENUM, None)
        self._typed_address = self._obs(v.STRING, "address") if "address" in self._by_value_name else None

    # -- key evidence -------------------------------------------------------------------------

    def key_match(self, path: str) -> Matcher | None:
        return self.key_facts(path).matcher

    def key_facts(self, path: str) -> KeyFacts:
        facts = self._facts.get(path)
        if facts is None:
            facts = self._key_facts(path)
            if facts.matcher is not None and facts.matcher.refute_values:
                facts = replace(facts, refutes=facts.matcher.refute_values)
            if facts.matcher is None and _a_temperature(self._normaliser.key_words(path)):
                facts = replace(facts, temperature=True)
            if len(self._facts) > 100_000:
                self._facts.clear()
            self._facts[path] = facts
        return facts

    def _key_facts(self, path: str) -> KeyFacts:
        words = self._normaliser.key_words(path)
        if not words.leaf or words.leaf[-2:] == ("user", "agent"):
            return _NO_KEY  # `signer_user_agent`: a browser's string, whoever it is
        if path == _EXTERNAL_ID:
            # Segment's external ids are what their `type` says: a mobile number's digits are
            # one, an e-mail is one; a number that passes Luhn is a loyalty card's.
            return _EXTERNAL_ID_FACTS
        if words.leaf == ("code",) and not words.parents:
            # An event's bare `code` is a one-time code when its values are digit strings
            # (matchers.TERM_ACCEPTS); a promo or an error code (`WELCOME15`, `E401`) otherwise.
            words = replace(words, leaf=_ONE_TIME_CODE)
        id_like = bool(words.leaf) and (
            words.leaf[-1] in k.ID_WORDS
            or any(
                w
                in (
                    "id",
                    "uuid",
                    "guid",
                    "sku",
                    "version",
                    "build",
                    "order",
                    "invoice",
                    "transaction",
                    "tracking",
                    "timestamp",
                )
                for w in words.leaf
            )
        )
        custom = self._match_terms(words, self._custom_terms, words.leaf, custom=True)
        if custom.matcher is None:
            for matcher, pattern in self._key_patterns:
                if pattern.search(words.raw_leaf):
                    custom = KeyFacts(matcher, "pattern", matcher.pattern or "")
                    break
        if custom.matcher is not None:
            return KeyFacts(
                custom.matcher, custom.how, custom.term, id_like=id_like, accepts=custom.matcher.accepts
            )
        found = self._match_defaults(words)
        if (
            found.matcher is None
            and words.leaf in _AUDIOMETRIC
            and words.parents[:1]
            and words.parents[0] in _EARS
        ):
            # `thresholds.left.1000`: an audiogram's hearing level, by ear and test frequency.
            found = self._match_defaults(replace(words, leaf=("hearing", "threshold")))
        # `shipping_address.line2`, `phone.number`: a generic holder takes its parent's meaning.
        # `diagnoses[].code`, `procedures[].description`: so does a health record's detail.
        # `delivery_address.unit`: a part of an address is the address.
        generic = all(w in k.VALUE_SUFFIX or w.isdigit() for w in words.leaf)
        # A questionnaire's items are its answers (`phq9.q1`, `gad7.item_3`).
        detail = all(w in k.HEALTH_DETAIL or w in k.VALUE_SUFFIX for w in words.leaf) or (
            len(words.leaf) == 2 and words.leaf[0] in _QUESTION_ITEMS and words.leaf[1].isdigit()
        )
        # The Washington Group's domains of functioning (`washingtonGroup.seeing`).
        functioning = " ".join(words.leaf) in _FUNCTIONING
        part = " ".join(words.leaf) in k.ADDRESS_PARTS or (
            words.leaf[:1]
            and words.leaf[0] in k.ADDRESS_PARTS
            and all(w in k.ADDRESS_PARTS or w.isdigit() for w in words.leaf)
        )
        # `geslacht.code`, `nationaliteit.omschrijving`: a coded datum's code and its wording.
        coded = words.leaf in _CODE_AND_WORDING
        # `account.name.en`, `address.th`: the parent's datum, written in a language or a script.
        written = all(w in k.WRITTEN_IN for w in words.leaf)
        # `insurance.member_id`, `card.number`, `id_document.number`: the parent's words and the
        # leaf's read as one key, nearest parent first.
        joined = _NO_KEY
        if found.matcher is None and found.refused is None and words.parents:
            # (A parent's `details` or `info` holds its datum's parts: `birth_details.date`.)
            parent_words = words.parents[0]
            if parent_words[-1:] and parent_words[-1] in _PARTS_OF and len(parent_words) > 1:
                parent_words = parent_words[:-1]
            both = k.KeyWords(parent_words + words.leaf, words.parents[1:], words.section, words.raw_leaf)
            joined = self._match_defaults(both)
            # The term must reach into the leaf: `direccion.provincia` is a part of an address.
            term = tuple(joined.term.split())
            if joined.matcher is None or _find(both.leaf, term) + len(term) <= len(parent_words):
                joined = _NO_KEY
        if words.parents and (
            (found.refused is not None and words.leaf == ("name",))
            or (
                len(words.leaf) == 1
                and found.how == "exact"
                and found.matcher is self._by_key_name.get("name")
                and k.A_PERSON.isdisjoint(words.parents[0])
            )
        ):
            # `symptoms[].name`, `medications[].name`, `dawai[].naam`: an item of a health record's
            # list names the condition or the drug (elsewhere a bare name is a product's); an
            # `injured_person.name` is still the person's.
            parent = self.key_facts(path.rsplit(".", 1)[0].removesuffix("[]"))
            if parent.matcher is not None and parent.matcher.name in k.HEALTH_MATCHERS:
                return KeyFacts(
                    parent.matcher, "parent", parent.term, id_like=id_like, accepts=parent.accepts
                )
        if (
            found.matcher is None
            # (A part of an address under one is the address, even where a bare `building_name`
            # would be refused as a thing's name.)
            and (found.refused is None or part)
            and words.parents
            and (generic or detail or part or coded or functioning or written)
        ):
            parent = self.key_facts(path.rsplit(".", 1)[0].removesuffix("[]"))
            if parent.matcher is not None and generic and joined.how == "exact":
                return replace(joined, id_like=id_like)  # `id_document.number`: a datum of its own
            if parent.matcher is not None and (
                generic
                or (detail and parent.matcher.name in k.HEALTH_MATCHERS)
                or (functioning and parent.matcher.name == "disability")
                or (part and parent.matcher.name in ("address", "street"))
                or (coded and parent.matcher.name in _CODED)
                or written
            ):
                return KeyFacts(
                    parent.matcher, "parent", parent.term, id_like=id_like, accepts=parent.accepts
                )
            if parent.matcher is None and parent.refused_by_context:
                # `business_address.line1`: a line of the business's address is the business's.
                return parent
        if found.matcher is None and found.refused is None and words.parents:
            # `esas.nausea`, `phq9.item9`: an item of a health scale is the scale's measure.
            parent = self.key_facts(path.rsplit(".", 1)[0].removesuffix("[]"))
            if parent.matcher is not None and parent.term in _MEASURES:
                return KeyFacts(
                    parent.matcher, "parent", parent.term, id_like=id_like, accepts=parent.accepts
                )
        if found.matcher is None and found.refused is None:
            # When the leaf alone says nothing.
            found = joined
        accepts = found.accepts
        if accepts is not None and any(w in k.HASH_WORDS for w in words.leaf):
            accepts = accepts | {v.HEX}
        if (
            found.matcher is not None
            and found.matcher.name == "credit card"
            and "pan" in k.split_words(words.raw_leaf)
        ):
            # A card's PAN is digits; India's PAN has letters (`employer_pan: "AABCE1234F"`), and a
            # person's validates as their national id.
            accepts = _CARD_DIGITS
        return KeyFacts(
            found.matcher,
            found.how,
            found.term,
            found.refused,
            found.refusal,
            found.refused_by_context,
            # A card number's key: digits that pass Luhn are the evidence (_not_card_numbers).
            id_like=id_like and (found.matcher is None or found.matcher.name != "credit card"),
            accepts=accepts,
            party=words.leaf in _PARTIES,
            relay=_relay(words.leaf),
            search=words.leaf[-1] in _SEARCHES or words.leaf == _SAVED_LABEL,
            firms=words.leaf[-1] in _ORGANISATIONS,
            file_name=words.leaf[-2:] == ("file", "name") or words.leaf[-1:] == ("filename",),
            advertised=(words.section == "context" and words.parents[-1:] == (("campaign",),))
            or any(parent[-1:] in _SOLD for parent in words.parents),
            flagged=found.flagged,
            answers=all(w in k.VALUE_SUFFIX or w in _ANSWER_WORDS or w.isdigit() for w in words.leaf),
        )

    def _match_defaults(self, words: k.KeyWords) -> KeyFacts:
        corrected = self._correct_typos(words.leaf)
        found = self._match_terms(
            words, self._candidate_terms(words.leaf, corrected), corrected, custom=False
        )
        if found.matcher is None and found.refused is None and len(words.leaf) == 1:
            split = self._split_script(words.leaf[0])
            if split is not None:
                words = replace(words, leaf=split)
                found = self._match_terms(words, self._candidate_terms(split, split), split, custom=False)
        return found

    def _split_script(self, word: str) -> tuple[str, ...] | None:
        """A key written without spaces, cut before its longest known term at the end (`僱主姓名`:
        the employer's name) or, in Thai, after one at the start (`ชื่อลูกค้า`: the customer's
        name); None when no term is there."""
        if word.isascii() or not _UNSPACED.search(word):
            return None
        thai = _THAI.search(word) is not None
        for term in self._script_terms:
            if len(term) < len(word) and (word.startswith(term) if thai else word.endswith(term)):
                return (term, word[len(term) :]) if thai else (word[: -len(term)], term)
        return None

    def _candidate_terms(self, leaf: tuple[str, ...], corrected: tuple[str, ...]) -> list[_Term]:
        """The default terms a key could match, in their order: those whose words are all in the
        key (as written or corrected), and, when a word of the key is unknown, those it may be a
        misspelling of (_similar: the same number of words and initials)."""
        present = set(leaf) | set(corrected)
        term_words = self._term_words
        indices = {i for word in present for i in self._by_word.get(word, ()) if term_words[i] <= present}
        known = self._normaliser.vocabulary
        if not all(w in known for w in leaf):
            indices.update(self._by_shape.get(_shape(leaf), ()))
        return [self._terms[i] for i in sorted(indices)]

    def _match_terms(
        self, words: k.KeyWords, terms: list[_Term], corrected: tuple[str, ...], *, custom: bool
    ) -> KeyFacts:
        leaf = words.leaf
        phrase = " ".join(leaf)
        best: tuple[tuple[int, int, float], _Term, str] | None = None
        sensitive: tuple[tuple[int, int, float], _Term] | None = None
        # The refusal kept is the longest term's: (term length, term, reason, by the path's context).
        refused: tuple[int, _Term, str, bool] | None = None
        for term in terms:
            rank: tuple[int, int, float] | None = None
            how = ""
            leading: tuple[str, ...] = ()
            if leaf == term.words:
                rank, how = (4, len(term.words), 1.0), "exact"
            elif term.matcher.precision == "exact" and custom:
                continue
            else:
                position = _find(leaf, term.words)
                source = leaf
                if position < 0 and corrected is not leaf:
                    position = _find(corrected, term.words)
                    source = corrected
                if position >= 0 and term.phrase in _WHOLE_KEYS_ONLY:
                    continue  # `affected_ci` (a configuration item), `third_party`: not the term
                if position >= 0:
                    leading, trailing = source[:position], source[position + len(term.words) :]
                    refusal = None if custom else _refusal(term, source, leading, trailing)
                    if refusal is not None:
                        reason, by_context, longer_only = refusal
                        if (
                            refused is None
                            or len(term.words) > refused[0]
                            or (not longer_only and len(term.words) == refused[0])
                        ):
                            refused = (len(term.words), term, reason, by_context)
                        continue
                    # The term nearest the end is the head (`billing_phone`), unless what follows a
                    # noun-first term says whose it is (`cpf_titular` is the holder's CPF).
                    whose = term.head_initial and trailing and all(w in k.A_PERSON for w in trailing)
                    nearest_head = len(trailing) if whose else -len(trailing)
                    rank, how = (3 if source is leaf else 2, len(term.words), nearest_head), "contains"
                    if term.head_initial:
                        # Qualifiers follow the term: read them nearest first, as words before one.
                        leading += trailing[::-1]
                elif term.matcher.precision == "similar":
                    score = self._similar(leaf, phrase, term, words.raw_leaf, custom)
                    if score > SIMILAR:
                        rank, how = (1, len(term.words), score), "similar"
            if rank is None:
                continue
            if term.matcher.name == "token" and not custom and _a_things_token(leaf, words):
                if words.parents:
                    if refused is None:
                        refused = (len(term.words), term, "a token under a thing names the thing", False)
                    continue
                term = replace(term, accepts=_NOT_AN_ID)
            if (
                term.matcher.name == "gender"
                and leading[-1:]
                and leading[-1] in k.A_PERSON
                and any(w in _FILTERS for parent in words.parents for w in parent)
            ):
                # `filters.tutor_gender`: whom the person would like to be matched with (4 labels of 4).
                if refused is None or len(term.words) >= refused[0]:
                    refused = (len(term.words), term, f"a filter on the {leading[-1]}'s {term.phrase}", True)
                continue
            # A term that names the person (`account holder`, `recipient`) is a person's wherever
            # it sits (`bank.accountHolder`).
            if term.matcher.person and not custom and term.words[-1] not in k.PERSON_NOUNS:
                theirs = _THEIRS.get(term.matcher.name, frozenset())
                if term.matcher.name == "disability" and not _WORKING_ANIMALS.isdisjoint(term.words):
                    theirs = theirs | _PETS
                verdict = _whose(
                    leading,
                    words,
                    unless_a_person=_bare_reason(term, words),
                    theirs=theirs,
                    also=_NOT_A_PERSONS.get(term.matcher.name, _NOBODYS),
                )
                if verdict:
                    if refused is None or len(term.words) >= refused[0]:
                        refused = (len(term.words), term, verdict, True)
                    continue
            if best is None or rank > best[0]:
                best = (rank, term, how)
            if (term.matcher.special_category or term.matcher.name in k.HEALTH_MATCHERS) and (
                sensitive is None or rank > sensitive[0]
            ):
                sensitive = (rank, term)
        # A term inside a longer one that the key's own words refused is refused with it:
        # `tipo_chave_pix` is the kind of a PIX key, not a PIX key. (A refusal by the path is the
        # longer term's alone: `bank_account.account_holder_name` is still the holder's.)
        if best is not None and not (
            refused is not None
            and not refused[3]
            and refused[0] > len(best[1].words)
            and _find(refused[1].words, best[1].words) >= 0
        ):
            flagged = sensitive[1] if sensitive is not None and sensitive[1] is not best[1] else None
            return KeyFacts(
                best[1].matcher, best[2], best[1].phrase, accepts=best[1].accepts, flagged=flagged
            )
        if refused is not None:
            return KeyFacts(
                None, refused=refused[1].matcher, refusal=refused[2], refused_by_context=refused[3]
            )
        return _NO_KEY

    def _similar(self, leaf: tuple[str, ...], phrase: str, term: _Term, raw: str, custom: bool) -> float:
        if custom:
            # The reference's own test: godice on the raw key, and on the normalised key.
            return max(dice(raw, term.phrase), dice(phrase, term.phrase))
        # For defaults, Dice only where the key is the term misspelt word for word (`phne number`),
        # never across different words that share letters (`visit type` is not `visa type`).
        if len(leaf) != len(term.words) or len(phrase) < 8:
            return 0.0
        known = self._normaliser.vocabulary
        # As for typos, only towards English words: `direction` is not a misspelt `direccion`.
        if not all(
            a == b or (a not in known and b not in self._foreign and _typo_of(a, b))
            for a, b in zip(leaf, term.words, strict=True)
        ):
            return 0.0
        return dice(phrase, term.phrase)

    def _correct_typos(self, leaf: tuple[str, ...]) -> tuple[str, ...]:
        changed = False
        out = []
        for word in leaf:
            if len(word) >= 5 and word not in self._normaliser.vocabulary:
                candidates = [
                    w
                    for size in (len(word), len(word) + 1)
                    for w in self._typo_words.get((word[0], size), ())
                    if _typo_of(word, w)
                ]
                if candidates:
                    word = min(candidates, key=lambda w: (OSA.distance(word, w), w))
                    changed = True
            out.append(word)
        return tuple(out) if changed else leaf

    # -- value evidence -----------------------------------------------------------------------

    def observe_message(self, message: dict[str, Any]) -> list[tuple[str, Observation]]:
        """An observation of every leaf of a Segment message, with its path (events.flatten),
        made as the message is walked: a string seen before and cached is one lookup.

        A `group` call's `traits.name` is the group's name, as Segment's spec defines it (a
        company, a team, a school): its words are an organisation's, not a person's, even when
        they are one word (`Zoho`) or a founder's surname.
        """
        self._sender = message.get("userId") or message.get("anonymousId") or ""
        observed = observe_leaves(message, self.observe, self._plain.get)
        self._sender = None
        if message.get("type") == "group":
            traits = message.get("traits")
            name = traits.get("name") if type(traits) is dict else None
            family = type(name) is str and names.household(name)
            observed = [(path, self._as_the_groups(path, obs, family)) for path, obs in observed]
        for section in ("properties", "traits"):
            fields = message.get(section)
            if type(fields) is dict and not _SIBLING_TRIGGERS.isdisjoint(fields):
                marks = _sibling_marks(section, fields)
                if marks:
                    observed = [
                        (path, self._obs(obs.kind, obs.value_matcher, marks[path]))
                        if path in marks and not obs.spread
                        else (path, obs)
                        for path, obs in observed
                    ]
        return observed

    def _spread(self, obs: Observation, value: str) -> Observation:
        """A phone number's, a bank account's or an e-mail address's observation with its spread
        (Observation.spread), inside a message."""
        sender = self._sender
        if sender is None:
            return obs
        if obs.value_matcher == "email":
            if obs.kind != v.STRING:
                return obs  # an address inside prose
            if names.names_a_mailbox(value):
                # A person's mailbox, however many senders' events carry it (a case's officer).
                return self._obs(obs.kind, obs.value_matcher, _NAMED)
        if type(sender) is not int:
            # Once per message, at its first spread value.
            sender = self._sender = zlib.crc32(str(sender).encode()) % SPREAD_BUCKETS
        number = zlib.crc32(value.encode()) % SPREAD_BUCKETS
        return self._obs(obs.kind, obs.value_matcher, _SPREADS[number][sender])

    def _as_the_groups(self, path: str, obs: Observation, family: bool) -> Observation:
        """A group call's datum about the group itself: its name is an organisation's, unless the
        group is a household named after its family (`Familie Krüger`: names.household); a trait a
        matcher would flag (`traits.phone`, `traits.address.city`) is the group's own unless a
        word of the path names a person (`traits.billing_contact.phone`)."""
        if path == "traits.name":
            return self._obs(v.ORG, None) if obs.kind in _WORDS and not family else obs
        if not path.startswith("traits.") or (
            obs.value_matcher is None and self.key_facts(path).matcher is None
        ):
            return obs
        words = self._normaliser.key_words(path)
        if any(w in k.A_PERSON for part in (words.leaf, *words.parents) for w in part):
            return obs
        return self._obs(v.GROUP, None)

    def observe(self, path: str, value: Any) -> Observation:
        if type(value) is str:
            # Most values repeat (library names, locales, user agents, page titles): one lookup,
            # valid for any path because words some key refutes are cached apart, with them.
            # Only values that matched nothing are kept, so nothing personal is.
            obs = self._plain.get(value)
            if obs is None:
                facts = self._facts.get(path) or self.key_facts(path)
                refutable = self._refutable.get(value)
                if refutable is not None:
                    lowered, obs = refutable
                    return self._enum if lowered in facts.refutes else obs
                obs = self._observe_string(value, facts)
            return obs
        if type(value) is int and 0 <= value < v.COUNT_BELOW:
            return self._count
        if (
            type(value) is float
            and (_BODY_HEAT[0] <= value <= _BODY_HEAT[1] or _BODY_HEAT[2] <= value <= _BODY_HEAT[3])
            and (self._facts.get(path) or self.key_facts(path)).temperature
        ):
            return self._body_heat
        return self._by_type.get(type(value)) or self._obs(v.OTHER, None)

    def _observe_string(self, value: str, facts: KeyFacts) -> Observation:
        if (
            facts.party
            and value.isdigit()
            and len(value) in _PHONE_DIGITS
            and (value[0] != "1" or len(value) == 11)
        ):
            return self._spread(self._obs(v.STRING, "phone"), value)  # as `+919906731181` is
        hit = self._scanner.scan(value)
        # A given or family name on its own is a person's in a search box only: never cached, as
        # its reading depends on the key (and so no name is kept).
        listed = hit is self._scanner.listed_name
        if listed and not facts.search:
            hit = v.PLAIN_WORD
        seen = self._by_hit.get(hit)
        if seen is None:
            seen = self._by_hit[hit] = self._hit_observations(hit)
        # Weak evidence (a bare digit card, an IPv4) does not count under an identifier's key.
        obs = seen[2] if facts.id_like and not (facts.weak_phones and hit.matcher == "phone") else seen[1]
        if obs.value_matcher in _SPREAD_MATCHERS:
            return self._spread(obs, value)
        if seen[3] and seen[0]:
            outcome = _OUTCOMES.get(value.strip().lower().replace("_", " ").replace("-", " "))
            if outcome is not None:
                obs = self._obs(obs.kind, None, outcome)
            elif "/" in value and _blood_pressure(value):
                obs = self._obs(obs.kind, None, _BLOOD_PRESSURE)
        if seen[0]:
            lowered = value.strip().lower()
            if lowered in self._refute_words:
                # Not in the plain cache: whether it is evidence depends on the key (`condition:
                # used`). A word that matched nothing is kept with the words it is refuted by.
                if seen[3] and not listed:
                    if len(self._refutable) >= 4_096:
                        self._refutable.clear()
                    self._refutable[value] = (lowered, obs)
                return self._enum if lowered in facts.refutes else obs
        # Ids, hashes and timestamps are unique per event: caching them would only evict the
        # values that do repeat. So are long digit runs, which a party's key reads as phones.
        if listed and not facts.search:
            return self._obs(obs.kind, None, _ALONE[zlib.crc32(value.encode()) % SPREAD_BUCKETS])
        if hit.kind == v.DATE and hit.matcher is None and (decade := _birth_decade(value)) is not None:
            return self._obs(v.DATE, None, decade)
        if seen[3] and self._typed_address is not None and v.typed_address(value.strip()):
            # Not cached either way: an address being typed under a search key, words elsewhere.
            return self._typed_address if facts.search else obs
        if seen[3] and not listed and not (hit.kind == v.NUMERIC and len(value) >= _PHONE_DIGITS.start):
            if len(self._plain) >= 65_536:
                self._plain.clear()
            self._plain[value] = obs
        return obs

    def _hit_observations(self, hit: v.ValueHit) -> tuple[bool, Observation, Observation, bool]:
        """Per hit, once: whether a key may refute it, its observation under other keys and under
        identifier keys, and whether values with this hit may be cached (matched nothing and
        not unique)."""
        return (
            hit.kind in (v.WORD, v.TEXT, v.STRING),
            self._obs(hit.kind, hit.matcher),
            # (A word that names its datum, `hindu` or `KSML`, is as much one under `meal_code`.)
            self._obs(hit.kind, None if hit.weak and hit.kind != v.WORD else hit.matcher),
            hit.matcher is None and hit.kind not in _UNIQUE_KINDS,
        )

    def _obs(self, kind: str, matcher: str | None, spread: str = "") -> Observation:
        # Interned: a few hundred distinct observations cover every value, and ingest keeps them.
        key = (kind, matcher, spread)
        obs = self._observations.get(key)
        if obs is None:
            obs = self._observations[key] = Observation(kind, matcher, spread)
        return obs

    # -- weighing -----------------------------------------------------------------------------

    def recommend(self, path: str, evidence: Evidence) -> Recommendation:
        rec = self._weigh(path, evidence)
        if rec.matcher in _SPREAD_MATCHERS and _a_business_line(evidence.counts, rec.matcher != "email"):
            return Recommendation("green", None, None, 0.0, _SPREAD_MATCHERS[rec.matcher])
        return rec

    def _weigh(self, path: str, evidence: Evidence) -> Recommendation:
        counts = evidence.counts
        total = counts["n"]
        seen = total - counts["kind:" + v.NULL] - counts["kind:" + v.EMPTY]
        facts = self.key_facts(path)
        by_value = self._value_recommendation(counts, seen, facts)
        key = facts.matcher
        if key is not None:
            if seen <= 0:
                return Recommendation(
                    key.classification,
                    key.name,
                    "key",
                    0.0,
                    f"key matches '{key.name}' ({facts.how}); no values seen yet",
                )
            beside = _NOT_THE_PERSONS.get(key.name, ())
            for context, whose in beside:
                if counts[context] >= KEY_CONFIRM_SHARE * seen and not any(
                    w in k.A_PERSON for w in self._normaliser.key_words(path).leaf
                ):
                    return Recommendation(
                        "green", None, None, 0.0, f"key matches '{key.name}' but its values are {whose}"
                    )
            stated = counts["value:" + key.name]
            if facts.term in CHOICES and stated * CHOICE_SHARE >= seen:
                return _on_key(
                    key,
                    stated,
                    seen,
                    f"key matches '{key.name}' ({facts.how}); {stated} of {seen} values, choices among "
                    "others, state it",
                )
            if facts.accepts is None:
                accepted = seen
            else:
                accepted = max(
                    sum(counts["kind:" + kind] for kind in facts.accepts), counts["value:" + key.name]
                )
            share = min(accepted / seen, 1.0)
            if (
                share >= KEY_CONFIRM_SHARE
                and key.name == "credit card"
                and self._not_card_numbers(path, facts, counts, seen)
            ):
                # `card_number: "21009741450243"`: a library's, a store's or a transit card, which
                # the business issues (policy: green, like a member number).
                return Recommendation(
                    "green",
                    None,
                    None,
                    0.0,
                    f"key looks like '{key.name}' but {counts[_KIND_KEYS[v.NUMERIC]]} of {seen} values are "
                    "digit strings no payment card number could be (they fail its checksum)",
                )
            if share >= KEY_CONFIRM_SHARE:
                if by_value is not None and (
                    _SEVERITY[by_value.classification] > _SEVERITY[key.classification]
                    or _values_say_what(by_value, key, counts, seen)
                ):
                    return by_value
                return Recommendation(
                    key.classification,
                    key.name,
                    "key",
                    round(share, 4),
                    f"key matches '{key.name}' ({facts.how}); {accepted} of {seen} values fit",
                )
            if by_value is not None:
                return by_value
            flagged = _flagged(facts.flagged, counts, seen)
            if flagged is not None:
                return flagged
            links = counts[_KIND_KEYS[v.URL]]
            if key.name in _DOCUMENTS and "photo" in self._by_key_name and links / seen >= KEY_CONFIRM_SHARE:
                # `ine_front_url`, `foto_ktp_url`: links to a scan of the document, a picture of it.
                return _on_key(
                    self._by_key_name["photo"],
                    links,
                    seen,
                    f"key matches '{key.name}' ({facts.how}); {links} of {seen} values link to its picture",
                )
            kind, count = _dominant_kind(counts, facts.accepts)
            return Recommendation(
                "green",
                None,
                None,
                0.0,
                f"key looks like '{key.name}' but {count} of {seen} values are {_KIND_WORDS.get(kind, kind)}",
            )
        if by_value is not None:
            return by_value
        results = self._results(path, counts, seen)
        if results is not None:
            return results
        for context, name, what in _THE_PERSONS:
            beside = counts[context]
            if beside and beside >= KEY_CONFIRM_SHARE * seen and name in self._by_key_name:
                return _on_key(
                    self._by_key_name[name], beside, seen, f"{beside} of {seen} values are sent beside {what}"
                )
        homes = counts[_AT_A_HOME]
        if facts.refused is not None and homes >= KEY_CONFIRM_SHARE * seen:
            return _on_key(
                facts.refused,
                homes,
                seen,
                f"key looks like '{facts.refused.name}' and {homes} of {seen} values are sent beside an "
                "alarm's, an installer's or a meter's details: the customer's premises",
            )
        if facts.refused is not None:
            return Recommendation("green", None, None, 0.0, facts.refusal)
        if facts.relay is not None and counts["value:" + facts.relay]:
            return Recommendation("green", None, None, 0.0, _RELAYS[facts.relay])
        if facts.firms and counts["value:name"]:
            return Recommendation(
                "green", None, None, 0.0, "the key names an organisation: the names in it are firms'"
            )
        return Recommendation("green", None, None, 0.0, "no matcher fired on the key or the values")

    def _results(self, path: str, counts: Counter, seen: int) -> Recommendation | None:
        """Someone's test results or readings, whatever the key says: every value a blood
        pressure (_BLOOD_PRESSURE), or a test's outcome with positive ones and negative ones
        (_OUTCOMES) under a key that is not a feeling's."""
        if 0 < seen <= counts[_BLOOD_PRESSURE] and "condition" in self._by_key_name:
            return _on_key(
                self._by_key_name["condition"],
                seen,
                seen,
                f"{seen} of {seen} values are blood pressure readings",
            )
        positive, negative = counts["outcome:+"], counts["outcome:-"]
        if (
            not positive
            or not negative
            or positive + negative + counts["outcome:?"] < seen
            or "diagnosis" not in self._by_key_name
            or not _FEELINGS.isdisjoint(self._normaliser.key_words(path).leaf)
        ):
            return None
        return _on_key(
            self._by_key_name["diagnosis"],
            seen,
            seen,
            f"{seen} of {seen} values are a test's outcomes, {positive} positive and {negative} negative",
        )

    def _not_card_numbers(self, path: str, facts: KeyFacts, counts: Counter, seen: int) -> bool:
        """Whether a card's number (not its security code) is mostly digits that fail Luhn, under
        a key that names no other card (`fuel_card_number`, `drivers_licence.card_number`)."""
        digits = counts[_KIND_KEYS[v.NUMERIC]]
        if (
            "number" not in facts.term.split()
            or counts["value:credit card"] * 2 >= digits
            or digits < KEY_CONFIRM_SHARE * seen
        ):
            return False
        words = self._normaliser.key_words(path)
        if not set(words.leaf) - set(facts.term.split()) <= _SAME_CARD:
            return False
        if not words.parents:
            return True
        # Under a person (`guardian.card_number`) it is still their library card; under a licence,
        # the licence's.
        parent = self.key_facts(path.rsplit(".", 1)[0].removesuffix("[]")).matcher
        return parent is None or parent.name == "name"

    def _value_recommendation(self, counts: Counter, seen: int, facts: KeyFacts) -> Recommendation | None:
        if seen <= 0:
            return None
        whole: dict[str, int] = {}
        inside: dict[str, int] = {}
        # Health and disability told in most of a field's sentences, between them (`Low vision,
        # please…`, `…from my therapist (PTSD)`): under a key that says nothing, the special
        # categories' words count together (a health key's own datum stays its type).
        told = (
            facts.matcher is None
            and sum(counts["text:" + name] for name in _TOLD) >= KEY_CONFIRM_SHARE * seen
        )
        for name in self._by_value_name:
            hits = counts["value:" + name]
            # A sex alone says whose only where the key says nothing else: not a pet's, nor a
            # preferred therapist's (25 labels of 25).
            if name == "sex" and (facts.matcher is not None or facts.refused is not None):
                continue
            if facts.advertised and name in self._what_they_are:
                continue
            if facts.firms and name in _NAMES_A_PERSON:
                continue
            if hits and name != facts.relay:
                in_text = counts["text:" + name]
                # A value matcher that repeats what a refused key said (`store.phone`) adds nothing,
                # unless whole values name their person (`context.device.name: "Zoe's iPhone"`);
                # a name in a hotel's description is still the hotel's.
                if (
                    facts.refused_by_context
                    and facts.refused is not None
                    and _FAMILY.get(facts.refused.name, facts.refused.name) == _FAMILY.get(name, name)
                    and (name not in _NAMES_A_PERSON or hits == in_text)
                ):
                    continue
                if hits - in_text:
                    whole[name] = hits - in_text
                # A name in most values, whole in some and inside a sentence in others (`Isla
                # Hughes`, `Isla Hughes (you)`), is there as much as in free text alone.
                if in_text and (
                    name not in _IN_MOST_VALUES
                    or in_text / seen >= KEY_CONFIRM_SHARE
                    or hits / seen >= VALUE_SHARE
                    or (told and name in _TOLD)
                ):
                    inside[name] = in_text
        # Values typed more loosely beside ones that validate: phone numbers without their
        # country code (`+254791320440`, `0792085215`), a searched surname beside full names
        # (`Wójcik`, `Michał Nowak`). Where a third of the values validate, the loose ones count.
        # Names typed alone in a search box are evidence themselves, not the validated names that
        # vouch for the words beside them (`Mokotów` beside `metro`).
        vouching = dict(whole, name=whole.get("name", 0) - counts[_KIND_KEYS[v.LISTED]])
        # (Digit strings that validate themselves, `2348169507467`, are counted once.)
        loose = {
            name: min(counts[_KIND_KEYS[kind]], seen - whole.get(name, 0))
            for name, (kind, _) in _LOOSE_FORMS.items()
            if vouching.get(name, 0) >= _LOOSE_AMONG * seen
        }
        whole_total = sum(whole.values()) + sum(loose.values())
        if whole and (
            whole_total / seen >= VALUE_SHARE
            # What a search box looks up: a person by name or by number, half the time (where no
            # value tells of them in a sentence: that reading, below, says more).
            or (facts.search and not inside and whole_total / seen >= KEY_CONFIRM_SHARE)
            or (facts.file_name and whole.get("name", 0) / seen >= _NAMED_FILES_SHARE)
        ):
            name = max(whole, key=lambda n: (whole[n], _SEVERITY[self._by_value_name[n].classification]))
            matcher = self._by_value_name[name]
            extra = loose.get(name, 0)
            also = f" and {extra} more are {_LOOSE_FORMS[name][1]} like them" if extra else ""
            others = sorted(n for n in whole if n != name)
            if facts.search and others:
                also += f"; more validate as {', '.join(others)}: what a search box looks people up by"
            share = min((whole[name] + extra) / seen, 1.0)
            told = (
                f"{whole[name]} of {seen} readings lie in a body's temperature range"
                if facts.temperature and name == "condition"
                else f"{whole[name]} of {seen} values validate as {name}{also}"
            )
            return Recommendation(matcher.classification, name, "value", round(share, 4), told)
        named, spread = _buckets(counts, _ALONE)
        # A form's answers to its contact questions, one field a value (`fields[].value`: `Ayesha`,
        # `Dahan`, `ayesha.d@…`, `+972…`): names typed alone count with the rest.
        if (
            whole
            and facts.answers
            and facts.refused is None
            and (whole_total + named) / seen >= VALUE_SHARE
            and spread >= ALONE_BUCKETS // 2
        ):
            return _on_values(
                self._by_value_name[max(whole, key=whole.__getitem__)],
                whole_total + named,
                seen,
                f"{whole_total} of {seen} values validate as {', '.join(sorted(whole))} and {named} more "
                "are names typed alone: a form's answers about a person",
            )
        inside_total = sum(inside.values())
        if inside and (inside_total / seen >= TEXT_SHARE or inside_total >= TEXT_MIN_HITS):
            # The most severe, then the one most values carry, whole or in text.
            name = max(
                inside,
                key=lambda n: (_SEVERITY[self._by_value_name[n].classification], inside[n] + whole.get(n, 0)),
            )
            matcher = self._by_value_name[name]
            found = inside[name] + whole.get(name, 0)
            return Recommendation(
                matcher.classification,
                name,
                "value",
                round(found / seen, 4),
                f"{found} of {seen} values are or contain {name}"
                if name in whole
                else f"{inside[name]} of {seen} free-text values contain {name}",
            )
        if facts.answers and facts.matcher is None and facts.refused is None:
            dated, decades = _buckets(counts, _BORN.values())
            if dated / seen >= VALUE_SHARE and decades >= BIRTH_DECADES:
                return _on_values(
                    self._by_key_name["birthdate"],
                    dated,
                    seen,
                    f"{dated} of {seen} values are dates over {decades} decades before {BORN_BEFORE}: births",
                )
        if facts.refused is None and named / seen >= VALUE_SHARE and spread >= ALONE_BUCKETS:
            return _on_values(
                self._by_value_name["name"],
                named,
                seen,
                f"{named} of {seen} values are different people's names, each typed alone",
            )
        return None


def _birth_decade(value: str) -> str | None:
    """The `born:<decade>` bucket of an ISO (`1961-04-09`) or a day-first (`09/04/1961`) date before
    BORN_BEFORE, or None: nothing of the date but its decade survives."""
    if value[4:5] == "-":
        year = value[:4]
    elif value[2:3] in ("/", ".", "-") and value[5:6] == value[2:3]:
        year = value[6:10]
    else:
        return None
    return _BORN.get(year[:3]) if year.isdigit() else None


def _sibling_marks(section: str, fields: dict[str, Any]) -> dict[str, str]:
    """The paths of a message's properties or traits whose keys the keys beside them explain,
    and their context (_BESIDE_AN_ANIMAL, _BESIDE_AN_INSURER, _BESIDE_A_SEARCH, _BESIDE_A_THING,
    _BESIDE_A_BILLER, _BESIDE_A_VEHICLE, _AT_A_HOME, _IN_A_WALLET, _BESIDE_A_TRANSFER, _ABOUT_A_BODY,
    _A_SCREENINGS)."""
    words: set[str] = set()
    for key in fields:
        words.update(_key_words(key))
    marks: dict[str, str] = {}
    if section == "properties" and ("breed" in fields or "species" in fields):
        for key, value in fields.items():
            marks[f"{section}.{key}[]" if type(value) is list else f"{section}.{key}"] = _BESIDE_AN_ANIMAL
    if not _INSURANCE_WORDS.isdisjoint(words):
        marks.update(
            dict.fromkeys(
                (f"{section}.{key}" for key in _MEMBER_KEYS.intersection(fields)), _BESIDE_AN_INSURER
            )
        )
    if "city" in fields and not _SEARCH_OR_LISTING_WORDS.isdisjoint(words):
        marks[f"{section}.city"] = _BESIDE_A_SEARCH
    if "nickname" in fields and not _THING_WORDS.isdisjoint(words):
        marks[f"{section}.nickname"] = _BESIDE_A_THING
    for keys, any_of, all_of, context in _BESIDE_WORDS:
        found = keys.intersection(fields)
        if found and not any_of.isdisjoint(words) and all(w in words for w in all_of):
            marks.update(dict.fromkeys((f"{section}.{key}" for key in found), context))
    accounts = _ACCOUNT_KEYS.intersection(fields)
    if accounts and not _BILLER_WORDS.isdisjoint(words) and _BANK_WORDS.isdisjoint(words):
        marks.update(dict.fromkeys((f"{section}.{key}" for key in accounts), _BESIDE_A_BILLER))
    if any(
        type(name := fields[key]) is str
        and (_NOT_ALNUM.sub("", name.lower()) in _SCREENING_INSTRUMENTS or name in _SCREENING_WORDS)
        for key in _SCREENING_KEYS.intersection(fields)
    ):
        for key, value in fields.items():
            if type(value) is dict or _SCREENING_RESULTS.isdisjoint(_key_words(key)):
                continue
            if type(value) is not list:
                marks[f"{section}.{key}"] = _A_SCREENINGS
                continue
            marks[f"{section}.{key}[]"] = _A_SCREENINGS
            # Each answer's score or value (`answers[].score`, `responses[].value`).
            for item in value:
                if type(item) is dict:
                    for part in item:
                        if not _ANSWERED.isdisjoint(_key_words(part)):
                            marks[f"{section}.{key}[].{part}"] = _A_SCREENINGS
    return marks


@lru_cache(maxsize=4_096)
def _key_words(key: str) -> frozenset[str]:
    return frozenset(k.split_words(key))


def _a_business_line(counts: Counter, chains: bool) -> bool:
    """Whether a path's spread values are the same few in many senders' events. `chains`: a
    chain's many lines count too (phone numbers, bank accounts), not only its few (e-mail)."""
    numbers = senders = seen = 0
    for key, count in counts.items():
        if count and key.startswith("number:"):
            numbers += 1
            seen += count
        elif count:
            senders += key.startswith("sender:")
    if senders < BUSINESS_LINE_SENDERS or counts[_NAMED] >= seen:
        return False
    # The buckets as many different numbers would fill: 23 of them fill 12.7 of 16 on average,
    # and by chance as few as 9, which is still far more than a chain's few lines fill. Six
    # people's addresses may fill three by chance: the few must be far fewer than that.
    distinct = SPREAD_BUCKETS * (1 - (1 - 1 / SPREAD_BUCKETS) ** seen)
    if 0 < numbers <= BUSINESS_LINE_NUMBERS and numbers * 2 <= distinct:
        return True
    # A chain's lines (a hotel group's, a clinic network's): far fewer numbers than senders, and
    # than so many calls' numbers would be if each were different.
    return chains and senders >= BUSINESS_LINES_SENDERS and 0 < numbers * 5 <= min(senders, distinct) * 3


def _flagged(term: _Term | None, counts: Counter, seen: int) -> Recommendation | None:
    """A flag whose key holds a sensitive term besides its head says the person has it: a
    veteran's plate, a disabled person's permit (`IsVeteranPlateHolder: true`)."""
    if term is None or term.accepts is None or v.BOOL not in term.accepts:
        return None
    flags = counts[_KIND_KEYS[v.BOOL]] + counts[_KIND_KEYS[v.BOOLSTR]]
    if flags < KEY_CONFIRM_SHARE * seen:
        return None
    return _on_key(
        term.matcher,
        flags,
        seen,
        f"key holds '{term.phrase}' and {flags} of {seen} values are flags: whether the person has it",
    )


def _buckets(counts: Counter, keys: Iterable[str]) -> tuple[int, int]:
    """How many values fell into these spread buckets (Observation.spread), and into how many."""
    found = [counts[key] for key in keys]
    return sum(found), sum(1 for count in found if count)


def _on_values(matcher: Matcher, found: int, seen: int, reason: str) -> Recommendation:
    """A recommendation by value, `found` of `seen` values bearing it."""
    return Recommendation(
        matcher.classification, matcher.name, "value", round(min(found / seen, 1.0), 4), reason
    )


def _on_key(matcher: Matcher, found: int, seen: int, reason: str) -> Recommendation:
    """A key matcher's recommendation, `found` of `seen` values bearing it out."""
    return Recommendation(
        matcher.classification, matcher.name, "key", round(min(found / seen, 1.0), 4), reason
    )


def _values_say_what(by_value: Recommendation, key: Matcher, counts: Counter, seen: int) -> bool:
    """Whole values of a shape nothing else has say better than the key what the field holds:
    `userName: "quang.tran@…"` is an e-mail, a map `pin: "47.08,-73.11"` a location. So is a
    national id under a card's key: India's PAN (`donor_pan: "ABCPD1234E"`) is not a card's."""
    name = by_value.matcher
    return (
        (name in _SHAPE_SAYS_WHAT or (name == "national id" and key.name == "credit card"))
        and name != key.name
        and counts["value:" + name] - counts["text:" + name] >= VALUE_SHARE * seen
    )


def _a(word: str) -> str:
    """The word with its indefinite article, for reasons: `an outfitter`, `a facility`, `a unit`."""
    vowel = word[:1] in "aeiou" and not word.startswith(("uni", "use", "usu", "eu", "one"))
    return ("an " if vowel else "a ") + word


def _refusal(
    term: _Term, source: tuple[str, ...], leading: tuple[str, ...], trailing: tuple[str, ...]
) -> tuple[str, bool, bool] | None:
    """Why the words around a default term found inside a key make it not the datum, or None.

    Returns (reason, refused by the path's context, kept only over a shorter term's refusal).
    """
    if not _ISSUED.isdisjoint(source):
        # `rg_issuer`, `IssuingCity`, `issuer_name`: who or where issued a document or a card.
        return f"the key describes who issued the {term.phrase}", False, True
    if term.words == ("cap",) and leading[-1:] == ("noi",):
        # Vietnamese `noi_cap` (nơi cấp): the authority that issued an identity card, not an
        # Italian postcode (CAP): four labels of four.
        return "the key describes who issued a document", False, True
    if term.matcher.name == "race" and (trailing[:1] == ("day",) or leading[-1:] in (("time",), ("total",))):
        # `age_on_race_day`, `LIFETIME_RACES`: a running race's day, and how many someone ran.
        return "the key is about a race someone runs, not their race", False, True
    if leading[-2:] == ("as", "per") and len(leading) > 2:
        # `dob_as_per_pan`, `address_as_per_aadhaar`: the datum as a document prints it.
        return f"the key names the document its datum is copied from, not the {term.phrase}", False, True
    if term.matcher.name == "citizenship" and leading[-1:] == ("senior",):
        # `senior_citizen: true`: an age group that earns a discount or a tax allowance.
        return "a senior citizen is an age group, not a nationality", False, True
    if term.matcher.name == "photo" and not _DIGESTS.isdisjoint(trailing):
        # `pod_photo_sha256`: a file's checksum proves which file it was; no one is in it (2 labels
        # of 2). A hashed e-mail or phone number is still its holder's: matched, it names them.
        return "a photo's checksum identifies the file, not a person", False, True
    if term.matcher.name == "phone" and trailing[-1:] in (("ext",), ("extension",)):
        # `phoneExtension: "204"`, `driver.phone_ext`: an office switchboard's extension, not a
        # number anyone can be reached on alone (2 labels of 2; bare `extension`s are green too).
        return "an extension is a switchboard's, not a phone number", False, True
    if term.words == ("qid",) and trailing[:1] and trailing[0].isdigit():
        # Qualtrics numbers a survey's questions `QID4`, `QID4_TEXT`: Qatar's ID is a bare `qid`.
        return "the key numbers a survey's question, not a Qatari ID", False, True
    if term.matcher.name == "phone" and _relay((*leading, *term.words)) == "phone":
        # `proxy_phone`, `masked_phone`: the number a platform puts between two people (3 labels of
        # 3, as a `proxy_number`'s values already were); a proxy's own phone (`proxy.phone`) is theirs.
        return _RELAYS["phone"], False, True
    if term.matcher.name == "license" and not _ORGANISATIONS.isdisjoint(leading):
        # `agency_licence_no`, `company_licence_no`: a licence a business trades under (4 labels
        # of 4), not a driver's or a professional's.
        return "the key names a licence an organisation holds", False, True
    if term.matcher.name == "birthdate" and trailing[-1:] in (("from",), ("to",)):
        # `birth_year_from`, `birth_year_to`: a genealogy search's range (4 labels of 4).
        return "the key bounds a search's range of births, not someone's birth", False, True
    if leading[-2:] == ("find", "my"):
        # `find_my_disabled`: Apple's Find My, a device finder's setting (2 labels of 2).
        return "Find My is a device finder, not the person's datum", False, True
    if term.matcher.name == "bank account" and trailing[:1] == ("copia",):
        # `pix_copia_e_cola`: a Pix payment request's copy-and-paste code (an EMV payload the
        # payee generates for one charge), not the payer's Pix key (3 labels of 3).
        return "a Pix copy-and-paste code is a payment request, not a person's key", False, True
    if term.matcher.name == "bank account" and not _TRANSACTION.isdisjoint(trailing):
        # `pix_txid`, `pix_e2eid`: one transfer's id, which the banks issue, not the
        # payer's key (2 labels of 2).
        return "the key names one transfer, not the account", False, True
    if term.matcher.name == "bank account" and "virtual" in leading:
        # Indonesia's, Korea's and Japan's virtual accounts: a number the merchant's bank issues
        # for one payment into the merchant's account (2 labels of 3).
        return "a virtual account is the merchant's, issued for one payment", False, True
    if term.matcher.name == "bank account" and leading[-1:] == ("loan",):
        # `loan_account_no`: the lender's number for a loan, as a customer number (6 labels of 9).
        return "a loan account is the lender's number for the loan, not a bank account", False, True
    if (
        term.words == ("last",)
        and leading
        and not trailing
        and not all(w in k.A_PERSON or w in _NAME_PARTS or w in _NAME_WORDS for w in leading)
    ):
        # `KTV_LAST`, `glucose_last`: the latest reading of what it follows, not a family name
        # (`contact_last`, `name_last` are).
        return "the key's 'last' is the latest of what it follows, not a family name", False, True
    if term.words == ("last",) and trailing and (trailing[0].isdigit() or trailing[0] in ("four", "digits")):
        # `aadhaar_last4`, `sss_last_4`: a number's last digits, not a family name.
        return "the key counts a number's last digits, not a family name", False, True
    if term.matcher.name in _PARTIAL_IS_NOT_IT and not _PARTIAL.isdisjoint(source):
        # `card_last4`, `maskedPan`, `iban_last4`, `email_masked`: receipts print the last four
        # digits and a masked number; PCI DSS does not count them as card data. A key's last four
        # (`api_key_last4`) tell which key it was and open nothing. (An SSN's last four still
        # identify a person in the US, and a masked Aadhaar or NRIC is still the person's: those
        # matchers are not in the set.)
        return f"a partial or masked {term.matcher.name} is not the {term.matcher.name}", False, True
    if term.matcher.name in _DOCUMENTS and leading in _A_STATUS and not trailing:
        # `statusCurp`, `estado_rfc`: a document's check's outcome, its words in Spanish order.
        return f"the key describes the {term.phrase}'s status, not the {term.phrase} itself", False, True
    if not (
        all(
            w in k.VALUE_SUFFIX or w in k.WRITTEN_IN or w in k.COUNTRIES_AFTER or w.isdigit()
            for w in trailing
        )
        # A document's or a prescription's reference is its number: `prescription_ref`,
        # `police_vet_ref`, `nvb_reference`.
        or (term.matcher.name in _REFERENCED and trailing in (("ref",), ("reference",)))
        # Where the person lives or was born: `city_of_residence`, `town_of_birth`.
        or (len(trailing) == 2 and trailing[0] == "of" and trailing[1] in _LIVED_OR_BORN)
        or (len(trailing) == 2 and trailing[0] == "at" and trailing[1] in _MOMENTS)
        # `wheelchair_access_required`: what the person needs (a form's `…_required` is a setting).
        or (
            term.matcher.special_category
            and not any(w in k.ABOUT_A_QUESTION and w not in ("required", "needed") for w in trailing)
        )
        or (
            term.matcher.name in k.HEALTH_MATCHERS
            and (
                all(w in k.HEALTH_DETAIL or w in k.VALUE_SUFFIX or w.isdigit() for w in trailing)
                # What it comes with narrows it: `ideation_with_plan`, `asthma_with_inhaler`;
                # a questionnaire asks about two at once: `epilepsy_or_seizures`, `hiv_and_hepatitis`;
                # where or when it is needed: `needsMedicationAtSchool`, `life_support_at_address`
                # (not a bare `condition_at_pickup`: a moved sofa's).
                or trailing[:1] in (("with",), ("or",), ("and",))
                or (trailing[:1] in (("at",), ("during",)) and term.words != ("condition",))
                # A history names what it is of: `family_history_mtc`, `family_history_glaucoma`.
                or term.words[-1] == "history"
            )
        )
        # Whose it is, written after it: `naam_begunstigde`, `email_customer`.
        or all(w in k.A_PERSON for w in trailing)
        # Which ear or eye it is for: `SerialNumberLeft`, a hearing aid's in the left ear.
        or all(w in _BODY_SIDES for w in trailing)
        # Where it is written: `name_on_card`, `dob_on_document`, `email_on_file`,
        # `name_as_per_aadhaar`; where it holds: `rightToWorkInUk`; what pay is for and a range's
        # end: `pay_rate_per_game`, `salary_from`.
        or trailing[:1] in (("on",), ("in",))
        or trailing[:2] == ("as", "per")
        # A term that ends in its preposition takes what follows: `allergic_to_cats`.
        or term.words[-1] in ("per", "to")
        or (
            term.matcher.name == "salary"
            and (trailing[:1] in (("per",), ("from",)) or all(w in _PAY_SPAN for w in trailing))
        )
        or (trailing == ("code",) and term.matcher.name in _CODED)
        # A permit's kind or status is the person's immigration status (`work_permit_type`,
        # `WorkAuthorizationStatus`, as `visa_type`: 69 labels of 76 across the read corpora).
        or (
            term.matcher.name == "visa"
            and all(w in _PERMIT_DETAIL or w in _WHERE_PERMITS_HOLD for w in trailing)
        )
        # A picture of it: `licence_front_url`, `SelfieImageUrl`, `shenfenzheng_zhengmian_url`.
        or (
            (term.matcher.name in _DOCUMENTS or term.matcher.name == "photo")
            and all(w in _PICTURE_OF or w in _SIDES for w in trailing)
            and not _PICTURE_OF.isdisjoint(trailing)
        )
    ):
        if not term.head_initial or any(w in languages.ABOUT_IT or w in k.ABOUT_A_QUESTION for w in trailing):
            return (
                f"the key describes the {term.phrase} ({' '.join(trailing)}), not the {term.phrase} itself",
                False,
                True,
            )
        thing = next((w for w in trailing if w in k.NOT_A_PERSON and w not in k.A_PERSON), "")
        if thing:
            return f"'{thing}' says the field describes {_a(thing)}, not a person", True, False
    if term.matcher.name == "gender" and leading[-1:] in (("rank",), ("place",), ("position",)):
        # `place_gender: 12`, `rank_gender`: where a runner finished among their gender's, a
        # results list's number.
        return "the key ranks within a gender's category", False, True
    if term.matcher.name == "gender" and len(leading) >= 2 and leading[0] in _PREFERRED:
        # `preferred_coach_gender`, `preferredHousemateGender`: whom the person would like to be
        # matched with (seven labellers of seven), not their own.
        return (
            f"the key says which {leading[-1]} the person would like, not their own {term.phrase}",
            False,
            True,
        )
    if (
        term.matcher.name == "name"
        and leading[-1:] in (("to",), ("for",))
        and leading[-2:-1]
        and leading[-2] in _MESSAGES
    ):
        # `note_to_stylist`, `notes_for_shopper`, `question_for_speaker`: what the person writes
        # to someone, not a name.
        return f"the key is a message to the {term.phrase}, not their name", False, True
    if term.matcher.name in k.HEALTH_MATCHERS and any(w in _CONSENT for w in leading):
        # `consent_to_treatment`, `consent_otc_meds`: a parent's or a patient's permission, asked
        # of everyone alike (four labellers of four).
        return f"the key is a consent to {term.phrase}, not a health datum", False, True
    if term.matcher.name == "condition" and any(w in _TERMS_AND_CONDITIONS for w in leading):
        # `accepte_conditions`, `accepted_terms_and_conditions`: the site's terms.
        return "the key is about terms and conditions", False, True
    if term.matcher.name == "city" and leading == ("to",):
        # `ToCity`: where a call or a trip goes (Twilio's called number's city; 7 labels of 7),
        # not `ship_to_city`.
        return "the city it goes to is not the person's", False, True
    if term.words[-1:] in (("animal",), ("dog",)) and trailing[:1] == ("name",):
        # `serviceAnimalName`: the animal's name (3 labels of 3); that it exists is the datum.
        return f"the {term.phrase}'s name is the animal's", False, True
    if term.words == ("surgery",) and leading[-1:] in (("gp",), ("doctors",), ("dental",), ("vet",)):
        # `gp_surgery`: a British family doctor's practice, named (6 labels of 6).
        return f"{_a(leading[-1])} surgery is a practice, not a procedure", False, True
    if term.matcher.name == "credit card" and leading and leading[-1] in _NOT_PAYMENT_CARDS:
        # `loyalty_card_number`, `library_card_number`: a card the business issues, like a member
        # number (policy: green). A gift card's number spends money like a card and stays.
        return f"{_a(leading[-1])} card is not a payment card", False, True
    if term.matcher.name == "bank account":
        business = next((w for w in leading if w in _BUSINESS_ACCOUNTS), "")
        if business:
            # `merchant_vpa`, `retailer_account_number`, `hospital_account_iban`: where the money
            # goes to a business (six labellers of six).
            return f"{_a(business)}'s account is a business's, not a person's", True, True
    if term.matcher.name == "license" and leading and leading[-1] in _BUSINESS_LICENCES:
        return f"{_a(leading[-1])} licence is a business's, not a person's", True, True
    if term.words == ("account", "number") and leading and leading[-1] in _BILLERS:
        return (
            f"{_a(leading[-1])} account number is a customer's number there, not a bank account",
            False,
            True,
        )
    if term.matcher.name == "serial" and not _VOUCHERS.isdisjoint(leading):
        # `voucher_serial`: the number printed on a gift or benefit voucher (2 labels of 2).
        return "a voucher's serial numbers the voucher, not a person's device", False, True
    if term.matcher.name in ("mac", "ip", "serial") and leading and leading[-1] in _EQUIPMENT:
        # `ap_mac`, `TerminalSerial`, `panel_ip`: a venue's access point, card terminal or door
        # panel (a home's router, hub or lock is its household's).
        return f"'{leading[-1]}' says the {term.phrase} is a business's equipment", True, True
    if term.words[0] == "custody" and leading[-2:] == ("chain", "of"):
        # `ChainOfCustodyNo`: a sample's or an exhibit's handling record, not a person in custody.
        return "a chain of custody is a sample's record, not a person's", False, True
    if term.matcher.name == "token" and leading[-1:] in (("prior",), ("pre",)):
        # `prior_auth_number`, `PreAuthNumber`: an insurer's approval of a treatment, quoted on
        # claims (5 labels of 5).
        return "a prior authorisation is an insurer's approval, not a credential", False, True
    if term.words == ("auth",) and trailing[:1] in (("number",), ("no",)):
        # `authNumber`: the number of an approval (a card payment's, an insurer's), not a credential.
        return "an authorisation's number is an approval's reference, not a credential", False, True
    if term.words[-1] == "token" and leading and leading[-1] in k.SALE and leading[-1] != "purchase":
        # (A store's `purchase_token` — Google Play's — proves a purchase to the server like a
        # credential: 5 labels of 6 red.)
        return f"{_a(leading[-1])}'s token identifies the {leading[-1]}, not a person's session", False, True
    # `relationship_to_cardholder`: how someone is related to the cardholder, a picklist.
    kind = leading[:-1] if leading[-1:] == ("to",) else leading
    if (
        kind
        and kind[-1] in k.WHICH_KIND
        and not term.matcher.special_category
        and term.matcher.name not in k.HEALTH_MATCHERS
        # (A permit's kind is the immigration status: `tipo_visa`, `typeTitreSejour`.)
        and term.matcher.name != "visa"
    ):
        # `tipo_conta`, `type_of_id`: which kind of the datum, a picklist (not so for health:
        # `tipo_alergia` is the allergy).
        return f"the key gives the kind of {term.phrase}", False, True
    # `time_at_address_months`: how long someone has lived there.
    counted = [w for w in leading if w in k.HOW_LONG] or (["time"] if leading[-2:] == ("time", "at") else [])
    if (
        counted
        and k.WHICH_YEAR.isdisjoint(leading)
        and term.phrase not in HEALTH_MEASURES
        and not (term.matcher.name == "salary" and (counted == ["total"] or leading[-2:] == ("to", "date")))
    ):
        # `years_at_address`, `months_licensed`: how long, not the datum (`weeks_pregnant` is);
        # `total_earnings` and `YearToDateEarnings` are the pay.
        return f"the key measures the {term.phrase} ({' '.join(leading)})", False, True
    return None


def _relay(leaf: tuple[str, ...]) -> str | None:
    """A number a platform puts between two people so neither sees the other's (`ProxyNumber`,
    `courier_proxy_number`, `masked_number`; PIX's `proxyValue` is the payee's own key), or the
    mailbox a sender asks replies to go to (`reply_to`: a business's, 5 labels of 6)."""
    if leaf[:2] == ("reply", "to"):
        return "email"
    if (
        "masked" in leaf
        or "masking" in leaf
        or any(w == "proxy" and after in ("number", "phone") for w, after in pairwise(leaf))
    ):
        return "phone"
    return None


def _a_things_token(leaf: tuple[str, ...], words: k.KeyWords) -> bool:
    """`properties.token`, `form_response.token`, `servicelevel.token`: a form response's, a
    shipping rate's or a share link's id; at the top of properties, only when its values are hex
    or UUIDs (labellers: 6 of 6), since random strings there sign someone in (4 of 4). A
    device's, a session's or an OAuth token says whose."""
    return (
        leaf == ("token",)
        and words.section == "properties"
        and not any(w in _SIGNS_IN for parent in words.parents for w in parent)
    )


def _plural(raw: str) -> bool:
    return raw.lower().endswith(("s", "s[]"))


def _shape(words: tuple[str, ...]) -> tuple[int, str]:
    return len(words), "".join([w[:1] for w in words])


def _typo_of(word: str, known: str) -> bool:
    """One slip of the keyboard, never in the first letter: two letters swapped (`emial`) or one
    left out (`adress`, `phne`). Not a letter changed or added: those make other English words
    (`cancel` is not `cancer`, `taken` not `token`, `county` not `count`, `consent` not
    `content`)."""
    if word[0] != known[0] or len(word) < 4:
        return False
    if len(word) == len(known):
        return sorted(word) == sorted(known) and OSA.distance(word, known, score_cutoff=1) == 1
    return len(known) == len(word) + 1 and OSA.distance(word, known, score_cutoff=1) == 1


def _find(words: tuple[str, ...], term: tuple[str, ...]) -> int:
    """Start of the last occurrence of `term` as whole words in `words`, or -1."""
    size = len(term)
    for start in range(len(words) - size, -1, -1):
        if words[start : start + size] == term:
            return start
    return -1


def _bare_reason(term: _Term, words: k.KeyWords) -> str:
    """Why a bare term under properties or context is not a person's, unless the path names one."""
    if words.section not in ("properties", "context"):
        return ""
    # `name.first`, `name[].given[]`, `name-first`, `name_on_document`: the parts of a
    # structured name and a name written on something are a person's.
    if (
        term.matcher.needs_person_context
        and term.words in _AMBIGUOUS_TERMS
        and not (words.parents and words.parents[0][-1:] == ("name",))
        and not (term.words == ("name",) and len(words.leaf) > 1 and words.leaf[1] in _NAME_PARTS)
    ):
        return (
            f"a bare name under {words.section} is a product, page or screen name in Segment's "
            "spec, not a person's"
        )
    if (
        term.matcher.name == "city"
        and term.words == ("location",)
        # A device's position geocoded back to a place (`reverseGeo.formattedLocation`: 3 labels
        # of 3) is where the person is.
        and not any(parent[:1] == ("reverse",) for parent in words.parents)
    ):
        return f"a bare location under {words.section} is a store's, a listing's or an event's"
    # A bare `photos[]` lists a listing's or a product's pictures; one `photo` is someone's.
    if term.matcher.name == "photo" and words.leaf[-1:] == term.words[-1:] and _plural(words.raw_leaf):
        return f"bare '{words.raw_leaf}' under {words.section} are a thing's pictures, not a person's"
    return ""


def _whose(
    leading: tuple[str, ...],
    words: k.KeyWords,
    *,
    unless_a_person: str,
    theirs: frozenset[str] = frozenset(),
    also: dict[str, str] = _NOBODYS,
) -> str:
    """Why the path rules out a person's attribute ('' when it does not); `unless_a_person`, when
    nothing in the path names a person or a thing.

    `theirs`: things whose datum of this kind is their person's (_THEIRS); `also`: owners that
    are not a person for this kind only, and what the datum is then (_NOT_A_PERSONS), up to an
    address (`destination.address.city` is where a parcel goes: someone's address).
    """
    things = k.NOT_A_PERSON - theirs
    for word in _owners(leading, things):
        if word in also:
            return f"'{word}' says it is {also[word]}, not a person's"
        if word in k.A_PERSON or word == _DONE_BY:
            return ""
        if word in things:
            return f"'{word}' says the field describes {_a(word)}, not a person"
    for parent in words.parents:
        for word in _owners(parent, things):
            if word in also:
                return f"under '{word}' it is {also[word]}, not a person's"
            if word in k.A_PERSON or word == _DONE_BY:
                return ""
            if word in things:
                return f"under '{word}' the field describes {_a(word)}, not a person"
            if word == "address":
                also = _NOBODYS
                # The premises served are the customer's (`service_address.latitude`).
                things = things - _SERVED
    return unless_a_person


def _owners(segment: tuple[str, ...], things: frozenset[str]) -> list[str]:
    """The words of a key segment, last first, that may say whose it is: a profile of a thing
    (`pet_profiles`, `vehicle_profile`) is the thing's, not a person's."""
    owners = list(reversed(segment))
    if len(owners) > 1 and owners[0] in _PROFILE and owners[1] in things:
        return owners[1:]
    return owners


def _dominant_kind(counts: Counter, accepts: frozenset[str] | None) -> tuple[str, int]:
    kinds: Counter = Counter()
    for key, count in counts.items():
        if key.startswith("kind:"):
            kind = key[5:]
            if kind not in (v.NULL, v.EMPTY) and (accepts is None or kind not in accepts):
                kinds[kind] += count
    if kinds[v.COUNT] and kinds[v.INT]:
        # Small and large whole numbers together are integers.
        kinds[v.INT] += kinds.pop(v.COUNT)
    return max(kinds.items(), key=lambda item: item[1], default=(v.OTHER, 0))
